/**
 * Two builds from one config:
 * - `vite` / `npm start` / `vite build --mode demo`: the demo CRM page in `demo/`.
 * - `vite build` (`npm run build`): the library, one ES module per entry,
 *   with lit, @lit/context and zod left to the host's bundler.
 */
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export const LIBRARY_ENTRIES: Record<string, string> = {
  index: here('src/index.ts'),
  rules: here('src/rules/index.ts'),
  'adapters/memory': here('src/adapters/memory/index.ts'),
  testing: here('src/testing/index.ts'),
  'lifecycle-provider': here('src/elements/lifecycle-provider/define.ts'),
};

export default defineConfig(({ command, mode }) => {
  if (command === 'serve' || mode === 'demo') {
    return {
      root: here('demo'),
      publicDir: here('demo/public'),
      server: { host: '127.0.0.1', port: 5173, strictPort: false },
      preview: { host: '127.0.0.1', port: 4173 },
      build: { outDir: here('dist-demo'), emptyOutDir: true, target: 'es2022' },
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
        external: [/^lit(\/.*)?$/, /^@lit\//, /^zod(\/.*)?$/],
        output: { preserveModules: false, chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
  };
});
