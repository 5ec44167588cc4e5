/*
 * Starts the atlas (README "Browsers" and "Performance"). A classic script in ES5 (checked by
 * scripts/check/floor.ts): it must run where nothing newer does. The build writes it into the
 * prerendered page inline, in <head> (scripts/prerender/site.ts), so the first paint waits for no
 * script request; the strict CSP allows exactly this text, by its hash (scripts/csp.ts). It marks
 * <html data-start> at once (the first paint's rules are written for that page). A page whose host's
 * policy blocks it (an older header without the hash) has no stylesheet then, and reads as plain HTML,
 * with the links to every zone's page at the top (README "Security").
 * 1. The browser floor (Chrome 88, Firefox 115, Safari 15). A browser older than it - 360's IE mode, an
 *    old intranet Chromium - keeps the page the build rendered into the HTML and gets one line saying
 *    so; <html> gets data-below-floor, and the app is not loaded at all.
 * 2. On a floor browser, once the prerendered page has painted, the app: the build moves its module
 *    script, its module preloads and the data preloads into <template id="app-start"> (inert: nothing
 *    in it is fetched), and this puts them into <head>. The page paints from the HTML and the CSS alone,
 *    whatever the order in which the code and the data would have arrived. Without that template (the
 *    dev server, the portable file) the page loads the app itself.
 * 3. The page paints from its HTML alone: the rules of the stylesheet that the prerendered page uses are in it, in
 *    <script type="text/css" id="first-paint-css"> (a data block, which the CSP leaves alone), and this adopts
 *    them as a stylesheet (a constructed one: the CSP allows those) before the body is parsed. The whole
 *    stylesheet is the first thing in the template; once it has loaded, the adopted one goes (the cascade is
 *    then the stylesheet's alone), and the link is marked data-loaded for src/main.ts. A browser that cannot
 *    adopt a stylesheet (Safari before 16.4) or is below the floor gets the whole stylesheet at once, as a
 *    link the parser loads before it paints.
 * 4. Until the app has taken the page over (<html data-app="ready">), what the reader clicks or presses
 *    on the prerendered page is kept in window.__atlasEarly, and src/main.ts replays it once the app
 *    is there: a click on a zone while the code is still arriving is not lost.
 */
(function () {
  'use strict';
  document.documentElement.setAttribute('data-start', '');
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

  // Run from <head>, it waits for the body; loaded deferred (the dev server), the body is there.
  function whenBody(fn) {
    if (document.body) fn();
    else document.addEventListener('DOMContentLoaded', fn);
  }

  function whenParsed(fn) {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', fn);
    else fn();
  }

  function notice() {
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
    whenBody(function () {
      document.body.insertBefore(p, document.body.firstChild);
    });
  }

  /** The first paint's rules, adopted as a stylesheet; false where the browser cannot. */
  function adoptFirstPaintCss(block) {
    try {
      var sheet = new CSSStyleSheet();
      sheet.replaceSync(block.textContent);
      document.adoptedStyleSheets = [sheet];
      return true;
    } catch (e) {
      return false;
    }
  }

  /** The whole stylesheet, as the parser's own link (written here, it loads before the page paints). */
  function writeStylesheet(block) {
    var href = block.getAttribute('data-href') || '';
    document.write('<link rel="stylesheet" href="' + href.replace(/[&"<]/g, '') + '">');
  }

  /** Once the whole stylesheet is there, the adopted rules go; either way src/main.ts may go on. */
  function whenStylesheet(link) {
    link.addEventListener('load', function () {
      if (document.adoptedStyleSheets) document.adoptedStyleSheets = [];
      link.setAttribute('data-loaded', '');
    });
    link.addEventListener('error', function () {
      link.setAttribute('data-loaded', 'failed');
    });
  }

  /** The template's elements, made again (a parsed template's scripts would not run), into <head>. */
  function startApp(template) {
    var nodes = template.content ? template.content.children : [];
    for (var i = 0; i < nodes.length; i++) {
      var from = nodes[i];
      var el = document.createElement(from.tagName.toLowerCase());
      for (var j = 0; j < from.attributes.length; j++) el.setAttribute(from.attributes[j].name, from.attributes[j].value);
      if (el.hasAttribute('data-app-css')) whenStylesheet(el);
      document.head.appendChild(el);
    }
  }

  /**
   * Once the browser has painted the page's content (its first-contentful-paint entry); where there is no
   * such entry, after the next frame; in a hidden tab (no paint at all), after a while.
   */
  function afterPaint(fn) {
    var done = false;
    function once() {
      if (done) return;
      done = true;
      fn();
    }
    var types = window.PerformanceObserver && PerformanceObserver.supportedEntryTypes;
    if (types && types.indexOf('paint') >= 0) {
      new PerformanceObserver(function (list, observer) {
        if (list.getEntriesByName('first-contentful-paint').length === 0) return;
        observer.disconnect();
        setTimeout(once, 0);
      }).observe({ type: 'paint', buffered: true });
    } else if (window.requestAnimationFrame) {
      requestAnimationFrame(function () { setTimeout(once, 0); });
    }
    setTimeout(once, 1500);
  }

  /** Clicks and key presses before the app is there, kept for src/main.ts (it replays them, then stops this). */
  function keepEarlyInput() {
    var early = [];
    function keep(e) {
      if (document.documentElement.getAttribute('data-app') === 'ready') return;
      if (e.type === 'keydown' && (e.key === 'Tab' || e.key === 'Shift')) return;
      var t = e.target;
      var zone = t && t.closest ? t.closest('[data-map-zone]') : null;
      early.push({ type: e.type, target: t, zone: zone ? zone.getAttribute('data-map-zone') : null, key: e.key || '', shiftKey: !!e.shiftKey });
      // A click does nothing yet (a prerendered control has no handler): it is done again when the app is there.
      if (e.type === 'click') e.preventDefault();
    }
    document.addEventListener('click', keep, true);
    document.addEventListener('keydown', keep, true);
    window.__atlasEarly = {
      events: early,
      stop: function () {
        document.removeEventListener('click', keep, true);
        document.removeEventListener('keydown', keep, true);
      },
    };
  }

  var firstPaintCss = document.getElementById('first-paint-css');
  if (firstPaintCss && !(ok && adoptFirstPaintCss(firstPaintCss))) writeStylesheet(firstPaintCss);
  if (!ok) {
    notice();
    return;
  }
  keepEarlyInput();
  // Looked up once the page has painted and been parsed: run from <head>, this comes before the template.
  afterPaint(function () {
    whenParsed(function () {
      var template = document.getElementById('app-start');
      if (template) startApp(template);
    });
  });
})();
