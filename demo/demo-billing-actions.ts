/**
 * The Billing tab's actions (B1–B4, F2): what a host's billing screens do
 * with the kit's answer for one customer. An allowed action goes ahead; one
 * with a warning asks first, in the kit's words; a blocked one stays in the
 * tab order (aria-disabled) and says why and what to do instead. The demo
 * performs nothing: it says what would have happened.
 */
import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Check, CustomerDetail } from '../src/adapter/types.js';
import { fixText, formatMessage, reasonText, type Localizer } from 'customer-lifecycle-kit/i18n';
import { BILLING_ACTIONS, checkBillingAction, verdictOf, type BillingAction } from '../src/rules/billing.js';
import type { DemoText } from './demo-text.js';

/** The kit's words for a check's notices: each reason, then its way out. */
export function noticeWords(check: Check, kit: Localizer): string {
  return [...check.blockers, ...check.warnings]
    .flatMap((n) => [reasonText(kit, n.reason), fixText(kit, n.fix)]).filter(Boolean).join(' ');
}

export class DemoBillingActions extends LitElement {
  /** The customer and its invoices, as the profile loaded them. */
  @property({ attribute: false }) detail: Pick<CustomerDetail, 'customer' | 'invoices'> | undefined;

  /** The demo's labels. */
  @property({ attribute: false }) text: DemoText | undefined;

  /** The kit's words. */
  @property({ attribute: false }) kit: Localizer | undefined;

  /** The action that warned and waits for a confirmation. */
  @state() private confirming: BillingAction | undefined;

  /** What the last action did, for the status line. */
  @state() private outcome = '';

  protected override createRenderRoot() {
    return this;
  }

  protected override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('detail') && changed.get('detail') !== undefined
      && (changed.get('detail') as CustomerDetail).customer.id !== this.detail?.customer.id) {
      this.confirming = undefined;
      this.outcome = '';
    }
  }

  private async act(action: BillingAction, check: Check) {
    const t = this.text!;
    const label = t.billingLabels[action];
    const verdict = verdictOf(check);
    if (verdict === 'block') return;
    if (verdict === 'warn' && this.confirming !== action) {
      this.confirming = action;
      this.outcome = '';
      await this.updateComplete;
      this.querySelector<HTMLButtonElement>(`[data-continue="${action}"]`)?.focus();
      return;
    }
    this.confirming = undefined;
    this.outcome = formatMessage(t.billingDone, { action: label });
    await this.updateComplete;
    this.querySelector<HTMLButtonElement>(`[data-action="${action}"]`)?.focus();
  }

  private async cancel(action: BillingAction) {
    this.confirming = undefined;
    this.outcome = formatMessage(this.text!.billingCancelled, { action: this.text!.billingLabels[action] });
    await this.updateComplete;
    this.querySelector<HTMLButtonElement>(`[data-action="${action}"]`)?.focus();
  }

  private renderAction(action: BillingAction) {
    const t = this.text!;
    const check = checkBillingAction(this.detail!, action);
    const verdict = verdictOf(check);
    const label = t.billingLabels[action];
    const words = verdict === 'allow' ? t.billingAllowed[action] : noticeWords(check, this.kit!);
    return html`
      <li class="billing-action ${verdict}">
        <button type="button" data-action=${action} aria-disabled=${verdict === 'block' ? 'true' : 'false'}
          aria-describedby="billing-${action}" @click=${() => this.act(action, check)}>${label}</button>
        <span class="tag verdict">${t.verdicts[verdict]}</span>
        <span id="billing-${action}" class="words">${words}</span>
        ${this.confirming === action ? html`
          <span role="group" class="confirm" aria-label=${formatMessage(t.billingConfirm, { action: label })}>
            <button type="button" data-continue=${action} @click=${() => this.act(action, check)}>${t.billingContinue}</button>
            <button type="button" @click=${() => this.cancel(action)}>${t.billingCancel}</button>
          </span>` : nothing}
      </li>`;
  }

  protected override render() {
    const t = this.text;
    if (!this.detail || !t || !this.kit) return nothing;
    return html`
      <section aria-labelledby="billing-actions">
        <h3 id="billing-actions">${t.billingActions}</h3>
        <p class="muted">${t.billingIntro}</p>
        <ul class="billing-actions">${BILLING_ACTIONS.map((action) => this.renderAction(action))}</ul>
        <p role="status" class="billing-outcome">${this.outcome}</p>
      </section>`;
  }
}

if (!customElements.get('demo-billing-actions')) customElements.define('demo-billing-actions', DemoBillingActions);

declare global {
  interface HTMLElementTagNameMap {
    'demo-billing-actions': DemoBillingActions;
  }
}
