import { expect, oneEvent } from '@open-wc/testing';
import type { PolicyOverrides } from '../../../src/adapter/types.js';
import { createMemoryAdapter } from '../../../src/adapters/memory/index.js';
import { fixture as dataset } from '../../adapters/memory/fixture.js';
import { until } from '../../support/until.js';
import { button, dialog, enabled, mount, openAndLoad, root, status, text, title } from './helpers.js';
import type { DeactivateDialog } from '../../../src/elements/deactivate-dialog/define.js';

/**
 * The memory fixture, with what seed 001 warns about: Zoë Müller (inactive:
 * one location, one service, a held unpaid invoice, a cancelled subscription,
 * one audit entry) owes €1,479; Acme Ibérica S.L. is made inactive, owing $80.
 */
function owing(policy: PolicyOverrides = {}) {
  const data = dataset();
  for (const c of data.customers) {
    if (c.id === 'c-zoe') c.balance = { amount: 1479, currency: 'EUR' };
    if (c.id === 'c-acme') Object.assign(c, { status: 'inactive', balance: { amount: 80, currency: 'USD' } });
  }
  return createMemoryAdapter({ data, policy });
}

async function open(options: { id?: string; ids?: string[]; policy?: PolicyOverrides }) {
  const mounted = await mount({ ...options, mode: 'delete', adapter: owing(options.policy) });
  await openAndLoad(mounted.el, mounted.opener);
  return mounted;
}

const clean = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The items of the list that follows the heading named `name`. */
function listUnder(el: DeactivateDialog, name: string): string[] {
  const heading = [...root(el).querySelectorAll('h3')].find((h) => clean(h) === name);
  if (!heading) throw new Error(`no heading "${name}" in: ${text(el)}`);
  const list = heading.nextElementSibling;
  expect(list?.localName, `the list under "${name}"`).to.equal('ul');
  return [...list!.querySelectorAll(':scope > li')].map(clean);
}

/** The dialog's accessible description: the text of the elements its aria-describedby names. */
const description = (el: DeactivateDialog) => (dialog(el).getAttribute('aria-describedby') ?? '')
  .split(/\s+/).filter(Boolean).map((id) => clean(root(el).getElementById(id))).join(' ');

describe('<deactivate-dialog> delete: what goes with the customer (G1)', () => {
  describe('one customer', () => {
    it('G1 names the open balance, the held unpaid invoice, the locations, services, subscriptions and history', async () => {
      const { el } = await open({ id: 'c-zoe' });
      expect(title(el)).to.equal('Delete Zoë Müller?');
      expect(listUnder(el, 'Deleted with it')).to.deep.equal([
        'Open balance: €1,479.00',
        '1 unpaid or held invoice: INV-inv-5 (on hold)',
        '1 location: Home',
        '1 service: Lawn care',
        '1 subscription: Plan Básico',
        'History: 1 audit entry',
      ]);
      expect(enabled(button(el, 'Delete for good'))).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('X2 says first that it cannot be undone, and the alert dialog is described by that warning', async () => {
      const { el } = await open({ id: 'c-zoe' });
      expect(dialog(el).getAttribute('role')).to.equal('alertdialog');
      expect(text(el)).to.match(/Delete Zoë Müller\? Deleting cannot be undone\. The customer and its history will be gone for good\./);
      expect(description(el)).to.match(/^Deleting cannot be undone\. The customer and its history will be gone for good\. /);
    });

    it('G5 warns of the open balance with its amount and the way out, and describes the dialog with it', async () => {
      const { el } = await open({ id: 'c-zoe', policy: { balanceGuard: 'warn' } });
      const warning = 'This customer still has an open balance. Open balance: €1,479.00. Settle the open balance first.';
      expect(text(el)).to.contain(warning);
      expect(description(el)).to.contain(warning);
      expect(enabled(button(el, 'Delete for good'))).to.equal(true);
    });

    it('G5 under "allow" says nothing of the guard, but still names the balance that goes', async () => {
      const { el } = await open({ id: 'c-zoe', policy: { balanceGuard: 'allow' } });
      expect(text(el)).not.to.contain('still has an open balance');
      expect(listUnder(el, 'Deleted with it')).to.include('Open balance: €1,479.00');
    });

    it('G5 under "block" says why not, how much, and the way out; nothing can be deleted', async () => {
      const { el, opener } = await mount({ id: 'c-zoe', mode: 'delete', policy: { balanceGuard: 'block' }, adapter: owing({ balanceGuard: 'block' }) });
      await openAndLoad(el, opener);
      expect(text(el)).to.contain('Not possible This customer still has an open balance. Open balance: €1,479.00. Settle the open balance first.');
      expect(enabled(button(el, 'Delete for good'))).to.equal(false);
      expect(text(el)).not.to.contain('Deleted with it');
      expect(dialog(el).hasAttribute('aria-describedby')).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('G1 says when nothing else goes with the customer', async () => {
      const { el } = await open({ id: 'c-bruno' });
      expect(text(el)).to.contain('Nothing else goes with it: no open balance, unpaid or held invoices, locations, services or history.');
      expect(text(el)).not.to.contain('Deleted with it');
      await expect(el).to.be.accessible();
    });

    it('deletes the customer that owes under "warn", once confirmed, and says so', async () => {
      const { el } = await open({ id: 'c-zoe' });
      const deleted = oneEvent(el, 'customers-deleted');
      button(el, 'Delete for good').click();
      expect((await deleted).detail.customerIds).to.deep.equal(['c-zoe']);
      await until(() => status(el).includes('Zoë Müller was deleted.'));
      expect(dialog(el).hasAttribute('aria-describedby')).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('says it all in Spanish', async () => {
      const { el, page, opener } = await mount({ id: 'c-zoe', mode: 'delete', adapter: owing() });
      page.setAttribute('lang', 'es');
      await openAndLoad(el, opener);
      await until(() => title(el) === '¿Eliminar a Zoë Müller?', 'the Spanish catalogue did not load');
      expect(listUnder(el, 'Lo que se elimina con él')).to.deep.equal([
        'Saldo pendiente: 1479,00 €',
        '1 factura impagada o en espera: INV-inv-5 (en espera)',
        '1 ubicación: Home',
        '1 servicio: Lawn care',
        '1 suscripción: Plan Básico',
        'Historial: 1 registro de auditoría',
      ]);
      await expect(el).to.be.accessible();
    });
  });

  describe('several customers', () => {
    it('G1 totals what goes, then names whose it is, customer by customer', async () => {
      const { el } = await open({ ids: ['c-zoe', 'c-acme', 'c-bruno', 'c-ana'] });
      expect(title(el)).to.equal('Delete 4 customers?');
      expect(text(el)).to.contain('3 customers can go ahead');
      expect(text(el)).to.contain('Deleting cannot be undone. These customers and their history will be gone for good.');
      expect(listUnder(el, 'Deleted with them')).to.deep.equal([
        'Open balances: €1,479.00 and $80.00',
        '1 unpaid or held invoice (1 on hold)',
        '1 location',
        '1 service',
        '1 subscription',
        'History: 1 audit entry',
      ]);
      expect(listUnder(el, 'Customer by customer')).to.deep.equal([
        'Zoë Müller: open balance €1,479.00, 1 unpaid or held invoice (1 on hold), 1 location, 1 service, 1 subscription, 1 audit entry',
        'Acme Ibérica S.L.: open balance $80.00',
        'Bruno Díaz: nothing else',
      ]);
      expect(text(el)).to.contain('1 customer will be skipped: Ana Torres: An active customer cannot be deleted.');
      await expect(el).to.be.accessible();
    });

    it('G5 names each customer that still owes, with how much, and the way out; never "this customer" alone', async () => {
      const { el } = await open({ ids: ['c-zoe', 'c-acme', 'c-bruno'] });
      const warning = '2 customers still have an open balance: Zoë Müller (€1,479.00) and Acme Ibérica S.L. ($80.00). Settle the open balance first.';
      expect(text(el)).to.contain(warning);
      expect(description(el)).to.contain(warning);
      expect(text(el)).not.to.match(/this customer|its balance/i);
    });

    it('G5 under "block" skips those that owe, saying how much and the way out, and deletes the others', async () => {
      const { el, opener } = await mount({ ids: ['c-zoe', 'c-bruno'], mode: 'delete', policy: { balanceGuard: 'block' }, adapter: owing({ balanceGuard: 'block' }) });
      await openAndLoad(el, opener);
      expect(text(el)).to.contain('1 customer will be skipped: Zoë Müller: This customer still has an open balance. Open balance: €1,479.00. Settle the open balance first.');
      expect(text(el)).to.contain('1 customer can go ahead');
      expect(listUnder(el, 'Customer by customer')).to.deep.equal(['Bruno Díaz: nothing else']);
      expect(text(el)).not.to.contain('still have an open balance');
      await expect(el).to.be.accessible();
      const confirm = button(el, 'Delete for good');
      expect(enabled(confirm)).to.equal(true);
      const deleted = oneEvent(el, 'customers-deleted');
      confirm.click();
      expect((await deleted).detail.customerIds).to.deep.equal(['c-bruno']);
    });
  });
});
