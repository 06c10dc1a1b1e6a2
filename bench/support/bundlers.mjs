// The three bundlers the size check runs (esbuild, rollup, vite), each
// bundling an entry for production, minified; the files an entry loads up
// front and everything reachable, gzipped together at level 9.
import { build as esbuild, transform } from 'esbuild';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { build as vite } from 'vite';
import { writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { root } from '../../test/support/packed.mjs';

export const KIT = 'customer-lifecycle-kit';

/** lit, lit-html, lit-element and the @lit/* packages: what "lit shared" leaves to the page. */
export const isLit = (id) => /^(lit|lit-html|lit-element)(\/|$)|^@lit\//.test(id);

const gzip = (code) => gzipSync(Buffer.from(code), { level: 9 }).length;

// ------------------------------------------------------------------ bundlers
// Each returns the output chunks as { fileName, code, isEntry, imports, dynamicImports, modules }:
// imports and dynamicImports are fileNames of other chunks, modules the ids of the modules with
// code in the chunk, as absolute paths.

async function withEsbuild(dir, entry, external) {
  const out = join(dir, 'out-esbuild');
  const result = await esbuild({
    absWorkingDir: dir, entryPoints: [entry], bundle: true, splitting: true, format: 'esm', minify: true,
    platform: 'browser', conditions: ['production'], define: { 'process.env.NODE_ENV': '"production"' },
    outdir: out, write: false, metafile: true, logLevel: 'silent', external: external.patterns,
  });
  const byPath = new Map(result.outputFiles.map((f) => [relative(dir, f.path), f.text]));
  return Object.entries(result.metafile.outputs).filter(([path]) => path.endsWith('.js')).map(([path, o]) => ({
    fileName: path,
    code: byPath.get(path),
    isEntry: Boolean(o.entryPoint),
    imports: o.imports.filter((i) => i.kind === 'import-statement' && !i.external).map((i) => i.path),
    dynamicImports: o.imports.filter((i) => i.kind === 'dynamic-import' && !i.external).map((i) => i.path),
    modules: Object.entries(o.inputs).filter(([, v]) => v.bytesInOutput > 0).map(([id]) => resolve(dir, id)),
  }));
}

async function withRollup(dir, entry, external) {
  const bundle = await rollup({
    input: join(dir, entry),
    external: external.test,
    plugins: [nodeResolve({ browser: true, exportConditions: ['production'], rootDir: dir }), minifyChunks()],
    onwarn: () => {},
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  return chunksOf(output);
}

async function withVite(dir, entry, external) {
  const output = await vite({
    root: dir, configFile: false, logLevel: 'silent', publicDir: false, mode: 'production',
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      write: false, minify: true,
      lib: { entry: join(dir, entry), formats: ['es'], fileName: 'entry' },
      // Vite leaves an ES library's whitespace and names alone; a host's app build would not.
      rolldownOptions: { external: external.test, output: { minify: true } },
    },
  });
  return chunksOf((Array.isArray(output) ? output : [output]).flatMap((o) => o.output));
}

/**
 * Rollup has no minifier of its own; hosts add one. esbuild's, on each chunk
 * rollup has already tree-shaken: what differs from the esbuild row is then
 * rollup's module graph, not the minifier (terser took four times as long for
 * output within 1 % of this).
 */
function minifyChunks() {
  return {
    name: 'minify-chunks',
    async renderChunk(code) {
      return { code: (await transform(code, { minify: true, format: 'esm', loader: 'js' })).code, map: null };
    },
  };
}

function chunksOf(output) {
  return output.filter((c) => c.type === 'chunk').map((c) => ({
    fileName: c.fileName, code: c.code, isEntry: c.isEntry, imports: c.imports, dynamicImports: c.dynamicImports,
    modules: (c.moduleIds ?? Object.keys(c.modules)).filter((id) => (c.modules?.[id]?.renderedLength ?? 1) > 0),
  }));
}

/** The bundlers a host may use; each minifies and takes the production export conditions. */
export const BUNDLERS = { esbuild: withEsbuild, rollup: withRollup, vite: withVite };

/** The chunks the entry loads: its static imports, and with `lazy` its dynamic ones too; `skip` stops at a chunk. */
function closureOf(chunks, lazy, skip = () => false) {
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const seen = new Set();
  const visit = (c) => {
    if (!c || seen.has(c) || skip(c)) return;
    seen.add(c);
    for (const f of [...c.imports, ...(lazy ? c.dynamicImports : [])]) visit(byName.get(f));
  };
  visit(chunks.find((c) => c.isEntry));
  return [...seen];
}

/**
 * The files' gzip together: the bundlers split the same code into different numbers of files, which is
 * theirs to decide; what the kit decides is the code. The number of files is given beside.
 */
function figure(list) {
  const code = list.map((c) => c.code).join('\n');
  return { files: list.length, min: Buffer.byteLength(code), gzip: gzip(code) };
}

/** What a bundle leaves to the page: the kit's peer dependencies, and lit when it is shared. */
export function externals(pkg, { litShared }) {
  const peers = Object.keys(pkg.peerDependencies ?? {});
  const isPeer = (id) => peers.some((p) => id === p || id.startsWith(`${p}/`));
  const test = (id) => isPeer(id) || (litShared && isLit(id));
  const patterns = [...peers.flatMap((p) => [p, `${p}/*`]),
    ...(litShared ? ['lit', 'lit/*', 'lit-html', 'lit-html/*', 'lit-element', 'lit-element/*', '@lit/*'] : [])];
  return { test, patterns };
}

/**
 * Bundles the module `source` (JavaScript text, written to `dir`) with
 * `bundler`; returns the chunks and the figures: `upFront` and `reachable`,
 * each `{ files, min, gzip }` of the files it counts, and
 * `reachableWithout(skip)` for the reachable figure leaving out the chunks
 * `skip(chunk)` names (the Spanish catalogue, on a page in English).
 */
export async function bundle(bundler, dir, name, source, { pkg, litShared = false }) {
  const entry = `entry-${name.replace(/[^\w]+/g, '_')}-${litShared ? 'shared' : 'all'}.js`;
  writeFileSync(join(dir, entry), source);
  const chunks = await BUNDLERS[bundler](dir, entry, externals(pkg, { litShared }));
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const closure = (lazy, skip) => closureOf(chunks, lazy, skip);
  const spanish = chunks.filter(isSpanish);
  // Up front and the chunks holding the English catalogue, with what they import: what an element that shows
  // words but never calls an adapter loads (a presentational badge, say).
  const english = (() => {
    const seen = new Set(closure(false));
    const visit = (c) => {
      if (!c || seen.has(c)) return;
      seen.add(c);
      for (const f of c.imports) visit(byName.get(f));
    };
    for (const c of chunks.filter((x) => x.modules.some((id) => /\/dist\/chunks\/en-[\w-]+\.js$/.test(id)))) visit(c);
    return [...seen];
  })();
  return {
    chunks,
    english: figure(english),
    spanish: spanish.length ? figure(spanish) : null,
    upFront: figure(closure(false)),
    reachable: figure(closure(true)),
    reachableWithout: (skip) => figure(closure(true, skip)),
  };
}

// ------------------------------------------------------------------ files outside the kit
/**
 * A module of this checkout (an anchor's entry, a floor element) bundled by
 * vite for a page, lit bundled or shared; returns its `upFront` and
 * `reachable` figures. For the benchmark's anchors and floors.
 */
export async function measureFile(file, { litShared = false } = {}) {
  const output = await vite({
    root, configFile: false, logLevel: 'silent', publicDir: false, mode: 'production',
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      write: false, minify: true,
      lib: { entry: join(root, file), formats: ['es'], fileName: 'entry' },
      rolldownOptions: { external: litShared ? isLit : [], output: { minify: true } },
    },
  });
  const chunks = chunksOf((Array.isArray(output) ? output : [output]).flatMap((o) => o.output));
  return { upFront: figure(closureOf(chunks, false)), reachable: figure(closureOf(chunks, true)) };
}

/** A stylesheet with its @imports, bundled and minified by esbuild: `{ min, gzip, code }`. */
export async function measureCss(file) {
  const result = await esbuild({ entryPoints: [file], bundle: true, minify: true, write: false, logLevel: 'silent', outdir: '/css' });
  const code = result.outputFiles.find((f) => f.path.endsWith('.css')).text;
  return { min: Buffer.byteLength(code), gzip: gzip(code), code };
}

/** A chunk holding only the Spanish catalogue (dist/chunks/es-*.js): a page in English never loads it. */
export const isSpanish = (chunk) => chunk.modules.length > 0 && chunk.modules.every((id) => /\/dist\/chunks\/es-[\w-]+\.js$/.test(id));
