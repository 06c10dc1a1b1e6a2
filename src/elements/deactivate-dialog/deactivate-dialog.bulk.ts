/**
 * What `<deactivate-dialog>` says about several customers (D8, X2, G6): the
 * totals of the preview (for a delete, what goes with each customer: see
 * `deactivate-dialog.delete.ts`), who will be skipped and why, the typed
 * count, and the per-customer result with retry of the failed ones.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Impact, MutationResult, Preview } from '../../adapter/types.js';
import { needsTypedCount, summarizeOutcomes } from '../../rules/bulk.js';
import { totalImpact } from '../../rules/preview.js';
import { isolate } from '../../i18n/bidi.js';
import { reasonText } from '../../i18n/describe-error.js';
import type { MessageKey } from '../../i18n/en.js';
import { isErrorCode } from '../../adapter/errors.js';
import { names, option, renderReason, type View } from './deactivate-dialog.render.js';
import { DELETE_SHOWN, renderBulkDelete } from './deactivate-dialog.delete.js';

/** G6: whether the typed count is asked for this preview. */
export function typedCountNeeded(v: View, preview: Preview): number | null {
  const count = preview.impacts.filter((i) => i.check.allowed).length;
  return needsTypedCount(preview.action, count, v.policy) ? count : null;
}

/** Reasons with words of their own for several customers; the others are said as "names: reason". */
const BULK_WORDS: Readonly<Record<string, MessageKey>> = {
  'open-balance': 'dialog.bulk.open-balance',
  'manual-invoices-only': 'dialog.bulk.manual-invoices-only',
  'resend-reaches': 'dialog.bulk.resend-reaches',
};
/** Said of all of them alike: no names needed. */
const SAID_OF_ALL = ['no-bulk-billing'];

/** Each warning once, naming the customers it concerns: several customers are never "this customer". */
function renderWarnings(v: View, allowed: readonly Impact[], shown: readonly string[]) {
  const { l } = v;
  const concerned = new Map<string, Impact[]>();
  for (const impact of allowed) {
    for (const { reason } of impact.check.warnings) {
      if (shown.includes(reason)) continue;
      const list = concerned.get(reason) ?? [];
      if (!list.includes(impact)) list.push(impact);
      concerned.set(reason, list);
    }
  }
  return [...concerned].map(([reason, impacts]) => {
    const who = names(l, impacts.map((i) => (reason === 'open-balance'
      ? `${isolate(i.customer.name)} (${l.formatMoney(i.customer.balance)})` : isolate(i.customer.name))));
    const own = Object.hasOwn(BULK_WORDS, reason) ? BULK_WORDS[reason] : undefined;
    const said = own ? l.t(own, { count: impacts.length, names: who })
      : SAID_OF_ALL.includes(reason) ? reasonText(l, reason)
        : l.t('dialog.bulk.concerns', { names: who, reason: reasonText(l, reason) });
    return html`<li>${said}</li>`;
  });
}

/** G1 totals, the skipped customers with their reason, the options and the typed count. */
export function renderBulkPreview(v: View, preview: Preview): TemplateResult {
  const { l } = v;
  const totals = totalImpact(preview.impacts);
  const allowed = preview.impacts.filter((i) => i.check.allowed);
  const blocked = preview.impacts.filter((i) => !i.check.allowed);
  const typed = typedCountNeeded(v, preview);
  const line = (key: MessageKey, count: number) => (count > 0 ? html`<li>${l.t(key, { count })}</li>` : nothing);
  const deleting = preview.action === 'delete';
  // G5: a customer skipped for its open balance says how much, and the way out.
  const owes = (i: Impact) => (i.check.blockers[0]?.reason === 'open-balance'
    ? ` ${l.t('dialog.balance', { amount: l.formatMoney(i.customer.balance) })} ${l.t('fix.settle-balance')}` : '');
  return html`
    <p part="totals">${l.t('dialog.totals', { count: totals.allowed })}</p>
    ${deleting ? renderBulkDelete(v, allowed) : nothing}
    <ul part="impact">
      ${deleting ? nothing : line('count.locations', totals.locations)}
      ${deleting ? nothing : line('count.services', totals.services)}
      ${renderWarnings(v, allowed, ['cascade', 'cancel-irreversible', 'hold-stops-reminders', ...(deleting ? DELETE_SHOWN : [])])}
    </ul>
    ${blocked.length ? html`<div part="blockers">
      <h3>${l.t('dialog.skipped', { count: blocked.length })}</h3>
      <ul>${blocked.map((i) => html`<li>${isolate(i.customer.name)}: ${reasonText(l, i.check.blockers[0]?.reason)}${owes(i)}</li>`)}</ul>
    </div>` : nothing}
    ${preview.missing.length ? html`<p>${l.t('dialog.missing', { count: preview.missing.length })}</p>` : nothing}
    ${preview.action === 'deactivate' && totals.subscriptions > 0 && v.policy.subscriptions
      ? option(v, 'cancelSubscriptions', l.t('dialog.bulk.cancel-subscriptions', {
        count: totals.subscriptions,
        names: names(l, allowed.flatMap((i) => i.subscriptions.map((s) => `${isolate(s.name)} (${isolate(i.customer.name)})`))),
      }),
        `${l.t('reason.cancel-irreversible')} ${l.t('dialog.irreversible')}`, true)
      : nothing}
    ${preview.action === 'deactivate' && totals.invoices > 0 && v.policy.invoiceHold
      ? option(v, 'holdInvoices', l.t('dialog.hold-invoices', { count: totals.invoices }), l.t('reason.hold-stops-reminders'))
      : nothing}
    ${preview.action !== 'delete' && allowed.length ? renderReason(v) : nothing}
    ${typed !== null ? html`<div part="field">
      <label for="typed">${l.t('dialog.type-count', { count: typed })}</label>
      <input id="typed" part="input" inputmode="numeric" autocomplete="off" ?disabled=${v.disabled} .value=${v.choices.typed}
        @input=${(e: Event) => v.change({ typed: (e.target as HTMLInputElement).value })}>
    </div>` : nothing}`;
}

/** G6: done / blocked with reason / failed, by name. */
export function renderBulkResult(v: View, impacts: readonly Impact[], result: MutationResult): TemplateResult {
  const { l } = v;
  const nameOf = new Map(impacts.map((i) => [i.customer.id, i.customer.name]));
  const summary = summarizeOutcomes(result.results);
  const item = (id: string, text: string) => html`<li>${isolate(nameOf.get(id) ?? id)}${text ? `: ${text}` : ''}</li>`;
  return html`<div part="results">
    <h3>${l.t('dialog.result.done', { count: summary.done.length })}</h3>
    ${summary.done.length ? html`<ul>${summary.done.map((id) => item(id, ''))}</ul>` : nothing}
    ${summary.blocked.length ? html`<h3>${l.t('dialog.result.blocked', { count: summary.blocked.length })}</h3>
      <ul>${result.results.map((r) => (r.outcome === 'blocked' ? item(r.id, reasonText(l, r.blockers[0]?.reason)) : nothing))}</ul>` : nothing}
    ${summary.failed.length ? html`<h3>${l.t('dialog.result.failed', { count: summary.failed.length })}</h3>
      <ul>${result.results.map((r) => (r.outcome === 'failed'
        ? item(r.id, l.t(`error.${isErrorCode(r.error.code) ? r.error.code : 'unknown'}` as MessageKey)) : nothing))}</ul>` : nothing}
  </div>`;
}
