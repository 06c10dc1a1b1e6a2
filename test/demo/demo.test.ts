import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Customer } from '../../src/adapter/types.js';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import { resolvePolicy } from '../../src/rules/policy.js';
import { lifecycleItems } from '../../demo/demo-actions.js';
import '../../demo/demo-list.js';
import type { DemoMenu, MenuItem } from '../../demo/demo-menu.js';
import '../../demo/demo-menu.js';
import { store } from '../../demo/demo-state.js';
import { demoText, kitText } from '../../demo/demo-text.js';
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

describe('demo: the customer list', () => {
  it('renders rows the inactive filter reads, and select-all selects the shown rows into the bulk bar', async () => {
    store.set({ adapter: createMemoryAdapter({ count: 12, seed: 3 }), preset: 'default', lang: 'en' });
    const el = await fixture(html`<demo-customers></demo-customers>`);
    await until(() => el.querySelectorAll('#customers tbody tr').length === 12, 'no rows');
    const rows = [...el.querySelectorAll<HTMLTableRowElement>('#customers tbody tr')];
    expect(rows.every((r) => r.dataset['customerStatus'] === 'active' || r.dataset['customerStatus'] === 'inactive')).to.equal(true);
    await until(() => rows.some((r) => r.hidden), 'the filter hid nothing');
    const shown = rows.filter((r) => !r.hidden).length;
    el.querySelector<HTMLInputElement>('#select-all')!.click();
    await until(() => el.querySelector('.bulkbar [role=status]')?.textContent === `${shown} selected`, 'no bulk bar');
    expect(el.querySelector('.bulkbar')!.textContent).to.contain('Deactivate selected…');
  });
});
