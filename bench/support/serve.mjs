// The benchmark pages: bench/pages/*.ts bundled by vite the way a host's
// production build would (minified, lit in production mode, lazy modules in
// chunks of their own), kept in memory and served to the browser through
// playwright's request routing (no server, no port).
import { build } from 'vite';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
export const ORIGIN = 'http://bench.localhost';
export const PAGES = ['badges', 'filter', 'dialog', 'adapter', 'form'];

async function bundle(entry, fileName) {
  const output = await build({
    root,
    configFile: false,
    logLevel: 'silent',
    publicDir: false,
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      lib: { entry, formats: ['es'], fileName },
      rolldownOptions: { output: { minify: true } },
    },
  });
  return (Array.isArray(output) ? output : [output]).flatMap((o) => o.output);
}

/**
 * Builds every page (and the anchors' badges, when installed: `anchors` maps a
 * served name to its entry, `css` a served name to a stylesheet's text);
 * returns the served files by path.
 */
export async function buildPages({ anchors }) {
  const files = new Map();
  const entries = Object.fromEntries(PAGES.map((name) => [name, `${root}/bench/pages/${name}.ts`]));
  for (const item of await bundle(entries, (_format, name) => `${name}.js`)) {
    files.set(`/${item.fileName}`, item.type === 'chunk' ? item.code : item.source);
  }
  for (const name of PAGES) {
    files.set(`/${name}.html`, `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name}</title>` +
      `<script type="module" src="/${name}.js"></script></head><body></body></html>`);
  }
  if (anchors) {
    for (const [name, entry] of Object.entries(anchors.modules)) {
      for (const item of await bundle(`${root}/${entry}`, () => `${name}.js`)) {
        files.set(`/anchors/${item.fileName}`, item.type === 'chunk' ? item.code : item.source);
      }
    }
    for (const [name, text] of Object.entries(anchors.css)) files.set(`/anchors/${name}.css`, text);
  }
  return files;
}

const TYPES = { '.js': 'text/javascript', '.html': 'text/html', '.css': 'text/css' };

/** Serves `files` to every page of `context` under ORIGIN. */
export async function serve(context, files) {
  await context.route(`${ORIGIN}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    const body = files.get(path);
    if (body === undefined) return route.fulfill({ status: 404, body: 'not found' });
    const type = TYPES[path.slice(path.lastIndexOf('.'))] ?? 'application/octet-stream';
    return route.fulfill({ status: 200, contentType: `${type}; charset=utf-8`, body });
  });
}
