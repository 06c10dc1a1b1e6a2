// What a page pays for the kit, measured the way a host gets it: the packed
// package (`npm pack` of the built kit, as a host installs it), each public
// entry bundled by a host's bundler for production (minified, production
// export conditions), its output files gzipped together at level 9.
//
// For every bundle two figures: what loads up front (the entry file and what
// it imports statically) and everything reachable (the lazy chunks too: the
// adapter boundary with zod and the schemas, the Spanish catalogue, …). Each
// again with lit shared with the page (lit, lit-html, lit-element, @lit/*
// left out of the bundle, as a host that already has lit gets them).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { packKit, root } from '../../test/support/packed.mjs';
import { BUNDLERS, bundle, isSpanish, KIT } from './bundlers.mjs';

export { BUNDLERS, bundle, externals, isLit, isSpanish, KIT, measureCss, measureFile } from './bundlers.mjs';


/**
 * A host folder holding the packed kit in `node_modules/customer-lifecycle-kit`
 * and, linked from this checkout's install, the packages its `dependencies`
 * name (and theirs), nothing else: the bundlers see what a host's install has.
 * Returns `{ dir, pkg, cleanup }`.
 */
export function packedHost() {
  const dir = mkdtempSync(join(tmpdir(), 'kit-size-'));
  execFileSync('tar', ['-xzf', packKit(), '-C', dir]);
  mkdirSync(join(dir, 'node_modules'));
  renameSync(join(dir, 'package'), join(dir, 'node_modules', KIT));
  const pkg = JSON.parse(readFileSync(join(dir, 'node_modules', KIT, 'package.json'), 'utf8'));
  linkDependencies(dir, Object.keys(pkg.dependencies ?? {}));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'size-host', private: true, type: 'module' }));
  return { dir, pkg, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Links `names` and their own dependencies from this checkout's node_modules into `dir/node_modules`. */
export function linkDependencies(dir, names) {
  const queue = [...names];
  while (queue.length) {
    const name = queue.shift();
    const link = join(dir, 'node_modules', name);
    if (existsSync(link)) continue;
    const target = join(root, 'node_modules', name);
    if (!existsSync(target)) throw new Error(`${name} is not installed: run npm ci`);
    mkdirSync(dirname(link), { recursive: true });
    symlinkSync(target, link, 'dir');
    const own = JSON.parse(readFileSync(join(target, 'package.json'), 'utf8'));
    queue.push(...Object.keys(own.dependencies ?? {}));
  }
}

/**
 * The package's public JavaScript entries from its `exports`: the specifier a
 * host imports and the file it resolves to. JSON, Markdown, CSS, type-only
 * entries and package.json are not bundled.
 */
export function publicEntries(pkg) {
  const entries = [];
  for (const [key, value] of Object.entries(pkg.exports)) {
    const target = typeof value === 'string' ? value : value.default ?? value.import ?? value.browser;
    if (!target || !/\.m?js$/.test(target)) continue;
    entries.push({ name: key === '.' ? '(package root)' : key.slice(2), specifier: key === '.' ? KIT : `${KIT}/${key.slice(2)}` });
  }
  return entries;
}

// ------------------------------------------------------------------ what no bundle may hold
/**
 * Modules a bundle must not contain, found by module id or by a text only
 * that module has (the kit's own modules reach the bundlers as the built
 * chunks of dist/, so they are recognised by their text). `allowed`: the
 * entries that ship the module on purpose.
 */
export const FORBIDDEN = [
  { what: "zod's locales", id: /\/zod\/(v4\/)?locales\// },
  { what: "zod's JSON-schema code", id: /\/zod\/v4\/core\/(to-)?json-schema[^/]*\.js$/, text: /json-schema\.org\/draft/ },
  { what: "lit's dev mode", id: /\/(lit-html|lit-element|lit|@lit\/[\w-]+)\/development\//, text: /Lit is in dev mode/ },
  {
    what: "the memory adapter's data generator",
    text: / Landscaping Inc\./,
    // The memory adapter itself; the single-file build, which exports createMemoryAdapter for prototypes;
    // the msw handlers for hosts' tests, which serve the REST contract from a memory adapter.
    allowed: ['adapters/memory', 'bundle', 'testing/msw'],
  },
];

/** The forbidden modules in `chunks` of the entry `name`: [{ what, file }]. */
export function forbiddenIn(name, chunks) {
  const found = [];
  for (const rule of FORBIDDEN) {
    if (rule.allowed?.includes(name)) continue;
    for (const c of chunks) {
      const byId = rule.id && c.modules.find((id) => rule.id.test(id.replaceAll('\\', '/')));
      if (byId || (rule.text && rule.text.test(c.code))) {
        found.push({ what: rule.what, file: c.fileName, module: byId || undefined });
        break;
      }
    }
  }
  return found;
}

// ------------------------------------------------------------------ measuring the kit
/** Bundles that differ by more than this between bundlers fail the check. */
export const TOLERANCE = 0.1;
/** …unless they are less than this apart (bytes gzip): 10 % of a 200 B entry file is noise. */
export const FLOOR = 500;

/** The five elements, each on its own entry; the customer page imports them all. */
export const ELEMENTS = ['lifecycle-provider', 'customer-status-badge', 'deactivate-dialog', 'inactive-filter', 'service-reactivate-form'];

/** The page-level budget: the five elements as one elements-only file, everything they load but Spanish. */
export const PAGE_BUDGET = { all: 35_000, shared: 28_000 };

/**
 * The budget is missed (measured 55.0–57.5 kB with lit, 47.4–49.2 kB lit
 * shared; the finding and its reasons are in bench/README.md). Until it is
 * met the check fails above these figures, the largest measured when the
 * budget was set plus 0.5 kB, so that the miss cannot grow unnoticed; a change
 * that adds to the page says so here, with what it bought.
 */
export const PAGE_GUARD = { all: 58_000, shared: 49_700 };

/**
 * Known differences between bundlers, each with its reason: the check fails
 * above `max` instead of TOLERANCE for that entry and figure.
 */
export const KNOWN_SPREADS = [
  {
    entry: 'lifecycle-provider', key: 'reachable', max: 0.2,
    why: 'the provider alone loads three schemas of the adapter boundary (its .policy and .actor checks); ' +
      'esbuild keeps every schema of that module, because it keeps a /* @__PURE__ */ call whose arguments ' +
      "are calls it cannot prove pure (z.object({ id: z.string() })), where rollup and rolldown look into zod's " +
      'functions and drop the unused schemas. About 3 kB gzip, loaded only when a host sets .policy or .actor; a page ' +
      'with any other element loads every schema anyway, so the page-level figure does not move.',
  },
];

const hasLit = (chunks) => chunks.some((c) => c.modules.some((id) => /\/node_modules\/(lit|lit-html|lit-element|@lit\/[\w-]+)\//.test(id)));
const figures = (r) => ({ upFront: r.upFront, english: r.english, reachable: r.reachableWithout(isSpanish), spanish: r.spanish });

/**
 * Bundles `source` (an entry module importing the kit) with every bundler,
 * with lit bundled and with lit shared (the latter only when the bundle holds
 * lit at all); returns `{ name, all: { esbuild: figures, … }, shared, forbidden }`.
 * The reachable figure leaves the Spanish catalogue out (a page in English
 * never loads it; its chunk is measured beside, as `spanish`): some bundlers
 * see that nothing calls its loader in a bundle of the provider alone, some
 * keep the chunk, and it is the same file either way.
 */
export async function measureEntry(host, name, source, { bundlers = Object.keys(BUNDLERS) } = {}) {
  const result = { name, all: {}, shared: null, forbidden: [] };
  let lit = false;
  for (const b of bundlers) {
    const r = await bundle(b, host.dir, name, source, { pkg: host.pkg });
    result.all[b] = figures(r);
    lit ||= hasLit(r.chunks);
    for (const f of forbiddenIn(name, r.chunks)) result.forbidden.push({ bundler: b, ...f });
  }
  if (lit) {
    result.shared = {};
    for (const b of bundlers) result.shared[b] = figures(await bundle(b, host.dir, name, source, { pkg: host.pkg, litShared: true }));
  }
  return result;
}

/** The largest over the smallest figure among the bundlers, minus one (0.1: 10 % apart). */
export const spread = (byBundler, key) => {
  const values = Object.values(byBundler).map((f) => f[key].gzip);
  return Math.max(...values) / Math.min(...values) - 1;
};

/** The problems of one measured entry: bundlers more than TOLERANCE apart, forbidden modules. */
export function problemsOf(entry) {
  const problems = [];
  for (const [variant, byBundler] of [['lit bundled', entry.all], ['lit shared', entry.shared]]) {
    if (!byBundler) continue;
    for (const key of ['upFront', 'reachable']) {
      const s = spread(byBundler, key);
      const values = Object.values(byBundler).map((f) => f[key].gzip);
      const known = KNOWN_SPREADS.find((k) => k.entry === entry.name && k.key === key);
      if (s > (known?.max ?? TOLERANCE) && Math.max(...values) - Math.min(...values) >= FLOOR) {
        const list = Object.entries(byBundler).map(([b, f]) => `${b} ${(f[key].gzip / 1000).toFixed(1)} kB`).join(', ');
        problems.push(`${entry.name}: ${key === 'upFront' ? 'up front' : 'everything reachable'} (${variant}) differs by ${(100 * s).toFixed(0)} % between bundlers (${list})`);
      }
    }
  }
  for (const f of entry.forbidden) problems.push(`${entry.name}: the ${f.bundler} bundle holds ${f.what} (${f.module ?? f.file})`);
  return problems;
}

/** Every public entry of the packed kit and the customer page, with their problems. */
export async function measureKit(host, { log = () => {} } = {}) {
  const entries = [];
  for (const e of publicEntries(host.pkg)) {
    log(e.name);
    entries.push(await measureEntry(host, e.name, `export * from '${e.specifier}';\n`));
  }
  log('customer page');
  const source = ELEMENTS.map((name) => `import '${KIT}/${name}';\n`).join('');
  const page = await measureEntry(host, 'customer page (the five elements)', source);
  const problems = [...entries, page].flatMap(problemsOf);
  const findings = [];
  for (const [variant, budget] of Object.entries(PAGE_BUDGET)) {
    const worst = Math.max(...Object.values(page[variant] ?? {}).map((f) => f.reachable.gzip));
    const what = `customer page: everything the five elements load, ${variant === 'all' ? 'with lit, zod and English' : 'lit shared'}, ` +
      `is up to ${(worst / 1000).toFixed(1)} kB gzip, budget ${(budget / 1000).toFixed(0)} kB`;
    if (worst > PAGE_GUARD[variant]) problems.push(`${what}; it grew past ${(PAGE_GUARD[variant] / 1000).toFixed(1)} kB (PAGE_GUARD in bench/support/sizes.mjs)`);
    else if (worst > budget) findings.push(`${what}: missed (see bench/README.md)`);
  }
  for (const k of KNOWN_SPREADS) {
    const e = entries.find((x) => x.name === k.entry);
    const s = e && Math.max(...[e.all, e.shared].filter(Boolean).map((b) => spread(b, k.key)));
    if (s > TOLERANCE) findings.push(`${k.entry}: ${k.key === 'upFront' ? 'up front' : 'everything reachable'} differs by up to ${(100 * s).toFixed(0)} % between bundlers (allowed up to ${100 * k.max} %): ${k.why}`);
  }
  return { entries, page, problems, findings };
}
