// The example host page's script (no inline script: the site runs under a strict CSP).
(function () {
  'use strict';
  var frame = document.getElementById('atlas');
  // ?app=<url>: embed another build or origin (the tests use http://127.0.0.1 inside a http://localhost page).
  // A fresh iframe replaces the one in the markup, so the default page can never load first.
  var app = new URLSearchParams(location.search).get('app');
  if (app) {
    try {
      var u = new URL(app, location.href);
      if (u.protocol === 'http:' || u.protocol === 'https:') {
        var fresh = frame.cloneNode(false);
        fresh.setAttribute('src', u.href);
        frame.replaceWith(fresh);
        frame = fresh;
      }
    } catch (e) {
      /* not a URL: keep the default */
    }
  }
  var zoneOut = document.getElementById('zone');
  var heightOut = document.getElementById('height');
  frame.addEventListener('liaoning-atlas:zone', function (e) {
    zoneOut.textContent = e.detail.zone || '—';
  });
  new MutationObserver(function () {
    heightOut.textContent = frame.getAttribute('data-liaoning-atlas-height') || '—';
  }).observe(frame, { attributes: true, attributeFilter: ['data-liaoning-atlas-height'] });
  document.querySelectorAll('[data-select]').forEach(function (b) {
    b.addEventListener('click', function () {
      window.LiaoningAtlas.select(frame, b.getAttribute('data-select') || null);
    });
  });
  document.querySelectorAll('[data-lang]').forEach(function (b) {
    b.addEventListener('click', function () {
      window.LiaoningAtlas.setLang(frame, b.getAttribute('data-lang'));
    });
  });
})();
