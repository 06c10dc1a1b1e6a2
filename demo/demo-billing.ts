/**
 * The profile's Billing tab: invoices (on hold marked, D5/R4), subscriptions
 * (cancelled ones never return, R5), and what deactivation means for billing
 * (B1–B4 of seed 000), as the kit's billing rules decide it for this
 * customer, in the kit's own words where a rule gives a reason.
 */
import { html, nothing } from 'lit';
import type { Check, CustomerDetail } from '../src/adapter/types.js';
import { isMessageKey, type Localizer } from '../src/i18n/index.js';
import {
  checkManualInvoice, checkRegenerateInvoice, includedInBulkBilling, reachedByResend,
} from '../src/rules/billing.js';
import { canReactivateSubscription } from '../src/rules/reactivate.js';
import type { DemoText } from './demo-text.js';

/** The kit's words for a check's first blocker or warning (reason, then the way out). */
function reasonOf(check: Check, kit: Localizer): string | undefined {
  const n = check.blockers[0] ?? check.warnings[0];
  if (!n) return undefined;
  const reason = `reason.${n.reason}`;
  const fix = `fix.${n.fix}`;
  return [isMessageKey(reason) ? kit.t(reason) : '', n.fix && isMessageKey(fix) ? kit.t(fix) : ''].filter(Boolean).join(' ');
}

/** B1–B4 for this customer: [rule, text]. */
export function billingNotes(detail: CustomerDetail, t: DemoText, kit: Localizer): [string, string][] {
  const { customer, invoices } = detail;
  const manual = checkManualInvoice(customer, invoices);
  const regenerate = checkRegenerateInvoice(customer);
  const inactive = customer.status === 'inactive';
  return [
    ['B1', includedInBulkBilling(customer) ? t.b1Included : kit.t('reason.no-bulk-billing')],
    ['B2', manual.allowed ? (reasonOf(manual, kit) ?? t.b2Active) : `${t.b2Blocked} ${reasonOf(manual, kit) ?? ''}`.trim()],
    ['B3', reasonOf(regenerate, kit) ?? t.b3Active],
    ['B4', reachedByResend(invoices) ? (inactive ? kit.t('reason.resend-reaches') : t.b4Reached) : t.b4NotReached],
  ];
}

export function renderBilling(detail: CustomerDetail, t: DemoText, kit: Localizer) {
  return html`
    <section aria-labelledby="billing-notes">
      <h3 id="billing-notes">${t.billingNotes}</h3>
      <ul class="notes">
        ${billingNotes(detail, t, kit).map(([rule, text]) => html`<li><span class="rule">${rule}</span> ${text}</li>`)}
      </ul>
    </section>
    <section aria-labelledby="billing-invoices">
      <h3 id="billing-invoices">${t.invoices}</h3>
      ${detail.invoices.length === 0 ? html`<p class="muted">${t.noInvoices}</p>` : html`
        <table class="customers compact" aria-labelledby="billing-invoices">
          <thead><tr>
            <th scope="col">${t.invoiceNumber}</th><th scope="col">${t.invoiceStatus}</th>
            <th scope="col">${t.onHold}</th><th scope="col" class="num">${t.invoiceTotal}</th>
          </tr></thead>
          <tbody>
            ${detail.invoices.map((i) => html`
              <tr class=${i.onHold ? 'on-hold' : ''}>
                <th scope="row">${i.number}</th>
                <td>${t.invoiceStatuses[i.status]}</td>
                <td>${i.onHold ? html`<span class="tag hold">${t.onHold}</span>` : nothing}</td>
                <td class="num">${kit.formatMoney(i.total)}</td>
              </tr>`)}
          </tbody>
        </table>`}
    </section>
    <section aria-labelledby="billing-subscriptions">
      <h3 id="billing-subscriptions">${t.subscriptions}</h3>
      ${detail.subscriptions.length === 0 ? html`<p class="muted">${t.noSubscriptions}</p>` : html`
        <ul class="subscriptions">
          ${detail.subscriptions.map((s) => html`
            <li>${s.name} — <span class=${s.status === 'cancelled' ? 'tag cancelled' : 'tag'}>${t.subscriptionStatuses[s.status]}</span>
              ${canReactivateSubscription(s) ? nothing : html`<span class="muted">${kit.t('reason.subscriptions-never-return')}</span>`}</li>`)}
        </ul>`}
    </section>`;
}
