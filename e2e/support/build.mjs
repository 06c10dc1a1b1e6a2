// Builds the demo the way `npm run build:demo` does: vite's build() with the repo's
// vite.config.ts in mode 'demo', which writes dist-demo/.
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

/** Builds the demo; resolves to the folder it wrote. */
export async function buildDemo() {
  await build({ configFile: fileURLToPath(new URL('../../vite.config.ts', import.meta.url)), mode: 'demo', logLevel: 'warn' });
  return fileURLToPath(new URL('../../dist-demo/', import.meta.url));
}
