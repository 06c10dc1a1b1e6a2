/**
 * The demo's customer table: what a CRM page already has before it adopts
 * the kit. It renders into the light DOM, as a host's own markup would, with
 * the `data-customer-status` and `data-last-interaction` attributes the kit's
 * elements read. It reads its rows from the adapter the provider holds.
 */
import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Customer, LifecycleAdapter } from '../src/adapter/types.js';
import '../src/elements/customer-status-badge/define.js';
import { demoText, type DemoLang } from './demo-text.js';

export class DemoCustomers extends LitElement {
  /** The adapter to read from (the page sets the same one on the provider). */
  @property({ attribute: false }) adapter: (LifecycleAdapter & { subscribe?: LifecycleAdapter['subscribe'] }) | undefined;

  /** The page language, for the host's own labels and formats. */
  @property() language: DemoLang = 'en';

  @state() private customers: Customer[] = [];
  @state() private loading = true;
  @state() private failed = false;

  private controller: AbortController | undefined;
  private unsubscribe: (() => void) | undefined;

  protected override createRenderRoot() {
    return this;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.controller?.abort();
    this.unsubscribe?.();
  }

  protected override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('adapter')) {
      this.unsubscribe?.();
      this.unsubscribe = this.adapter?.subscribe?.(() => void this.load());
      void this.load();
    }
  }

  /** Reads every customer (the demo has a few dozen). */
  async load(): Promise<void> {
    const adapter = this.adapter;
    if (!adapter) return;
    this.controller?.abort();
    const controller = (this.controller = new AbortController());
    this.failed = false;
    try {
      const page = await adapter.listCustomers({ status: 'all', offset: 0, limit: 1000 }, { signal: controller.signal });
      if (controller.signal.aborted) return;
      this.customers = page.items;
    } catch {
      if (!controller.signal.aborted) this.failed = true;
    } finally {
      if (!controller.signal.aborted) this.loading = false;
    }
  }

  protected override render() {
    const t = demoText(this.language);
    const date = new Intl.DateTimeFormat(this.language, { dateStyle: 'medium' });
    if (this.failed) {
      return html`<p role="alert">${t.loadFailed} <button type="button" @click=${() => void this.load()}>${t.retry}</button></p>`;
    }
    return html`
      <table id="customers" class="customers" aria-busy=${this.loading ? 'true' : 'false'}>
        <caption>${t.customers}</caption>
        <thead>
          <tr><th scope="col">${t.name}</th><th scope="col">${t.status}</th><th scope="col">${t.lastInteraction}</th><th scope="col">${t.balance}</th><th scope="col">${t.actions}</th></tr>
        </thead>
        <tbody>
          ${this.customers.map((c) => html`
            <tr data-customer-id=${c.id} data-customer-status=${c.status} data-last-interaction=${c.lastInteractionAt?.slice(0, 10) ?? nothing}>
              <th scope="row">${c.name} <span class="muted">${c.kind === 'company' ? t.company : t.person}</span></th>
              <td><customer-status-badge status=${c.status} ?suspended=${c.suspended}></customer-status-badge></td>
              <td>${c.lastInteractionAt ? date.format(new Date(c.lastInteractionAt)) : '—'}</td>
              <td>${new Intl.NumberFormat(this.language, { style: 'currency', currency: c.balance.currency }).format(c.balance.amount)}</td>
              <td><button type="button" commandfor="lifecycle-dialog" command="--show" data-customer-id=${c.id}
                aria-label=${`${c.status === 'active' ? t.deactivate : t.reactivate} ${c.name}`}>${c.status === 'active' ? t.deactivate : t.reactivate}</button></td>
            </tr>`)}
        </tbody>
      </table>`;
  }
}

customElements.define('demo-customers', DemoCustomers);

declare global {
  interface HTMLElementTagNameMap {
    'demo-customers': DemoCustomers;
  }
}
