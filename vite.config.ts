/**
 * Two builds from one config:
 * - `vite` / `npm start` / `vite build --mode demo`: the demo CRM page in `demo/`.
 * - `vite build` (`npm run build`): the library, one ES module per entry,
 *   with lit, @lit/context and zod left to the host's bundler.
 * - `vite build --mode bundle` (`npm run build`, after the library): the
 *   single-file build `dist/customer-lifecycle-kit.bundle.js` of `src/bundle.ts`,
 *   lit, @lit/context and zod included, lazy modules inlined, minified.
 * The library and single-file builds go through `ownKeysOnly()` (see below).
 */
import { defineConfig, type Plugin } from 'vite';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** The public modules of the package (entries not written yet are skipped). */
export const LIBRARY_ENTRIES: Record<string, string> = Object.fromEntries(
  Object.entries({
    index: 'src/index.ts',
    rules: 'src/rules/index.ts',
    'adapters/memory': 'src/adapters/memory/index.ts',
    'adapters/http': 'src/adapters/http/index.ts',
    i18n: 'src/i18n/index.ts',
    testing: 'src/testing/index.ts',
    'testing/msw': 'src/testing/msw/index.ts',
    'lifecycle-provider': 'src/elements/lifecycle-provider/define.ts',
    'customer-status-badge': 'src/elements/customer-status-badge/define.ts',
    'inactive-filter': 'src/elements/inactive-filter/define.ts',
    'deactivate-dialog': 'src/elements/deactivate-dialog/define.ts',
    'service-reactivate-form': 'src/elements/service-reactivate-form/define.ts',
  })
    .map(([name, path]) => [name, here(path)] as const)
    .filter(([, path]) => existsSync(path)),
);

/**
 * A page may extend `Object.prototype` before the kit loads (its own code, or a prototype-pollution
 * bug in some merge helper); the kit has to work there. Three loops of code bundled into our output
 * walk an object with `for…in`, so they also meet every enumerable key added to `Object.prototype`:
 * - rolldown's runtime `__exportAll` (and `__share_export`, the same loop), which makes the namespace
 *   object of `export * as rules` and of each inlined dynamic import as the module loads: it hands
 *   `Object.defineProperty` the inherited value as a getter, which throws ("Getter must be a
 *   function"), and nothing of the kit loads;
 * - zod's `members` (`v4/core/util.js`), run the first time a schema of each type is made (at load:
 *   our schemas are module constants): it reads `.get` of the own descriptor of the inherited key,
 *   which is `undefined`, and throws;
 * - zod's `propValues` of an object schema (`v4/core/schemas.js`), read when a discriminated union
 *   first parses (every mutation's result): it reads `shape[key]._zod.values` and throws.
 * No rolldown or zod option changes them, so each is patched in its source as it enters the build
 * (before minifying): `for (… in x)` becomes `for (… of Object.keys(x))`, the same own enumerable
 * string keys in the same order. The build fails if a patch does not find its text, if a patched
 * module was never seen (zod: only when zod is bundled at all), or if rolldown's runtime still has
 * a `for…in`: an upgrade cannot quietly undo this. zod is bundled only into the single-file build;
 * the library build leaves it, with lit, to the host's bundler.
 */
const OWN_KEYS_PATCHES = [
  { file: '\0rolldown/runtime.js', from: 'for (var name in all)', to: 'for (var name of Object.keys(all))' },
  { file: '/node_modules/zod/v4/core/util.js', from: 'for (const key in table) {', to: 'for (const key of Object.keys(table)) {' },
  { file: '/node_modules/zod/v4/core/schemas.js', from: 'for (const key in shape) {', to: 'for (const key of Object.keys(shape)) {' },
] as const;
const FOR_IN = /\bfor\s*\(\s*(?:var|let|const)\s+[\w$]+\s+in\s/;

function ownKeysOnly(): Plugin {
  const patched = new Set<string>();
  let zodBundled = false;
  return {
    name: 'own-keys-only',
    buildStart() {
      patched.clear();
      zodBundled = false;
    },
    transform: {
      filter: { id: /^\0rolldown\/runtime\.js$|\/node_modules\/zod\// },
      handler(code, id) {
        zodBundled ||= id.includes('/node_modules/zod/');
        let out = code;
        for (const { file, from, to } of OWN_KEYS_PATCHES) {
          if (!id.endsWith(file)) continue;
          if (!out.includes(from)) this.error(`own-keys-only: "${from}" is no longer in ${file}; look at the loop again and update the patch.`);
          out = out.replaceAll(from, to);
          patched.add(file);
        }
        if (id === OWN_KEYS_PATCHES[0].file && FOR_IN.test(out)) this.error(`own-keys-only: rolldown's runtime has a for…in loop the patch does not cover: ${FOR_IN.exec(out)?.[0]}`);
        // The lines stay where they were: the source map of the untouched code still holds.
        return out === code ? undefined : { code: out, map: null };
      },
    },
    buildEnd(error) {
      if (error) return;
      const missed = OWN_KEYS_PATCHES.filter(({ file }) => !patched.has(file) && (zodBundled || !file.includes('/zod/')));
      if (missed.length > 0) this.error(`own-keys-only: never saw ${missed.map((p) => p.file).join(', ')}; where did that code go?`);
    },
  };
}

export default defineConfig(({ command, mode }) => {
  if (command === 'serve' || mode === 'demo') {
    return {
      root: here('demo'),
      // package.json's `sideEffects` describes dist/ for hosts. The demo's own modules register
      // elements when imported (`import './demo-list.js'`): the demo build keeps them.
      plugins: [{
        name: 'demo-modules-have-side-effects',
        transform: (code: string, id: string) => (id.startsWith(here('demo/')) ? { code, moduleSideEffects: true } : undefined),
      }],
      // The demo imports the kit's public entries by their package name, as a host does; here from source.
      resolve: { alias: { 'customer-lifecycle-kit/i18n': here('src/i18n/index.ts') } },
      // Relative URLs: the built demo works from any path of any static server.
      base: './',
      publicDir: here('demo/public'),
      server: { host: '127.0.0.1', port: 5173, strictPort: false },
      preview: { host: '127.0.0.1', port: 4173 },
      build: {
        outDir: here('dist-demo'),
        emptyOutDir: true,
        target: 'es2022',
        rolldownOptions: {
          input: { main: here('demo/index.html'), gallery: here('demo/gallery.html') },
        },
      },
    };
  }
  if (mode === 'bundle') {
    return {
      publicDir: false,
      plugins: [ownKeysOnly()],
      build: {
        target: 'es2022',
        outDir: here('dist'),
        // The library build has just written dist/; keep it.
        emptyOutDir: false,
        sourcemap: true,
        minify: true,
        lib: { entry: here('src/bundle.ts'), formats: ['es'], fileName: () => 'customer-lifecycle-kit.bundle.js' },
        rolldownOptions: {
          // One file: no chunks, the dynamic imports (boundary, Spanish) inlined.
          output: { codeSplitting: false, minify: true },
        },
      },
    };
  }
  return {
    publicDir: false,
    plugins: [ownKeysOnly()],
    build: {
      target: 'es2022',
      outDir: here('dist'),
      emptyOutDir: true,
      sourcemap: true,
      minify: false,
      lib: { entry: LIBRARY_ENTRIES, formats: ['es'] },
      rolldownOptions: {
        external: [/^lit(\/.*)?$/, /^@lit\//, /^zod(\/.*)?$/, /^msw(\/.*)?$/],
        output: { preserveModules: false, chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
  };
});
