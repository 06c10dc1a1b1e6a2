/**
 * The profile's Billing tab: invoices (on hold marked, D5/R4), subscriptions
 * (cancelled ones never return, R5), and the billing actions a host's billing
 * screens offer (B1–B4 of seed 000, F2 of seed 002), allowed, warned or
 * blocked as the kit's billing rules decide it for this customer.
 */
import { html, nothing } from 'lit';
import type { CustomerDetail } from '../src/adapter/types.js';
import type { Localizer } from 'customer-lifecycle-kit/i18n';
import { canReactivateSubscription } from '../src/rules/reactivate.js';
import './demo-billing-actions.js';
import type { DemoText } from './demo-text.js';

export function renderBilling(detail: CustomerDetail, t: DemoText, kit: Localizer) {
  return html`
    <demo-billing-actions .detail=${detail} .text=${t} .kit=${kit}></demo-billing-actions>
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
