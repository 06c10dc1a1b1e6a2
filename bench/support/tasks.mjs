// The five pages' measurements: badges, bound badges, the filter, the
// dialog, heap growth, the memory adapter and the form, each in a fresh page.
/* global window */
import { cpuMeter, heapOf, open, rounds } from './browser.mjs';
import { ORIGIN } from './serve.mjs';
import {
  anchors, BOUND_BADGES, BOUND_LATENCY, CUSTOMERS, HEAP_TOLERANCE, MAX_BATCH_READ, RUNS, SERVICES,
} from './settings.mjs';
import { ratios, summary } from './stats.mjs';
const BADGE_VARIANTS = ['floor', 'badge', 'vanilla'];
export const BADGE_ANCHORS = [['sl-badge', 'light'], ['wa-badge', 'webawesome']];

export async function badges(context) {
  const page = await open(context, 'badges');
  const cpu = await cpuMeter(context, page);
  const variants = [...BADGE_VARIANTS];
  if (anchors.versions) {
    for (const [tag, css] of BADGE_ANCHORS) {
      await page.evaluate(([m, c, t]) => window.benchBadges.loadAnchor(m, c, t), [`${ORIGIN}/anchors/${tag}.js`, `${ORIGIN}/anchors/${css}.css`, tag]);
      variants.push(tag);
    }
  }
  const result = [];
  for (const count of [1000, 10_000]) {
    const plan = { warmup: RUNS.warmup, runs: count > 1000 ? RUNS.big : RUNS.runs };
    const raw = await rounds(variants, async (v) => {
      const s = await cpu(() => page.evaluate(([variant, n]) => window.benchBadges.sample(variant, n), [v, count]));
      await page.evaluate(() => window.benchBadges.clear());
      return s;
    }, plan);
    const of = (v, key) => raw[v].map((s) => s[key]);
    result.push({
      count,
      runs: plan.runs,
      ms: Object.fromEntries(variants.map((v) => [v, summary(of(v, 'ms'))])),
      cpuMs: Object.fromEntries(variants.map((v) => [v, summary(of(v, 'cpuMs'))])),
      framesOver1: Object.fromEntries(variants.map((v) => [v, raw[v].filter((s) => s.frames > 1).length])),
      cpuRatioToFloor: Object.fromEntries(variants.filter((v) => v !== 'floor').map((v) => [v, ratios(of(v, 'cpuMs'), of('floor', 'cpuMs'))])),
      cpuRatioOfBadgeTo: Object.fromEntries(variants.filter((v) => v !== 'badge').map((v) => [v, ratios(of('badge', 'cpuMs'), of(v, 'cpuMs'))])),
      msRatioToVanilla: ratios(of('badge', 'ms'), of('vanilla', 'ms')),
    });
  }
  await page.close();
  return result;
}

/**
 * BOUND_BADGES bound badges under one provider over a memory adapter with
 * BOUND_LATENCY ms a call, one badge per customer, on a page of their own
 * (once a provider has connected, every badge on the page asks for context).
 * One warm-up round: a round takes seconds, and its first use loads the lazy modules.
 */
export async function boundBadges(context) {
  const page = await open(context, 'badges');
  const raw = await rounds(['bound'],
    () => page.evaluate(([n, customers, latency]) => window.benchBadges.bound(n, customers, latency), [BOUND_BADGES, BOUND_BADGES, BOUND_LATENCY]),
    { warmup: 1, runs: RUNS.bound });
  await page.close();
  const samples = raw.bound;
  const of = (key) => summary(samples.map((s) => s[key]));
  return {
    badges: BOUND_BADGES, customers: BOUND_BADGES, runs: samples.length, latencyMs: samples[0].latencyMs, batch: MAX_BATCH_READ,
    ms: of('ms'), frames: of('frames'), getCustomer: of('getCustomer'), getCustomers: of('getCustomers'),
    calls: summary(samples.map((s) => s.getCustomer + s.getCustomers)),
    longestTaskMs: samples.some((s) => s.longestTaskMs === null) ? null : of('longestTaskMs'),
    longTasks: of('longTasks'),
    insertTaskMs: samples.some((s) => s.insertTaskMs === null) ? null : of('insertTaskMs'),
  };
}

export async function filter(context) {
  const page = await open(context, 'filter');
  const cpu = await cpuMeter(context, page);
  const result = [];
  for (const rows of [1000, 10_000]) {
    await page.evaluate((n) => window.benchFilter.setup(n), rows);
    const plan = { warmup: RUNS.warmup, runs: rows > 1000 ? RUNS.big * 2 : RUNS.runs };
    // Each run switches to Inactive or back to Active, alternately (both variants alike).
    const raw = await rounds(['loop', 'filter'], async (v, r) => {
      const args = [v, r % 2 ? 'active' : 'inactive'];
      await page.evaluate(([variant, show]) => window.benchFilter.prepare(variant, show), args);
      return cpu(() => page.evaluate(([variant, show]) => window.benchFilter.sample(variant, show), args));
    }, plan);
    const of = (v, key) => raw[v].map((s) => s[key]);
    result.push({
      rows,
      runs: plan.runs,
      loop: summary(of('loop', 'ms')),
      filter: summary(of('filter', 'ms')),
      loopCpu: summary(of('loop', 'cpuMs')),
      filterCpu: summary(of('filter', 'cpuMs')),
      ratio: ratios(of('filter', 'ms'), of('loop', 'ms')),
      cpuRatio: ratios(of('filter', 'cpuMs'), of('loop', 'cpuMs')),
    });
  }
  await page.close();
  return result;
}

export async function dialog(context) {
  const page = await open(context, 'dialog');
  const cpu = await cpuMeter(context, page);
  const raw = await rounds(['dialog', 'floor'], async (v) => {
    const s = await cpu(() => page.evaluate((variant) => window.benchDialog.sample(variant), v));
    await page.evaluate(() => window.benchDialog.close());
    return s;
  }, { warmup: RUNS.warmup, runs: RUNS.dialog });
  await page.close();
  const samples = raw.dialog;
  return {
    runs: samples.length,
    visible: summary(samples.map((s) => s.visibleMs)),
    interactive: summary(samples.map((s) => s.interactiveMs)),
    visibleFrame: summary(samples.map((s) => s.visibleFrame)),
    interactiveFrame: summary(samples.map((s) => s.interactiveFrame)),
    visibleInFirstFrame: samples.filter((s) => s.visibleFrame === 1).length,
    interactiveInFirstFrame: samples.filter((s) => s.interactiveFrame === 1).length,
    confirmEnabled: samples.every((s) => s.confirmEnabled),
    cpuMs: summary(samples.map((s) => s.cpuMs)),
    floor: { interactive: summary(raw.floor.map((s) => s.interactiveMs)), cpuMs: summary(raw.floor.map((s) => s.cpuMs)) },
    cpuRatioToFloor: ratios(samples.map((s) => s.cpuMs), raw.floor.map((s) => s.cpuMs)),
  };
}


/**
 * The heap at the start (after `warm` cycles), after a first block of
 * cycles, and after a second one. The first block still fills what the
 * first uses of the code fill once (compiled code, inline caches, the kit's
 * template caches); a leak shows as growth in the second block, which is what
 * the target is judged on. Both are reported.
 */
export async function heap(context, name, warm, cycles) {
  const page = await open(context, name);
  const cdp = await context.newCDPSession(page);
  await warm(page);
  const start = await heapOf(page, cdp);
  const t = Date.now();
  await cycles(page);
  const cycleSeconds = (Date.now() - t) / 1000;
  const baseline = await heapOf(page, cdp);
  await cycles(page);
  const after = await heapOf(page, cdp);
  await page.close();
  const growth = after.used - baseline.used;
  return {
    start, baseline, after, cycleSeconds,
    firstBlockGrowth: baseline.used - start.used,
    growth, growthPercent: (100 * growth) / baseline.used, tolerance: HEAP_TOLERANCE, met: growth < HEAP_TOLERANCE,
  };
}

export async function memoryAdapter(context) {
  const page = await open(context, 'adapter');
  const made = await page.evaluate((n) => window.benchAdapter.setup(n), CUSTOMERS);
  const names = await page.evaluate(() => window.benchAdapter.names);
  const first = {};
  const raw = await rounds(names, async (name) => {
    const s = await page.evaluate((q) => window.benchAdapter.query(q), name);
    first[name] ??= s;
    return s;
  }, { warmup: RUNS.warmup, runs: RUNS.adapter });
  await page.close();
  return {
    customers: made.customers,
    records: made.records,
    setupMs: made.ms,
    queries: names.map((name) => ({ name, found: first[name].found, firstMs: first[name].ms, ms: summary(raw[name].map((s) => s.ms)) })),
  };
}

/**
 * service-reactivate-form on one customer with SERVICES deactivated services:
 * the first render of a new form (the first one, which also loads the lazy
 * modules, reported apart as the warm-up), then ticks on the last form loaded.
 */
export async function form(context) {
  const page = await open(context, 'form');
  const made = await page.evaluate((n) => window.benchForm.setup(n), SERVICES);
  const cold = await page.evaluate(() => window.benchForm.firstRender());
  const renders = await rounds(['render'], () => page.evaluate(() => window.benchForm.firstRender()), { warmup: 0, runs: RUNS.formRender });
  const ticks = await rounds(['tick'], () => page.evaluate(() => window.benchForm.tick()), { warmup: RUNS.warmup, runs: RUNS.formTick });
  await page.close();
  return {
    services: SERVICES,
    setupMs: made.ms,
    firstRenderCold: cold,
    firstRender: {
      runs: renders.render.length,
      ms: summary(renders.render.map((s) => s.ms)),
      frames: summary(renders.render.map((s) => s.frames)),
      firstRowsMs: summary(renders.render.map((s) => s.firstRowsMs)),
      longestTaskMs: summary(renders.render.map((s) => s.longestTaskMs ?? 0)),
    },
    tick: {
      runs: ticks.tick.length,
      ms: summary(ticks.tick.map((s) => s.ms)),
      scriptMs: summary(ticks.tick.map((s) => s.scriptMs)),
      frames: summary(ticks.tick.map((s) => s.frames)),
    },
  };
}

