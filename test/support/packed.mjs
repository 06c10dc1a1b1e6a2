// The packed package, as a host installs it: `packKit()` packs the built kit
// (run `npm run build` first) into a temporary folder once per process, and
// `installHost(dir)` copies a host app (its package.json and sources) to a
// temporary folder, installs its own dependencies from the registry, then the
// tarball — so nothing is written into the checkout and the host sees only
// what the package ships.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const quiet = ['--no-audit', '--no-fund', '--loglevel=error'];
let tarball;

/** Packs the kit once; returns the tarball's path. */
export function packKit() {
  if (tarball) return tarball;
  if (!existsSync(join(root, 'dist/index.js'))) throw new Error('dist/ is missing: run `npm run build` first');
  const newest = (dir) => statSync(join(root, dir)).mtimeMs;
  if (newest('custom-elements.json') > newest('dist/index.js')) console.warn('custom-elements.json is newer than dist/: run `npm run build` again');
  const dest = mkdtempSync(join(tmpdir(), 'kit-pack-'));
  const out = execFileSync(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', dest], { cwd: root, encoding: 'utf8' });
  tarball = join(dest, JSON.parse(out)[0].filename);
  return tarball;
}

/** Copies the host app at `source` to a temporary folder and installs it with the packed kit; returns the folder. */
export function installHost(source) {
  const dir = mkdtempSync(join(tmpdir(), 'kit-host-'));
  cpSync(source, dir, { recursive: true, filter: (path) => !/node_modules|dist$/.test(path) });
  execFileSync(npm, ['install', ...quiet], { cwd: dir, stdio: 'inherit' });
  execFileSync(npm, ['install', '--no-save', ...quiet, packKit()], { cwd: dir, stdio: 'inherit' });
  return dir;
}
