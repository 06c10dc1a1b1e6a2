/**
 * What `<deactivate-dialog>` says about one customer: the impact preview of
 * deactivate (D1–D7, B1–B4, G5) and reactivate (R2, R4, R5, G3), the options
 * the user can tick, and the reason field (G7); delete is in
 * `deactivate-dialog.delete.ts`. The rules decided everything already (the
 * adapter's preview); this only shows it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Impact, LifecycleAction, Policy, Preview, RuleNotice } from '../../adapter/types.js';
import { fixText, reasonText } from '../../i18n/describe-error.js';
import type { Localizer } from '../../i18n/localizer.js';
import type { Choices, Phase } from './deactivate-dialog.flow.js';

const has = (list: readonly string[], value: string) => list.includes(value);

/** What the render helpers need from the element. */
export interface View {
  l: Localizer;
  policy: Policy;
  choices: Choices;
  /** True while an action runs: options cannot change. */
  disabled: boolean;
  change(patch: Partial<Choices>): void;
  /** G2: the way out of a blocker, e.g. "Deactivate instead". */
  switchTo(action: LifecycleAction): void;
}

/** The heading: a question before the action runs, what happened once it has. */
export function dialogTitle(l: Localizer, preview: Preview | undefined, action: LifecycleAction, phase: Phase, ran: number, count: number): string {
  const bulk = count > 1;
  const name = preview?.impacts[0]?.customer.name ?? '';
  const none = preview !== undefined && preview.impacts.length === 0 && preview.missing.length === 0;
  return none ? l.t('dialog.title.none') : !preview ? l.t('dialog.title.loading')
    : phase === 'undone' ? l.t('dialog.title.undone', { count: ran, name })
      : phase === 'done' ? l.t(bulk ? 'dialog.title.finished-bulk' : `dialog.title.done.${action}`, { count, name })
        : bulk ? l.t(`dialog.title.${action}-bulk`, { count }) : l.t(`dialog.title.${action}`, { name });
}

/** "a, b and c", or "a, b, c and 4 more". */
export function names(l: Localizer, items: readonly string[], max = 3): string {
  if (items.length <= max) return l.formatList(items);
  // "A, B, C and 2 more": the shown names are a plain list, so that "and" is not said twice.
  return l.t('dialog.more', { names: l.formatList(items.slice(0, max), { type: 'unit', style: 'short' }), count: items.length - max });
}

const refNames = (refs: readonly { name: string }[]) => refs.map((r) => r.name);
const codes = (notices: readonly RuleNotice[]) => notices.map((n) => n.reason);

/** G2: why not, and the way out; given the impact, an open balance (G5) says how much. */
export function renderBlockers(v: View, blockers: readonly RuleNotice[], impact?: Impact): TemplateResult | typeof nothing {
  if (blockers.length === 0) return nothing;
  // The customer's own check and the whole action's (X3 is both) may give the same reason: it is said once.
  const once = blockers.filter((b, i) => blockers.findIndex((o) => o.reason === b.reason) === i);
  const amount = (b: RuleNotice) => (b.reason === 'open-balance' && impact
    ? html`${v.l.t('dialog.balance', { amount: v.l.formatMoney(impact.customer.balance) })} ` : nothing);
  return html`<div part="blockers">
    <h3>${v.l.t('dialog.not-possible')}</h3>
    <ul>${once.map((b) => html`<li>${reasonText(v.l, b.reason)} ${amount(b)}${fixText(v.l, b.fix)}
      ${b.fix === 'deactivate-first'
        ? html`<button type="button" part="button fix" @click=${() => v.switchTo('deactivate')}>${v.l.t('dialog.deactivate-instead')}</button>`
        : nothing}</li>`)}</ul>
  </div>`;
}

/** A checkbox option with a description. */
export function option(v: View, name: keyof Choices, label: string, hint: string, warn = false): TemplateResult {
  return html`<div part="option">
    <input type="checkbox" id=${name} aria-describedby=${`${name}-hint`} .checked=${v.choices[name] === true} ?disabled=${v.disabled}
      @change=${(e: Event) => v.change({ [name]: (e.target as HTMLInputElement).checked })}>
    <label for=${name}>${label}</label>
    <p id=${`${name}-hint`} part=${warn ? 'hint warning' : 'hint'}>${hint}</p>
  </div>`;
}

/** G7: the reason, hidden, optional or required by policy. */
export function renderReason(v: View): TemplateResult | typeof nothing {
  if (v.policy.reason === 'hidden') return nothing;
  const required = v.policy.reason === 'required';
  return html`<div part="field">
    <label for="reason">${v.l.t(required ? 'dialog.reason' : 'dialog.reason-optional')}</label>
    <textarea id="reason" rows="2" part="input" ?required=${required} ?disabled=${v.disabled} .value=${v.choices.reason}
      @input=${(e: Event) => v.change({ reason: (e.target as HTMLTextAreaElement).value })}></textarea>
  </div>`;
}

/** The generic lines of warnings the sections below do not show themselves (B1, B2, B4, G5 …). */
export function otherWarnings(v: View, notices: readonly RuleNotice[], shown: readonly string[], impact?: Impact) {
  return notices.filter((n) => !shown.includes(n.reason)).map((n) => html`<li>${reasonText(v.l, n.reason)}${
    n.reason === 'open-balance' && impact ? html` ${v.l.t('dialog.balance', { amount: v.l.formatMoney(impact.customer.balance) })}` : nothing}</li>`);
}

/** Deactivate one customer: D1, D3–D6, B1–B4, G5, G7. */
export function renderDeactivate(v: View, impact: Impact): TemplateResult {
  const { l } = v;
  const w = codes(impact.check.warnings);
  const cascade = impact.locations.length + impact.services.length > 0;
  return html`${renderBlockers(v, impact.check.blockers)}
    <p>${l.t('dialog.kept')}</p>
    <ul part="impact">
      ${cascade ? html`<li>${l.t('dialog.cascade')}<ul>
        ${impact.locations.length ? html`<li>${l.t('dialog.locations', { count: impact.locations.length, names: names(l, refNames(impact.locations)) })}</li>` : nothing}
        ${impact.services.length ? html`<li>${l.t('dialog.services', { count: impact.services.length, names: names(l, refNames(impact.services)) })}</li>` : nothing}
      </ul></li>` : nothing}
      ${impact.linkedUnchanged.length ? html`<li>${l.t('dialog.linked', { names: names(l, refNames(impact.linkedUnchanged)) })}</li>` : nothing}
      ${otherWarnings(v, impact.check.warnings, ['cascade', 'links-unchanged', 'cancel-irreversible', 'hold-stops-reminders'], impact)}
    </ul>
    ${impact.subscriptions.length && has(w, 'cancel-irreversible') && v.policy.subscriptions
      ? option(v, 'cancelSubscriptions', l.t('dialog.cancel-subscriptions', { count: impact.subscriptions.length, names: names(l, refNames(impact.subscriptions)) }),
        `${l.t('reason.cancel-irreversible')} ${l.t('dialog.irreversible')}`, true)
      : nothing}
    ${impact.invoices.length && v.policy.invoiceHold
      ? option(v, 'holdInvoices', l.t('dialog.hold-invoices', { count: impact.invoices.length }), `${names(l, impact.invoices.map((i) => i.number))}. ${l.t('reason.hold-stops-reminders')}`)
      : nothing}
    ${impact.check.allowed ? renderReason(v) : nothing}`;
}

/** Reactivate one customer: D7, R2, R4, R5, G3, G7. */
export function renderReactivate(v: View, impact: Impact): TemplateResult {
  const { l } = v;
  const d = impact.customer.deactivation;
  const stays = impact.staysInactive;
  const restore = impact.locations.length + impact.services.length;
  return html`${renderBlockers(v, impact.check.blockers)}
    ${d ? html`<p>${l.t('status.deactivated-by', { date: l.formatDateTime(d.at), name: d.by.name })}</p>
      ${d.reason ? html`<p>${l.t('status.reason', { reason: d.reason })}</p>` : nothing}` : nothing}
    <ul part="impact">
      ${stays.locations.length + stays.services.length ? html`<li>${l.t('reason.stays-inactive')}<ul>
        ${stays.locations.length ? html`<li>${l.t('dialog.locations', { count: stays.locations.length, names: names(l, refNames(stays.locations)) })}</li>` : nothing}
        ${stays.services.length ? html`<li>${l.t('dialog.services', { count: stays.services.length, names: names(l, refNames(stays.services)) })}</li>` : nothing}
      </ul></li>` : nothing}
      ${impact.invoices.length ? html`<li>${l.t('reason.invoices-stay-on-hold')}</li>` : nothing}
      ${impact.cancelledSubscriptions.length ? html`<li>${l.t('dialog.never-return', { names: names(l, refNames(impact.cancelledSubscriptions)) })}</li>` : nothing}
    </ul>
    ${restore ? option(v, 'restoreCascade', l.t('dialog.restore', { count: restore }), names(l, [...refNames(impact.locations), ...refNames(impact.services)], 6)) : nothing}
    ${impact.invoices.length
      ? option(v, 'releaseInvoices', l.t('dialog.release-invoices', { count: impact.invoices.length }), names(l, impact.invoices.map((i) => i.number)))
      : nothing}
    ${impact.check.allowed ? renderReason(v) : nothing}`;
}
