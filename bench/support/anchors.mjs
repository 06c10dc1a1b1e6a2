// The anchors: other kits' elements the figures are compared with, installed
// as the benchmark's own dev dependencies in bench/anchors (never the kit's).
// Installed with npm when missing; when that fails, the figures measured
// earlier (bench/anchors/fallback.json, source stated there) are printed instead.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = new URL('../anchors/', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('package.json', dir), 'utf8'));

/** Shoelace's theme, which its elements need on the page (sizes: counted with them; render: loaded for every variant). */
export const SHOELACE_CSS = fileURLToPath(new URL('node_modules/@shoelace-style/shoelace/dist/themes/light.css', dir));
/** Web Awesome's default theme, likewise. */
export const WEBAWESOME_CSS = fileURLToPath(new URL('node_modules/@awesome.me/webawesome/dist/styles/themes/default.css', dir));

/**
 * What is measured of each anchor: a cherry-picked entry (bench/anchors/entries)
 * and the theme it needs on the page. `task`: the benchmark row it anchors.
 */
export const ANCHOR_ENTRIES = [
  { key: 'sl-badge', name: 'sl-badge (Shoelace) + light.css', entry: 'bench/anchors/entries/sl-badge.js', css: SHOELACE_CSS, task: 'badge' },
  { key: 'wa-badge', name: 'wa-badge (Web Awesome) + default theme', entry: 'bench/anchors/entries/wa-badge.js', css: WEBAWESOME_CSS, task: 'badge' },
  {
    key: 'sl-flow', name: 'sl-dialog + checkbox, button, textarea (Shoelace) + light.css',
    entry: 'bench/anchors/entries/sl-deactivate-flow.js', css: SHOELACE_CSS, task: 'dialog',
  },
  { key: 'sl-dialog', name: 'sl-dialog (Shoelace) + light.css', entry: 'bench/anchors/entries/sl-dialog.js', css: SHOELACE_CSS, task: 'dialog' },
  { key: 'wa-dialog', name: 'wa-dialog (Web Awesome) + default theme', entry: 'bench/anchors/entries/wa-dialog.js', css: WEBAWESOME_CSS, task: 'dialog' },
  { key: 'md-dialog', name: 'md-dialog (Material Web)', entry: 'bench/anchors/entries/md-dialog.js', task: 'dialog' },
];

/** The hand-written floor (bench/pages/floor), measured like the anchors. */
export const FLOOR_ENTRIES = [
  { key: 'floor-badge', name: 'floor-badge (hand-written, shadow DOM)', entry: 'bench/pages/floor/floor-badge.ts', task: 'badge' },
  { key: 'floor-dialog', name: 'floor-dialog (hand-written, native <dialog>)', entry: 'bench/pages/floor/floor-dialog.ts', task: 'dialog' },
];

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
    console.log('Installing the anchors (bench/anchors: Shoelace, Web Awesome, Material Web)…');
    const run = spawnSync('npm', ['install', '--prefix', fileURLToPath(dir), '--no-audit', '--no-fund'], { stdio: 'inherit' });
    versions = run.status === 0 ? installed() : undefined;
    if (!versions) {
      const fallback = JSON.parse(readFileSync(new URL('fallback.json', dir), 'utf8'));
      return { fallback: { ...fallback, why: `npm install in bench/anchors failed (exit ${run.status ?? run.signal})` } };
    }
  }
  return { versions };
}
