import { ReactiveElement, type PropertyValues } from '@lit/reactive-element';
import { property } from '@lit/reactive-element/decorators/property.js';
import { LifecycleController } from '../../context/lifecycle-controller.js';
import type { MessageOverrides } from '../../i18n/catalogs.js';
import { statusMessages } from '../../i18n/status.js';
import { statusDisplay } from '../../rules/status.js';
import { isOddDormantDays, MAX_DORMANT_DAYS } from '../../rules/visibility.js';
import type { BadgeBinding, BoundState } from './customer-status-badge.bound.js';
import type { LifecycleAdapter } from '../../adapter/types.js';
import { ICONS } from './customer-status-badge.icons.js';
import { styles } from './customer-status-badge.styles.js';

const SVG = '<svg viewBox="0 0 24 24" aria-hidden="true" part="icon" class=';

/** One template per look, parsed once: a badge clones the whole of it (icons included) and sets its text. */
const templates = new Map<string, HTMLTemplateElement>();
/** On a page that enforces Trusted Types, the policy (`trusted-types customer-lifecycle-kit`) that lets this constant markup through. */
let policy: { createHTML(html: string): string } | undefined;
/** Whether the page refused that policy: the badges then show their text and colour without icons. */
let refused = false;

/** The constant markup of a look, through the kit's Trusted Types policy where the page has Trusted Types. */
function trusted(markup: string): string {
  policy ??= (window as { trustedTypes?: { createPolicy(name: string, rules: object): typeof policy } }).trustedTypes
    ?.createPolicy('customer-lifecycle-kit', { createHTML: String });
  return policy?.createHTML(markup) ?? markup;
}

function look(tone: string, icons: readonly string[]): Node {
  let template = templates.get(tone);
  if (!template) {
    template = document.createElement('template');
    const svgs = icons.map((name, i) => `${SVG}"${i ? 'second' : 'icon'}">${ICONS[name]}</svg>`).join('');
    try {
      if (refused) throw new TypeError('refused before');
      template.innerHTML = trusted(`<span class="base" part="base" data-tone="${tone}">${svgs}<span class="label" part="label"></span></span>`);
    } catch {
      // The page's Trusted Types leave the kit's policy out: no markup, so no icons — the text and colour still say the status.
      if (!refused) console.warn('<customer-status-badge>: this page\'s Trusted Types policy list leaves out "customer-lifecycle-kit", so badges show no icons.');
      refused = true;
      const part = (name: string) => {
        const span = document.createElement('span');
        span.className = name;
        span.setAttribute('part', name);
        return span;
      };
      const base = part('base');
      base.dataset['tone'] = tone;
      base.append(part('label'));
      template.content.append(base);
    }
    templates.set(tone, template);
  }
  return template.content.cloneNode(true);
}

const warned = new Set<string>();

/**
 * Bound badges that start binding in one task: a table of thousands binds a slice a task, so the page keeps
 * answering. Two batches of a batch read (`MAX_BATCH_READ`, 100 ids a call): a slice's customers take two
 * `getCustomers` calls, not three for 250.
 */
const BINDS_PER_TASK = 200;
const binding: Array<() => void> = [];

/** Resolves in a task of its own with at most `BINDS_PER_TASK - 1` other badges. */
function bindSlot(): Promise<void> {
  return new Promise((resolve) => {
    binding.push(resolve);
    if (binding.length > 1) return;
    const next = () => {
      for (const go of binding.splice(0, BINDS_PER_TASK)) go();
      if (binding.length > 0) setTimeout(next);
    };
    setTimeout(next);
  });
}

/**
 * A customer's status at a glance: active; deactivated (orange line, person
 * silhouette, S1); suspended (red, S2); suspended and deactivated (red with the
 * orange deactivated icon, S3); dormant when the host asks (G8). Always icon
 * and text: colour is never the only signal.
 *
 * Presentational by default (`status`, `suspended`, `dormant`: no adapter
 * needed, cheap enough for every row of a table). Bound when it has a
 * `customer-id` and an adapter (its own `.adapter` or a provider's): it loads
 * the customer, describes who deactivated it and when (D7) as its accessible
 * description and tooltip, and follows the adapter's change feed.
 *
 * @summary A customer's status: icon and text, presentational or bound to the adapter.
 * @tag customer-status-badge
 * @csspart base - The badge's box.
 * @csspart icon - The status icon(s).
 * @csspart label - The status text (visually hidden, still read, when `compact`).
 * @csspart tooltip - The description shown on hover and focus in bound mode (Escape hides it).
 * @csspart retry - The Retry button a bound badge shows after a failed load.
 * @cssprop --clk-badge-font-size - The badge's font size (default: `--clk-font-size-s`).
 * @cssprop --clk-badge-min-width - The width kept while a bound badge loads (default `7em`).
 * @cssprop --clk-color-active - Active (green).
 * @cssprop --clk-color-deactivated - Deactivated (orange, S1).
 * @cssprop --clk-color-suspended - Suspended (red, S2, S3).
 * @cssprop --clk-color-dormant - Dormant (G8).
 * @attr {string} status - `active` or `inactive`; other values show "unknown".
 * @attr {boolean} suspended - Billing suspension (S2, S3).
 * @attr {boolean} dormant - Shows an active customer as dormant (G8).
 * @attr {boolean} compact - Icon only; the text stays as the accessible name.
 * @attr {string} customer-id - Binds the badge to this customer of the adapter.
 * @attr {number} dormant-days - Bound: days without interaction that make an active customer dormant.
 * @fires {LifecycleErrorEvent} lifecycle-error - A bound badge could not load its customer (detail: `{ error }`).
 */
export class CustomerStatusBadge extends ReactiveElement {
  static override styles = styles;

  // Lazy: a table of thousands of badges on a page without a provider sends no context request.
  private readonly lifecycle = new LifecycleController(this, { english: statusMessages, messages: () => this.messages, lazy: true });

  /** `active` or `inactive` (ignored while a bound badge has its customer). Other values show "unknown". */
  @property() status?: string;

  /** Billing suspension (S2, S3). */
  @property({ type: Boolean }) suspended?: boolean;

  /** Shows an active customer as dormant (G8); a bound badge works it out from `dormant-days`. */
  @property({ type: Boolean }) dormant?: boolean;

  /** Icon only; the text stays as the accessible name. */
  @property({ type: Boolean }) compact?: boolean;

  /** Binds the badge to this customer of the adapter. */
  @property({ attribute: 'customer-id' }) customerId?: string;

  /** Bound: days without interaction after which an active customer shows as dormant (G8). */
  @property({ attribute: 'dormant-days', type: Number }) dormantDays?: number;

  /** The adapter to load the customer from; wins over the provider's. */
  @property({ attribute: false }) adapter?: LifecycleAdapter;

  /** Messages that replace the built-in ones, by key. */
  @property({ attribute: false }) messages?: MessageOverrides;

  private boundState: BoundState | undefined;

  /** @internal The bound badge's state, set by its binding. */
  get bound(): BoundState | undefined {
    return this.boundState;
  }

  set bound(value: BoundState | undefined) {
    this.boundState = value;
    this.requestUpdate();
  }

  private binding: BadgeBinding | undefined;
  private base: HTMLElement | undefined;

  /** Loads the bound customer again (after an error, for instance). */
  reload(): void {
    this.binding?.load();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('customerId') && this.customerId && !this.binding) void this.bind();
    const days = this.dormantDays;
    if (changed.has('dormantDays') && isOddDormantDays(days)) {
      console.warn(`<customer-status-badge>: dormant-days="${String(days)}" is not a whole number of days from 1 to ${MAX_DORMANT_DAYS}; no dormancy is shown.`);
    }
    this.binding?.changed();
  }

  protected override update(changed: PropertyValues): void {
    super.update(changed);
    const customer = this.customerId ? this.bound?.customer : undefined;
    const status = customer ? customer.status : this.status;
    const phase = this.customerId ? this.bound?.phase : undefined;
    const display = statusDisplay(status, customer ? customer.suspended : !!this.suspended, customer ? this.bound!.dormant : !!this.dormant);
    if (status !== undefined && display.tone === 'unknown' && !warned.has(status)) {
      warned.add(status);
      console.warn(`<customer-status-badge>: unknown status "${status}"`);
    }
    const tone = phase === 'loading' && !customer ? 'loading' : phase === 'error' && !customer ? 'unknown' : display.tone;
    const label = this.lifecycle.localize.t(tone === 'loading' ? 'status.loading' : phase === 'error' && !customer ? 'status.error' : `status.${display.tone}`);
    let base = this.base;
    if (base?.dataset.tone !== tone) {
      const fresh = look(tone, tone === 'loading' ? ['loading'] : display.icons);
      if (base) base.replaceWith(fresh);
      else this.renderRoot.append(fresh);
      base = this.base = this.renderRoot.firstElementChild as HTMLElement;
    }
    base.classList.toggle('compact', !!this.compact);
    const labelEl = base.querySelector('.label')!;
    if (labelEl.textContent !== label) labelEl.textContent = label;
    this.binding?.render(base, customer);
  }

  /** Loads the binding (adapter, change feed, D7 description) only when a customer id is set. */
  private async bind(): Promise<void> {
    const [{ BadgeBinding }] = await Promise.all([import('./customer-status-badge.bound.js'), bindSlot()]);
    this.binding ??= new BadgeBinding(this, this.lifecycle);
    this.requestUpdate();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'customer-status-badge': CustomerStatusBadge;
  }
}
