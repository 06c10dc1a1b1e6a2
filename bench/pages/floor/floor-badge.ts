/**
 * The floor of the status column: a status badge written by hand, as small
 * as a shadow-DOM element can be. One constructed stylesheet shared by every
 * instance, the same icons and words as `<customer-status-badge>` cloned
 * from one parsed template per state when the element connects; no
 * framework, no localisation, no attribute changes after that. What the kit's badge is judged against.
 */
import { ICONS } from '../../../src/elements/customer-status-badge/customer-status-badge.icons.js';

const sheet = new CSSStyleSheet();
sheet.replaceSync(`:host{display:inline-block}
.b{display:inline-flex;align-items:center;gap:.35em;padding:.1em .6em;border:1px solid #1a7f37;
border-inline-start:.25em solid #1a7f37;border-radius:.375rem;font-size:.875rem;white-space:nowrap}
svg{inline-size:1.1em;block-size:1.1em;fill:none;stroke:currentColor;stroke-width:2}
.warning{border-color:#b35900}.danger,.neutral{border-color:#c62828}`);

const STATES: Record<string, [string, string[], string]> = {
  active: ['Active', ['check'], 'success'],
  inactive: ['Deactivated', ['person-off'], 'neutral'],
  'inactive suspended': ['Suspended and deactivated', ['suspended', 'person-off'], 'danger'],
  'active suspended': ['Suspended', ['suspended'], 'warning'],
};

/** One parsed template per state, cloned into each badge. */
const TEMPLATES = new Map(Object.entries(STATES).map(([key, [label, icons, tone]]) => {
  const template = document.createElement('template');
  template.innerHTML = `<span class="b ${tone}" role="img" aria-label="${label}">` +
    `${icons.map((name) => `<svg viewBox="0 0 24 24" aria-hidden="true">${ICONS[name]}</svg>`).join('')}` +
    `<span aria-hidden="true">${label}</span></span>`;
  return [key, template];
}));

export class FloorBadge extends HTMLElement {
  #root = this.attachShadow({ mode: 'open' });

  connectedCallback(): void {
    const root = this.#root;
    if (root.childNodes.length) return;
    root.adoptedStyleSheets = [sheet];
    const key = `${this.getAttribute('status') ?? 'active'}${this.hasAttribute('suspended') ? ' suspended' : ''}`;
    root.append((TEMPLATES.get(key) ?? TEMPLATES.get('active')!).content.cloneNode(true));
  }
}
customElements.define('floor-badge', FloorBadge);

declare global {
  interface HTMLElementTagNameMap {
    'floor-badge': FloorBadge;
  }
}
