import { ContextConsumer } from '@lit/context';
import { ReactiveElement, type PropertyValues } from '@lit/reactive-element';
import { ensureContextRoot, localeContext } from '../../context/contexts.js';
import { hostOverrides, loadCatalog, loadedCatalog, onMessagesChange, type MessageOverrides } from '../../i18n/registry.js';
import { nearestLang, toLocale, watchLang, type Locale } from '../../i18n/locale.js';
import { statusMessages, type StatusMessageKey } from '../../i18n/status.js';
import { statusDisplay } from '../../rules/status.js';
import type { BadgeBinding, BoundState } from './customer-status-badge.bound.js';
import { ICONS } from './customer-status-badge.icons.js';
import { styles } from './customer-status-badge.styles.js';

const SVG = '<svg viewBox="0 0 24 24" aria-hidden="true" part="icon"';
const template = document.createElement('template');
template.innerHTML = `<span class="base" part="base">${SVG} class="icon"></svg><span class="label" part="label"></span></span>`;

const warned = new Set<string>();

/** Each icon's shapes, parsed once and cloned into badges (no markup parsing per badge). */
const shapes = new Map<string, SVGElement>();
function iconShapes(name: string): Node[] {
  let svg = shapes.get(name);
  if (!svg) {
    const parsed = document.createElement('template');
    parsed.innerHTML = `<svg>${ICONS[name]}</svg>`;
    svg = parsed.content.firstChild as SVGElement;
    shapes.set(name, svg);
  }
  return [...(svg.cloneNode(true) as SVGElement).childNodes];
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
 * @fires lifecycle-error - A bound badge could not load its customer (detail: `{ error }`).
 */
export class CustomerStatusBadge extends ReactiveElement {
  static override styles = styles;

  // Declared without decorators: they would add 1 kB to a module that must stay under 7 kB.
  static override properties = {
    status: {},
    suspended: { type: Boolean },
    dormant: { type: Boolean },
    compact: { type: Boolean, reflect: true },
    customerId: { attribute: 'customer-id' },
    dormantDays: { attribute: 'dormant-days', type: Number },
    adapter: { attribute: false },
    messages: { attribute: false },
  };

  private readonly localeConsumer = new ContextConsumer(this, {
    context: localeContext, subscribe: true, callback: () => this.requestUpdate(),
  });

  /** `active` or `inactive` (ignored while a bound badge has its customer). Other values show "unknown". */
  status?: string;

  /** Billing suspension (S2, S3). */
  suspended = false;

  /** Shows an active customer as dormant (G8); a bound badge works it out from `dormant-days`. */
  dormant = false;

  /** Icon only; the text stays as the accessible name. */
  compact = false;

  /** Binds the badge to this customer of the adapter. */
  customerId?: string;

  /** Bound: days without interaction after which an active customer shows as dormant (G8). */
  dormantDays?: number;

  /** The adapter to load the customer from; wins over the provider's. */
  adapter?: unknown;

  /** Messages that replace the built-in ones, by key. */
  messages?: MessageOverrides;

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
  private unlisten: (() => void) | undefined;
  private base: HTMLElement | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    ensureContextRoot(this);
    const unwatch = watchLang(() => this.requestUpdate(), this.ownerDocument);
    const unlisten = onMessagesChange(() => this.requestUpdate());
    this.unlisten = () => {
      unwatch();
      unlisten();
    };
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unlisten?.();
  }

  /** Loads the bound customer again (after an error, for instance). */
  reload(): void {
    this.binding?.load();
  }

  /** The message `key` in the badge's locale: own, provider's and host's overrides first. */
  text(key: StatusMessageKey): string {
    const locale = this.locale();
    return (
      this.messages?.[key] ??
      this.localeConsumer.value?.overrides?.[key] ??
      hostOverrides(locale)[key] ??
      (locale === 'en' ? undefined : loadedCatalog(locale)?.[key]) ??
      statusMessages[key]
    );
  }

  /** The badge's locale: the provider's, else the nearest `lang`. */
  locale(): Locale {
    const locale = this.localeConsumer.value?.locale ?? toLocale(nearestLang(this)) ?? 'en';
    if (locale !== 'en' && !loadedCatalog(locale)) void loadCatalog(locale).then(() => this.requestUpdate(), () => {});
    return locale;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('customerId') && this.customerId && !this.binding) void this.bind();
    this.binding?.changed();
  }

  protected override update(changed: PropertyValues): void {
    super.update(changed);
    const root = this.renderRoot;
    if (!this.base) {
      root.append(template.content.cloneNode(true));
      this.base = root.firstElementChild as HTMLElement;
    }
    const customer = this.customerId ? this.bound?.customer : undefined;
    const status = customer ? customer.status : this.status;
    const phase = this.customerId ? this.bound?.phase : undefined;
    const display = statusDisplay(status, customer ? customer.suspended : this.suspended, customer ? this.bound!.dormant : this.dormant);
    if (status !== undefined && display.tone === 'unknown' && !warned.has(status)) {
      warned.add(status);
      console.warn(`<customer-status-badge>: unknown status "${status}"`);
    }
    const tone = phase === 'loading' && !customer ? 'loading' : phase === 'error' && !customer ? 'unknown' : display.tone;
    const label = this.text(tone === 'loading' ? 'status.loading' : phase === 'error' && !customer ? 'status.error' : `status.${display.tone}`);
    const base = this.base;
    if (base.dataset.tone !== tone) base.dataset.tone = tone;
    const icon = base.firstElementChild as SVGElement;
    const iconName = tone === 'loading' ? 'loading' : display.icons[0]!;
    if (icon.dataset.icon !== iconName) {
      icon.replaceChildren(...iconShapes(iconName));
      icon.dataset.icon = iconName;
    }
    // S3's second icon (the orange deactivated one) only where it shows.
    let second = icon.nextElementSibling as SVGElement;
    if (display.icons.length > 1 && second.localName !== 'svg') {
      second = icon.cloneNode() as SVGElement;
      second.setAttribute('class', 'second');
      second.replaceChildren(...iconShapes('person-off'));
      icon.after(second);
    }
    const labelEl = base.querySelector('.label')!;
    if (labelEl.textContent !== label) labelEl.textContent = label;
    base.ariaBusy = String(tone === 'loading');
    this.binding?.render(base, customer);
  }

  /** Loads the binding (adapter, change feed, D7 description) only when a customer id is set. */
  private async bind(): Promise<void> {
    const { BadgeBinding } = await import('./customer-status-badge.bound.js');
    this.binding ??= new BadgeBinding(this);
    this.requestUpdate();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'customer-status-badge': CustomerStatusBadge;
  }
}
