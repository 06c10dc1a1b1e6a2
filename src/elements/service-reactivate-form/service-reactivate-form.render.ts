/** The markup of `<service-reactivate-form>`: pure functions of its state. */
import { html, nothing, type TemplateResult } from 'lit';
import type { LifecycleError } from '../../adapter/errors.js';
import type { CustomerDetail, Location, Outcome, Service } from '../../adapter/types.js';
import { isolate } from '../../i18n/bidi.js';
import type { MessageKey } from '../../i18n/en.js';
import { describeError } from '../../i18n/describe-error.js';
import type { Localizer } from '../../i18n/localizer.js';
import { checkReactivate, checkReactivateLocation, checkReactivateService, restorePlan } from '../../rules/reactivate.js';
import type { Draft } from './service-reactivate-form.draft.js';
import type { FieldError } from './service-reactivate-form.save.js';

/** What the form renders from, and what its controls call. */
export interface FormView {
  l: Localizer;
  detail: CustomerDetail | undefined;
  hasAdapter: boolean;
  restoreOffer: boolean;
  view: 'active' | 'inactive';
  /** The date end dates are checked against (`YYYY-MM-DD`). */
  today: string;
  draft: Draft;
  errors: ReadonlyMap<string, FieldError>;
  outcomes: ReadonlyMap<string, Outcome>;
  busy: string | undefined;
  loadError: LifecycleError | undefined;
  actionError: { error: LifecycleError; retry: () => void; locationId?: string; invoices?: boolean } | undefined;
  changedElsewhere: boolean;
  /** The names of the services the last Save reactivated. */
  saved: string[];
  /** What was saved for a customer no longer shown. */
  elsewhere: string;
  dirty: boolean;
  /** How many services to render (in list order); the ones chosen, refused or just saved are rendered anyway. */
  rows: number;
  /**
   * The "Invoices on hold" group (R4), once its module has loaded: present only while the adapter can release
   * invoices by hand (it has the optional `releaseInvoices`) and the customer has some on hold, or news to tell.
   */
  invoices: ((v: FormView, detail: CustomerDetail) => TemplateResult | typeof nothing) | undefined;
  /** What the last release did: the numbers of the invoices released, and the others with their outcome. */
  releaseNote: ReleaseNote | undefined;
  on: {
    view(view: 'active' | 'inactive'): void;
    requestCustomer(customerId: string): void;
    reactivateLocation(locationId: string): void;
    toggle(service: Service, on: boolean): void;
    endDate(serviceId: string, value: string): void;
    deactivateOnEnd(serviceId: string, on: boolean): void;
    restore(): void;
    reload(): void;
    retryLoad(): void;
    save(): void;
    release(invoiceIds: string[]): void;
  };
}

/** What a release answered, by invoice number. */
export interface ReleaseNote {
  released: string[];
  refused: { number: string; outcome: Outcome }[];
}

/** The message of `key`, or `''` when there is none (a code from a host's adapter the catalogue has no words for). */
function say(v: FormView, key: string): string {
  const message = v.l.t(key as MessageKey);
  return message === key ? '' : message;
}

/** A rule's reason and its way out, in words (G2); an unknown reason reads as a plain refusal. */
export function because(v: FormView, reason: string, fix: string | null): string {
  const why = reason === 'invalid-date' ? v.l.t('error.invalid-input') : say(v, `reason.${reason}`) || v.l.t('error.rule-violation');
  const way = fix ? say(v, `fix.${fix}`) : '';
  return way ? `${why} ${way}` : why;
}


export function errorAlert(v: FormView, error: LifecycleError, retry: () => void): TemplateResult {
  return html`<div part="error" role="alert">${describeError(v.l, error)}
    <button type="button" @click=${retry}>${v.l.t('action.retry')}</button></div>`;
}

export function outcomeText(v: FormView, outcome: Outcome): string {
  if (outcome.outcome === 'blocked') return outcome.blockers.map((b) => because(v, b.reason, b.fix)).join(' ');
  return outcome.outcome === 'failed' ? describeError(v.l, outcome.error) : '';
}

function renderSchedule(v: FormView, service: Service, describedBy: string | undefined): TemplateResult {
  const { l } = v;
  const choice = v.draft.get(service.id);
  const schedule = choice?.schedule ?? service.schedule;
  const end = schedule.endDate ? l.formatDate(schedule.endDate) : l.t('form.no-end-date');
  const dates = html`<span class="meta">${l.formatDate(schedule.startDate)} – ${end}</span>`;
  if (!choice || service.kind !== 'recurring') return dates;
  const invalid = v.errors.has(service.id);
  return html`${dates}<div part="schedule">
    <label>${l.t('form.end-date')}
      <input type="date" name="end-date" .value=${schedule.endDate ?? ''} aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby=${describedBy ?? nothing} @change=${(e: Event) => v.on.endDate(service.id, (e.target as HTMLInputElement).value)}></label>
    <label><input type="checkbox" name="deactivate-on-end-date" .checked=${schedule.deactivateOnEndDate} ?disabled=${schedule.endDate === null}
      @change=${(e: Event) => v.on.deactivateOnEnd(service.id, (e.target as HTMLInputElement).checked)}>
      ${l.t('form.deactivate-on-end-date')}</label></div>`;
}

/** `why`: the id of the text that says what to reactivate first, for a service R2 holds back. */
function renderService(v: FormView, service: Service, location: Location, why: string | undefined): TemplateResult {
  const { l, detail } = v;
  // R2: the customer, then the location, must be active before the service can be chosen.
  const check = checkReactivateService(detail!.customer, location, service, service.schedule, v.today);
  const blocked = check.blockers.some((b) => b.rule === 'R2');
  const error = v.errors.get(service.id);
  const outcome = v.outcomes.get(service.id);
  const message = error ? because(v, error.reason, error.fix) : outcome ? outcomeText(v, outcome) : '';
  const messageId = message ? `msg-${service.id}` : undefined;
  const kind = l.t(service.kind === 'recurring' ? 'form.recurring' : 'form.on-request');
  const chosen = v.draft.has(service.id);
  const describedBy = [messageId, blocked ? why : undefined].filter(Boolean).join(' ') || undefined;
  const toggle = service.status === 'inactive'
    ? html`<label><input type="checkbox" name="reactivate" .checked=${chosen} ?disabled=${blocked || v.busy === 'save'}
        aria-invalid=${error && (service.kind !== 'recurring' || !chosen) ? 'true' : 'false'}
        aria-describedby=${describedBy ?? nothing} @change=${(e: Event) => v.on.toggle(service, (e.target as HTMLInputElement).checked)}>
        <span>${l.t('action.reactivate')} ${isolate(service.name)}</span></label>`
    : html`<strong>${isolate(service.name)}</strong>`;
  return html`<li part="service">${toggle}<span class="meta">${kind}</span>
    ${renderSchedule(v, service, messageId)}
    ${message ? html`<p part="field-error" id=${messageId!}>${message}</p>` : nothing}</li>`;
}

function renderLocation(v: FormView, location: Location, services: Service[]): TemplateResult {
  const { l, detail } = v;
  const inactive = location.status !== 'active';
  const check = checkReactivateLocation(detail!.customer, location);
  const canReactivate = inactive && check.allowed;
  const error = v.actionError?.locationId === location.id ? v.actionError : undefined;
  // R2 names what comes first: this location, or (its check says so) the customer.
  const why = canReactivate ? `why-${location.id}` : check.blockers[0]?.reason === 'customer-inactive' ? 'customer-first' : undefined;
  return html`<fieldset part="location" data-location=${location.id} ?data-inactive=${inactive}>
    <legend>${isolate(location.label)}${inactive ? ` – ${l.t('status.inactive')}` : ''}</legend>
    ${canReactivate
      ? html`<p class="hint" id=${why!}>${l.t('reason.location-inactive')}</p>
        <button type="button" ?disabled=${v.busy !== undefined} aria-busy=${v.busy === location.id ? 'true' : 'false'}
          @click=${() => v.on.reactivateLocation(location.id)}>${l.t('action.reactivate-location')}</button>`
      : nothing}
    ${error ? errorAlert(v, error.error, error.retry) : nothing}
    ${services.length > 0 ? html`<ul>${services.map((s) => renderService(v, s, location, why))}</ul>` : html`<p class="hint">${l.t('count.services', { count: 0 })}</p>`}
  </fieldset>`;
}

function renderNotices(v: FormView, detail: CustomerDetail): TemplateResult {
  const { l } = v;
  const { customer } = detail;
  // R1/R2: an inactive customer is reactivated first (by the host); only then is there anything to restore.
  const customerFirst = checkReactivate(customer).allowed;
  const plan = v.restoreOffer && !customerFirst ? restorePlan(detail) : undefined;
  return html`${customerFirst
    ? html`<div part="notice"><span id="customer-first">${l.t('reason.customer-inactive')}</span>
        <button type="button" @click=${() => v.on.requestCustomer(customer.id)}>${l.t('form.reactivate-customer', { name: customer.name })}</button></div>`
    : nothing}
  ${plan && plan.services.length > 0
    ? html`<div part="restore"><button type="button" ?disabled=${v.busy !== undefined} @click=${v.on.restore}>
        ${l.t('form.restore', { count: plan.services.length })}</button></div>`
    : nothing}
  <div role="status">${v.changedElsewhere
    ? html`<div part="notice">${l.t('error.conflict')}
        <button type="button" @click=${v.on.reload}>${l.t('action.reload')}</button></div>`
    : v.saved.length > 0 ? `${l.formatList(v.saved)}: ${l.t('status.active')}` : v.elsewhere || nothing}</div>`;
}

/** The whole form. */
export function renderForm(v: FormView): TemplateResult {
  const { l, detail } = v;
  if (!v.hasAdapter) return html`<p part="error" role="alert">${l.t('form.no-adapter')}</p>`;
  if (v.loadError) return errorAlert(v, v.loadError, v.on.retryLoad);
  if (!detail) return html`<p role="status">${l.t('form.loading')}</p>`;
  const { view } = v;
  const byLocation = new Map<string, Service[]>();
  let n = 0;
  for (const s of detail.services) {
    if (s.status !== view) continue;
    n += 1;
    if (n > v.rows && !v.draft.has(s.id) && !v.errors.has(s.id) && !v.outcomes.has(s.id)) continue;
    const list = byLocation.get(s.locationId);
    if (list) list.push(s);
    else byLocation.set(s.locationId, [s]);
  }
  const locations = detail.locations.filter((loc) => byLocation.has(loc.id) || (view === 'inactive' && loc.status !== 'active'));
  const saveError = v.actionError && !v.actionError.locationId && !v.actionError.invoices ? v.actionError : undefined;
  return html`${renderNotices(v, detail)}
    <label part="view">${l.t('form.view')}
      <select @change=${(e: Event) => v.on.view((e.target as HTMLSelectElement).value === 'active' ? 'active' : 'inactive')}>
        <option value="active" ?selected=${view === 'active'}>${l.t('status.active')}</option>
        <option value="inactive" ?selected=${view === 'inactive'}>${l.t('status.deactivated')}</option>
      </select></label>
    ${locations.length > 0
      ? locations.map((loc) => renderLocation(v, loc, byLocation.get(loc.id) ?? []))
      : html`<p>${l.t('count.services', { count: 0 })}</p>`}
    ${saveError ? errorAlert(v, saveError.error, saveError.retry) : nothing}
    ${view === 'inactive' && locations.length > 0
      ? html`<button type="button" part="save" ?disabled=${!v.dirty || v.busy !== undefined} aria-busy=${v.busy === 'save' ? 'true' : 'false'} @click=${v.on.save}>${l.t('action.save')}</button>`
      : nothing}
    ${v.invoices ? v.invoices(v, detail) : nothing}`;
}
