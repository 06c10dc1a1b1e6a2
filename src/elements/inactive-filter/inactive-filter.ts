import { html, LitElement, nothing, type PropertyValues } from 'lit';
import type { GuardedAdapter } from '../../adapter/boundary.js';
import { LifecycleError, toLifecycleError } from '../../adapter/errors.js';
import type { Counts, StatusFilter } from '../../adapter/types.js';
import { AdapterController } from '../../context/adapter-controller.js';
import { filterMessages } from '../../i18n/filter.js';
import { LocalizeCore } from '../../i18n/localize-core.js';
import { LifecycleErrorEvent } from '../../events/lifecycle-error.js';
import type { MessageOverrides } from '../../i18n/registry.js';
import { toDateString } from '../../rules/dates.js';
import { InactiveFilterChangeEvent, type FilterCriteria } from './inactive-filter.events.js';
import { HostRows } from './inactive-filter.host-rows.js';
import { styles } from './inactive-filter.styles.js';

const FILTERS: readonly StatusFilter[] = ['active', 'inactive', 'all', 'dormant'];
const isFilter = (value: unknown): value is StatusFilter => FILTERS.includes(value as StatusFilter);

/**
 * Active / Inactive / All (F1), plus Dormant when `dormant-days` is set (F3,
 * G8): a radio group (arrow keys, Home/End, one tab stop). It tells the host
 * what was chosen (`inactive-filter-change`, with criteria for a server
 * query), filters the host's own table or list given by `for` (rows with
 * `data-customer-status` / `data-last-interaction`, no host script), keeps the
 * choice in the URL with `sync-url`, takes part in forms with `name`, and
 * shows per-segment counts when it has an adapter.
 *
 * `appearance="toggle"` renders one link-like button switching between the
 * active and inactive lists (seed 001: "Show inactive customers");
 * `wording="yes-no"` labels the segments "Active: yes" / "Active: no" (seed 002).
 *
 * @summary Active / Inactive / All (/ Dormant) filter for any customer list.
 * @tag inactive-filter
 * @csspart group - The radio group.
 * @csspart segment - Each choice (a radio); the chosen one also has part `segment-checked`.
 * @csspart label - The text of each choice.
 * @csspart count - The number of customers of a segment.
 * @csspart toggle - The single button of `appearance="toggle"`.
 * @csspart error - The message shown when the counts could not be loaded.
 * @cssprop --clk-color-accent - The chosen segment's background.
 * @cssprop --clk-color-on-accent - The chosen segment's text.
 * @cssprop --clk-color-border - Borders between segments.
 * @cssprop --clk-radius - Corner radius.
 * @attr {string} value - `active`, `inactive`, `all` or `dormant`; also the value a form reset returns to.
 * @attr {number} dormant-days - Adds the Dormant choice (G8).
 * @attr {string} for - The id of a table or list to filter.
 * @attr {string} sync-url - Keeps the choice in the query string under this name (empty: `status`).
 * @attr {string} name - The form field name.
 * @attr {boolean} disabled - Not interactive, and not submitted.
 * @attr {string} appearance - `segmented` or `toggle`.
 * @attr {string} wording - `status` or `yes-no`.
 * @attr {string} label - The group's accessible name.
 * @fires inactive-filter-change - The user chose another list (detail: `{ value, criteria }`).
 * @fires lifecycle-error - The counts could not be loaded (detail: `{ error }`).
 */
export class InactiveFilter extends LitElement {
  static override styles = styles;
  static formAssociated = true;

  // Declared without decorators, which would add about half a kilobyte.
  static override properties = {
    value: {},
    dormantDays: { attribute: 'dormant-days', type: Number },
    for: {},
    syncUrl: { attribute: 'sync-url' },
    name: { reflect: true },
    disabled: { type: Boolean, reflect: true },
    appearance: {},
    wording: {},
    label: {},
    adapter: { attribute: false },
    messages: { attribute: false },
    counts: { state: true },
    countError: { state: true },
  };

  private readonly localize = new LocalizeCore(this, filterMessages, { messages: () => this.messages });
  private readonly adapters = new AdapterController(this, () => this.adapter);
  private readonly internals = this.attachInternals();
  private readonly rows = new HostRows(this);

  /** The list shown: `active`, `inactive`, `all` or `dormant`. The attribute is also the value a form reset returns to. */
  value: StatusFilter = 'active';

  /** Adds the Dormant choice: active customers with no interaction for this many days (G8). */
  dormantDays?: number;

  /** The id of a table or list in the same document (or shadow root) to filter by its rows' data attributes. */
  for?: string;

  /** Keeps the choice in the query string under this name (empty attribute: `status`). */
  syncUrl?: string;

  /** The form field name: with it, the value is submitted with the host's form. */
  name?: string;

  /** Not interactive, and not submitted. */
  disabled = false;

  /** `segmented` (default) or `toggle` (one button switching between active and inactive). */
  appearance: 'segmented' | 'toggle' = 'segmented';

  /** `status` (Active / Inactive / All) or `yes-no` (Active: yes / Active: no / All). */
  wording: 'status' | 'yes-no' = 'status';

  /** The group's accessible name (default: "Customer status"). */
  label?: string;

  /** The adapter to count customers with; wins over the provider's. */
  adapter?: unknown;

  /** Messages that replace the built-in ones, by key. */
  messages?: MessageOverrides;

  private counts?: Counts;
  private countError?: LifecycleError;

  private defaultValue: StatusFilter | undefined;
  private countedFor: { adapter: unknown; days: number | undefined } | undefined;
  private counting: AbortController | undefined;
  private feed: { adapter: GuardedAdapter; unsubscribe: () => void } | undefined;
  private readonly onPopState = () => this.readUrl(true);

  /** The choices shown, in order. */
  get segments(): StatusFilter[] {
    if (this.appearance === 'toggle') return ['active', 'inactive'];
    return this.dormantDays ? [...FILTERS] : FILTERS.slice(0, 3);
  }

  /** What a host can send to its server for the current value. */
  get criteria(): FilterCriteria {
    const criteria: FilterCriteria = { status: this.value };
    if (this.value === 'dormant' && this.dormantDays) {
      criteria.dormantDays = this.dormantDays;
      criteria.lastInteractionBefore = toDateString(new Date(Date.now() - this.dormantDays * 86_400_000));
    }
    return criteria;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.onPopState);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
    this.counting?.abort();
    this.feed?.unsubscribe();
    this.feed = undefined;
    this.countedFor = undefined;
  }

  /** Filters the `for` target now; returns how many customer rows are shown. */
  apply(): number {
    return this.rows.apply(this.value, this.dormantDays);
  }

  /** Loads the counts again (after an error, for instance). */
  recount(): void {
    this.countedFor = undefined;
    void this.count();
  }

  formResetCallback(): void {
    this.value = this.defaultValue ?? 'active';
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (isFilter(state)) this.value = state;
  }

  formDisabledCallback(disabled: boolean): void {
    this.disabled = disabled;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.defaultValue === undefined) {
      this.defaultValue = isFilter(this.getAttribute('value')) ? (this.getAttribute('value') as StatusFilter) : 'active';
      this.readUrl(false);
    }
    if (!isFilter(this.value) || !this.segments.includes(this.value)) {
      if (changed.has('value')) console.warn(`<inactive-filter>: "${String(this.value)}" is not one of ${this.segments.join(', ')}; showing "active".`);
      this.value = 'active';
    }
    this.internals.setFormValue(this.disabled ? null : this.value);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('value') || changed.has('for') || changed.has('dormantDays')) this.rows.connect(this.for, this.value, this.dormantDays);
    void this.count();
  }

  private async count(): Promise<void> {
    const raw = this.adapters.rawAdapter;
    const days = this.dormantDays;
    if (raw === undefined || (this.countedFor?.adapter === raw && this.countedFor.days === days)) return;
    this.countedFor = { adapter: raw, days };
    this.counting?.abort();
    const controller = (this.counting = new AbortController());
    const adapter = await this.adapters.adapter();
    if (controller.signal.aborted || !adapter) return;
    try {
      if (adapter instanceof LifecycleError) throw adapter;
      this.follow(adapter);
      const counts = await adapter.countCustomers(days ? { dormantDays: days } : {}, controller.signal);
      if (controller.signal.aborted) return;
      this.counts = counts;
      this.countError = undefined;
    } catch (error) {
      if (controller.signal.aborted) return;
      this.countError = toLifecycleError(error, 'countCustomers');
      this.dispatchEvent(new LifecycleErrorEvent(this.countError));
    }
  }

  /** Recounts after every change the adapter reports. */
  private follow(adapter: GuardedAdapter): void {
    if (this.feed?.adapter === adapter) return;
    this.feed?.unsubscribe();
    this.feed = { adapter, unsubscribe: adapter.subscribe(() => this.recount()) };
  }

  /** `sync-url`: takes the value from the query string (on start, and on back/forward). */
  private readUrl(fire: boolean): void {
    if (this.syncUrl === undefined) return;
    const found = new URL(location.href).searchParams.get(this.syncUrl || 'status');
    const next = isFilter(found) ? found : (this.defaultValue ?? 'active');
    if (next === this.value) return;
    this.value = next;
    if (fire) void this.updateComplete.then(() => this.announce());
  }

  private writeUrl(): void {
    if (this.syncUrl === undefined) return;
    const url = new URL(location.href);
    url.searchParams.set(this.syncUrl || 'status', this.value);
    history.pushState(history.state, '', url);
  }

  /** The user chose `value`. */
  private choose(value: StatusFilter, focus = false): void {
    if (this.disabled) return;
    if (value !== this.value) {
      this.value = value;
      this.writeUrl();
      void this.updateComplete.then(() => this.announce());
    }
    if (focus) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[aria-checked="true"]')?.focus());
  }

  private announce(): void {
    this.dispatchEvent(new InactiveFilterChangeEvent({ value: this.value, criteria: this.criteria }));
  }

  private onKeyDown(event: KeyboardEvent): void {
    const segments = this.segments;
    const at = segments.indexOf(this.value);
    const to = { ArrowRight: at + 1, ArrowDown: at + 1, ArrowLeft: at - 1, ArrowUp: at - 1, Home: 0, End: segments.length - 1 }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    this.choose(segments[(to + segments.length) % segments.length]!, true);
  }

  private segmentLabel(value: StatusFilter): string {
    const t = this.localize.t.bind(this.localize);
    if (this.wording === 'yes-no' && value === 'active') return t('filter.active-yes');
    if (this.wording === 'yes-no' && value === 'inactive') return t('filter.active-no');
    return t(`filter.${value}`);
  }

  protected override render() {
    const l = this.localize;
    const counts = this.counts;
    const error = this.countError
      ? html`<span part="error" role="alert">${l.t('filter.counts-error')}
          <button type="button" class="retry" @click=${() => this.recount()}>${l.t('filter.recount')}</button></span>`
      : nothing;
    if (this.appearance === 'toggle') {
      const next = this.value === 'inactive' ? 'active' : 'inactive';
      return html`<button type="button" part="toggle" class="toggle" ?disabled=${this.disabled} @click=${() => this.choose(next)}>
        ${l.t(next === 'inactive' ? 'filter.show-inactive' : 'filter.show-active')}</button>${error}`;
    }
    const hasCounts = this.adapters.hasAdapter;
    return html`
      <div role="radiogroup" part="group" aria-label=${this.label ?? l.t('filter.label')} aria-disabled=${this.disabled ? 'true' : 'false'}
        @keydown=${this.onKeyDown}>
        ${this.segments.map((value) => {
          const checked = value === this.value;
          const n = counts?.[value];
          return html`<button type="button" role="radio" part=${checked ? 'segment segment-checked' : 'segment'}
            aria-checked=${checked ? 'true' : 'false'} tabindex=${checked ? 0 : -1} ?disabled=${this.disabled}
            @click=${() => this.choose(value)}><span part="label">${this.segmentLabel(value)}</span>${hasCounts
              ? html` <span part="count" aria-hidden="true">${n === undefined ? '' : l.formatNumber(n)}</span>${n === undefined
                  ? nothing
                  : html`<span class="sr-only">, ${l.t('filter.count', { count: n })}</span>`}`
              : nothing}</button>`;
        })}
      </div>${error}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'inactive-filter': InactiveFilter;
  }
}
