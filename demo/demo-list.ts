/**
 * The demo's customer list: the host's own table, in the light DOM, with the
 * `data-customer-status` / `data-last-interaction` attributes that
 * `<inactive-filter for="customers">` filters by, a badge per row, a text
 * search (the adapter's `query`), a per-row actions menu, row selection with
 * select-all and a bulk bar. It reloads after every lifecycle change.
 */
import { LitElement, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import type { Customer, LifecycleAction } from '../src/adapter/types.js';
import { formatMessage } from 'customer-lifecycle-kit/i18n';
import '../src/elements/customer-status-badge/define.js';
import '../src/elements/inactive-filter/define.js';
import { bulkChecks, fixText, isLifecycleAction, lifecycleItems } from './demo-actions.js';
import './demo-menu.js';
import type { DemoMenuSelectEvent } from './demo-menu.js';
import { ChangeWatch, StateController, openLifecycleDialog } from './demo-state.js';
import { demoText, errorText, kitText } from './demo-text.js';
import { go } from './demo-route.js';

export class DemoCustomers extends LitElement {
  private readonly app = new StateController(this);

  @state() private customers: Customer[] = [];
  @state() private loading = true;
  @state() private failed: unknown;
  @state() private query = '';
  @state() private selected = new Set<string>();
  /** Bumped when the filter shows other rows, so select-all is recomputed. */
  @state() private shownVersion = 0;

  private adapterInUse: unknown;
  private searchTimer: ReturnType<typeof setTimeout> | undefined;
  private reloadTimer: ReturnType<typeof setTimeout> | undefined;

  private readonly changes = new ChangeWatch(this, () => this.scheduleReload(), () => this.scheduleReload());

  protected override createRenderRoot() {
    return this;
  }

  protected override willUpdate(): void {
    const adapter = this.app.state.adapter;
    if (adapter === this.adapterInUse) return;
    this.adapterInUse = adapter;
    void this.load();
  }

  /** Reads the customers matching the search (the demo has a few dozen). */
  async load(): Promise<void> {
    const adapter = this.app.state.adapter;
    if (!adapter) return;
    const signal = this.changes.nextSignal();
    this.failed = undefined;
    this.loading = true;
    try {
      const query = this.query.trim();
      const page = await adapter.listCustomers(
        { status: 'all', offset: 0, limit: 1000, ...(query ? { query } : {}) }, { signal });
      if (signal.aborted) return;
      const focused = document.activeElement;
      this.customers = page.items;
      if (focused instanceof HTMLElement && this.contains(focused)) void this.keepFocus(focused);
      const ids = new Set(page.items.map((c) => c.id));
      this.selected = new Set([...this.selected].filter((id) => ids.has(id)));
    } catch (error) {
      if (!signal.aborted) this.failed = error ?? new Error('unknown');
    } finally {
      if (!signal.aborted) this.loading = false;
    }
  }

  /**
   * When the reload moved the focused row out of the filter's list (a customer
   * just deactivated, say), focus goes to the list's heading, not to the page's start.
   */
  private async keepFocus(focused: HTMLElement): Promise<void> {
    await this.updateComplete;
    await this.querySelector('inactive-filter')?.updateComplete;
    if (focused.isConnected && !focused.closest('tr[hidden]')) return;
    if (document.activeElement === focused || document.activeElement === document.body || document.activeElement === null) {
      this.querySelector<HTMLElement>('h2')?.focus();
    }
  }

  private scheduleReload(): void {
    clearTimeout(this.reloadTimer);
    this.reloadTimer = setTimeout(() => void this.load(), 50);
  }

  /** The rows the filter shows now. */
  private shownIds(): string[] {
    return [...this.querySelectorAll<HTMLTableRowElement>('#customers tbody tr[data-customer-id]')]
      .filter((row) => !row.hidden).map((row) => row.dataset['customerId']!);
  }

  private onSearch(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.query = input.value;
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => void this.load(), 250);
  }

  private async onFilterChange(): Promise<void> {
    await this.querySelector('inactive-filter')?.updateComplete;
    const shown = new Set(this.shownIds());
    this.selected = new Set([...this.selected].filter((id) => shown.has(id)));
    this.shownVersion++;
  }

  private toggle(id: string, on: boolean): void {
    const next = new Set(this.selected);
    if (on) next.add(id);
    else next.delete(id);
    this.selected = next;
  }

  private toggleAll(on: boolean): void {
    this.selected = on ? new Set(this.shownIds()) : new Set();
  }

  private onRowAction(event: DemoMenuSelectEvent, customer: Customer): void {
    const id = event.detail.id;
    if (id === 'open') go(customer.id);
    else if (isLifecycleAction(id)) openLifecycleDialog(id === 'delete' ? 'delete' : 'auto', [customer.id]);
  }

  private bulk(action: Extract<LifecycleAction, 'deactivate' | 'delete'>, opener: EventTarget | null): void {
    const ids = this.shownIds().filter((id) => this.selected.has(id));
    openLifecycleDialog(action, ids, opener instanceof HTMLElement ? opener : undefined);
  }

  protected override updated(): void {
    const all = this.querySelector<HTMLInputElement>('#select-all');
    if (!all) return;
    const shown = this.shownIds();
    const count = shown.filter((id) => this.selected.has(id)).length;
    all.checked = count > 0 && count === shown.length;
    all.indeterminate = count > 0 && count < shown.length;
  }

  protected override render() {
    const { lang, policy, preset } = this.app.state;
    const t = demoText(lang);
    return html`
      <h2 id="customers-heading" tabindex="-1">${t.customers}</h2>
      <div class="toolbar">
        <inactive-filter for="customers" sync-url="" wording=${preset === 'seed-002' ? 'yes-no' : 'status'}
          @inactive-filter-change=${() => void this.onFilterChange()}></inactive-filter>
        <label class="search"><span>${t.search}</span>
          <input type="search" .value=${this.query} placeholder=${t.searchHint} @input=${this.onSearch}>
        </label>
      </div>
      ${this.renderBulkBar()}
      ${this.failed
        ? html`<p role="alert" class="error">${t.loadFailed} ${errorText(this.failed, kitText(lang))} <button type="button" @click=${() => void this.load()}>${t.retry}</button></p>`
        : nothing}
      <div class="table-scroll"><table id="customers" class="customers" aria-labelledby="customers-heading" aria-busy=${this.loading ? 'true' : 'false'}>
        <thead>
          <tr>
            <th scope="col" class="select"><input type="checkbox" id="select-all" aria-label=${t.selectAll}
              @change=${(e: Event) => this.toggleAll((e.target as HTMLInputElement).checked)}></th>
            <th scope="col">${t.name}</th><th scope="col">${t.status}</th><th scope="col">${t.lastInteraction}</th>
            <th scope="col" class="num">${t.balance}</th><th scope="col" class="num">${t.actions}</th>
          </tr>
        </thead>
        <tbody>
          ${this.customers.map((c) => this.renderRow(c, t, lang, policy))}
        </tbody>
      </table></div>
      <p class="none-shown" ?hidden=${this.failed !== undefined}>${this.loading ? t.loading
        : this.query.trim() ? formatMessage(t.noMatches, { query: this.query.trim() }) : t.noneShown}</p>`;
  }

  private renderRow(c: Customer, t: ReturnType<typeof demoText>, lang: 'en' | 'es', policy: typeof this.app.state.policy) {
    const kit = kitText(lang);
    const items = [{ id: 'open', label: t.open }, ...lifecycleItems(c, policy, t, kit)];
    return html`
      <tr data-customer-id=${c.id} data-customer-status=${c.status} data-last-interaction=${c.lastInteractionAt?.slice(0, 10) ?? nothing}
        class=${this.selected.has(c.id) ? 'selected' : ''}>
        <td class="select"><input type="checkbox" .checked=${this.selected.has(c.id)} aria-label=${formatMessage(t.selectRow, { name: c.name })}
          @change=${(e: Event) => this.toggle(c.id, (e.target as HTMLInputElement).checked)}></td>
        <th scope="row"><a href=${`#/${c.id}`}>${c.name}</a> <span class="muted">${c.kind === 'company' ? t.company : t.person}</span></th>
        <td><customer-status-badge status=${c.status} ?suspended=${c.suspended}></customer-status-badge></td>
        <td>${c.lastInteractionAt ? kit.formatDate(c.lastInteractionAt) : '—'}</td>
        <td class="num">${kit.formatMoney(c.balance)}</td>
        <td class="num"><demo-menu label=${formatMessage(t.actionsFor, { name: c.name })} .items=${items}
          @demo-menu-select=${(e: DemoMenuSelectEvent) => this.onRowAction(e, c)}></demo-menu></td>
      </tr>`;
  }

  private renderBulkBar() {
    const { lang, policy } = this.app.state;
    const t = demoText(lang);
    const kit = kitText(lang);
    void this.shownVersion;
    const count = this.selected.size;
    const checks = bulkChecks(count, policy);
    const button = (action: 'deactivate' | 'delete', label: string) => {
      const check = checks[action];
      const hint = check.allowed ? undefined : fixText(check, kit);
      if (!check.allowed && !hint) return nothing;
      return html`<button type="button" ?disabled=${!check.allowed} title=${hint ?? ''}
        @click=${(e: Event) => this.bulk(action, e.currentTarget)}>${label}</button>${hint ? html`<span class="muted">${hint}</span>` : nothing}`;
    };
    return html`
      <div class=${count === 0 ? 'bulkbar empty' : 'bulkbar'} role="group" aria-label=${t.bulkBar}>
        <span role="status">${count > 0 ? formatMessage(t.selectedCount, { count }, lang) : ''}</span>
        ${count > 0 ? html`
          ${button('deactivate', t.bulkDeactivate)}
          ${button('delete', t.bulkDelete)}
          <button type="button" @click=${() => this.toggleAll(false)}>${t.clearSelection}</button>` : nothing}
      </div>`;
  }
}

if (!customElements.get('demo-customers')) customElements.define('demo-customers', DemoCustomers);

declare global {
  interface HTMLElementTagNameMap {
    'demo-customers': DemoCustomers;
  }
}
