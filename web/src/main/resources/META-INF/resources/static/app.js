// Everything interactive beyond htmx: no inline scripts (the Content-Security-Policy forbids them).
(function () {
  'use strict';

  // A quote or moment button jumps to that moment of the transcript and highlights the line.
  function jumpTo(ms) {
    var lines = document.querySelectorAll('.transcript [data-start]');
    var target = null;
    lines.forEach(function (line) {
      if (Number(line.dataset.start) <= ms) { target = line; }
    });
    if (!target && lines.length) { target = lines[0]; }
    if (!target) { return; }
    document.querySelectorAll('.transcript .highlight').forEach(function (l) { l.classList.remove('highlight'); });
    target.classList.add('highlight');
    target.scrollIntoView({ block: 'center' });
    target.setAttribute('tabindex', '-1');
    target.focus({ preventScroll: true });
  }

  document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-jump]');
    if (button) {
      event.preventDefault();
      jumpTo(Number(button.dataset.jump));
      var moment = document.getElementById('moment-at');
      if (moment) { moment.value = Math.floor(Number(button.dataset.jump) / 1000); }
    }
  });

  // Adherence per week with its 95% Wilson interval; the series sits in the holder's data-series attribute.
  function drawCharts(root) {
    if (typeof uPlot === 'undefined') { return; }
    root.querySelectorAll('[data-series]').forEach(function (holder) {
      if (holder.dataset.drawn) { return; }
      var data = JSON.parse(holder.dataset.series);
      var x = data.weeks.map(function (w) { return Date.parse(w) / 1000; });
      var width = Math.max(280, Math.min(holder.clientWidth || 600, 1100));
      var opts = {
        width: width, height: 200,
        scales: { y: { range: [0, 100] } },
        series: [{}, { label: 'adherence %', stroke: '#1f5fbf', width: 2, spanGaps: false },
                 { label: 'Wilson low', stroke: '#9db7e6', dash: [4, 4] },
                 { label: 'Wilson high', stroke: '#9db7e6', dash: [4, 4] }],
        bands: [{ series: [3, 2], fill: 'rgba(31,95,191,0.12)' }],
        axes: [{}, { values: function (u, v) { return v.map(function (t) { return t + '%'; }); } }]
      };
      new uPlot(opts, [x, data.rate, data.low, data.high], holder);
      holder.dataset.drawn = 'true';
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    drawCharts(document);
    var start = document.querySelector('[data-jump-on-load]');
    if (start) { jumpTo(Number(start.dataset.jumpOnLoad)); }
  });
  document.addEventListener('htmx:afterSwap', function (event) { drawCharts(event.target); });
})();
