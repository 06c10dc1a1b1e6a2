/**
 * The profile's Account tab (seed 000, seed 002): the customer, who
 * deactivated it and when (D7), its linked company and contacts (D6), its
 * locations in an Active / Deactivated tab with "Reactivate location" (R2),
 * and the lifecycle notes from its audit trail (G7).
 */
import { html, nothing } from 'lit';
import type { AuditEntry, CustomerDetail, CustomerRef, Location } from '../src/adapter/types.js';
import { formatMessage, type Localizer } from 'customer-lifecycle-kit/i18n';
import { checkReactivateLocation } from '../src/rules/reactivate.js';
import { itemFor } from './demo-actions.js';
import type { DemoMenuSelectEvent } from './demo-menu.js';
import '../src/elements/customer-status-badge/define.js';
import './demo-menu.js';
import { renderTabs, tabPanel } from './demo-tabs.js';
import type { DemoText } from './demo-text.js';

export type LocationView = 'active' | 'inactive';

export interface AccountView {
  detail: CustomerDetail;
  t: DemoText;
  kit: Localizer;
  locationView: LocationView;
  selectLocationView: (view: LocationView) => void;
  rendered: () => Promise<unknown>;
  /** The outcome of the last location action: text, and whether it failed. */
  locationMessage: { text: string; failed: boolean } | undefined;
  busyLocation: string | undefined;
  reactivateLocation: (location: Location) => void;
}

export function renderAccount(v: AccountView) {
  const { customer } = v.detail;
  const { t, kit } = v;
  const d = customer.deactivation;
  return html`
    <section aria-labelledby="account-details">
      <h3 id="account-details">${t.details}</h3>
      <dl class="facts">
        <dt>${t.kind}</dt><dd>${customer.kind === 'company' ? t.company : t.person}</dd>
        <dt>${t.id}</dt><dd><code>${customer.id}</code></dd>
        <dt>${t.balance}</dt><dd>${kit.formatMoney(customer.balance)}</dd>
        <dt>${t.lastInteraction}</dt><dd>${customer.lastInteractionAt ? kit.formatDate(customer.lastInteractionAt) : '—'}</dd>
        <dt>${t.deactivation}</dt>
        <dd>${d
          ? html`${formatMessage(t.deactivatedBy, { date: kit.formatDateTime(d.at), name: d.by.name })}
              ${d.reason ? html`<br>${formatMessage(t.reasonIs, { reason: d.reason })}` : nothing}`
          : t.notDeactivated}</dd>
      </dl>
    </section>
    ${renderLinks(v)}
    ${renderLocations(v)}
    ${renderAudit(v)}`;
}

function linkTo(ref: CustomerRef) {
  return html`<a href=${`#/${ref.id}`}>${ref.name}</a>
    <customer-status-badge compact status=${ref.status}></customer-status-badge>`;
}

function renderLinks({ detail, t }: AccountView) {
  const { company, contacts } = detail.links;
  return html`
    <section aria-labelledby="account-links">
      <h3 id="account-links">${t.links}</h3>
      ${!company && contacts.length === 0 ? html`<p class="muted">${t.noLinks}</p>` : html`
        <dl class="facts">
          ${company ? html`<dt>${t.linkedCompany}</dt><dd>${linkTo(company)}</dd>` : nothing}
          ${contacts.length ? html`<dt>${t.linkedContacts}</dt>
            <dd><ul class="inline">${contacts.map((c) => html`<li>${linkTo(c)}</li>`)}</ul></dd>` : nothing}
        </dl>`}
    </section>`;
}

function renderLocations(v: AccountView) {
  const { detail, t, kit } = v;
  const shown = detail.locations.filter((l) => l.status === v.locationView);
  const count = (status: LocationView) => detail.locations.filter((l) => l.status === status).length;
  const tabs = {
    prefix: 'locations', label: t.locationTabs, selected: v.locationView, select: v.selectLocationView, rendered: v.rendered,
    tabs: [
      { id: 'active' as const, label: `${t.locActive} (${count('active')})` },
      { id: 'inactive' as const, label: `${t.locDeactivated} (${count('inactive')})` },
    ],
  };
  const list = html`
    ${shown.length === 0 ? html`<p class="muted">${t.noLocations}</p>` : html`
      <ul class="locations">
        ${shown.map((l) => html`
          <li>
            <span><strong>${l.label}</strong>${l.address ? html`<br><span class="muted">${l.address}</span>` : nothing}</span>
            ${l.status === 'inactive' ? html`
              <demo-menu label=${formatMessage(t.locationActions, { name: l.label })} .inert=${v.busyLocation === l.id}
                .items=${itemFor('reactivate-location', t.reactivateLocation, checkReactivateLocation(detail.customer, l), kit)}
                @demo-menu-select=${(e: DemoMenuSelectEvent) => e.detail.id === 'reactivate-location' && v.reactivateLocation(l)}
              ></demo-menu>` : nothing}
          </li>`)}
      </ul>`}`;
  return html`
    <section aria-labelledby="account-locations">
      <h3 id="account-locations">${t.locations}</h3>
      ${renderTabs(tabs)}
      ${tabPanel(tabs, 'active', v.locationView === 'active' ? list : nothing)}
      ${tabPanel(tabs, 'inactive', v.locationView === 'inactive' ? list : nothing)}
      <p role="status">${v.locationMessage && !v.locationMessage.failed ? v.locationMessage.text : ''}</p>
      ${v.locationMessage?.failed ? html`<p role="alert" class="error">${v.locationMessage.text}</p>` : nothing}
    </section>`;
}

/** The counts of what an entry took with it ("2 locations and 4 services"), or ''. */
function cascadeText(entry: AuditEntry, kit: Localizer): string {
  const { locations, services, invoices, subscriptions } = entry.cascade;
  const parts = [
    ...(locations.length ? [kit.t('count.locations', { count: locations.length })] : []),
    ...(services.length ? [kit.t('count.services', { count: services.length })] : []),
    ...(invoices.length ? [kit.t('count.invoices', { count: invoices.length })] : []),
    ...(subscriptions.length ? [kit.t('count.subscriptions', { count: subscriptions.length })] : []),
  ];
  return parts.length ? kit.formatList(parts) : '';
}

/** One operation: its main entry (the customer's transition, if any), and what came with it in the same operation. */
function renderOperation(entries: AuditEntry[], { t, kit }: AccountView) {
  const main = entries.find((e) => e.to !== null) ?? entries[0]!;
  const rest = entries.filter((e) => e !== main);
  const own = main.action === 'location-reactivated' || main.action === 'services-reactivated';
  const cascaded = own ? '' : cascadeText(main, kit);
  return html`
    <li>
      <time datetime=${main.at}>${kit.formatDateTime(main.at)}</time> · <strong>${main.actor.name}</strong>:
      ${t.auditActions[main.action]}${main.reason ? html` — ${formatMessage(t.reasonIs, { reason: main.reason })}` : nothing}
      ${cascaded ? html`<span class="muted">${formatMessage(t.auditWith, { list: cascaded })}</span>` : nothing}
      ${rest.length ? html`<ul>${rest.map((e) => html`<li>${t.auditActions[e.action]}: ${cascadeText(e, kit)}</li>`)}</ul>` : nothing}
    </li>`;
}

function renderAudit(v: AccountView) {
  // Grouped by operation, the newest first.
  const groups = new Map<string, AuditEntry[]>();
  for (const entry of [...v.detail.audit].sort((a, b) => b.at.localeCompare(a.at))) {
    groups.set(entry.operationId, [...(groups.get(entry.operationId) ?? []), entry]);
  }
  return html`
    <section aria-labelledby="account-audit">
      <h3 id="account-audit">${v.t.audit}</h3>
      ${groups.size === 0 ? html`<p class="muted">${v.t.noAudit}</p>`
        : html`<ul class="audit">${[...groups.values()].map((g) => renderOperation(g, v))}</ul>`}
    </section>`;
}
