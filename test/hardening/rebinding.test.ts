// A host that binds every property to its state sets them all again on every
// render, with objects made afresh each time: React writes
// `policy={{ bulkDeactivate: false }}` and `segments={['active', 'all']}`, Vue
// re-evaluates `:actor="{ id, name }"`. Equal values set again must change
// nothing the user sees and ask the adapter nothing; a different value must
// still take effect.
import { expect, fixture, html } from '@open-wc/testing';
import type { LifecycleAdapter } from '../../src/adapter/types.js';
import { createMemoryAdapter, type MemoryAdapter } from '../../src/adapters/memory/index.js';
import '../../src/elements/lifecycle-provider/define.js';
import '../../src/elements/customer-status-badge/define.js';
import '../../src/elements/deactivate-dialog/define.js';
import '../../src/elements/inactive-filter/define.js';
import '../../src/elements/service-reactivate-form/define.js';
import type { LifecycleProvider } from '../../src/elements/lifecycle-provider/define.js';
import type { CustomerStatusBadge } from '../../src/elements/customer-status-badge/define.js';
import type { DeactivateDialog } from '../../src/elements/deactivate-dialog/define.js';
import type { InactiveFilter } from '../../src/elements/inactive-filter/define.js';
import type { ServiceReactivateForm } from '../../src/elements/service-reactivate-form/define.js';
import { NOW, fixture as dataset } from '../adapters/memory/fixture.js';
import { until } from '../support/until.js';

interface Page {
  provider: LifecycleProvider;
  badge: CustomerStatusBadge;
  filter: InactiveFilter;
  dialog: DeactivateDialog;
  form: ServiceReactivateForm;
}

/** Sets every property the way a framework does on a render: fresh objects, equal contents. */
function render(page: Page, adapter: LifecycleAdapter, state: { segments: string[]; actorName: string } = { segments: ['active', 'inactive', 'all'], actorName: 'Ana Torres' }) {
  page.provider.adapter = adapter;
  page.provider.policy = { bulkDeactivate: false, reason: 'optional' };
  page.provider.actor = { id: 'u-7', name: state.actorName };
  page.provider.messages = { 'status.active': 'Live' };
  page.provider.preset = 'default';
  page.provider.locale = 'en';
  page.badge.customerId = 'c-jose';
  page.badge.messages = { 'status.inactive': 'Gone' };
  page.filter.value = 'active';
  page.filter.segments = [...state.segments] as InactiveFilter['segments'];
  page.filter.messages = { 'filter.all': 'Everyone' };
  page.dialog.customerId = 'c-jose';
  page.dialog.customerIds = [];
  page.dialog.messages = { 'dialog.title.none': 'Pick someone first' };
  page.form.customerId = 'c-jose';
  page.form.view = 'active';
  page.form.messages = { 'action.save': 'Save changes' };
}

const settled = (page: Page) => Promise.all(Object.values(page).map((el: HTMLElement & { updateComplete?: Promise<unknown> }) => el.updateComplete));
const reads = (base: MemoryAdapter) => base.calls.filter((c) => ['getCustomer', 'getCustomers', 'preview', 'countCustomers', 'listCustomers'].includes(c.method)).map((c) => c.method);
const shadowText = (el: HTMLElement) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();

async function mount() {
  const base = createMemoryAdapter({ data: dataset(), now: () => new Date(NOW) });
  // The provider is the fixture's root: a Lit element, so the fixture waits for its update, not for a frame
  // (a page running beside another gets no animation frames).
  const host = await fixture<LifecycleProvider>(html`<lifecycle-provider>
      <customer-status-badge></customer-status-badge>
      <inactive-filter></inactive-filter>
      <button id="opener" commandfor="dlg" command="--show">Deactivate…</button>
      <deactivate-dialog id="dlg"></deactivate-dialog>
      <service-reactivate-form></service-reactivate-form>
    </lifecycle-provider>`);
  const page: Page = {
    provider: host,
    badge: host.querySelector('customer-status-badge')!,
    filter: host.querySelector('inactive-filter')!,
    dialog: host.querySelector('deactivate-dialog')!,
    form: host.querySelector('service-reactivate-form')!,
  };
  render(page, base);
  await settled(page);
  host.querySelector<HTMLButtonElement>('#opener')!.click();
  await until(() => shadowText(page.dialog).includes('Deactivate José Álvarez?'), 'the dialog did not preview José');
  await until(() => shadowText(page.badge).includes('Live'), 'the badge did not load');
  await until(() => shadowText(page.form).includes('Lawn care'), 'the form did not load');
  await until(() => /\d/.test(shadowText(page.filter)), 'the filter did not count');
  return { base, host, page };
}

/**
 * Waits until a read made now has come back, so any read the renders before
 * it started has been made too: a sentinel badge for another customer, whose
 * read goes through the same queue (and batch) as every other bound badge's.
 */
async function afterPendingReads(host: HTMLElement) {
  const sentinel = document.createElement('customer-status-badge');
  sentinel.customerId = 'c-ana';
  host.append(sentinel);
  await until(() => shadowText(sentinel).includes('Live'), 'the sentinel badge did not load');
  sentinel.remove();
}

describe('a host that re-binds every property on every render', () => {
  it('equal objects set again on every element ask the adapter nothing and keep what the user did', async () => {
    const { base, host, page } = await mount();
    // The user has started something in each element.
    const reason = page.dialog.shadowRoot!.querySelector('textarea')!;
    reason.value = 'Moved away';
    reason.dispatchEvent(new Event('input', { bubbles: true }));
    const before = reads(base).length;
    const errors: string[] = [];
    host.addEventListener('lifecycle-error', (e) => errors.push((e as CustomEvent).detail.error.code));

    for (let renders = 0; renders < 5; renders += 1) {
      render(page, base);
      await settled(page);
    }
    await afterPendingReads(host);

    const after = reads(base).slice(before);
    // Only the sentinel's own read (one customer, one call).
    expect(after.length, `calls after the renders: ${after.join(', ')}`).to.equal(1);
    expect(errors).to.deep.equal([]);
    expect(page.dialog.open).to.equal(true);
    expect(shadowText(page.dialog)).to.contain('Deactivate José Álvarez?');
    expect(page.dialog.shadowRoot!.querySelector('textarea')!.value).to.equal('Moved away');
    expect(shadowText(page.form)).to.contain('Lawn care');
    expect(page.filter.value).to.equal('active');
  });

  it('a value that did change still takes effect: other segments are offered, another actor is recorded', async () => {
    const { base, page } = await mount();
    render(page, base, { segments: ['inactive', 'all'], actorName: 'Luis Pérez' });
    await settled(page);
    const offered = [...page.filter.shadowRoot!.querySelectorAll('[part~="label"]')].map((r) => r.textContent!.trim());
    expect(offered).to.deep.equal(['Inactive', 'Everyone']);
    page.dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part~="confirm"]')!.click();
    await until(() => base.calls.some((c) => c.method === 'deactivate'), 'nothing was deactivated');
    const input = base.calls.find((c) => c.method === 'deactivate')!.input as { actor: { name: string } };
    expect(input.actor.name).to.equal('Luis Pérez');
  });
});
