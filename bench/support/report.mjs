// The report: the six task rows with their anchors, ratios and budgets, and
// the tables printed at the end of `npm run bench`.
import { PAGE_BUDGET } from './sizes.mjs';
import { anchors, BADGE_CYCLES, DIALOG_CYCLES, HEAP_TOLERANCE, RUNS } from './settings.mjs';
import { kB, ms, printTable, summary, times } from './stats.mjs';
const gz = (n) => `${kB(n)} kB`;
const vite = (byBundler, key) => byBundler.vite[key].gzip;
const range = (byBundler, key) => {
  const values = Object.values(byBundler).map((f) => f[key].gzip);
  return `${kB(Math.min(...values))}–${kB(Math.max(...values))} kB`;
};
const cpu = (s) => ms(s).replace(' ms', ' ms CPU');

/**
 * The six tasks a page does, each with the kit's figure, the anchor's figure
 * measured in this run, the ratio and the budget. Render ratios are judged on
 * main-thread CPU time, run by run.
 */
export function tasks(r) {
  const { sizes: s } = r;
  const entry = (name) => s.kit.entries.find((e) => e.name === name);
  const anchor = (key) => s.anchors.rows.find((a) => a.key === key);
  const floor = (key) => s.floors.find((f) => f.key === key);
  const rows = [];
  const add = (task, measured, kit, anchorName, anchorFigure, ratio, budget, met) => rows.push({ task, measured, kit, anchor: anchorName, anchorFigure, ratio, budget, met });

  // 1. A status column.
  const badge = entry('customer-status-badge');
  const badgeBytes = vite(badge.all, 'english');
  add('status column', 'bytes: the badge up front + the English catalogue (gzip, vite)', gz(badgeBytes),
    'floor-badge (JS) / sl-badge / wa-badge (JS + theme)',
    [floor('floor-badge').upFront.gzip, anchor('sl-badge')?.gzip, anchor('wa-badge')?.gzip].map((n) => (n ? gz(n) : '—')).join(' / '),
    [anchor('sl-badge'), anchor('wa-badge')].map((a) => (a ? `${(badgeBytes / a.gzip).toFixed(2)}×` : '—')).join(' / '),
    '≤ 6 kB', badgeBytes <= 6000);
  for (const b of r.badges) {
    const x = b.cpuRatioToFloor.badge;
    const others = ['sl-badge', 'wa-badge'].filter((v) => b.cpuRatioOfBadgeTo[v]).map((v) => `${v} ${times(b.cpuRatioOfBadgeTo[v])}`).join('; ');
    add('status column', `${b.count.toLocaleString('en')} badges: main-thread CPU to the painted frame`, cpu(b.cpuMs.badge),
      'floor-badge', cpu(b.cpuMs.floor), `${times(x)}${others ? `; against ${others}` : ''}`, '≤ 1.15× the floor', x.median <= 1.15);
  }

  // 2. A deactivate flow.
  const dialogEntry = entry('deactivate-dialog');
  const flow = anchor('sl-flow');
  const dialogBytes = vite(dialogEntry.all, 'reachable');
  add('deactivate flow', 'bytes in use: the dialog and all it loads, Spanish aside (gzip, vite)', gz(dialogBytes),
    'sl-dialog + checkbox, button, textarea + light.css', flow ? gz(flow.gzip) : '—', flow ? `${(dialogBytes / flow.gzip).toFixed(2)}×` : '—',
    '≤ the Shoelace flow', flow ? dialogBytes <= flow.gzip : false);
  const d = r.dialog;
  add('deactivate flow', 'show() → interactive (preview shown, Cancel focused): frame', `frame ${d.interactiveFrame.median} (${d.interactiveInFirstFrame}/${d.runs} runs in the 1st)`,
    '', '', '', 'the first frame', d.interactiveInFirstFrame === d.runs);
  add('deactivate flow', 'show() → interactive: main-thread CPU', cpu(d.cpuMs), 'floor-dialog (native <dialog>)', cpu(d.floor.cpuMs),
    times(d.cpuRatioToFloor), '≤ 2× the floor', d.cpuRatioToFloor.median <= 2);

  // 3. A customer page.
  const page = s.kit.page;
  for (const [variant, label] of [['all', 'with lit, zod and English'], ['shared', 'lit shared']]) {
    const worst = Math.max(...Object.values(page[variant]).map((f) => f.reachable.gzip));
    add('customer page', `bytes: the five elements, everything they load, ${label} (esbuild, rollup, vite)`, range(page[variant], 'reachable'),
      '(budget)', gz(PAGE_BUDGET[variant]), `${(worst / PAGE_BUDGET[variant]).toFixed(2)}×`, `≤ ${kB(PAGE_BUDGET[variant])} kB`, worst <= PAGE_BUDGET[variant]);
  }

  // 4. Bound badges.
  const bb = r.boundBadges;
  const most = Math.ceil(bb.badges / bb.batch);
  add('bound badges', `${bb.badges.toLocaleString('en')} over ${bb.customers.toLocaleString('en')} customers, ${bb.latencyMs} ms adapter: adapter calls`,
    String(bb.calls.median), `${bb.badges.toLocaleString('en')} / batch of ${bb.batch}`, String(most), `${(bb.calls.median / most).toFixed(2)}×`,
    `≤ ${most}`, bb.calls.max <= most);
  add('bound badges', 'longest task after the host\'s insert', bb.longestTaskMs ? ms(bb.longestTaskMs) : 'not measured',
    '', '', '', '≤ 200 ms', bb.longestTaskMs !== null && bb.longestTaskMs.median <= 200);
  add('bound badges', 'inserted → all settled (painted)', ms(bb.ms), '', '', '', 'reported', true);

  // 5. The service form.
  const f = r.form;
  add('service form', `${f.services.toLocaleString('en')} services: first render (all rows shown)`, ms(f.firstRender.ms), 'first rows', ms(f.firstRender.firstRowsMs), '',
    '≤ 1 s', f.firstRender.ms.median <= 1000);
  add('service form', 'one tick (a checkbox clicked → updated)', ms(f.tick.ms), '', '', '', '≤ 200 ms', f.tick.ms.median <= 200);

  // 6. The inactive filter.
  const big = r.filter.at(-1);
  add('inactive filter', `${big.rows.toLocaleString('en')} host rows, one switch: main-thread CPU`, cpu(big.filterCpu), 'hand-written loop', cpu(big.loopCpu),
    times(big.cpuRatio), '≤ 1.0× the loop', big.cpuRatio.median <= 1.0);
  return rows;
}

export function report(results) {
  const { sizes: s } = results;
  const names = Object.keys(s.kit.page.all);
  const sizeRows = (variant) => [...s.kit.entries, s.kit.page].filter((e) => e[variant]).map((e) => [
    e.name, ...names.map((b) => `${kB(e[variant][b].upFront.gzip)} / ${kB(e[variant][b].reachable.gzip)}`),
  ]);
  printTable('The packed kit, gzip kB: up front / everything reachable (Spanish aside), lit bundled', ['entry', ...names], sizeRows('all'));
  printTable('The same, lit shared with the page', ['entry', ...names], sizeRows('shared'));
  console.log(`The single-file build as shipped (${s.singleFile.file}): ${kB(s.singleFile.min)} kB minified, ${kB(s.singleFile.gzip)} kB gzip.`);
  if (s.anchors.versions) {
    printTable(`Anchors and floors, vite, gzip kB (measured in this run: ${Object.entries(s.anchors.versions).map(([n, v]) => `${n} ${v}`).join(', ')})`,
      ['module', 'JS up front', 'JS reachable', 'theme CSS', 'total', 'total, lit shared'],
      [
        ...s.anchors.rows.map((a) => [a.name, kB(a.js.upFront.gzip), kB(a.js.reachable.gzip), a.css ? kB(a.css.gzip) : '—', kB(a.gzip), kB(a.gzipLitShared)]),
        ...s.floors.map((f) => [f.name, kB(f.upFront.gzip), kB(f.reachable.gzip), '—', kB(f.reachable.gzip), '—']),
      ]);
  } else {
    console.log(`\nAnchors not measured: ${s.anchors.why}.\n${s.anchors.source}`);
  }
  const variantNames = { floor: 'floor-badge (hand-written)', badge: 'customer-status-badge', vanilla: 'light-DOM clone (no shadow root)', 'sl-badge': 'sl-badge', 'wa-badge': 'wa-badge' };
  printTable('Badges to a painted frame (median, min–max): main-thread CPU, wall clock', ['badges', 'variant', 'CPU', 'wall clock', 'CPU ratio to the floor'],
    results.badges.flatMap((b) => Object.keys(b.ms).map((v) => [
      b.count.toLocaleString('en'), variantNames[v], ms(b.cpuMs[v]), ms(b.ms[v]), v === 'floor' ? '—' : times(b.cpuRatioToFloor[v]),
    ])));
  console.log(`Each run builds the badges into a fresh container, from the start of a frame to the end of the first painted frame\n` +
    `showing them all; ${results.badges[0].runs} runs at 1,000 and ${results.badges[1].runs} at 10,000 after ${RUNS.warmup} warm-up runs, variants in turn.` +
    (anchors.versions ? ' Both anchors\' themes are on the page for every variant.' : '') +
    `\ncustomer-status-badge / light-DOM clone, wall clock, run by run: ${results.badges.map((b) => `${b.count.toLocaleString('en')}: ${times(b.msRatioToVanilla)}`).join('; ')}.`);
  const bb = results.boundBadges;
  const count = (x) => (x.min === x.max ? x.median.toLocaleString('en') : `${x.median.toLocaleString('en')} (${x.min.toLocaleString('en')}–${x.max.toLocaleString('en')})`);
  printTable(`Bound badges: ${bb.badges.toLocaleString('en')} <customer-status-badge customer-id=…> over as many customers, memory adapter at ${bb.latencyMs} ms a call`,
    ['inserted → all ready (painted)', 'frames', 'getCustomer', 'getCustomers', 'host\'s insert task', 'longest task after it', 'tasks ≥ 50 ms after it'],
    [[ms(bb.ms), count(bb.frames), count(bb.getCustomer), count(bb.getCustomers), bb.insertTaskMs ? ms(bb.insertTaskMs) : 'not measured',
      bb.longestTaskMs ? ms(bb.longestTaskMs) : 'not measured', count(bb.longTasks)]]);
  printTable('inactive-filter for=… on a host table, one switch to a painted frame', ['rows', 'loop CPU', 'filter CPU', 'CPU ratio', 'loop wall', 'filter wall', 'wall ratio'],
    results.filter.map((f) => [f.rows.toLocaleString('en'), ms(f.loopCpu), ms(f.filterCpu), times(f.cpuRatio), ms(f.loop), ms(f.filter), times(f.ratio)]));
  const d = results.dialog;
  printTable('deactivate-dialog, instant adapter, against floor-dialog', ['from show()', 'time', 'frame'], [
    ['to visible (modal drawn)', ms(d.visible), `${d.visibleFrame.median} (${d.visibleInFirstFrame}/${d.runs} runs in the first)`],
    [`to interactive (impact preview, Cancel focused${d.confirmEnabled ? ', confirm enabled' : ''})`, ms(d.interactive), `${d.interactiveFrame.median} (${d.interactiveFrame.min}–${d.interactiveFrame.max})`],
    ['floor-dialog to interactive (Cancel focused)', ms(d.floor.interactive), ''],
  ]);
  const h = results.heap;
  const mb = (n) => (n / 1e6).toFixed(2);
  const signed = (n) => `${n >= 0 ? '+' : ''}${kB(n)} kB`;
  printTable(`JS heap after garbage collection (MB): at the start, after a first block of cycles, after a second; no growth: the second adds under ${kB(HEAP_TOLERANCE)} kB`,
    ['cycles per block', 'start', 'after 1st', 'after 2nd', '1st block', '2nd block', 'DOM nodes', 'listeners'],
    [[`${DIALOG_CYCLES.toLocaleString('en')} dialog open/close`, h.dialog], [`${BADGE_CYCLES.toLocaleString('en')} badge mount/unmount`, h.badges]]
      .map(([name, m]) => [name, mb(m.start.used), mb(m.baseline.used), mb(m.after.used), signed(m.firstBlockGrowth),
        `${signed(m.growth)} (${m.growthPercent.toFixed(2)}%)`,
        `${m.start.nodes} → ${m.after.nodes}`, `${m.start.listeners} → ${m.after.listeners}`]));
  const a = results.adapter;
  printTable(`Memory adapter, ${a.customers.toLocaleString('en')} customers (${a.records.toLocaleString('en')} records; generated and indexed in ${ms(summary([a.setupMs])).split(' (')[0]})`,
    ['query (one call)', 'found', 'first call', 'time'], a.queries.map((q) => [q.name, q.found.toLocaleString('en'), `${q.firstMs.toFixed(2)} ms`, ms(q.ms)]));
  const f = results.form;
  printTable(`service-reactivate-form, ${f.services.toLocaleString('en')} services (median, min–max)`, ['to a painted frame', 'runs', 'time', 'of it, script', 'frame'], [
    ['first render, cold (the warm-up: lazy modules loaded)', '1', ms(summary([f.firstRenderCold.ms])).split(' (')[0], '', String(f.firstRenderCold.frames)],
    ['first rows (attached → the first checkboxes shown)', f.firstRender.runs, ms(f.firstRender.firstRowsMs), '', ''],
    ['first render (attached → all checkboxes shown)', f.firstRender.runs, ms(f.firstRender.ms), '', `${f.firstRender.frames.median} (${f.firstRender.frames.min}–${f.firstRender.frames.max})`],
    ['  the longest main-thread task meanwhile', f.firstRender.runs, ms(f.firstRender.longestTaskMs), '', ''],
    ['one tick (a checkbox clicked → updateComplete)', f.tick.runs, ms(f.tick.ms), ms(f.tick.scriptMs), `${f.tick.frames.median} (${f.tick.frames.min}–${f.tick.frames.max})`],
  ]);
  printTable('What a page pays: six tasks, against the anchors measured in this run (reported, not asserted)',
    ['task', 'measured', 'kit', 'anchor', 'anchor\'s figure', 'ratio', 'budget', 'met'],
    results.tasks.map((t) => [t.task, t.measured, t.kit, t.anchor, t.anchorFigure, t.ratio, t.budget, t.met ? 'yes' : 'NO']));
  console.log('Ratios: the kit over the anchor, run by run for times (median, min–max). CPU: the main thread\'s busy time from CDP\n' +
    '(Performance.getMetrics TaskDuration) over the sample; wall-clock ratios swing on a busy machine, CPU ratios hold better.');
}

