// Module sizes, measured the way `npm run check:size` measures them: each
// entry bundled by vite for a page (minified, ES2022), counting the entry
// chunk and what it imports statically ("up front"); the chunks it may
// import later are counted in `lazy` (the Spanish catalogue aside, which is
// measured on its own). Gzip at level 9, brotli at its default quality (11).
import { build } from 'vite';
import { fileURLToPath } from 'node:url';
import { gzipSync, brotliCompressSync } from 'node:zlib';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** lit, lit-html, lit-element and the @lit/* packages: what "lit external" leaves to the page. */
export const isLit = (id) => /^(lit|lit-html|lit-element)(\/|$)|^@lit\//.test(id);

const compressed = (code) => {
  const bytes = Buffer.from(code);
  return { min: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, brotli: brotliCompressSync(bytes).length };
};

/**
 * Bundles `entry` (a path from the repository root) and returns its sizes in
 * bytes: `min`, `gzip`, `brotli` up front, and `lazyGzip`: up front plus what
 * it may load later (the Spanish catalogue excluded).
 * @param {string} entry
 * @param {{ litExternal?: boolean }} [options]
 */
export async function measure(entry, { litExternal = false } = {}) {
  const output = await build({
    root,
    configFile: false,
    logLevel: 'silent',
    publicDir: false,
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      lib: { entry: `${root}/${entry}`, formats: ['es'], fileName: 'm' },
      // Vite leaves an ES library's whitespace and names alone; a host's bundler would not.
      rolldownOptions: { external: litExternal ? isLit : [], output: { minify: true } },
    },
  });
  const outputs = Array.isArray(output) ? output : [output];
  const chunks = outputs.flatMap((o) => o.output).filter((c) => c.type === 'chunk');
  const seen = new Set();
  const visit = (chunk) => {
    if (!chunk || seen.has(chunk.fileName)) return;
    seen.add(chunk.fileName);
    for (const name of chunk.imports) visit(chunks.find((c) => c.fileName === name));
  };
  visit(chunks.find((c) => c.isEntry));
  const spanish = (c) => !seen.has(c.fileName) && Object.keys(c.modules ?? {}).some((id) => id.endsWith('/src/i18n/es.ts'));
  const upFront = compressed(chunks.filter((c) => seen.has(c.fileName)).map((c) => c.code).join('\n'));
  const later = compressed(chunks.filter((c) => !spanish(c)).map((c) => c.code).join('\n'));
  return { ...upFront, lazyGzip: later.gzip };
}
