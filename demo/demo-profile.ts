/**
 * A customer's profile (seed 000): a header with a bound badge and the
 * lifecycle actions menu (the "3 dots", on every tab), and the tabs
 * Account, Services and Billing. It reloads after every lifecycle change.
 */
import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { CustomerDetail, Location } from '../src/adapter/types.js';
import { toLifecycleError } from '../src/adapter/errors.js';
import { formatMessage, isMessageKey } from 'customer-lifecycle-kit/i18n';
import '../src/elements/customer-status-badge/define.js';
import '../src/elements/service-reactivate-form/define.js';
import { isLifecycleAction, lifecycleItems } from './demo-actions.js';
import { renderAccount, type LocationView } from './demo-account.js';
import { renderBilling } from './demo-billing.js';
import type { DemoMenuSelectEvent } from './demo-menu.js';
import './demo-menu.js';
import { PROFILE_TABS, go, replaceTab, type ProfileTab } from './demo-route.js';
import { ACTOR, ChangeWatch, StateController, newKey, openLifecycleDialog } from './demo-state.js';
import { renderTabs, tabPanel } from './demo-tabs.js';
import { demoText, errorText, kitText } from './demo-text.js';

export class DemoProfile extends LitElement {
  private readonly app = new StateController(this);

  /** The customer shown. */
  @property({ attribute: 'customer-id' }) customerId = '';

  /** The tab shown. */
  @property() tab: ProfileTab = 'account';

  @state() private detail: CustomerDetail | undefined;
  @state() private error: { notFound: boolean; error: unknown } | undefined;
  @state() private locationView: LocationView = 'active';
  @state() private locationMessage: { text: string; failed: boolean } | undefined;
  @state() private busyLocation: string | undefined;

  private loadedFor: { adapter: unknown; id: string } | undefined;
  private readonly changes = new ChangeWatch(this, (event) => {
    if (event.type === 'customers-deleted' && !this.hidden) {
      const ids = (event as CustomEvent<{ customerIds: string[] }>).detail.customerIds;
      if (ids.includes(this.customerId)) {
        go(null);
        return;
      }
    }
    void this.load();
  }, (change) => {
    if (change.customerId === this.customerId) void this.load();
  });

  protected override createRenderRoot() {
    return this;
  }

  protected override willUpdate(changed: Map<string, unknown>): void {
    const adapter = this.app.state.adapter;
    if (changed.has('customerId')) {
      this.locationMessage = undefined;
      this.locationView = 'active';
    }
    const loaded = this.loadedFor;
    if (this.customerId && (!loaded || loaded.adapter !== adapter || loaded.id !== this.customerId)) void this.load();
  }

  /** Loads the customer's detail. */
  async load(): Promise<void> {
    const adapter = this.app.state.adapter;
    const id = this.customerId;
    if (!adapter || !id) return;
    this.loadedFor = { adapter, id };
    const signal = this.changes.nextSignal();
    if (this.detail?.customer.id !== id) this.detail = undefined;
    try {
      const detail = await adapter.getCustomer(id, { signal });
      if (signal.aborted) return;
      this.detail = detail;
      this.error = undefined;
    } catch (error) {
      if (signal.aborted) return;
      this.error = { notFound: toLifecycleError(error).code === 'not-found', error };
    }
  }

  protected override updated(): void {
    if (!this.hidden && this.detail) document.title = `${this.detail.customer.name} — Northwind CRM`;
  }

  private selectTab(tab: ProfileTab): void {
    this.tab = tab;
    replaceTab(this.customerId, tab);
  }

  private onAction(event: DemoMenuSelectEvent): void {
    const id = event.detail.id;
    if (isLifecycleAction(id)) openLifecycleDialog(id === 'delete' ? 'delete' : 'auto', [this.customerId]);
  }

  private async reactivateLocation(location: Location): Promise<void> {
    const adapter = this.app.state.adapter;
    if (!adapter || this.busyLocation) return;
    const t = demoText(this.app.state.lang);
    // The location's menu (it has focus back from its item) leaves the Deactivated list when this works.
    const opener = document.activeElement;
    this.busyLocation = location.id;
    this.locationMessage = undefined;
    try {
      const result = await adapter.reactivateLocation({
        customerId: this.customerId, locationId: location.id, version: location.version, idempotencyKey: newKey(), actor: ACTOR,
      }, { signal: new AbortController().signal });
      const outcome = result.results[0];
      if (outcome?.outcome === 'done') {
        this.locationMessage = { text: formatMessage(t.locationDone, { name: location.label }), failed: false };
      } else {
        const kit = kitText(this.app.state.lang);
        // A blocker's reason in the kit's words (one it has no words for is a rule violation); no outcome at all is unknown.
        const reason = outcome?.outcome === 'blocked' ? `reason.${outcome.blockers[0]?.reason}` : '';
        const message = outcome?.outcome === 'failed' ? errorText(outcome.error, kit)
          : isMessageKey(reason) ? kit.t(reason) : kit.t(outcome ? 'error.rule-violation' : 'error.unknown');
        this.locationMessage = { text: formatMessage(t.locationFailed, { message }), failed: true };
      }
    } catch (error) {
      this.locationMessage = { text: formatMessage(t.locationFailed, { message: errorText(error, kitText(this.app.state.lang)) }), failed: true };
    } finally {
      this.busyLocation = undefined;
      await this.load();
      await this.updateComplete;
      // Focus went with the menu (inert while busy): back to it if the location is still listed, else to the locations' tab.
      if (document.activeElement === document.body || document.activeElement === null) {
        const stays = this.detail?.locations.some((l) => l.id === location.id && l.status === this.locationView);
        const to = stays && opener instanceof HTMLElement && opener.isConnected ? opener : this.querySelector<HTMLElement>(`#locations-tab-${this.locationView}`);
        to?.focus();
      }
    }
  }

  private onReactivateRequested(event: Event): void {
    const opener = event.composedPath()[0];
    openLifecycleDialog('reactivate', [this.customerId], opener instanceof HTMLElement ? opener : undefined);
  }

  protected override render() {
    const { lang, policy } = this.app.state;
    const t = demoText(lang);
    const kit = kitText(lang);
    const back = html`<p><a href="#/" class="back">← ${t.back}</a></p>`;
    if (this.error && !this.detail) {
      return html`${back}<p role="alert" class="error">${this.error.notFound ? t.notFound : `${t.profileLoadFailed} ${errorText(this.error.error, kit)}`}
        ${this.error.notFound ? nothing : html`<button type="button" @click=${() => void this.load()}>${t.retry}</button>`}</p>`;
    }
    const detail = this.detail;
    const customer = detail?.customer;
    const tabs = {
      prefix: 'profile', label: t.profileTabs, selected: this.tab, select: (id: ProfileTab) => this.selectTab(id),
      rendered: () => this.updateComplete,
      tabs: PROFILE_TABS.map((id) => ({ id, label: { account: t.tabAccount, services: t.tabServices, billing: t.tabBilling }[id] })),
    };
    return html`
      ${back}
      <header class="profile-head">
        <h2 id="profile-heading" tabindex="-1">${customer?.name ?? t.loadingCustomer}</h2>
        <customer-status-badge customer-id=${this.customerId}></customer-status-badge>
        <span class="spacer"></span>
        ${customer ? html`<demo-menu label=${formatMessage(t.actionsFor, { name: customer.name })} text=${`⋯ ${t.actions}`}
          .items=${lifecycleItems(customer, policy, t, kit)} @demo-menu-select=${this.onAction}></demo-menu>` : nothing}
      </header>
      ${this.error ? html`<p role="alert" class="error">${t.profileLoadFailed} ${errorText(this.error.error, kit)}
        <button type="button" @click=${() => void this.load()}>${t.retry}</button></p>` : nothing}
      ${renderTabs(tabs)}
      ${tabPanel(tabs, 'account', detail ? renderAccount({
        detail, t, kit, locationView: this.locationView, locationMessage: this.locationMessage, busyLocation: this.busyLocation,
        selectLocationView: (view) => (this.locationView = view), rendered: () => this.updateComplete,
        reactivateLocation: (l) => void this.reactivateLocation(l),
      }) : html`<p aria-busy="true">…</p>`)}
      ${tabPanel(tabs, 'services', html`
        <p class="muted">${t.servicesIntro}</p>
        <service-reactivate-form customer-id=${this.customerId}
          @reactivate-customer-requested=${this.onReactivateRequested}></service-reactivate-form>`)}
      ${tabPanel(tabs, 'billing', detail ? renderBilling(detail, t, kit) : nothing)}`;
  }
}

if (!customElements.get('demo-profile')) customElements.define('demo-profile', DemoProfile);

declare global {
  interface HTMLElementTagNameMap {
    'demo-profile': DemoProfile;
  }
}
