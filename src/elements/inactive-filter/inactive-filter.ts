import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { Counts, LifecycleAdapter, StatusFilter } from '../../adapter/types.js';
import { LifecycleController } from '../../context/lifecycle-controller.js';
import type { MessageOverrides } from '../../i18n/catalogs.js';
import { filterMessages } from '../../i18n/filter.js';
import { toDateString } from '../../rules/dates.js';
import { dormantCutoff, isDormantDays, isOddDormantDays, MAX_DORMANT_DAYS } from '../../rules/visibility.js';
import { SegmentCounts } from './inactive-filter.counts.js';
import { InactiveFilterChangeEvent, type FilterCriteria } from './inactive-filter.events.js';
import { HostRows } from './inactive-filter.host-rows.js';
import { renderCountsError, renderSegments, renderToggle } from './inactive-filter.segments.js';
import { styles } from './inactive-filter.styles.js';
import { UrlSync } from './inactive-filter.url.js';

const FILTERS: readonly StatusFilter[] = ['active', 'inactive', 'all', 'dormant'];
const isFilter = (value: unknown): value is StatusFilter => FILTERS.includes(value as StatusFilter);

/**
 * Active / Inactive / All (F1), plus Dormant when `dormant-days` is set (F3,
 * G8): a radio group (WAI-ARIA pattern: one tab stop, arrow keys move and
 * choose, wrapping; Home/End). It tells the host what the user chose
 * (`inactive-filter-change`, with criteria for a server query), filters the
 * host's own table or list given by `for` (rows with `data-customer-status` /
 * `data-last-interaction`, no host script), keeps the choice in the URL with
 * `sync-url`, takes part in forms with `name`, and shows per-segment counts
 * when it has an adapter. A `<lifecycle-provider>`'s policy gives the defaults
 * of `dormant-days` and `appearance`; attributes win.
 *
 * Seed 001: `appearance="toggle"` renders one link-like button switching
 * between the active and the inactive list ("Show inactive customers").
 * Seed 002: `wording="yes-no"` labels the choices "Active: yes" / "Active: no",
 * and `segments="all inactive"` keeps everyone listed with "Active: no" as the filter.
 *
 * @summary Active / Inactive / All (/ Dormant) filter for any customer list.
 * @tag inactive-filter
 * @csspart group - The radio group.
 * @csspart segment - Each choice (a radio); the chosen one also has part `segment-checked`.
 * @csspart segment-checked - The chosen choice.
 * @csspart label - The text of each choice.
 * @csspart count - The number of customers of a choice (empty while counting).
 * @csspart toggle - The single button of `appearance="toggle"`.
 * @csspart error - The message shown when the counts could not be loaded.
 * @csspart retry - The button that counts again after a failure.
 * @csspart hint - While Dormant is chosen, what it means: active, and no interaction for the policy's days.
 * @cssprop --clk-color-accent - The chosen segment's background, the toggle's and retry's text.
 * @cssprop --clk-color-on-accent - The chosen segment's text.
 * @cssprop --clk-color-surface - The other segments' background.
 * @cssprop --clk-color-text - The text.
 * @cssprop --clk-color-text-muted - The error message.
 * @cssprop --clk-color-border - The group's border and the lines between segments.
 * @cssprop --clk-color-focus - The focus ring.
 * @cssprop --clk-radius - Corner radius of the group.
 * @cssprop --clk-space-1 - Vertical padding of a segment.
 * @cssprop --clk-space-3 - Horizontal padding of a segment.
 * @attr {'active' | 'inactive' | 'all' | 'dormant'} value - The list shown; also the value a form reset returns to.
 * @attr {number} dormant-days - Adds the Dormant choice (G8); default: the provider's policy; `0` turns it off.
 * @attr {string} for - The id of a table or list whose rows to filter.
 * @attr {string} sync-url - Keeps the choice in the query string under this name (empty: `status`).
 * @attr {string} name - The form field name.
 * @attr {boolean} disabled - Not interactive, and not submitted.
 * @attr {'segmented' | 'toggle'} appearance - Default: the provider's policy (`toggle` for a separate inactive list), else `segmented`.
 * @attr {'status' | 'yes-no'} wording - "Active / Inactive" or "Active: yes / Active: no".
 * @attr {string} segments - The choices offered, space-separated, in order (e.g. `all inactive`).
 * @attr {string} label - The group's accessible name (default, and when empty: "Customer status").
 * @fires {InactiveFilterChangeEvent} inactive-filter-change - The user chose another list, or went back/forward with `sync-url` (detail: `{ value, criteria }`).
 * @fires {LifecycleErrorEvent} lifecycle-error - The counts could not be loaded (detail: `{ error }`).
 */
export class InactiveFilter extends LitElement {
  static override styles = styles;
  static formAssociated = true;

  private readonly lifecycle = new LifecycleController(this, { english: filterMessages, adapter: () => this.adapter, messages: () => this.messages });
  private readonly tally = new SegmentCounts(this, this.lifecycle, () => this.days);
  private readonly internals = this.attachInternals();
  private readonly rows = new HostRows(this);
  private readonly url = new UrlSync(this, () => (this.syncUrl === undefined ? undefined : this.syncUrl || 'status'), (found) => {
    // Back or forward: the value of that page (the default when it had none), and the host is told.
    const next = isFilter(found) ? found : this.defaultValue;
    if (next === this.value) return;
    this.value = next;
    this.announce();
  });

  /** The list shown: `active`, `inactive`, `all` or `dormant`. The attribute is also the value a form reset returns to. */
  @property() value: StatusFilter = 'active';

  /** Adds the Dormant choice: active customers with no interaction for this many days (G8). Default: the provider's policy; `0` turns it off. */
  @property({ attribute: 'dormant-days', type: Number }) dormantDays?: number;

  /** The id of a table or list in the same document (or shadow root) whose rows to filter by their data attributes. */
  @property() for?: string;

  /** Keeps the choice in the query string under this name (empty attribute: `status`). */
  @property({ attribute: 'sync-url' }) syncUrl?: string;

  /** The form field name: with it, the value is submitted with the host's form. */
  @property({ reflect: true }) name?: string;

  /** Not interactive, and not submitted. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** `segmented` or `toggle` (one button switching between active and inactive). Default: `toggle` under a provider whose policy lists inactive customers separately (seed 001), else `segmented`. */
  @property() appearance?: 'segmented' | 'toggle';

  /** `status` (Active / Inactive / All) or `yes-no` (Active: yes / Active: no / All, seed 002). */
  @property() wording: 'status' | 'yes-no' = 'status';

  /** The choices offered, in order (attribute: space-separated, e.g. `all inactive`). Default: all four; Dormant only with dormant days. */
  @property({ type: Array, converter: (list: string | null) => list?.split(/[\s,]+/).filter(isFilter) }) segments?: StatusFilter[];

  /** The group's accessible name (default, and when empty: "Customer status"). */
  @property() label?: string;

  /** The adapter to count customers with; wins over the provider's. */
  @property({ attribute: false }) adapter?: LifecycleAdapter;

  /** Messages that replace the built-in ones, by key. */
  @property({ attribute: false }) messages?: MessageOverrides;

  private formDisabled = false;
  private announcing = false;

  /** What a host can send to its server for the current value (a `ListQuery` without paging). */
  get criteria(): FilterCriteria {
    const days = this.days;
    if (this.value !== 'dormant' || !days) return { status: this.value };
    return { status: 'dormant', dormantDays: days, lastInteractionBefore: toDateString(new Date(dormantCutoff(days, new Date()))) };
  }

  /** The dormancy days in force: the attribute (`0` turns Dormant off), else the provider's policy; a value that is not a number of days counts as unset. */
  private get days(): number | undefined {
    const own = this.dormantDays;
    if (own === 0) return undefined;
    const days = isDormantDays(own) ? own : this.lifecycle.providedPolicy?.dormantDays;
    return isDormantDays(days) ? days : undefined;
  }

  private get look(): 'segmented' | 'toggle' {
    return this.appearance ?? (this.lifecycle.providedPolicy?.inactiveListing === 'separate-list' ? 'toggle' : 'segmented');
  }

  /** The choices shown, in order. */
  private get offered(): StatusFilter[] {
    if (this.look === 'toggle') return ['active', 'inactive'];
    const days = this.days;
    // `.segments` set as a property is not checked by the attribute's converter: an unknown value (`'toString'`) is dropped here.
    const offered = (this.segments?.length ? this.segments : FILTERS).filter((f) => isFilter(f) && (f !== 'dormant' || days));
    return offered.length ? offered : FILTERS.slice(0, 3);
  }

  private get defaultValue(): StatusFilter {
    const value = this.getAttribute('value');
    return isFilter(value) ? value : 'active';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const own = this.dormantDays;
    if (changed.has('dormantDays') && isOddDormantDays(own)) {
      console.warn(`<inactive-filter>: dormant-days="${String(own)}" is not a whole number of days from 1 to ${MAX_DORMANT_DAYS}; the default is used.`);
    }
    if (!this.hasUpdated && this.syncUrl !== undefined) {
      // `sync-url`: a value in the query string wins on start (reload).
      const found = this.url.read(this.syncUrl || 'status');
      if (isFilter(found)) this.value = found;
    }
    const offered = this.offered;
    if (!offered.includes(this.value)) {
      if (changed.has('value') && (this.value !== 'active' || this.hasAttribute('value'))) {
        console.warn(`<inactive-filter>: "${String(this.value)}" is not one of ${offered.join(', ')}; showing "${offered[0]}".`);
      }
      this.value = offered[0]!;
    }
    this.internals.setFormValue(this.value);
  }

  protected override updated(changed: PropertyValues<this>): void {
    this.rows.connect(this.for, this.value, this.days);
    if (changed.has('value')) this.url.write(this.value, this.defaultValue);
  }

  /** Filters the `for` target now; returns how many customer rows are shown. */
  apply(): number {
    return this.rows.apply(this.value, this.days);
  }

  /** Focuses the chosen choice (or the toggle), where Tab would enter. */
  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLElement>('[tabindex="0"], [part~="toggle"]')?.focus(options);
  }

  /** Loads the counts again (after an error, for instance). */
  recount(): void {
    this.tally.recount();
  }

  /** @internal A form reset: back to the `value` attribute. */
  formResetCallback(): void {
    this.value = this.defaultValue;
  }

  /** @internal The browser restores the value (back/forward cache, autofill). */
  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (isFilter(state)) this.value = state;
  }

  /** @internal Disabled by its own attribute or a disabled `<fieldset>`. */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
    this.requestUpdate();
  }

  /** The user chose `value`. */
  private choose(value: StatusFilter, focus = false): void {
    if (this.disabled || this.formDisabled) return;
    if (value !== this.value) {
      this.value = value;
      this.url.push = true;
      this.announce();
    }
    if (focus) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[aria-checked="true"]')?.focus());
  }

  /** Tells the host, once the change is rendered and applied to its rows. */
  private announce(): void {
    if (this.announcing) return;
    this.announcing = true;
    void this.updateComplete.then(() => {
      this.announcing = false;
      this.dispatchEvent(new InactiveFilterChangeEvent({ value: this.value, criteria: this.criteria }));
    });
  }

  protected override render() {
    const l = this.lifecycle.localize;
    const off = this.disabled || this.formDisabled;
    const error = this.tally.error ? renderCountsError(l, off, () => this.recount()) : nothing;
    const choose = (value: StatusFilter, focus?: boolean) => this.choose(value, focus);
    if (this.look === 'toggle') return html`${renderToggle(l, this.value, off, choose)}${error}`;
    const counts: Partial<Counts> | undefined = this.lifecycle.hasAdapter ? (this.tally.counts ?? {}) : undefined;
    const { offered, value, label, wording, days } = this;
    return html`${renderSegments({ offered, value, label, off, counts, days, wording, choose }, l)}${error}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'inactive-filter': InactiveFilter;
  }
}
