/**
 * Badges page: N presentational `<customer-status-badge>`s rendered to a
 * painted frame, against the floor (`<floor-badge>`, the same badge written
 * by hand with a shadow root), the same markup cloned from a `<template>`
 * into the light DOM (no shadow root: for the record) and, when the anchors
 * are installed, Shoelace's `<sl-badge>` and Web Awesome's `<wa-badge>`.
 * Bound badges under a provider are measured by `bound` (bound-badges.ts),
 * on a page of their own: once a provider has connected, every badge on the
 * page asks for context.
 */
import type { ReactiveElement } from 'lit';
import '../../src/elements/customer-status-badge/define.js';
import { FloorBadge } from './floor/floor-badge.js';
import { ICONS } from '../../src/elements/customer-status-badge/customer-status-badge.icons.js';
import type { BoundSample } from './bound-badges.js';
import { collect, nextPaint, paintedFrame, type Painted } from './frame.js';

const STATES = [
  ['active', false, 'Active', 'success'],
  ['inactive', false, 'Deactivated', 'neutral'],
  ['inactive', true, 'Suspended and deactivated', 'danger'],
  ['active', true, 'Suspended', 'warning'],
] as const;

/** The icons each state shows (S1–S3), as the badge draws them. */
const STATE_ICONS = [['check'], ['person-off'], ['suspended', 'person-off'], ['suspended']] as const;
const svg = (name: string) => `<svg viewBox="0 0 24 24" aria-hidden="true">${ICONS[name]}</svg>`;
const VANILLA_CSS = `.b{display:inline-flex;align-items:center;gap:.35em;padding:.1em .6em;border:1px solid #1a7f37;
  border-inline-start:.25em solid #1a7f37;border-radius:.375rem;font-size:.875rem;white-space:nowrap}
  .b svg{inline-size:1.1em;block-size:1.1em;fill:none;stroke:currentColor;stroke-width:2}
  .t1{border-color:#b35900}.t2,.t3{border-color:#c62828}`;

/** The same markup by hand: one template per state, icons and text included. */
const vanillaTemplates = STATES.map(([, , label], i) => {
  const template = document.createElement('template');
  template.innerHTML = `<span class="b t${i}">${STATE_ICONS[i]!.map(svg).join('')}<span class="l">${label}</span></span>`;
  return template;
});

export type BadgeVariant = 'vanilla' | 'floor' | 'badge' | 'sl-badge' | 'wa-badge';

/** An anchor's badge, labelled in its light DOM. */
const anchor = (tag: string) => (i: number) => {
  const badge = document.createElement(tag);
  badge.setAttribute('variant', STATES[i % 4]![3]);
  badge.textContent = STATES[i % 4]![2];
  return badge;
};

const MAKERS: Record<Exclude<BadgeVariant, 'vanilla'>, (i: number) => HTMLElement> = {
  badge: (i) => {
    const badge = document.createElement('customer-status-badge');
    const [status, suspended] = STATES[i % 4]!;
    badge.setAttribute('status', status);
    if (suspended) badge.setAttribute('suspended', '');
    return badge;
  },
  floor: (i) => {
    // By its class: an import for its side effect alone would be dropped (the package lists its side effects).
    const badge = new FloorBadge();
    const [status, suspended] = STATES[i % 4]!;
    badge.setAttribute('status', status);
    if (suspended) badge.setAttribute('suspended', '');
    return badge;
  },
  'sl-badge': anchor('sl-badge'),
  'wa-badge': anchor('wa-badge'),
};

/** Appends `count` badges of `variant` to `host` and resolves when every one has rendered. */
async function mount(variant: BadgeVariant, count: number, host: HTMLElement): Promise<void> {
  const fragment = document.createDocumentFragment();
  if (variant === 'vanilla') {
    for (let i = 0; i < count; i++) fragment.append(vanillaTemplates[i % 4]!.content.cloneNode(true));
    host.append(fragment);
    return;
  }
  const make = MAKERS[variant];
  const made: HTMLElement[] = [];
  for (let i = 0; i < count; i++) made.push(fragment.appendChild(make(i)));
  host.append(fragment);
  await Promise.all(made.map((el) => (el as Partial<ReactiveElement>).updateComplete));
}

/** Whether every badge in `host` shows its text (in its shadow root, or in the light DOM for the clone). */
function rendered(variant: BadgeVariant, count: number, host: HTMLElement): boolean {
  if (host.children.length !== count) return false;
  const last = host.lastElementChild!;
  if (variant === 'vanilla') return last.textContent !== '';
  if (variant === 'sl-badge' || variant === 'wa-badge') return !!last.shadowRoot?.querySelector('slot');
  return (last.shadowRoot?.textContent ?? '') !== '';
}

let shown: HTMLElement | undefined;

/**
 * Renders `count` badges of `variant` into a fresh container, timed to the painted frame; `clear()` removes them
 * and collects garbage, apart, so that a caller can measure the sample alone.
 */
async function sample(variant: BadgeVariant, count: number): Promise<Painted> {
  shown?.remove();
  const host = document.createElement('div');
  document.body.append(host);
  shown = host;
  const painted = await paintedFrame(() => mount(variant, count, host));
  if (!rendered(variant, count, host)) throw new Error(`${variant}: ${count} badges did not render`);
  return painted;
}

/** Removes the last sample's badges and collects garbage, so that the next sample pays for neither. */
async function clear(): Promise<void> {
  shown?.remove();
  shown = undefined;
  collect();
  await nextPaint();
}

/** Mounts and unmounts `count` presentational badges, `batch` at a time, each batch rendered to a frame. */
async function cycles(count: number, batch = 100): Promise<void> {
  for (let done = 0; done < count; done += batch) {
    const host = document.createElement('div');
    document.body.append(host);
    await mount('badge', batch, host);
    await nextPaint();
    if (!rendered('badge', batch, host)) throw new Error('badges did not render');
    host.remove();
  }
  await nextPaint();
}

/** Loads an anchor's module (served by the runner) and its stylesheet, for every variant alike; waits for `tag`. */
async function loadAnchor(moduleUrl: string, cssUrl: string | undefined, tag: string): Promise<void> {
  if (cssUrl) {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = cssUrl;
    const loaded = new Promise((resolve, reject) => {
      link.onload = resolve;
      link.onerror = reject;
    });
    document.head.append(link);
    await loaded;
  }
  await import(/* @vite-ignore */ moduleUrl);
  await customElements.whenDefined(tag);
}

document.documentElement.lang ||= 'en';
const style = document.createElement('style');
style.textContent = VANILLA_CSS;
document.head.append(style);

/** `count` bound badges over `customers` customers, `latency` ms a call (bound-badges.ts, loaded with the provider on the first call). */
async function bound(count: number, customers: number, latency?: number): Promise<BoundSample> {
  return (await import('./bound-badges.js')).sample(count, customers, latency);
}

const api = { sample, clear, cycles, loadAnchor, bound };
declare global {
  interface Window {
    benchBadges: typeof api;
  }
  interface HTMLElementTagNameMap {
    'sl-badge': HTMLElement;
    'wa-badge': HTMLElement;
  }
}
window.benchBadges = api;
