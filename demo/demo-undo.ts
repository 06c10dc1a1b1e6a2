/**
 * G4 after the dialog has closed, as a host offers it: once the user closes the
 * dialog on a deactivation, a toast says who was deactivated and offers Undo
 * until the deadline, through the kit's `undoDeactivation`. After a cancelled
 * subscription it says that Undo does not bring it back. The page's views
 * follow the adapter's change feed, so they show the customer active again.
 */
import { LitElement, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import type { CustomerDeactivatedDetail } from '../src/elements/deactivate-dialog/define.js';
import { LifecycleError, undoDeactivation } from '../src/adapter/index.js';
import { formatMessage } from 'customer-lifecycle-kit/i18n';
import { ACTOR, StateController, store } from './demo-state.js';
import { demoText } from './demo-text.js';

type Toast =
  | { phase: 'offer' | 'undoing'; detail: CustomerDeactivatedDetail; name: string; error?: string }
  | { phase: 'undone'; detail: CustomerDeactivatedDetail; name: string };

export class DemoUndo extends LitElement {
  @state() private toast: Toast | undefined;
  private last: { detail: CustomerDeactivatedDetail; name: string } | undefined;
  private expiry: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    super();
    new StateController(this);
  }

  protected override createRenderRoot() {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('customer-deactivated', this.onDeactivated);
    document.addEventListener('customer-deactivation-undone', this.onUndoneInDialog);
    document.addEventListener('deactivate-dialog-closed', this.onClosed);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('customer-deactivated', this.onDeactivated);
    document.removeEventListener('customer-deactivation-undone', this.onUndoneInDialog);
    document.removeEventListener('deactivate-dialog-closed', this.onClosed);
    clearTimeout(this.expiry);
  }

  private readonly onDeactivated = (event: Event) => void this.remember((event as CustomEvent<CustomerDeactivatedDetail>).detail);

  /** Keeps what a toast needs of the last deactivation: its detail, and whose it was once the adapter says. */
  private async remember(detail: CustomerDeactivatedDetail): Promise<void> {
    const t = demoText(store.state.lang);
    const last = { detail, name: formatMessage(t.undoCustomers, { count: detail.customerIds.length }, store.state.lang) };
    this.last = last;
    const adapter = store.state.adapter;
    if (detail.customerIds.length !== 1 || !adapter) return;
    const found = await adapter.getCustomer(detail.customerIds[0]!, { signal: new AbortController().signal }).catch(() => undefined);
    if (!found) return;
    last.name = found.customer.name;
    if (this.toast?.detail === detail) this.toast = { ...this.toast, name: found.customer.name };
  }

  private readonly onUndoneInDialog = () => {
    this.last = undefined;
  };

  private readonly onClosed = () => {
    const last = this.last;
    this.last = undefined;
    const until = last?.detail.result.undoUntil;
    if (!last || !until || Date.parse(until) <= Date.now()) return;
    this.toast = { phase: 'offer', ...last };
    clearTimeout(this.expiry);
    this.expiry = setTimeout(() => {
      if (this.toast?.phase === 'offer') this.toast = undefined;
    }, Date.parse(until) - Date.now());
  };

  private async undo(): Promise<void> {
    const toast = this.toast;
    const adapter = store.state.adapter;
    if (!toast || toast.phase !== 'offer' || !adapter) return;
    this.toast = { ...toast, phase: 'undoing', error: undefined };
    try {
      await undoDeactivation(adapter, toast.detail.result.operationId, ACTOR);
      this.toast = { phase: 'undone', detail: toast.detail, name: toast.name };
    } catch (error) {
      const t = demoText(store.state.lang);
      this.toast = { ...toast, phase: 'offer', error: error instanceof LifecycleError && error.code === 'rule-violation' ? t.undoTooLate : t.undoFailed };
    }
  }

  protected override render() {
    const toast = this.toast;
    const t = demoText(store.state.lang);
    return html`<div class="toast" role="status">${toast
      ? html`<p>${formatMessage(toast.phase === 'undone' ? t.undoDone : t.undoOffer, { name: toast.name }, store.state.lang)}
          ${toast.detail.cancelSubscriptions ? t.undoKeeps : nothing}
          ${toast.phase !== 'undone' && toast.error ? html`<span class="error">${toast.error}</span>` : nothing}</p>
        ${toast.phase === 'undone'
          ? nothing
          : html`<button type="button" ?disabled=${toast.phase === 'undoing'} @click=${() => void this.undo()}>${t.undoAction}</button>`}
        <button type="button" @click=${() => (this.toast = undefined)}>${t.undoDismiss}</button>`
      : nothing}</div>`;
  }
}

if (!customElements.get('demo-undo')) customElements.define('demo-undo', DemoUndo);

declare global {
  interface HTMLElementTagNameMap {
    'demo-undo': DemoUndo;
  }
}
