/**
 * The profile's Account tab (seed 000, seed 002): the customer, who
 * deactivated it and when (D7), its linked company and contacts (D6), its
 * locations in an Active / Deactivated tab with "Reactivate location" (R2),
 * and the lifecycle notes from its audit trail (G7).
 */
import { html, nothing } from 'lit';
import type { AuditEntry, CustomerDetail, CustomerRef, Location } from '../src/adapter/types.js';
import type { Localizer } from '../src/i18n/index.js';
import { checkReactivateLocation } from '../src/rules/reactivate.js';
import { itemFor } from './demo-actions.js';
import type { DemoMenuSelectEvent } from './demo-menu.js';
import '../src/elements/customer-status-badge/define.js';
import './demo-menu.js';
import { renderTabs, tabPanel } from './demo-tabs.js';
import { fill, type DemoText } from './demo-text.js';

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
          ? html`${fill(t.deactivatedBy, { date: kit.formatDateTime(d.at), name: d.by.name })}
              ${d.reason ? html`<br>${fill(t.reasonIs, { reason: d.reason })}` : nothing}`
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
              <demo-menu label=${fill(t.locationActions, { name: l.label })} .inert=${v.busyLocation === l.id}
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

function auditLine(entry: AuditEntry, { t, kit }: AccountView) {
  const cascaded = entry.cascade.locations.length + entry.cascade.services.length;
  return html`
    <li>
      <time datetime=${entry.at}>${kit.formatDateTime(entry.at)}</time> · <strong>${entry.actor.name}</strong>:
      ${t.auditActions[entry.action]}${entry.reason ? html` — ${fill(t.reasonIs, { reason: entry.reason })}` : nothing}
      ${cascaded > 0 ? html`<span class="muted">${fill(t.auditWith, { count: cascaded })}</span>` : nothing}
    </li>`;
}

function renderAudit(v: AccountView) {
  const entries = [...v.detail.audit].sort((a, b) => b.at.localeCompare(a.at));
  return html`
    <section aria-labelledby="account-audit">
      <h3 id="account-audit">${v.t.audit}</h3>
      ${entries.length === 0 ? html`<p class="muted">${v.t.noAudit}</p>` : html`<ul class="audit">${entries.map((e) => auditLine(e, v))}</ul>`}
    </section>`;
}
