/*!
 * Liaoning High-Tech Zones Atlas — host script (docs/EMBED.md). No dependencies,
 * no request. For every <iframe data-liaoning-atlas> on the page it:
 *  - sizes the frame from the atlas's "liaoning-atlas:height" messages, accepted only
 *    from that frame's own window and the origin of its src;
 *  - re-dispatches "liaoning-atlas:zone" messages as a DOM event "liaoning-atlas:zone"
 *    on the iframe (event.detail.zone: the selected zone id or null);
 *  - offers LiaoningAtlas.select(iframe, zoneId | null) and LiaoningAtlas.setLang(iframe, 'zh' | 'en'),
 *    which post to the frame's origin only (the atlas obeys them only when the host's
 *    origin is in its parentOrigin option).
 */
(function () {
  'use strict';
  if (window.LiaoningAtlas) return;
  var VERSION = 1;
  var MIN = 150;
  var MAX = 20000;

  function frames() {
    return document.querySelectorAll('iframe[data-liaoning-atlas]');
  }
  function originOf(frame) {
    try {
      var u = new URL(frame.getAttribute('src') || '', document.baseURI);
      return u.protocol === 'http:' || u.protocol === 'https:' ? u.origin : null;
    } catch (e) {
      return null;
    }
  }
  function frameOf(source) {
    var list = frames();
    for (var i = 0; i < list.length; i++) if (list[i].contentWindow === source) return list[i];
    return null;
  }
  function isMessage(d, type) {
    return d !== null && typeof d === 'object' && d.type === type && d.version === VERSION;
  }

  window.addEventListener('message', function (e) {
    var d = e.data;
    if (!isMessage(d, 'liaoning-atlas:height') && !isMessage(d, 'liaoning-atlas:zone')) return;
    var frame = frameOf(e.source);
    if (!frame || e.origin !== originOf(frame)) return;
    if (d.type === 'liaoning-atlas:height') {
      if (typeof d.height !== 'number' || !isFinite(d.height)) return;
      var h = Math.min(MAX, Math.max(MIN, Math.ceil(d.height)));
      // A fixed aspect ratio set by the host wins: only frames without one are sized.
      if (frame.style.aspectRatio && frame.style.aspectRatio !== 'auto') return;
      frame.style.height = h + 'px';
      frame.setAttribute('data-liaoning-atlas-height', String(h));
    } else {
      if (d.zone !== null && (typeof d.zone !== 'string' || !/^[a-z][a-z0-9-]{0,30}$/.test(d.zone))) return;
      var ev;
      try {
        ev = new CustomEvent('liaoning-atlas:zone', { detail: { zone: d.zone } });
      } catch (err) {
        return;
      }
      frame.dispatchEvent(ev);
    }
  });

  function post(frame, msg) {
    var origin = frame && originOf(frame);
    if (origin && frame.contentWindow) frame.contentWindow.postMessage(msg, origin);
  }
  window.LiaoningAtlas = {
    select: function (frame, zone) {
      post(frame, { type: 'liaoning-atlas:select', version: VERSION, zone: zone === null ? null : String(zone) });
    },
    setLang: function (frame, lang) {
      post(frame, { type: 'liaoning-atlas:lang', version: VERSION, lang: lang === 'en' ? 'en' : 'zh' });
    },
  };
})();
