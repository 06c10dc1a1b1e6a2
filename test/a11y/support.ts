/**
 * What the accessibility checks share: the four page combinations a story is
 * shown under (language × theme, set as the Storybook toolbar and the demo's
 * switches set them), waiting for the kit's elements to settle, the colours
 * the kit's palette really resolves to, and a few measurements (text, focus,
 * contrast) read through shadow roots.
 */
import { fixtureSync, html } from '@open-wc/testing';
import { en } from '../../src/i18n/en.js';
import { es } from '../../src/i18n/es.js';
import { loadCatalog } from '../../src/i18n/catalogs.js';
import { tokens } from '../../src/styles/tokens.js';
import type { Meta } from '../../stories/csf.js';
import { renderStory, storiesOf, type StoriesModule } from '../../stories/render.js';
import { until } from '../support/until.js';

export type Lang = 'en' | 'es';
export type Theme = 'light' | 'dark';

export interface Combination {
  lang: Lang;
  theme: Theme;
}

/** English and Spanish, light and dark: every story is checked under each. */
export const COMBINATIONS: readonly Combination[] = [
  { lang: 'en', theme: 'light' },
  { lang: 'en', theme: 'dark' },
  { lang: 'es', theme: 'light' },
  { lang: 'es', theme: 'dark' },
];

/**
 * Sets the page language and forces the theme as `.storybook/preview.ts`
 * does (`lang` and `--clk-color-scheme` + `color-scheme` on the root). The
 * body paints the page's own canvas colour and text, as a host page in that
 * theme does, so contrast is measured against the real background.
 */
export function applyCombination({ lang, theme }: Combination): void {
  const root = document.documentElement;
  root.lang = lang;
  root.style.setProperty('--clk-color-scheme', theme);
  root.style.colorScheme = theme;
  document.body.style.backgroundColor = 'Canvas';
  document.body.style.color = 'CanvasText';
}

/** Puts the page back as the test runner made it. */
export function resetCombination(): void {
  const root = document.documentElement;
  root.removeAttribute('lang');
  root.style.removeProperty('--clk-color-scheme');
  root.style.removeProperty('color-scheme');
  document.body.style.removeProperty('background-color');
  document.body.style.removeProperty('color');
}

/**
 * The meta a story renders with under `combination`. A stories file with a
 * `lang` control (the dialog's, which sets it on its provider) gets the
 * combination's language through that control, as a Storybook user would pick
 * it; a story that sets its own language keeps it.
 */
export const metaFor = (meta: Meta, { lang }: Combination): Meta => (meta.argTypes?.['lang'] ? { ...meta, args: { ...meta.args, lang } } : meta);

/** Stories of a load or a save that never ends (their adapter's answer is a promise left pending). */
export const STAYS_LOADING = new Set(['customer-status-badge/Loading', 'inactive-filter/CountsLoading', 'service-reactivate-form/Loading', 'service-reactivate-form/Saving']);

/**
 * Renders the story `id` of `module` under `combination` into a fresh
 * canvas, runs its `play`, and waits until it shows the state it is named
 * for: the language's messages loaded, every element updated, and the
 * adapter's answers in (a story of a load that never ends: until it shows it).
 */
export async function showStory(module: StoriesModule, id: string, combination: Combination = COMBINATIONS[0]!): Promise<HTMLDivElement> {
  const named = storiesOf(module).find((s) => s.id === id);
  if (!named) throw new Error(`${module.default.title} has no story ${id}`);
  applyCombination(combination);
  const canvas = fixtureSync<HTMLDivElement>(html`<div></div>`);
  await renderStory(metaFor(module.default, combination), named.story, canvas);
  await loadCatalog(combination.lang);
  await settled(canvas);
  if (STAYS_LOADING.has(`${module.default.component}/${id}`)) await until(() => showsLoading(canvas), 'the story shows no load');
  else await until(() => !stillLoading(canvas), 'the story is still loading');
  await settled(canvas);
  return canvas;
}

/** Every element under `root`, through open shadow roots (shadow content after its host). */
export function deepElements(root: Element | ShadowRoot): Element[] {
  const out: Element[] = [];
  const walk = (node: Element | ShadowRoot) => {
    for (const child of node.children) {
      out.push(child);
      if (child.shadowRoot) walk(child.shadowRoot);
      walk(child);
    }
  };
  walk(root);
  return out;
}

type Updating = Element & { updateComplete: Promise<unknown> };

/** Waits until every Lit element under `root`, shadow roots included, has finished updating. */
export async function settled(root: Element): Promise<void> {
  for (let pass = 0; pass < 3; pass += 1) {
    const pending = deepElements(root).filter((el): el is Updating => 'updateComplete' in el);
    const results = await Promise.all(pending.map((el) => el.updateComplete));
    // `updateComplete` resolves to false when another update was requested meanwhile.
    if (results.every((done) => done !== false)) return;
  }
}

/**
 * Whether something under `root` shows a load in progress: a part marked
 * `aria-busy="true"` (a bound badge, the dialog's preview), the service
 * form's "Loading services…", or a filter's empty count pills.
 */
export function showsLoading(root: Element): boolean {
  const all = deepElements(root);
  if (all.some((el) => el.getAttribute('aria-busy') === 'true')) return true;
  const text = deepText(root);
  if ([en['form.loading'], es['form.loading']].some((message) => text.includes(message))) return true;
  return all.some((el) => el.localName === 'inactive-filter' && !!el.shadowRoot &&
    [...el.shadowRoot.querySelectorAll('[part~="count"]')].some((pill) => pill.textContent === '') &&
    !el.shadowRoot.querySelector('[part~="error"]'));
}

/**
 * Whether something under `root` has not reached its state yet: it shows a
 * load, or a badge bound to a customer has not started binding (its binding
 * module loads on first use; until then it has no `aria-busy` at all).
 */
export function stillLoading(root: Element): boolean {
  return showsLoading(root) || deepElements(root).some((el) => el.localName === 'customer-status-badge' &&
    !!el.getAttribute('customer-id') && !el.shadowRoot?.firstElementChild?.hasAttribute('aria-busy'));
}

/** The kit's elements: tags of the form the kit defines, with a shadow root. */
export function kitElements(root: Element): Element[] {
  const tags = ['customer-status-badge', 'deactivate-dialog', 'inactive-filter', 'service-reactivate-form', 'lifecycle-provider'];
  return deepElements(root).filter((el) => tags.includes(el.localName) && el.shadowRoot);
}

/** What a screen-reader user meets under `root`: text nodes and the names given by aria-label, through shadow roots. */
export function deepText(root: Element | ShadowRoot): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node instanceof Element) {
      const label = node.getAttribute('aria-label');
      if (label) parts.push(label);
      if (node.shadowRoot) walk(node.shadowRoot);
      // Slotted children are read where they are slotted, i.e. here too: once is enough.
    }
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    for (const child of node.childNodes) walk(child);
  };
  walk(root);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** `#rrggbb` → `rgb(r, g, b)`, as `getComputedStyle` writes it. */
export function hexToRgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

/**
 * The palette the kit ships, read from the tokens' own CSS (each default is a
 * `light-dark(light, dark)` pair): the values only light uses, only dark uses.
 */
export function palette(): { light: Set<string>; dark: Set<string> } {
  const css = (Array.isArray(tokens) ? tokens : [tokens]).map((t) => t.cssText).join('');
  const pairs = [...css.matchAll(/light-dark\((#[0-9a-f]{6}), (#[0-9a-f]{6})\)/gi)].map((m) => [hexToRgb(m[1]!), hexToRgb(m[2]!)] as const);
  if (pairs.length === 0) throw new Error('no light-dark() pairs found in the tokens');
  const light = new Set(pairs.map(([l]) => l));
  const dark = new Set(pairs.map(([, d]) => d));
  for (const value of [...light]) {
    if (dark.has(value)) {
      light.delete(value);
      dark.delete(value);
    }
  }
  return { light, dark };
}

/** The colours (text, background, borders) computed on every element inside the kit's shadow roots under `root`. */
export function kitColours(root: Element): Set<string> {
  const colours = new Set<string>();
  for (const host of kitElements(root)) {
    for (const el of [host, ...deepElements(host.shadowRoot!)]) {
      const style = getComputedStyle(el);
      for (const value of [style.color, style.backgroundColor, style.borderTopColor, style.borderInlineStartColor, style.outlineColor]) colours.add(value);
    }
  }
  return colours;
}

/** The focused element, looking through open shadow roots. */
export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** A short, readable description of a focused part: its tag, part and name. */
export function describe(el: Element | null): string {
  if (!el) return '(nothing)';
  const part = el.getAttribute('part');
  const name = el.getAttribute('aria-label') ?? (el.id && (el.getRootNode() as ShadowRoot | Document).querySelector(`label[for="${el.id}"]`)?.textContent) ?? el.textContent;
  return `${el.localName}${part ? `[${part}]` : ''} "${(name ?? '').replace(/\s+/g, ' ').trim()}"`;
}

/** Parses `rgb(…)` / `rgba(…)` / `color(srgb …)` into [r, g, b, a] on 0–255 (alpha 0–1). */
export function parseColour(value: string): [number, number, number, number] {
  const srgb = /^color\(srgb ([\d.]+) ([\d.]+) ([\d.]+)(?: \/ ([\d.]+))?\)$/.exec(value);
  if (srgb) return [Number(srgb[1]) * 255, Number(srgb[2]) * 255, Number(srgb[3]) * 255, srgb[4] === undefined ? 1 : Number(srgb[4])];
  const rgb = /^rgba?\(([\d.]+), ([\d.]+), ([\d.]+)(?:, ([\d.]+))?\)$/.exec(value);
  if (!rgb) throw new Error(`not a colour this check reads: ${value}`);
  return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3]), rgb[4] === undefined ? 1 : Number(rgb[4])];
}

const channel = (c: number) => {
  const s = c / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};
const luminance = ([r, g, b]: readonly number[]) => 0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!);

/** WCAG contrast ratio of two opaque colours. */
export function contrast(a: string, b: string): number {
  const [la, lb] = [luminance(parseColour(a)), luminance(parseColour(b))];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** `top` over `bottom` (both computed colours): the colour the eye sees. */
function over(top: [number, number, number, number], bottom: [number, number, number, number]): [number, number, number, number] {
  const a = top[3];
  return [top[0] * a + bottom[0] * (1 - a), top[1] * a + bottom[1] * (1 - a), top[2] * a + bottom[2] * (1 - a), 1];
}

/**
 * The background a ring drawn around `el` sits on: the first ancestor (through
 * shadow hosts; the element itself when the ring is drawn inside it) with a
 * painted background, blended down to the page's canvas.
 */
export function backdropOf(el: Element, inside: boolean): string {
  const layers: [number, number, number, number][] = [];
  let node: Element | null = inside ? el : parentOf(el);
  while (node) {
    const colour = parseColour(getComputedStyle(node).backgroundColor);
    if (colour[3] > 0) layers.push(colour);
    if (colour[3] === 1) break;
    node = parentOf(node);
  }
  // Nothing opaque up to the root: the page's canvas colour shows (white or the dark canvas).
  let result: [number, number, number, number] = layers.length && layers[layers.length - 1]![3] === 1 ? layers.pop()! : parseColour(canvasColour());
  while (layers.length) result = over(layers.pop()!, result);
  return `rgb(${Math.round(result[0])}, ${Math.round(result[1])}, ${Math.round(result[2])})`;
}

function parentOf(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** The colour `Canvas` resolves to on this page now. */
function canvasColour(): string {
  return pageColours()[0];
}

/** The page's own background and text colours now (`Canvas`, `CanvasText`): what a host element inherits, not the kit's palette. */
export function pageColours(): [string, string] {
  const probe = document.createElement('div');
  probe.style.backgroundColor = 'Canvas';
  probe.style.color = 'CanvasText';
  document.body.append(probe);
  const style = getComputedStyle(probe);
  const values: [string, string] = [style.backgroundColor, style.color];
  probe.remove();
  return values;
}

export interface FocusIndicator {
  /** How the indicator is drawn: an outline or a box-shadow ring. */
  kind: 'outline' | 'box-shadow' | 'none';
  width: number;
  colour: string;
  /** Contrast of the ring against what is behind it. */
  ratio: number;
}

/**
 * Ends the running transitions and animations of `el` and its ancestors
 * (through shadow hosts), so styles read are the ones they settle on (a
 * segment's fill fades in over `--clk-duration`). Endless ones are left.
 */
export function finishAnimations(el: Element): void {
  for (let node: Element | null = el; node; node = parentOf(node)) {
    for (const animation of node.getAnimations()) {
      if (animation.effect?.getComputedTiming().endTime !== Infinity) animation.finish();
    }
  }
}

/** The visible focus indicator of the focused `el`, and its contrast against its background. */
export function focusIndicator(el: Element): FocusIndicator {
  finishAnimations(el);
  const style = getComputedStyle(el);
  const width = Number.parseFloat(style.outlineWidth);
  if (style.outlineStyle !== 'none' && width > 0) {
    // A negative offset draws the ring over the element's own background.
    const inside = Number.parseFloat(style.outlineOffset) < 0;
    const colour = style.outlineColor;
    return { kind: 'outline', width, colour, ratio: contrast(colour, backdropOf(el, inside)) };
  }
  const shadow = /^(rgba?\([^)]*\)|color\([^)]*\)) 0px 0px 0px (\d+(?:\.\d+)?)px/.exec(style.boxShadow);
  if (shadow && Number(shadow[2]) > 0) {
    return { kind: 'box-shadow', width: Number(shadow[2]), colour: shadow[1]!, ratio: contrast(shadow[1]!, backdropOf(el, false)) };
  }
  return { kind: 'none', width: 0, colour: '', ratio: 0 };
}

/** The part of axe-core this reads: its computation of roles and accessible names (shadow DOM included). */
interface AxeNames {
  setup(node?: Element | Document): unknown;
  teardown(): void;
  commons: {
    text: { accessibleText(el: Element): string };
    aria: { getRole(el: Element): string | null };
  };
}

/** axe-core, loaded as the accessibility assertion loads it (its script registers `window.axe`). */
async function axeNames(): Promise<AxeNames> {
  const global = window as unknown as { axe?: AxeNames };
  if (!global.axe) await import('axe-core/axe.min.js');
  if (!global.axe) throw new Error('axe-core did not load');
  return global.axe;
}

/** The computed role and accessible name of an element, as assistive technology gets them. */
export interface Exposed {
  role: string | null;
  name: string;
}

/** Role and accessible name of each of `elements`, computed by axe-core over the whole page. */
export async function exposed(elements: readonly Element[]): Promise<Exposed[]> {
  const axe = await axeNames();
  axe.setup(document);
  try {
    return elements.map((el) => ({ role: axe.commons.aria.getRole(el), name: axe.commons.text.accessibleText(el).replace(/\s+/g, ' ').trim() }));
  } finally {
    axe.teardown();
  }
}

/** `role "name"`: how a part reads, for order and naming assertions. */
export async function reads(el: Element | null): Promise<string> {
  if (!el) return '(nothing)';
  const [{ role, name }] = await exposed([el]) as [Exposed];
  return `${role ?? el.localName} "${name}"`;
}
