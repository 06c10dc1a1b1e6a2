import { LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { GuardedAdapter } from '../../adapter/boundary.js';
import type { LifecycleError } from '../../adapter/errors.js';
import { AdapterTask } from '../../adapter/task.js';
import { IntentKey } from '../../adapter/idempotency.js';
import type { CustomerDetail, LifecycleAdapter, Outcome, Service } from '../../adapter/types.js';
import { LifecycleController } from '../../context/lifecycle-controller.js';
import { loadCatalog, type MessageOverrides } from '../../i18n/catalogs.js';
import { serviceFormFirstMessages } from '../../i18n/service-form.js';
import { toDateString } from '../../rules/dates.js';
import { restorePlan, restoredSchedule } from '../../rules/reactivate.js';
import { choose, withDeactivateOnEnd, withEndDate, type Draft } from './service-reactivate-form.draft.js';
import {
  InvoicesReleasedEvent, LocationReactivatedEvent, ReactivateCustomerRequestedEvent, ServiceFormDirtyChangeEvent,
  ServicesReactivatedEvent,
} from './service-reactivate-form.events.js';
import type * as InvoicesGroup from './service-reactivate-form.invoices.js';
import { renderForm, type FormView, type ReleaseNote } from './service-reactivate-form.render.js';
import { canRelease, CustomerLoader } from './service-reactivate-form.loader.js';
import { styles } from './service-reactivate-form.styles.js';
import type { FieldError } from './service-reactivate-form.save.js';

/** Where a change's error is shown: under its location, in the invoices on hold, else under Save. */
type Where = { locationId?: string; invoices?: boolean };

/** The "Invoices on hold" group (R4), loaded by the first form that shows one, then shared by every form. */
let invoicesGroup: typeof InvoicesGroup | undefined;
let loadingInvoices: Promise<void> | undefined;

/** Services rendered per task while a big customer's list comes in. */
const ROWS_PER_TASK = 400;

/**
 * The services of one customer, grouped by location, with the way to switch
 * deactivated ones back on (seed 000's "Configured Services"): customer first,
 * then the location, then its services (R2); a recurring service's end date
 * removed or moved on before saving (R3). Blocked steps say why and offer the
 * way out (G2); what the customer's deactivation switched off can be restored
 * in one go (G3). The form is a draft: nothing is saved before Save, which
 * makes one `reactivateServices` call and reports the outcome per service.
 * Invoices left on hold (R4) are listed under "Invoices on hold", each with
 * Release and, from two, Release all — when the adapter has the optional
 * `releaseInvoices`, and once the customer is active.
 *
 * @summary Reactivate a customer's locations and services, with their schedules.
 * @tag service-reactivate-form
 * @csspart notice - The customer-inactive and changed-elsewhere notices.
 * @csspart restore - The G3 restore offer.
 * @csspart view - The Active / Deactivated drop-down.
 * @csspart location - Each location's fieldset.
 * @csspart service - Each service.
 * @csspart schedule - A chosen recurring service's end date and "deactivate on end date".
 * @csspart field-error - The message under a service that cannot be saved as it is.
 * @csspart error - An adapter error, with retry.
 * @csspart save - The Save button.
 * @csspart invoices - The "Invoices on hold" group: the invoices, Release all, and what the last release did.
 * @csspart invoice - Each invoice on hold: number, status, total and its Release button.
 * @cssprop --clk-color-accent - The Save button's background.
 * @cssprop --clk-color-on-accent - The Save button's text.
 * @cssprop --clk-color-border - Borders of locations and buttons.
 * @cssprop --clk-color-deactivated - The mark of an inactive location.
 * @cssprop --clk-color-suspended - Error text.
 * @cssprop --clk-radius - Corner radius.
 * @attr {string} customer-id - The customer whose services are shown.
 * @attr {string} view - `active` or `inactive` (Deactivated services, to bring back). Unset: `active` for an active customer (seed 000's drop-down "defaulted to Active"), `inactive` for an inactive one; the user's choice in the drop-down sets it.
 * @attr {string} today - The date rules compare against (`YYYY-MM-DD`); default: today (UTC).
 * @fires {ReactivateCustomerRequestedEvent} reactivate-customer-requested - The user asked to reactivate the customer first (detail: `{ customerId }`).
 * @fires {LocationReactivatedEvent} location-reactivated - A location was reactivated (detail: `{ customerId, locationId, result }`).
 * @fires {ServicesReactivatedEvent} services-reactivated - Save finished (detail: `{ customerId, serviceIds, result }`; `serviceIds` are the ones done).
 * @fires {InvoicesReleasedEvent} invoices-released - Invoices on hold were released by hand (detail: `{ customerId, invoiceIds, result }`; `invoiceIds` are the ones no longer on hold).
 * @fires {ServiceFormDirtyChangeEvent} service-form-dirty-change - The draft gained or lost unsaved changes (detail: `{ dirty }`).
 * @fires {LifecycleErrorEvent} lifecycle-error - An adapter call failed (detail: `{ error }`).
 */
export class ServiceReactivateForm extends LitElement {
  static override styles = styles;

  // Up front only its loading and no-adapter words; the rest of its English (with the shared reasons, fixes,
  // errors and actions) comes with the English catalogue, loaded on connect.
  private readonly lifecycle = new LifecycleController(this, {
    english: serviceFormFirstMessages, rest: () => loadCatalog('en'), adapter: () => this.adapter, messages: () => this.messages,
  });
  private readonly customer = new CustomerLoader(this, this.lifecycle, {
    customerId: () => this.customerId,
    dirty: () => this.dirty,
    busy: () => this.busy !== undefined,
  });
  /** The form's changes (Save, a location's reactivation, a release): one at a time, never aborted, always reported. */
  private readonly changes = new AdapterTask<[(adapter: GuardedAdapter, signal: AbortSignal) => Promise<Event>], Event>(this, this.lifecycle, {
    kind: 'change',
    operation: 'reactivateServices',
    task: (adapter, signal, run) => run(adapter, signal),
  });

  /** The customer whose services are shown. */
  @property({ attribute: 'customer-id' }) customerId?: string;

  /**
   * Which services are listed: `active` or `inactive` (Deactivated, to bring back). Unset: `active` for an
   * active customer (seed 000's drop-down "defaulted to Active"), `inactive` for an inactive one.
   */
  @property() view?: 'active' | 'inactive';

  /** The date the rules compare end dates against (`YYYY-MM-DD`); default: today (UTC). */
  @property() today?: string;

  /** The adapter to load and save with; wins over the provider's. */
  @property({ attribute: false }) adapter?: LifecycleAdapter;

  /** Messages that replace the built-in ones, by key. */
  @property({ attribute: false }) messages?: MessageOverrides;

  @state() private draft: Draft = new Map();
  @state() private errors: ReadonlyMap<string, FieldError> = new Map();
  @state() private outcomes: ReadonlyMap<string, Outcome> = new Map();
  @state() private saved: string[] = [];
  /** The last change started for the customer shown (none once the form moved on to another): what it is, where its error shows, how to retry it. */
  private acting?: { busy: string; retry: () => void } & Where;
  /** What the last release did, until the form moves on. */
  @state() private releaseNote?: ReleaseNote;
  /** How many services are rendered so far: a big customer's list comes in a slice a task, so the page never stalls. */
  @state() private rows = ROWS_PER_TASK;
  private growing: ReturnType<typeof setTimeout> | undefined;

  /** What is running: `save`, the id of a location being reactivated, or `release:<invoice id>` / `release:all`. */
  private get busy(): string | undefined {
    return this.changes.pending ? this.acting?.busy : undefined;
  }

  /** The failure of the last change, shown with Retry; after a conflict the versions sent were stale, so Retry reads the customer again first (the draft stays). */
  private get actionError(): ({ error: LifecycleError; retry: () => void } & Where) | undefined {
    const { error } = this.changes;
    if (this.changes.status !== 'failed' || !error || !this.acting) return undefined;
    const { retry, busy: _busy, ...where } = this.acting;
    const again = error.code === 'conflict' ? () => void this.customer.load(true).then(() => this.customer.error || retry()) : retry;
    return { error, retry: again, ...where };
  }
  /** What was saved for a customer the form no longer shows (a change that answered after the customer changed). */
  @state() private elsewhere = '';

  /** One idempotency key per intent: the same Save retried reuses it; another payload gets its own. */
  private readonly saveKey = new IntentKey();
  private readonly locationKey = new IntentKey();
  private readonly releaseKey = new IntentKey();
  private wasDirty = false;
  private warnedToday = false;

  /** Whether the draft holds changes not saved yet (read-only). */
  get dirty(): boolean {
    return this.draft.size > 0;
  }

  /** Loads the customer again, dropping the draft. */
  reload(): void {
    this.setDraft(new Map());
    this.outcomes = new Map();
    this.releaseNote = undefined;
    void this.customer.load(true);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('customerId') && !this.customer.isFor(this.customerId)) {
      // A change still running was for the customer before: it may already have happened, so it runs on and is
      // reported (its event, and a line in the status) when it answers, without touching the new customer's form.
      this.changes.detach();
      this.acting = undefined;
      this.rows = ROWS_PER_TASK;
      this.customer.clear();
      this.outcomes = new Map();
      this.releaseNote = undefined;
      this.setDraft(new Map(), false);
    }
  }

  protected override updated(): void {
    // R4: invoices on hold on an adapter that can release them: load their group, once for every form.
    const detail = this.customer.detail;
    if (!invoicesGroup && canRelease(this.lifecycle.rawAdapter) && detail?.invoices.some((i) => i.onHold)) {
      loadingInvoices ??= import('./service-reactivate-form.invoices.js').then((m) => {
        invoicesGroup = m;
      }, () => {
        loadingInvoices = undefined; // tried again on a later update of the form
      });
      void loadingInvoices.then(() => invoicesGroup && this.requestUpdate());
    }
    // More services than rendered: the next slice in the next task, so that input and paint get in between.
    const total = this.customer.detail?.services.length ?? 0;
    if (this.rows < total && this.growing === undefined && this.isConnected) {
      this.growing = setTimeout(() => {
        this.growing = undefined;
        this.rows += ROWS_PER_TASK;
      });
    }
  }

  /** The `today` attribute when it is a real `YYYY-MM-DD` date, else today (UTC), with one warning. */
  private get todayDate(): string {
    const given = this.today;
    const time = given && /^\d{4}-\d{2}-\d{2}$/.test(given) ? Date.parse(`${given}T00:00:00Z`) : Number.NaN;
    if (given && !Number.isNaN(time) && toDateString(new Date(time)) === given) return given;
    if (given && !this.warnedToday) {
      this.warnedToday = true;
      console.warn(`<service-reactivate-form>: today="${given}" is not a YYYY-MM-DD date; using today's date.`);
    }
    return toDateString(new Date());
  }

  /**
   * Runs one change (`busy` names it). Its event is fired when it is done; a
   * failure fires `lifecycle-error` and is shown with Retry — unless the form
   * has moved on to another customer meanwhile, when only the host hears of it
   * (the change was detached from the form). `after` runs once it has ended
   * and the form's controls are on again, before its event.
   */
  private async act(
    busy: string, run: (adapter: GuardedAdapter, signal: AbortSignal) => Promise<Event>, retry: () => void, where: Where = {},
    after?: () => Promise<void>,
  ) {
    if (this.changes.pending) return;
    this.acting = { busy, retry, ...where };
    const settled = await this.changes.run(run);
    await after?.();
    if (settled.status === 'done') this.dispatchEvent(settled.value);
  }

  private setDraft(draft: Draft, announce = true): void {
    this.draft = draft;
    if (this.errors.size > 0) this.errors = new Map();
    if (this.dirty === this.wasDirty) return;
    this.wasDirty = this.dirty;
    if (announce) this.dispatchEvent(new ServiceFormDirtyChangeEvent({ dirty: this.dirty }));
  }

  private reactivateLocation(locationId: string): void {
    const { detail } = this.customer;
    if (!detail) return;
    const version = detail.locations.find((l) => l.id === locationId)?.version;
    const intent = { customerId: detail.customer.id, locationId, version, actor: this.lifecycle.actor };
    const input = { ...intent, idempotencyKey: this.locationKey.for(intent) };
    void this.act(locationId, async (adapter, signal) => {
      const [result, { locationError }] = await Promise.all([adapter.reactivateLocation(input, signal), import('./service-reactivate-form.save.js')]);
      const event = new LocationReactivatedEvent({ customerId: detail.customer.id, locationId, result });
      if (!this.customer.isFor(detail.customer.id)) return this.movedOn(detail, event);
      const error = locationError(result);
      if (error) throw error;
      this.locationKey.clear();
      await this.customer.load(true);
      // The button is gone: focus goes on to the location's first service (R2's next step).
      await this.refocus(() => [...this.renderRoot.querySelectorAll('fieldset')].find((f) => f.dataset.location === locationId)?.querySelector('input'));
      return event;
    }, () => this.reactivateLocation(locationId), { locationId });
  }

  /**
   * R4: releases invoices on hold (one, or all at once) with one `releaseInvoices` call, its key kept for a retry
   * of the same invoices. What it did is said in the group. Its buttons are off while it runs, so focus moves on
   * once they are on again: to the next Release, else to the line saying what was released.
   */
  private releaseInvoices(invoiceIds: string[]): void {
    const { detail } = this.customer;
    if (!detail) return;
    const customerId = detail.customer.id;
    const intent = { customerId, invoiceIds, actor: this.lifecycle.actor };
    const input = { ...intent, idempotencyKey: this.releaseKey.for(intent) };
    this.releaseNote = undefined;
    void this.act(invoiceIds.length === 1 ? `release:${invoiceIds[0]}` : 'release:all', async (adapter, signal) => {
      const [result, { released }] = await Promise.all([adapter.releaseInvoices(input, signal), import('./service-reactivate-form.invoices.js')]);
      this.releaseKey.clear();
      const { done, note } = released(result, detail);
      const event = new InvoicesReleasedEvent({ customerId, invoiceIds: done, result });
      if (!this.customer.isFor(customerId)) return this.movedOn(detail, event);
      this.releaseNote = note;
      await this.customer.load(true);
      return event;
    }, () => this.releaseInvoices(invoiceIds), { invoices: true }, async () => {
      if (this.customer.isFor(customerId)) await this.refocus(() => invoicesGroup?.nextRelease(this.renderRoot, detail, invoiceIds[0]));
    });
  }

  private async save(): Promise<void> {
    const { detail } = this.customer;
    if (!detail || this.busy) return;
    this.saved = [];
    this.elsewhere = '';
    const { prepare, settle } = await import('./service-reactivate-form.save.js');
    const { errors, input } = prepare(detail, this.draft, this.todayDate, this.lifecycle.actor, (intent) => this.saveKey.for(intent));
    this.errors = errors;
    if (!input) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    await this.act('save', async (adapter, signal) => {
      const result = await adapter.reactivateServices(input, signal);
      this.saveKey.clear();
      const { done, outcomes, rest } = settle(result, this.draft);
      const event = new ServicesReactivatedEvent({ customerId: detail.customer.id, serviceIds: done, result });
      if (!this.customer.isFor(detail.customer.id)) return this.movedOn(detail, event);
      this.outcomes = outcomes;
      this.setDraft(rest);
      this.saved = detail.services.filter((s) => done.includes(s.id)).map((s) => s.name);
      await this.customer.load(true);
      // Save is off now and the saved services have left the list: focus goes to the next one to bring back, else the view.
      await this.refocus(() => this.renderRoot.querySelector<HTMLElement>('[name="reactivate"]:not(:disabled)') ?? this.renderRoot.querySelector('select'));
      return event;
    }, () => void this.save());
  }

  /**
   * A change answered after the form moved on to another customer: the host gets its `event` as usual, and the
   * status says whose changes were made, without touching the form of the customer shown now.
   */
  private movedOn(detail: CustomerDetail, event: Event): Event {
    this.elsewhere = this.lifecycle.localize.t('form.saved-for', { name: detail.customer.name });
    return event;
  }

  /**
   * When the focused control went away or was switched off, moves focus to `next` — unless the user has put focus
   * elsewhere meanwhile. Whether a browser keeps focus on a control that turns disabled, or drops it to the page,
   * differs between engines and versions: both cases are handled.
   */
  private async refocus(next: () => HTMLElement | null | undefined): Promise<void> {
    await this.updateComplete;
    const inside = this.renderRoot instanceof ShadowRoot ? this.renderRoot.activeElement : null;
    const lost = inside ? inside.matches(':disabled') || !inside.isConnected : document.activeElement === document.body || document.activeElement === null;
    if (lost) next()?.focus();
  }

  private onToggle(service: Service, on: boolean): void {
    this.outcomes = new Map([...this.outcomes].filter(([id]) => id !== service.id));
    this.setDraft(choose(this.draft, service, on));
  }

  private restore(): void {
    const { detail } = this.customer;
    if (!detail) return;
    let draft = this.draft;
    for (const s of restorePlan(detail).services) draft = choose(draft, s, true, restoredSchedule(s, this.todayDate));
    this.view = 'inactive';
    this.setDraft(draft);
  }

  protected override render() {
    const view: FormView = {
      l: this.lifecycle.localize,
      detail: this.customer.detail,
      hasAdapter: this.lifecycle.hasAdapter,
      restoreOffer: this.lifecycle.policy.restoreOffer,
      // Unset, or a value it does not know (an attribute typo): follow the customer.
      view: this.view === 'active' || this.view === 'inactive' ? this.view : this.customer.detail?.customer.status === 'inactive' ? 'inactive' : 'active',
      today: this.todayDate,
      draft: this.draft,
      errors: this.errors,
      outcomes: this.outcomes,
      busy: this.busy,
      loadError: this.customer.error,
      actionError: this.actionError,
      changedElsewhere: this.customer.changedElsewhere,
      saved: this.saved,
      elsewhere: this.elsewhere,
      dirty: this.dirty,
      rows: this.rows,
      invoices: canRelease(this.lifecycle.rawAdapter) ? invoicesGroup?.renderInvoices : undefined,
      releaseNote: this.releaseNote,
      on: {
        view: (v) => (this.view = v),
        requestCustomer: (customerId) => this.dispatchEvent(new ReactivateCustomerRequestedEvent({ customerId })),
        reactivateLocation: (id) => this.reactivateLocation(id),
        toggle: (s, on) => this.onToggle(s, on),
        endDate: (id, value) => this.setDraft(withEndDate(this.draft, id, value)),
        deactivateOnEnd: (id, on) => this.setDraft(withDeactivateOnEnd(this.draft, id, on)),
        restore: () => this.restore(),
        reload: () => this.reload(),
        retryLoad: () => this.reload(),
        save: () => void this.save(),
        release: (ids) => this.releaseInvoices(ids),
      },
    };
    return renderForm(view);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'service-reactivate-form': ServiceReactivateForm;
  }
}
