/**
 * Two builds from one config:
 * - `vite` / `npm start` / `vite build --mode demo`: the demo CRM page in `demo/`.
 * - `vite build` (`npm run build`): the library, one ES module per entry,
 *   with lit, @lit/context and zod left to the host's bundler.
 * - `vite build --mode bundle` (`npm run build`, after the library): the
 *   single-file build `dist/customer-lifecycle-kit.bundle.js` of `src/bundle.ts`,
 *   lit, @lit/context and zod included, lazy modules inlined, minified.
 */
import { defineConfig } from 'vite';
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
