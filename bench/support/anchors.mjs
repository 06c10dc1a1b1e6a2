// The anchors: other kits' elements the figures are compared with, installed
// as the benchmark's own dev dependencies in bench/anchors (never the kit's).
// Installed with npm when missing; when that fails, the figures measured
// earlier (bench/anchors/fallback.json, source stated there) are printed instead.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = new URL('../anchors/', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('package.json', dir), 'utf8'));

/** What is measured of each anchor: a cherry-picked entry (bench/anchors/entries). */
export const ANCHOR_ENTRIES = [
  ['sl-badge (Shoelace)', 'bench/anchors/entries/sl-badge.js'],
  ['sl-dialog (Shoelace)', 'bench/anchors/entries/sl-dialog.js'],
  ['md-dialog (Material Web)', 'bench/anchors/entries/md-dialog.js'],
];

/** Shoelace's theme, which its elements need on the page (sizes: measured beside; render: loaded for every variant). */
export const SHOELACE_CSS = fileURLToPath(new URL('node_modules/@shoelace-style/shoelace/dist/themes/light.css', dir));

/** The installed version of each pinned package, or undefined when one is missing or differs. */
function installed() {
  const versions = {};
  for (const [name, wanted] of Object.entries(manifest.devDependencies)) {
    const file = new URL(`node_modules/${name}/package.json`, dir);
    if (!existsSync(file)) return undefined;
    const { version } = JSON.parse(readFileSync(file, 'utf8'));
    if (version !== wanted) return undefined;
    versions[name] = version;
  }
  return versions;
}

/**
 * Makes sure the anchors are installed; returns their versions, or
 * `{ fallback }` (the figures from bench/anchors/fallback.json and why).
 */
export function ensureAnchors() {
  let versions = installed();
  if (!versions) {
    console.log('Installing the anchors (bench/anchors: Shoelace, Material Web)…');
    const run = spawnSync('npm', ['install', '--prefix', fileURLToPath(dir), '--no-audit', '--no-fund'], { stdio: 'inherit' });
    versions = run.status === 0 ? installed() : undefined;
    if (!versions) {
      const fallback = JSON.parse(readFileSync(new URL('fallback.json', dir), 'utf8'));
      return { fallback: { ...fallback, why: `npm install in bench/anchors failed (exit ${run.status ?? run.signal})` } };
    }
  }
  return { versions };
}
