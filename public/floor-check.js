/*
 * The browser floor, checked before the app's module runs (README "Browsers"). A browser older than the
 * floor (Chrome 88, Firefox 115, Safari 15) - 360's IE mode, an old intranet Chromium - keeps the page the
 * build rendered into the HTML and gets one line saying so; <html> gets data-below-floor.
 * A classic script in ES5 (checked by scripts/check/floor.ts) from the app's own origin: it must run
 * where nothing newer does, and the strict CSP forbids inline scripts.
 */
(function () {
  'use strict';
  var ok = false;
  try {
    ok = 'noModule' in document.createElement('script') &&
      // ES2021 built-ins (Chrome 85, Firefox 79, Safari 14.1): the build's syntax comes with them.
      typeof Promise.any === 'function' && typeof WeakRef === 'function' &&
      // Svelte's scoped CSS is written with :where() (Chrome 88, Firefox 78, Safari 14).
      !!(window.CSS && CSS.supports && CSS.supports('selector(:where(a))'));
  } catch (e) {
    ok = false;
  }
  if (ok) return;
  document.documentElement.setAttribute('data-below-floor', '');
  var p = document.createElement('p');
  p.className = 'floor-notice';
  p.setAttribute('data-testid', 'floor-notice');
  var zh = document.createElement('span');
  zh.setAttribute('lang', 'zh-CN');
  zh.appendChild(document.createTextNode('此浏览器版本过旧：本页可以阅读，交互功能可能无法使用。'));
  var en = document.createElement('span');
  en.setAttribute('lang', 'en');
  en.appendChild(document.createTextNode(' This browser is older than the atlas supports: the page reads, its interactive parts may not work.'));
  p.appendChild(zh);
  p.appendChild(en);
  // Deferred (or inlined at the end of <body>), the body is there; run from <head>, it waits for it.
  function show() {
    document.body.insertBefore(p, document.body.firstChild);
  }
  if (document.body) show();
  else document.addEventListener('DOMContentLoaded', show);
})();
