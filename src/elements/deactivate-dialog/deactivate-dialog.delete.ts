/**
 * What `<deactivate-dialog>` says before a delete (X1–X3, G1, G5): that it
 * cannot be undone, and what goes with each customer — its open balance, its
 * unpaid and held invoices, locations, services, subscriptions and history —
 * with the balance guard's warning and its way out. For several customers:
 * the totals, then one line per customer, each naming whose it is. The rules
 * decided it all (the adapter's preview); this only shows it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Impact, Invoice, Preview } from '../../adapter/types.js';
import { reasonText } from '../../i18n/describe-error.js';
import type { Localizer } from '../../i18n/localizer.js';
import { names, renderBlockers, type View } from './deactivate-dialog.render.js';

/** The warnings these sections say themselves; any other is shown as it comes. */
export const DELETE_SHOWN: readonly string[] = ['delete-irreversible', 'open-balance'];

const owes = (impact: Impact) => impact.customer.balance.amount > 0;
const warnsOfBalance = (impact: Impact) => impact.check.warnings.some((n) => n.reason === 'open-balance');
const held = (invoices: readonly Invoice[]) => invoices.filter((i) => i.onHold).length;
const refNames = (refs: readonly { name: string }[]) => refs.map((r) => r.name);
const lost = (i: Impact) => owes(i) || i.invoices.length + i.locations.length + i.services.length + i.subscriptions.length + (i.auditCount ?? 0) > 0;

/** The ids of the warnings that describe the alert dialog of a delete, or undefined when it shows none. */
export function deleteDescription(preview: Preview): string | undefined {
  const allowed = preview.impacts.filter((i) => i.check.allowed);
  if (preview.action !== 'delete' || allowed.length === 0) return undefined;
  return allowed.some(warnsOfBalance) ? 'delete-warning delete-balance' : 'delete-warning';
}

/** The open balances of `impacts`, added up per currency, as "€1,479.00 and $80.00". */
function balances(l: Localizer, impacts: readonly Impact[]): string {
  const sums = new Map<string, number>();
  for (const { customer: { balance } } of impacts) {
    if (balance.amount > 0) sums.set(balance.currency, (sums.get(balance.currency) ?? 0) + balance.amount);
  }
  return l.formatList([...sums].map(([currency, amount]): string => l.formatMoney({ amount, currency })));
}

/** The other warnings a host's rules may add, as they come. */
function otherNotices(v: View, impact: Impact) {
  return impact.check.warnings.filter((n) => !DELETE_SHOWN.includes(n.reason)).map((n) => html`<p part="warning">${reasonText(v.l, n.reason)}</p>`);
}

/** Delete one customer: X1 (with the way out), X2, X3, G1 (what goes with it), G5. */
export function renderDelete(v: View, impact: Impact): TemplateResult {
  const { l } = v;
  const { check, customer } = impact;
  if (!check.allowed) return html`${renderBlockers(v, check.blockers, impact)}${otherNotices(v, impact)}`;
  const invoices = impact.invoices.map((i) => (i.onHold ? l.t('dialog.delete.on-hold', { number: i.number }) : i.number));
  const item = (count: number, text: () => string) => (count > 0 ? html`<li>${text()}</li>` : nothing);
  return html`<p part="warning" id="delete-warning">${l.t('reason.delete-irreversible')}</p>
    ${warnsOfBalance(impact) ? html`<p part="warning" id="delete-balance">${reasonText(l, 'open-balance')} ${
      l.t('dialog.balance', { amount: l.formatMoney(customer.balance) })} ${l.t('fix.settle-balance')}</p>` : nothing}
    ${otherNotices(v, impact)}
    ${lost(impact) ? html`<h3>${l.t('dialog.delete.lost')}</h3>
    <ul part="impact">
      ${owes(impact) ? html`<li>${l.t('dialog.delete.balance', { amount: l.formatMoney(customer.balance) })}</li>` : nothing}
      ${item(invoices.length, () => l.t('dialog.delete.invoices', { count: invoices.length, names: names(l, invoices) }))}
      ${item(impact.locations.length, () => l.t('dialog.locations', { count: impact.locations.length, names: names(l, refNames(impact.locations)) }))}
      ${item(impact.services.length, () => l.t('dialog.services', { count: impact.services.length, names: names(l, refNames(impact.services)) }))}
      ${item(impact.subscriptions.length, () => l.t('dialog.delete.subscriptions', { count: impact.subscriptions.length, names: names(l, refNames(impact.subscriptions)) }))}
      ${item(impact.auditCount ?? 0, () => l.t('dialog.delete.history', { count: impact.auditCount ?? 0 }))}
    </ul>` : html`<p>${l.t('dialog.delete.nothing')}</p>`}`;
}

/** What goes with one customer of several, in a few words: "open balance €1,479.00, 1 location, …". */
function lineOf(l: Localizer, impact: Impact): string {
  const { customer } = impact;
  if (!lost(impact)) return l.t('dialog.delete.line-nothing', { name: customer.name });
  const parts = [
    owes(impact) ? l.t('dialog.delete.line-balance', { amount: l.formatMoney(customer.balance) }) : '',
    impact.invoices.length ? l.t('dialog.delete.invoices-count', { count: impact.invoices.length, held: held(impact.invoices) }) : '',
    impact.locations.length ? l.t('count.locations', { count: impact.locations.length }) : '',
    impact.services.length ? l.t('count.services', { count: impact.services.length }) : '',
    impact.subscriptions.length ? l.t('count.subscriptions', { count: impact.subscriptions.length }) : '',
    impact.auditCount ? l.t('dialog.delete.audit', { count: impact.auditCount }) : '',
  ].filter(Boolean);
  return l.t('dialog.delete.line', { name: customer.name, items: l.formatList(parts, { type: 'unit' }) });
}

/**
 * Delete several customers (X2, G1, G5): what goes with those that can go, in
 * total and customer by customer, each line naming whose; who still owes.
 */
export function renderBulkDelete(v: View, allowed: readonly Impact[]): TemplateResult | typeof nothing {
  const { l } = v;
  if (allowed.length === 0) return nothing;
  const sum = (count: (i: Impact) => number) => allowed.reduce((n, i) => n + count(i), 0);
  const invoices = sum((i) => i.invoices.length);
  const item = (count: number, text: () => string) => (count > 0 ? html`<li>${text()}</li>` : nothing);
  const owing = allowed.filter(warnsOfBalance);
  const history = sum((i) => i.auditCount ?? 0);
  return html`<p part="warning" id="delete-warning">${l.t('dialog.delete.irreversible-bulk')}</p>
    ${owing.length ? html`<p part="warning" id="delete-balance">${l.t('dialog.delete.balances-open', {
      count: owing.length,
      names: names(l, owing.map((i) => l.t('dialog.delete.owes', { name: i.customer.name, amount: l.formatMoney(i.customer.balance) }))),
    })} ${l.t('fix.settle-balance')}</p>` : nothing}
    ${allowed.some(lost) ? html`<h3>${l.t('dialog.delete.lost-bulk')}</h3>
    <ul part="impact">
      ${item(allowed.filter(owes).length, () => l.t('dialog.delete.balances', { amounts: balances(l, allowed) }))}
      ${item(invoices, () => l.t('dialog.delete.invoices-count', { count: invoices, held: sum((i) => held(i.invoices)) }))}
      ${item(sum((i) => i.locations.length), () => l.t('count.locations', { count: sum((i) => i.locations.length) }))}
      ${item(sum((i) => i.services.length), () => l.t('count.services', { count: sum((i) => i.services.length) }))}
      ${item(sum((i) => i.subscriptions.length), () => l.t('count.subscriptions', { count: sum((i) => i.subscriptions.length) }))}
      ${item(history, () => l.t('dialog.delete.history', { count: history }))}
    </ul>` : nothing}
    <h3>${l.t('dialog.delete.by-customer')}</h3>
    <ul part="impact">${allowed.map((i) => html`<li>${lineOf(l, i)}</li>`)}</ul>`;
}
