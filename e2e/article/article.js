/* The sample article: embeds the map with pym.js and moves it with scrollama as the
 * reader scrolls, through the map's postMessage API (version 1). Query: ?embed=<the map's
 * address>. */
(() => {
  var params = new URLSearchParams(location.search);
  var mapUrl = new URL(params.get('embed') || 'http://127.0.0.1:4173/');
  var origin = mapUrl.origin;
  var script = document.createElement('script');
  script.src = `${origin + mapUrl.pathname}pym.v1.min.js`;
  script.onload = start;
  document.body.appendChild(script);

  function start() {
    var allow = params.get('allow') || location.origin;
    var src = `${mapUrl.href}?embed&origins=${encodeURIComponent(allow)}`;
    var parent = new pym.Parent('caravan-map', src, { title: 'Map: the 2018 migrant caravan' });
    var frame = parent.iframe;
    window.addEventListener('message', (event) => {
      var m = event.data;
      if (event.origin !== origin || event.source !== frame.contentWindow) return;
      if (m?.source !== 'caravan-map' || m.version !== 1) return;
      if (m.type === 'ready' || m.type === 'timechange')
        document.getElementById('map-time').textContent = m.time;
    });
    scrollama()
      .setup({ step: '.step', offset: 0.6 })
      .onStepEnter((response) => {
        var time = response.element.getAttribute('data-time');
        frame.contentWindow.postMessage(
          { source: 'caravan-map', version: 1, type: 'setTime', time: time },
          origin,
        );
      });
  }
})();
