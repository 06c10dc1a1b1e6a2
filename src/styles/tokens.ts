/**
 * Design tokens shared by every element.
 *
 * Hosts theme the kit with the public custom properties `--clk-*` (set them on
 * any ancestor or on the elements). Each element includes `tokens`, which
 * resolves them on `:host` into internal `--_clk-*` values with the kit's
 * defaults for light and dark, and forces the duration to 0 under
 * `prefers-reduced-motion`. Elements read the internal values through `vars`
 * (each a `var()` with a fallback), never a raw colour.
 *
 * Light or dark: each default is a `light-dark()` pair, chosen by the host's
 * `color-scheme`, which is `var(--clk-color-scheme, light dark)`: the user's
 * `prefers-color-scheme` unless the host forces one with `--clk-color-scheme:
 * light` or `dark` on any ancestor (native controls inside follow too).
 *
 * Defaults meet WCAG 2.2 AA on the default surface in both themes: text and
 * status colours ≥ 4.5:1, border and focus ring ≥ 3:1.
 *
 * Public tokens: `--clk-color-text`, `--clk-color-text-muted`, `--clk-color-surface`,
 * `--clk-color-border`, `--clk-color-focus`, `--clk-color-accent`, `--clk-color-on-accent`,
 * `--clk-color-active`, `--clk-color-deactivated`, `--clk-color-suspended`,
 * `--clk-color-dormant`, `--clk-color-scheme`, `--clk-radius`, `--clk-space-1…4`,
 * `--clk-font-size-s|m|l`, `--clk-duration`.
 */
// From lit's base package, so elements built on ReactiveElement alone (the badge) do not pull lit-html in.
import { css, unsafeCSS, type CSSResult } from '@lit/reactive-element';

/** The kit's default values: [light, dark] for colours, one value otherwise. */
const COLOURS = {
  text: ['#1f2328', '#e6edf3'], // 15.8:1 / 15.0:1 on the surface
  'text-muted': ['#59636e', '#9ea7b3'], // 6.1:1 / 7.3:1
  surface: ['#ffffff', '#16181d'],
  border: ['#818b98', '#6e7681'], // 3.5:1 / 3.9:1 (non-text)
  focus: ['#0b57d0', '#8ab4f8'], // 6.4:1 / 8.4:1
  accent: ['#0b57d0', '#8ab4f8'],
  'on-accent': ['#ffffff', '#0b1220'], // 6.4:1 / 8.9:1 on the accent
  active: ['#1a7f37', '#4ac26b'], // 5.1:1 / 7.8:1
  deactivated: ['#b35900', '#f0883e'], // orange (S1): 4.8:1 / 7.0:1
  suspended: ['#c62828', '#ff7b72'], // red (S2, S3): 5.6:1 / 7.0:1
  dormant: ['#59636e', '#9ea7b3'], // 6.1:1 / 7.3:1
} as const;

const SIZES = {
  radius: '0.375rem',
  'space-1': '0.25rem',
  'space-2': '0.5rem',
  'space-3': '0.75rem',
  'space-4': '1rem',
  'font-size-s': '0.875rem',
  'font-size-m': '1rem',
  'font-size-l': '1.25rem',
  duration: '150ms',
} as const;

type ColourName = keyof typeof COLOURS;
type SizeName = keyof typeof SIZES;
type TokenName = `color-${ColourName}` | SizeName;

const colourNames = Object.keys(COLOURS) as ColourName[];
const sizeNames = Object.keys(SIZES) as SizeName[];

const resolved = colourNames
  .map((n) => `--_clk-color-${n}: var(--clk-color-${n}, light-dark(${COLOURS[n][0]}, ${COLOURS[n][1]}));`)
  .join('');

/** `var(--_clk-<name>, <light default>)`: the resolved token, for use in element styles. */
export const vars = Object.fromEntries([
  ...colourNames.map((n) => [`color-${n}`, unsafeCSS(`var(--_clk-color-${n}, ${COLOURS[n][0]})`)]),
  ...sizeNames.map((n) => [n, unsafeCSS(`var(--_clk-${n}, ${SIZES[n]})`)]),
]) as Record<TokenName, CSSResult>;

/** Include first in every element's `styles`: resolves the tokens on `:host` and inherits the host's font. */
export const tokens = css`
  :host {
    color-scheme: var(--clk-color-scheme, light dark);
    ${unsafeCSS(resolved)}
    ${unsafeCSS(sizeNames.map((n) => `--_clk-${n}: var(--clk-${n}, ${SIZES[n]});`).join(''))}
    font: inherit;
  }
  @media (prefers-reduced-motion: reduce) {
    :host {
      --_clk-duration: 0s;
    }
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
  }
`;

/** A visible focus ring: a declaration block for `:focus-visible` rules (≥ 3:1, 2px, offset). */
export const focusRing = css`
  outline: 2px solid ${vars['color-focus']};
  outline-offset: 2px;
`;

/** `.sr-only`: hides content visually but keeps it for screen readers. */
export const srOnly = css`
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
`;
