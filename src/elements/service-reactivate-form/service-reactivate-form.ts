import { LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { LifecycleAdapter, Outcome, Service } from '../../adapter/types.js';
import { LifecycleController } from '../../context/lifecycle-controller.js';
import { loadCatalog, type MessageOverrides } from '../../i18n/catalogs.js';
import { serviceFormFirstMessages } from '../../i18n/service-form.js';
import { toDateString } from '../../rules/dates.js';
import { restorePlan, restoredSchedule } from '../../rules/reactivate.js';
import { FormChanges } from './service-reactivate-form.changes.js';
import { choose, withDeactivateOnEnd, withEndDate, type Draft } from './service-reactivate-form.draft.js';
import {
  ReactivateCustomerRequestedEvent, ServiceFormDirtyChangeEvent, ServicesReactivatedEvent,
} from './service-reactivate-form.events.js';
import { invoicesGroup, loadInvoicesGroup } from './service-reactivate-form.lazy.js';
import { renderForm, type FormView } from './service-reactivate-form.render.js';
import { canRelease, CustomerLoader } from './service-reactivate-form.loader.js';
import { RowSlices } from './service-reactivate-form.rows.js';
import { styles } from './service-reactivate-form.styles.js';
import type { FieldError } from './service-reactivate-form.save.js';

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
  private readonly customer = new CustomerLoader(this, this.lifecycle);
  /** The form's changes (Save, a location's reactivation, a release): one at a time, never aborted, always reported. */
  private readonly changes = new FormChanges(this, this.lifecycle, this.customer);
  private readonly slices = new RowSlices(this, () => this.customer.detail?.services.length ?? 0);

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
    this.changes.releaseNote = undefined;
    this.customer.track({ id: this.customerId });
    void this.customer.load(true);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('customerId') && !this.customer.isFor(this.customerId)) {
      this.changes.detach(); // a change still running was for the customer before: it runs on, detached
      this.slices.reset();
      this.customer.clear();
      this.outcomes = new Map();
      this.changes.releaseNote = undefined;
      this.setDraft(new Map(), false);
    }
    this.customer.track({ id: this.customerId, dirty: this.dirty });
  }

  protected override updated(): void {
    // R4: invoices on hold on an adapter that can release them: load their group, once for every form.
    const detail = this.customer.detail;
    if (!invoicesGroup() && canRelease(this.lifecycle.rawAdapter) && detail?.invoices.some((i) => i.onHold)) {
      loadInvoicesGroup(() => this.requestUpdate());
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

  private setDraft(draft: Draft, announce = true): void {
    this.draft = draft;
    if (this.errors.size > 0) this.errors = new Map();
    this.customer.track({ dirty: this.dirty });
    if (this.dirty === this.wasDirty) return;
    this.wasDirty = this.dirty;
    if (announce) this.dispatchEvent(new ServiceFormDirtyChangeEvent({ dirty: this.dirty }));
  }

  private async save(): Promise<void> {
    const { detail } = this.customer;
    if (!detail || this.changes.busy) return;
    this.saved = [];
    this.changes.elsewhere = '';
    const { prepare, settle } = await import('./service-reactivate-form.save.js');
    const { errors, input } = prepare(detail, this.draft, this.todayDate, this.lifecycle.actor, (intent) => this.changes.keys.save.for(intent));
    this.errors = errors;
    if (!input) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    await this.changes.act('save', async (adapter, signal) => {
      const result = await adapter.reactivateServices(input, signal);
      this.changes.keys.save.clear();
      const { done, outcomes, rest } = settle(result, this.draft);
      const event = new ServicesReactivatedEvent({ customerId: detail.customer.id, serviceIds: done, result });
      if (!this.customer.isFor(detail.customer.id)) return this.changes.movedOn(detail, event);
      this.outcomes = outcomes;
      this.setDraft(rest);
      this.saved = detail.services.filter((s) => done.includes(s.id)).map((s) => s.name);
      await this.customer.load(true);
      // Save is off now and the saved services have left the list: focus goes to the next one to bring back, else the view.
      await this.changes.refocus(() => this.renderRoot.querySelector<HTMLElement>('[name="reactivate"]:not(:disabled)') ?? this.renderRoot.querySelector('select'));
      return event;
    }, () => void this.save());
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
      busy: this.changes.busy,
      loadError: this.customer.error,
      actionError: this.changes.error,
      changedElsewhere: this.customer.changedElsewhere,
      saved: this.saved,
      elsewhere: this.changes.elsewhere,
      dirty: this.dirty,
      rows: this.slices.rows,
      invoices: canRelease(this.lifecycle.rawAdapter) ? invoicesGroup()?.renderInvoices : undefined,
      releaseNote: this.changes.releaseNote,
      on: {
        view: (v) => (this.view = v),
        requestCustomer: (customerId) => this.dispatchEvent(new ReactivateCustomerRequestedEvent({ customerId })),
        reactivateLocation: (id) => this.changes.reactivateLocation(id),
        toggle: (s, on) => this.onToggle(s, on),
        endDate: (id, value) => this.setDraft(withEndDate(this.draft, id, value)),
        deactivateOnEnd: (id, on) => this.setDraft(withDeactivateOnEnd(this.draft, id, on)),
        restore: () => this.restore(),
        reload: () => this.reload(),
        retryLoad: () => this.reload(),
        save: () => void this.save(),
        release: (ids) => this.changes.releaseInvoices(ids),
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
