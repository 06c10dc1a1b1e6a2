import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import type { Customer } from '../../src/adapter/types.js';
import { createMemoryAdapter, type MemoryAdapter } from '../../src/adapters/memory/index.js';
import '../../src/elements/lifecycle-provider/define.js';
import '../../src/elements/deactivate-dialog/define.js';
import { resolvePolicy } from '../../src/rules/policy.js';
import { lifecycleItems } from '../../demo/demo-actions.js';
import { renderBilling } from '../../demo/demo-billing.js';
import '../../demo/demo-list.js';
import type { DemoCustomers } from '../../demo/demo-list.js';
import type { DemoMenu, MenuItem } from '../../demo/demo-menu.js';
import '../../demo/demo-menu.js';
import '../../demo/demo-profile.js';
import type { DemoProfile } from '../../demo/demo-profile.js';
import { ACTOR, store } from '../../demo/demo-state.js';
import { demoText, kitText, loadKitText, translatePage, type DemoLang } from '../../demo/demo-text.js';
import { deferred } from '../support/deferred.js';
import { until } from '../support/until.js';

/** The focused element, through shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

const ITEMS: MenuItem[] = [
  { id: 'open', label: 'Open profile' },
  { id: 'deactivate', label: 'Deactivate…' },
  { id: 'delete', label: 'Delete…', disabled: true, hint: 'Deactivate the customer first.' },
];

async function menu(): Promise<DemoMenu> {
  const el = await fixture<DemoMenu>(html`<demo-menu label="Actions for Ana" .items=${ITEMS}></demo-menu>`);
  el.shadowRoot!.querySelector('button')!.focus();
  return el;
}

const customer = (status: Customer['status']): Customer => ({
  id: 'c-1', kind: 'person', name: 'Ana', status, suspended: false, deactivation: null, lastInteractionAt: null,
  balance: { amount: 0, currency: 'EUR' }, companyId: null, version: 1,
});

describe('demo: the actions menu (WAI-ARIA menu button)', () => {
  it('opens with ArrowDown on the first item, wraps with the arrows, and closes with Escape back on its button', async () => {
    const el = await menu();
    const button = el.shadowRoot!.querySelector('button')!;
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(deepActive()?.textContent?.trim()).to.equal('Open profile');
    await sendKeys({ press: 'ArrowUp' });
    expect(deepActive()?.getAttribute('aria-label')).to.equal('Delete…');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(deepActive()).to.equal(button);
    await expect(el).to.be.accessible();
  });

  it('fires demo-menu-select for an item chosen with Enter, and never for a disabled one', async () => {
    const el = await menu();
    const chosen: string[] = [];
    el.addEventListener('demo-menu-select', (e) => chosen.push(e.detail.id));
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    await sendKeys({ press: 'Enter' });
    expect(chosen).to.deep.equal(['deactivate']);
  });
});

describe("demo: the menu's lifecycle actions come from the rules", () => {
  const t = demoText('en');
  const kit = kitText('en');
  const ids = (items: MenuItem[]) => items.map((i) => `${i.id}${i.disabled ? ' (disabled)' : ''}`);

  it('X1 offers Delete for an active customer only as disabled, with the way out', () => {
    const items = lifecycleItems(customer('active'), resolvePolicy('default'), t, kit);
    expect(ids(items)).to.deep.equal(['deactivate', 'delete (disabled)']);
    expect(items[1]!.hint).to.equal('Deactivate the customer first.');
  });

  it('X3 leaves Delete out where the product never deletes (seed 000)', () => {
    expect(ids(lifecycleItems(customer('inactive'), resolvePolicy('seed-000'), t, kit))).to.deep.equal(['reactivate']);
  });

  it('R1 and X1 offer Reactivate and Delete for an inactive customer (seed 001)', () => {
    expect(ids(lifecycleItems(customer('inactive'), resolvePolicy('seed-001'), t, kit))).to.deep.equal(['reactivate', 'delete']);
  });
});

const signal = () => ({ signal: new AbortController().signal });

/** The demo's list on a fresh memory adapter of 12 customers, once its rows are in. */
async function list(lang: DemoLang = 'en'): Promise<{ el: DemoCustomers; memory: MemoryAdapter }> {
  await loadKitText(lang);
  const memory = createMemoryAdapter({ count: 12, seed: 3 });
  store.set({ adapter: memory, preset: 'default', lang });
  const el = await fixture<DemoCustomers>(html`<demo-customers></demo-customers>`);
  await until(() => el.querySelectorAll('#customers tbody tr').length === 12, 'no rows');
  return { el, memory };
}

const rowOf = (el: Element, id: string) => el.querySelector<HTMLTableRowElement>(`#customers tbody tr[data-customer-id="${id}"]`);
const shownRows = (el: Element) => [...el.querySelectorAll<HTMLTableRowElement>('#customers tbody tr')].filter((r) => !r.hidden);

describe('demo: the customer list', () => {
  afterEach(() => store.set({ lang: 'en' }));

  it('renders rows the inactive filter reads, and select-all selects the shown rows into the bulk bar', async () => {
    const { el } = await list();
    await until(() => el.querySelectorAll('#customers tbody tr').length === 12, 'no rows');
    const rows = [...el.querySelectorAll<HTMLTableRowElement>('#customers tbody tr')];
    expect(rows.every((r) => r.dataset['customerStatus'] === 'active' || r.dataset['customerStatus'] === 'inactive')).to.equal(true);
    await until(() => rows.some((r) => r.hidden), 'the filter hid nothing');
    const shown = rows.filter((r) => !r.hidden).length;
    el.querySelector<HTMLInputElement>('#select-all')!.click();
    await until(() => el.querySelector('.bulkbar [role=status]')?.textContent === `${shown} selected`, 'no bulk bar');
    expect(el.querySelector('.bulkbar')!.textContent).to.contain('Deactivate selected…');
  });

  it('says it is loading while the first page of customers is on its way, then shows the rows', async () => {
    await loadKitText('en');
    // The page's own stylesheet shows the note only while no row is shown.
    const css = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: new URL('../../demo/demo.css', import.meta.url).href });
    const loaded = new Promise((resolve) => css.addEventListener('load', resolve, { once: true }));
    document.head.append(css);
    try {
      await loaded;
      const memory = createMemoryAdapter({ count: 12, seed: 3 });
      const answer = deferred<void>();
      const slow = new Proxy(memory, {
        get: (target, key, receiver) => key === 'listCustomers'
          ? async (...args: Parameters<MemoryAdapter['listCustomers']>) => (await answer.promise, target.listCustomers(...args))
          : Reflect.get(target, key, receiver),
      });
      store.set({ adapter: slow, preset: 'default', lang: 'en' });
      const el = await fixture<DemoCustomers>(html`<demo-customers></demo-customers>`);
      const note = el.querySelector<HTMLElement>('.none-shown')!;
      const table = el.querySelector('#customers')!;
      expect(note.textContent).to.equal('Loading customers…');
      expect(getComputedStyle(note).display).to.equal('block');
      expect(table.getAttribute('aria-busy')).to.equal('true');
      answer.resolve();
      await until(() => shownRows(el).length > 0, 'no rows');
      expect(getComputedStyle(note).display).to.equal('none');
      expect(note.textContent).to.equal('No customers in this list.');
      expect(table.getAttribute('aria-busy')).to.equal('false');
    } finally {
      css.remove();
    }
  });

  it('reloads when the adapter reports a change made elsewhere: a customer deactivated outside the page leaves the Active list', async () => {
    const { el, memory } = await list();
    await until(() => shownRows(el).length < 12, 'the filter hid nothing');
    const row = shownRows(el)[0]!;
    const id = row.dataset['customerId']!;
    const { customer } = await memory.getCustomer(id, signal());
    await memory.deactivate({
      targets: [{ customerId: id, version: customer.version }], idempotencyKey: 'demo-test-elsewhere', actor: ACTOR,
      cancelSubscriptions: false, holdInvoices: false, reason: null,
    }, signal());
    await until(() => rowOf(el, id)?.dataset['customerStatus'] === 'inactive', 'the list did not reload');
    await until(() => rowOf(el, id)?.hidden === true, 'the deactivated customer is still in the Active list');
  });

  it('searches by name through the adapter: only the customers matching the text stay', async () => {
    const { el, memory } = await list();
    const { items } = await memory.listCustomers({ status: 'all', offset: 0, limit: 100 }, signal());
    const name = items[0]!.name;
    const input = el.querySelector<HTMLInputElement>('input[type="search"]')!;
    input.value = name;
    input.dispatchEvent(new Event('input'));
    const expected = items.filter((c) => c.name.toLowerCase().includes(name.toLowerCase())).length;
    await until(() => el.querySelectorAll('#customers tbody tr').length === expected, 'the search did not narrow the list');
    const names = [...el.querySelectorAll('#customers tbody th[scope="row"] a')].map((a) => a.textContent);
    expect(names).to.include(name);
    expect(expected).to.be.below(12);
  });

  it("opens the page's dialog on exactly the selected rows the filter shows, for Deactivate selected…", async () => {
    const { el } = await list();
    const dialog = document.createElement('deactivate-dialog');
    document.body.append(dialog);
    try {
      await until(() => shownRows(el).length < 12, 'the filter hid nothing');
      const [first, second] = shownRows(el);
      for (const row of [first!, second!]) row.querySelector<HTMLInputElement>('td.select input')!.click();
      await until(() => el.querySelector('.bulkbar [role=status]')?.textContent === '2 selected', 'no bulk bar');
      const button = [...el.querySelectorAll<HTMLButtonElement>('.bulkbar button')].find((b) => b.textContent === 'Deactivate selected…')!;
      expect(button.disabled).to.equal(false);
      button.click();
      await dialog.updateComplete;
      expect(dialog.open).to.equal(true);
      expect(dialog.mode).to.equal('deactivate');
      expect(dialog.customerIds).to.deep.equal([first!.dataset['customerId'], second!.dataset['customerId']]);
    } finally {
      dialog.open = false;
      await dialog.updateComplete;
      dialog.remove();
    }
  });

  it('speaks Spanish, dates and money in the kit\'s Spanish formats, with the count of one selected customer in the singular', async () => {
    const { el, memory } = await list('es');
    expect(el.querySelector('h2')!.textContent).to.equal('Clientes');
    const { items } = await memory.listCustomers({ status: 'all', offset: 0, limit: 100 }, signal());
    const seen = items.find((c) => c.lastInteractionAt !== null)!;
    const cells = rowOf(el, seen.id)!.querySelectorAll('td');
    expect(cells[2]!.textContent).to.equal(kitText('es').formatDate(seen.lastInteractionAt!));
    expect(cells[3]!.textContent).to.equal(kitText('es').formatMoney(seen.balance));
    await until(() => shownRows(el).length < 12, 'the filter hid nothing');
    shownRows(el)[0]!.querySelector<HTMLInputElement>('td.select input')!.click();
    await until(() => el.querySelector('.bulkbar [role=status]')?.textContent === '1 seleccionado', 'not "1 seleccionado"');
    shownRows(el)[1]!.querySelector<HTMLInputElement>('td.select input')!.click();
    await until(() => el.querySelector('.bulkbar [role=status]')?.textContent === '2 seleccionados', 'not "2 seleccionados"');
    await expect(el).to.be.accessible();
  });
});

describe('demo: the customer profile', () => {
  it("says it is loading, then shows the customer's name, its tabs and the billing actions the kit's rules allow, and says so when the customer does not exist", async () => {
    const memory = createMemoryAdapter({ count: 12, seed: 3 });
    const answer = deferred<void>();
    const slow = new Proxy(memory, {
      get: (target, key, receiver) => key === 'getCustomer'
        ? async (...args: Parameters<MemoryAdapter['getCustomer']>) => (await answer.promise, target.getCustomer(...args))
        : Reflect.get(target, key, receiver),
    });
    store.set({ adapter: slow, preset: 'default', lang: 'en' });
    const { items } = await memory.listCustomers({ status: 'active', offset: 0, limit: 1 }, signal());
    const customer = items[0]!;
    const el = await fixture<DemoProfile>(html`<demo-profile customer-id=${customer.id} tab="billing"></demo-profile>`);
    expect(el.querySelector('h2')!.textContent).to.equal('Loading the customer…');
    answer.resolve();
    await until(() => el.querySelector('h2')?.textContent === customer.name, 'the profile did not load');
    const tabs = [...el.querySelectorAll('[role="tab"]')].map((t) => t.textContent?.trim());
    expect(tabs).to.include.members(['Account', 'Services', 'Billing']);
    expect(el.querySelector('#profile-tab-billing')!.getAttribute('aria-selected')).to.equal('true');
    await until(() => el.querySelector('#profile-panel-billing .billing-actions')?.textContent?.includes('Included in the next bulk billing run.'), 'no billing actions');
    await expect(el).to.be.accessible();
    el.querySelector<HTMLButtonElement>('#profile-tab-account')!.click();
    await el.updateComplete;
    expect(el.querySelector<HTMLElement>('#profile-panel-account')!.hidden).to.equal(false);
    expect(el.querySelector('#account-locations')).to.not.equal(null);
    await expect(el).to.be.accessible();

    el.customerId = 'c-nobody';
    await until(() => el.querySelector('[role="alert"]')?.textContent?.includes('This customer no longer exists.'), 'no not-found message');
  });
});

describe("demo: the profile's Services tab", () => {
  afterEach(() => store.set({ preset: 'default' }));

  it('R4 shows a seed 002 customer\'s invoice on hold in the service form, and Release takes it off hold everywhere', async () => {
    // The demo's own data (createBackend: 60 customers, seed 7): Noah Pérez is active with INV-000053 on hold.
    const memory = createMemoryAdapter({ count: 60, seed: 7 });
    store.set({ adapter: memory, preset: 'seed-002', lang: 'en' });
    const page = await fixture<HTMLElement>(html`<lifecycle-provider .adapter=${memory} preset="seed-002" .actor=${ACTOR}>
      <demo-profile customer-id="cus-28" tab="services"></demo-profile></lifecycle-provider>`);
    const profile = page.querySelector<DemoProfile>('demo-profile')!;
    await until(() => profile.querySelector('h2')?.textContent === 'Noah Pérez', 'the profile did not load');
    const form = profile.querySelector('service-reactivate-form')!;
    const invoices = () => form.shadowRoot!.querySelector('[part~="invoices"]');
    await until(() => invoices()?.textContent?.includes('INV-000053'), 'the form shows no invoice on hold');
    const row = () => [...profile.querySelectorAll('#profile-panel-billing tbody tr')].find((r) => r.textContent?.includes('INV-000053'));
    await until(() => row()?.querySelector('.hold'), 'the Billing tab does not say On hold first');
    const release = invoices()!.querySelector<HTMLButtonElement>('button[name="release"]')!;
    expect(release.getAttribute('aria-label')).to.equal('Release invoice INV-000053');
    release.click();
    await until(() => invoices()?.querySelector('[role="status"]')?.textContent?.trim() === 'INV-000053 is no longer on hold.', 'not released');
    await until(() => row() && !row()!.querySelector('.hold'), 'the Billing tab still says On hold');
    await expect(page).to.be.accessible();
  });
});

describe("demo: the profile's Billing tab", () => {
  it('R5 says a cancelled subscription does not come back, and says nothing of the kind for an active one', async () => {
    const memory = createMemoryAdapter({ count: 12, seed: 3 });
    const { items } = await memory.listCustomers({ status: 'all', offset: 0, limit: 1 }, signal());
    const detail = await memory.getCustomer(items[0]!.id, signal());
    const sub = { id: 'sub-1', customerId: detail.customer.id, name: 'Support plan' };
    const container = document.createElement('div');
    const noteOf = (status: 'active' | 'cancelled') => {
      render(renderBilling({ ...detail, subscriptions: [{ ...sub, status }] }, demoText('en'), kitText('en')), container);
      return container.querySelector('.subscriptions li')!.textContent!.replace(/\s+/g, ' ').trim();
    };
    expect(noteOf('cancelled')).to.equal('Support plan — Cancelled Cancelled subscriptions do not come back.');
    expect(noteOf('active')).to.equal('Support plan — Active');
  });
});

describe("demo: the pages' own labels", () => {
  for (const [file, least] of [['index.html', 20], ['gallery.html', 8]] as const) {
    it(`has every label of ${file} in both languages, and puts the Spanish one in place`, async () => {
      const source = await (await fetch(new URL(`../../demo/${file}`, import.meta.url))).text();
      const page = new DOMParser().parseFromString(source, 'text/html');
      const en = demoText('en') as unknown as Record<string, unknown>;
      const es = demoText('es') as unknown as Record<string, unknown>;
      const texts = [...page.querySelectorAll<HTMLElement>('[data-text]')];
      const labels = [...page.querySelectorAll<HTMLElement>('[data-text-label]')];
      expect(texts.length + labels.length).to.be.at.least(least);
      for (const el of texts) expect(el.textContent, `data-text="${el.dataset['text']}"`).to.equal(en[el.dataset['text']!]);
      for (const el of labels) expect(el.getAttribute('aria-label'), `data-text-label="${el.dataset['textLabel']}"`).to.equal(en[el.dataset['textLabel']!]);
      translatePage('es', page);
      for (const el of texts) expect(el.textContent, `data-text="${el.dataset['text']}"`).to.equal(es[el.dataset['text']!]);
      for (const el of labels) expect(el.getAttribute('aria-label'), `data-text-label="${el.dataset['textLabel']}"`).to.equal(es[el.dataset['textLabel']!]);
    });
  }
});
