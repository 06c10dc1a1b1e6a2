// 1,000 presentational badges, against the same markup (icons and text per
// state) made by a vanilla template clone, and a trivial Lit element for context. Each sample builds
// the badges into a fresh container, waits for every element to render, and
// forces style and layout once. Budget: badge ≤ 1.5 × vanilla.
import { css, html, LitElement, type ReactiveElement } from 'lit';
import '../src/elements/customer-status-badge/define.js';
import { ICONS } from '../src/elements/customer-status-badge/customer-status-badge.icons.js';
import { compare, type Variant } from './support/measure.js';

const COUNT = 1000;
const STATES = [
  ['active', false, 'Active'],
  ['inactive', false, 'Deactivated'],
  ['inactive', true, 'Suspended and deactivated'],
  ['active', true, 'Suspended'],
] as const;

/** The icons each state shows (S1–S3), as the badge draws them. */
const STATE_ICONS = [['check'], ['person-off'], ['suspended', 'person-off'], ['suspended']] as const;
const svg = (name: string) => `<svg viewBox="0 0 24 24" aria-hidden="true">${ICONS[name]}</svg>`;
const VANILLA_CSS = `.b{display:inline-flex;align-items:center;gap:.35em;padding:.1em .6em;border:1px solid #1a7f37;
  border-inline-start:.25em solid #1a7f37;border-radius:.375rem;font-size:.875rem;white-space:nowrap}
  .b svg{inline-size:1.1em;block-size:1.1em;fill:none;stroke:currentColor;stroke-width:2}
  .t1{border-color:#b35900}.t2,.t3{border-color:#c62828}`;

class TrivialBadge extends LitElement {
  static override styles = css`span { display: inline-flex; padding: 0.1em 0.6em; border: 1px solid; }`;
  static override properties = { label: {} };
  label = '';
  protected override render() {
    return html`<span>${this.label}</span>`;
  }
}
customElements.define('trivial-badge', TrivialBadge);

function container(): HTMLElement {
  const host = document.createElement('div');
  document.body.append(host);
  return host;
}

/** A variant that appends COUNT elements made by `create` and waits for all of them to render. */
function elements(name: string, create: (i: number) => ReactiveElement): Variant {
  return {
    name,
    setup: container,
    run: async (host) => {
      const fragment = document.createDocumentFragment();
      const made: ReactiveElement[] = [];
      for (let i = 0; i < COUNT; i++) made.push(fragment.appendChild(create(i)));
      (host as HTMLElement).append(fragment);
      await Promise.all(made.map((el) => el.updateComplete));
      return (host as HTMLElement).offsetHeight;
    },
    teardown: (host) => (host as HTMLElement).remove(),
  };
}

/** The same markup by hand: one template per state, icons and text included. */
const vanillaTemplates = STATES.map(([, , label], i) => {
  const template = document.createElement('template');
  template.innerHTML = `<span class="b t${i}">${STATE_ICONS[i]!.map(svg).join('')}<span class="l">${label}</span></span>`;
  return template;
});

document.documentElement.lang ||= 'en';

describe('badge render', () => {
  it('1,000 badges: customer-status-badge vs vanilla template clone vs trivial Lit element', async () => {
    const style = document.createElement('style');
    style.textContent = VANILLA_CSS;
    document.head.append(style);
    const results = await compare('badge render ×1000', [
      {
        name: 'vanilla template clone',
        setup: container,
        run: (host) => {
          const fragment = document.createDocumentFragment();
          for (let i = 0; i < COUNT; i++) {
            fragment.append(vanillaTemplates[i % 4]!.content.cloneNode(true));
          }
          (host as HTMLElement).append(fragment);
          return (host as HTMLElement).offsetHeight;
        },
        teardown: (host) => (host as HTMLElement).remove(),
      },
      elements('customer-status-badge', (i) => {
        const badge = document.createElement('customer-status-badge');
        const [status, suspended] = STATES[i % 4]!;
        badge.setAttribute('status', status);
        if (suspended) badge.setAttribute('suspended', '');
        return badge;
      }),
      elements('trivial Lit element', (i) => {
        const badge = document.createElement('trivial-badge');
        badge.label = STATES[i % 4]![2];
        return badge;
      }),
    ]);
    style.remove();
    if (results.length !== 3) throw new Error('missing results');
  });
});

declare global {
  interface HTMLElementTagNameMap {
    'trivial-badge': TrivialBadge;
  }
}
