// press-stats dashboard: reads the public API like any client; the view's state lives in the URL query.
'use strict';
(function () {
  const API = '/api/v1';
  const MARK = { EXACT: '', AT_LEAST: '≥ ', APPROXIMATE: '≈ ' };
  const WORD = { EXACT: 'точно', AT_LEAST: 'не меньше', APPROXIMATE: 'примерно' };
  const TOP = 20;
  const POLL_MS = 30000;
  const numbers = new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 1 });
  const answers = new Map(); // path -> {etag, body}: polls send If-None-Match and get 304 while nothing changed
  const charts = {};
  const shown = {}; // view -> the answer it shows
  const catalog = new Map();
  let state = readState();
  let refreshTimer = null;
  let rendering = Promise.resolve();

  const $ = (id) => document.getElementById(id);

  /** 60716 -> "60 716": Russian grouping, with a plain space that CSS keeps from breaking. */
  function formatNumber(n) {
    return numbers.format(n).replace(/\s/g, ' ');
  }

  function formatQualified(q) {
    return q && q.value != null ? MARK[q.qualifier] + formatNumber(q.value) : '—';
  }

  function describe(q) {
    return q && q.value != null ? formatQualified(q) + (q.qualifier === 'EXACT' ? '' : ' (' + WORD[q.qualifier] + ')') : 'нет данных';
  }

  function readState() {
    const q = new URLSearchParams(location.search);
    return { metric: q.get('metric') || '', year: q.get('year') || '', district: q.get('district') || '' };
  }

  function writeState(push) {
    const q = new URLSearchParams();
    for (const key of ['metric', 'year', 'district']) {
      if (state[key]) q.set(key, state[key]);
    }
    const url = location.pathname + '?' + q.toString();
    if (push) history.pushState(null, '', url); else history.replaceState(null, '', url);
  }

  function query(params) {
    const q = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) {
      if (value !== '' && value != null) q.set(key, value);
    }
    return q.toString();
  }

  async function getJson(path) {
    const known = answers.get(path);
    const headers = { Accept: 'application/json' };
    if (known) headers['If-None-Match'] = known.etag;
    const response = await fetch(path, { headers, cache: 'no-store' });
    if (response.status === 304 && known) return { body: known.body };
    if (!response.ok) {
      let detail = response.status + ' ' + response.statusText;
      try { detail = (await response.json()).detail || detail; } catch (e) { /* not a problem document */ }
      throw new Error(detail);
    }
    const body = await response.json();
    const etag = response.headers.get('ETag');
    if (etag) answers.set(path, { etag, body });
    return { body };
  }

  function option(value, label, selected) {
    const element = document.createElement('option');
    element.value = value;
    element.textContent = label;
    element.selected = selected;
    return element;
  }

  async function loadCatalog() {
    const [metrics, districts] = await Promise.all([getJson(API + '/metrics?size=200'), getJson(API + '/federal-districts')]);
    metrics.body.items.forEach((m) => catalog.set(m.code, m));
    if (!catalog.has(state.metric)) state.metric = catalog.has('press_releases') ? 'press_releases' : metrics.body.items[0].code;
    $('metric').replaceChildren(...metrics.body.items.map((m) => option(m.code, m.nameRu, m.code === state.metric)));
    $('district').replaceChildren(option('', 'Все округа', !state.district),
      ...districts.body.map((d) => option(d.code, d.nameRu, d.code === state.district)));
  }

  /** The years in the select: those with data for the metric (and district), newest first, and the one asked for. */
  async function loadYears() {
    const now = new Date().getFullYear();
    const series = await getJson(API + '/stats/series?' + query({ metric: state.metric, from: now - 15, to: now, district: state.district }));
    const years = series.body.points.filter((p) => p.value).map((p) => String(p.year)).reverse();
    if (!state.year) state.year = years[0] || String(now - 1);
    if (!years.includes(state.year)) years.unshift(state.year);
    $('year').replaceChildren(...years.map((y) => option(y, y, y === state.year)));
    return series;
  }

  function chart(id) {
    if (!charts[id]) charts[id] = echarts.init($(id), null, { renderer: 'canvas' });
    return charts[id];
  }

  /** Draws at once: a dashboard redraws often, and a number must be readable the moment it changes. */
  function draw(id, option) {
    chart(id).setOption({ animation: false, textStyle: { fontFamily: 'inherit' }, ...option }, true);
  }

  function renderTotals(totals, metric) {
    $('total-sum').textContent = formatQualified(totals.sum);
    $('total-sum').title = describe(totals.sum);
    $('total-unit').textContent = totals.sum && totals.sum.value != null ? metric.unit : '';
    $('total-reporting').textContent = formatQualified(totals.citiesReporting);
    $('total-filed').textContent = formatQualified(totals.citiesFiled);
    for (const key of ['min', 'max', 'mean', 'median']) $('total-' + key).textContent = formatQualified(totals[key]);
  }

  function renderRanking(ranking) {
    const items = ranking.items.slice(0, TOP);
    draw('ranking', {
      grid: { left: 8, right: 90, top: 8, bottom: 8, containLabel: true },
      tooltip: { trigger: 'item', formatter: (p) => p.name + ': ' + describe(items[p.dataIndex].value) },
      xAxis: { type: 'value', axisLabel: { formatter: formatNumber, hideOverlap: true } },
      yAxis: { type: 'category', inverse: true, data: items.map((i) => i.city.name) },
      series: [{
        type: 'bar',
        data: items.map((i) => ({
          value: i.value.value,
          itemStyle: i.value.qualifier === 'EXACT' ? { color: '#2f6db5' } : { color: '#9dbbe0', decal: { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [3, 3], rotation: -0.8 } },
        })),
        label: { show: true, position: 'right', formatter: (p) => formatQualified(items[p.dataIndex].value) },
      }],
    });
    $('ranking').style.height = Math.max(120, 28 * items.length + 24) + 'px';
    charts.ranking.resize();
    $('ranking-list').replaceChildren(...items.map((i) => {
      const li = document.createElement('li');
      li.textContent = i.rank + '. ' + i.city.name + ' — ' + formatQualified(i.value);
      return li;
    }));
    $('ranking-more').textContent = ranking.items.length > TOP ? 'Показаны первые ' + TOP + ' из ' + ranking.items.length + '.' : '';
  }

  function renderSeries(series) {
    const withData = series.points.filter((p) => p.value);
    const first = withData.length ? withData[0].year : series.to;
    const last = withData.length ? withData[withData.length - 1].year : series.to;
    const points = series.points.filter((p) => p.year >= Math.min(first, last - 4) && p.year <= last);
    draw('series', {
      grid: { left: 8, right: 24, top: 16, bottom: 8, containLabel: true },
      tooltip: { trigger: 'item', formatter: (p) => points[p.dataIndex].year + ': ' + describe(points[p.dataIndex].value) },
      xAxis: { type: 'category', data: points.map((p) => String(p.year)) },
      yAxis: { type: 'value', axisLabel: { formatter: formatNumber, hideOverlap: true } },
      series: [{
        type: 'line',
        connectNulls: false,
        data: points.map((p) => p.value ? {
          value: p.value.value,
          symbol: p.value.qualifier === 'EXACT' ? 'circle' : 'emptyDiamond',
          symbolSize: p.value.qualifier === 'EXACT' ? 7 : 13,
        } : null),
        label: { show: true, formatter: (p) => formatQualified(points[p.dataIndex].value) },
      }],
    });
  }

  function renderBreakdown(id, answer, what) {
    const note = $(id + '-note');
    const empty = !answer || !answer.groups.length;
    $(id).hidden = empty;
    if (empty) {
      note.textContent = 'Нет разбивки ' + what + ' для этого показателя.';
      return;
    }
    const groups = answer.groups;
    draw(id, {
      grid: { left: 8, right: 70, top: 8, bottom: 8, containLabel: true },
      tooltip: { trigger: 'item', formatter: (p) => p.name + ': ' + describe(groups[p.dataIndex].value) },
      xAxis: { type: 'value', axisLabel: { formatter: formatNumber, hideOverlap: true } },
      yAxis: { type: 'category', inverse: true, data: groups.map((g) => g.labelRu) },
      series: [{
        type: 'bar',
        data: groups.map((g) => ({ value: g.value.value, itemStyle: { color: g.value.qualifier === 'EXACT' ? '#3d8c5a' : '#a9d3b6' } })),
        label: { show: true, position: 'right', formatter: (p) => formatQualified(groups[p.dataIndex].value) },
      }],
    });
    charts[id].resize(); // it may have been hidden when the chart was made
    const rest = answer.unattributed;
    note.textContent = rest && rest.value ? 'Без разбивки ' + what + ': ' + formatQualified(rest) + ' ('
      + answer.unattributedCities.map((c) => c.name).join(', ') + ').' : '';
  }

  function renderCoverage(coverage) {
    const rows = coverage.cities.slice(0, 200).map((c) => {
      const tr = document.createElement('tr');
      const missing = c.missing.map((code) => (catalog.get(code) || { nameRu: code }).nameRu).join(', ');
      [c.city.name, c.filed ? 'подан' : 'нет', c.reported.includes(state.metric) ? '✓ указан' : '—', missing || '—']
        .forEach((text) => { const td = document.createElement('td'); td.textContent = text; tr.append(td); });
      return tr;
    });
    $('coverage').tBodies[0].replaceChildren(...rows);
  }

  async function optional(path) {
    try { return await getJson(path); } catch (e) { return { body: null }; }
  }

  /** Reads every view's answer (304s while nothing changed) and redraws what changed. */
  async function render() {
    const metric = catalog.get(state.metric);
    const base = { metric: state.metric, year: state.year, district: state.district };
    const now = new Date().getFullYear();
    const [totals, ranking, series, owners, platforms, coverage] = await Promise.all([
      getJson(API + '/stats/totals?' + query(base)),
      getJson(API + '/stats/ranking?' + query({ ...base, size: 200 })),
      getJson(API + '/stats/series?' + query({ metric: state.metric, from: now - 15, to: now, district: state.district })),
      optional(API + '/stats/breakdown?' + query({ ...base, by: 'owner' })),
      optional(API + '/stats/breakdown?' + query({ ...base, by: 'platform' })),
      getJson(API + '/stats/coverage?' + query({ year: state.year, district: state.district })),
    ]);
    document.title = metric.nameRu + ', ' + state.year + ' — press-stats';
    // a view is drawn again only when its answer is another one (a 304 gives back the very same object)
    const update = (view, answer, paint) => {
      if (shown[view] !== answer.body) paint(answer.body);
      shown[view] = answer.body;
    };
    update('totals', totals, (body) => renderTotals(body, metric));
    update('ranking', ranking, renderRanking);
    update('series', series, renderSeries);
    update('owners', owners, (body) => renderBreakdown('owners', body, 'по владельцам'));
    update('platforms', platforms, (body) => renderBreakdown('platforms', body, 'по площадкам'));
    update('coverage', coverage, renderCoverage);
    $('status').textContent = 'обновлено в ' + new Date().toLocaleTimeString('ru-RU');
    document.body.dataset.rendered = String(Date.now());
  }

  /** Renders one after another, never two at once; a failure shows in the status line and the next poll retries. */
  function refresh() {
    rendering = rendering.then(render).catch((e) => { $('status').textContent = 'ошибка: ' + e.message; });
    return rendering;
  }

  function soon() {
    clearTimeout(refreshTimer);
    refreshTimer = setTimeout(refresh, 200); // one redraw for a burst of changes
  }

  async function choose(change) {
    Object.assign(state, change);
    if ('metric' in change || 'district' in change) await loadYears();
    writeState(true);
    await refresh();
  }

  function listen() {
    if (!window.EventSource) return;
    const changes = new EventSource(API + '/changes');
    ['city', 'report', 'metric'].forEach((name) => changes.addEventListener(name, soon));
    changes.onopen = () => { document.body.dataset.live = 'true'; };
    changes.onerror = () => { document.body.dataset.live = 'false'; }; // EventSource reconnects by itself
  }

  async function start() {
    try {
      await loadCatalog();
      await loadYears();
      writeState(false);
      $('metric').addEventListener('change', (e) => choose({ metric: e.target.value }));
      $('year').addEventListener('change', (e) => choose({ year: e.target.value }));
      $('district').addEventListener('change', (e) => choose({ district: e.target.value }));
      window.addEventListener('popstate', async () => {
        state = readState();
        $('metric').value = state.metric;
        $('district').value = state.district;
        await loadYears();
        await refresh();
      });
      window.addEventListener('resize', () => Object.values(charts).forEach((c) => c.resize()));
      await refresh();
      listen();
      setInterval(refresh, POLL_MS);
    } catch (e) {
      $('status').textContent = 'ошибка: ' + e.message;
    }
  }

  start();
}());
