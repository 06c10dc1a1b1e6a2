import { expect, oneEvent } from '@open-wc/testing';
import { LifecycleError } from '../../../src/adapter/errors.js';
import type { DeactivateInput, MutationResult } from '../../../src/adapter/types.js';
import { button, enabled, field, mount, openAndLoad, root, status, text, title, type } from './helpers.js';
import { until } from '../../support/until.js';

/** The result's headings and items, in order: "2 done | Bruno Díaz | …". */
const results = (el: Element) => [...root(el as never).querySelectorAll('[part~="results"] :is(h3, li)')]
  .map((e) => e.textContent!.replace(/\s+/g, ' ').trim()).join(' | ');

describe('<deactivate-dialog> bulk', () => {
  it('D8, G1 totals what will change and lists who will be skipped, with the reason', async () => {
    const { el, opener } = await mount({ ids: ['c-jose', 'c-acme', 'c-zoe'] });
    await openAndLoad(el, opener);
    expect(title(el)).to.equal('Deactivate 3 customers?');
    expect(text(el)).to.contain('2 customers can go ahead');
    expect(text(el)).to.contain('1 location');
    expect(text(el)).to.contain('3 services');
    expect(text(el)).to.contain('1 customer will be skipped: Zoë Müller: This customer is already inactive.');
    expect(field(el, /Put 2 open invoices on hold/)).to.exist;
    await expect(el).to.be.accessible();
  });

  it('G6 asks for the count to be typed before a destructive bulk action', async () => {
    const { el, opener } = await mount({ ids: ['c-jose', 'c-acme'] });
    await openAndLoad(el, opener);
    const confirm = button(el, 'Deactivate 2 customers');
    expect(enabled(confirm)).to.equal(false);
    const typed = field(el, 'Type 2 to confirm');
    await type(el, typed, '3');
    expect(enabled(confirm)).to.equal(false);
    await type(el, typed, '2');
    expect(enabled(confirm)).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('shows progress, then done and blocked per customer, in one adapter call', async () => {
    const { el, opener, hold, call, base } = await mount({ ids: ['c-jose', 'c-ana', 'c-bruno', 'c-zoe'], mode: 'delete' });
    await openAndLoad(el, opener);
    expect(title(el)).to.equal('Delete 4 customers?');
    expect(text(el)).to.contain('Ana Torres: An active customer cannot be deleted.');
    expect(text(el)).to.contain('Deleting cannot be undone.');
    await type(el, field(el, 'Type 2 to confirm'), '2');
    hold('deleteCustomers');
    const deleted = oneEvent(el, 'customers-deleted');
    button(el, 'Delete 2 customers for good').click();
    await el.updateComplete;
    expect(status(el)).to.contain('Deleting 4 customers…');
    await expect(el).to.be.accessible();
    (await call('deleteCustomers')).release();
    const { detail } = await deleted;
    expect(detail.customerIds).to.deep.equal(['c-bruno', 'c-zoe']);
    expect(base.calls.filter((c) => c.method === 'deleteCustomers')).to.have.length(1);
    await until(() => root(el).querySelector('[part~="results"]'));
    expect(results(el)).to.contain('2 done | Bruno Díaz | Zoë Müller');
    expect(results(el)).to.contain('2 skipped | José Álvarez: An active customer cannot be deleted. | Ana Torres: An active customer cannot be deleted.');
    await expect(el).to.be.accessible();
  });

  it('G6 lists the failed ones with their error and retries only them, with a new idempotency key', async () => {
    const { el, opener, hold, call, held } = await mount({ ids: ['c-jose', 'c-ana'] });
    await openAndLoad(el, opener);
    await type(el, field(el, 'Type 2 to confirm'), '2');
    hold('deactivate');
    const first = oneEvent(el, 'customer-deactivated');
    button(el, 'Deactivate 2 customers').click();
    const answer: MutationResult = {
      operationId: 'op-x', undoUntil: null,
      results: [{ id: 'c-jose', outcome: 'done' }, { id: 'c-ana', outcome: 'failed', error: new LifecycleError('timeout', 'slow').toInfo() }],
    };
    (await call('deactivate')).answer(answer);
    expect((await first).detail.customerIds).to.deep.equal(['c-jose']);
    await until(() => root(el).querySelector('[part~="results"]'));
    expect(results(el)).to.contain('1 done | José Álvarez');
    expect(results(el)).to.contain('1 failed | Ana Torres: This is taking too long. Try again in a moment.');
    await expect(el).to.be.accessible();
    const second = oneEvent(el, 'customer-deactivated');
    button(el, 'Retry the failed one').click();
    const retry = await call('deactivate', 1);
    const inputs = held.filter((h) => h.method === 'deactivate').map((h) => h.args[0] as DeactivateInput);
    expect(inputs[1]!.targets.map((t) => t.customerId)).to.deep.equal(['c-ana']);
    expect(inputs[1]!.idempotencyKey).not.to.equal(inputs[0]!.idempotencyKey);
    retry.release();
    expect((await second).detail.customerIds).to.deep.equal(['c-ana']);
    await until(() => results(el).includes('2 done'));
    expect(results(el)).not.to.contain('failed');
  });
});

describe('<deactivate-dialog> bulk words name whose', () => {
  it('never says "this customer" or "its" of several customers, and names whom each warning concerns', async () => {
    const { el, opener } = await mount({ ids: ['c-jose', 'c-acme'], policy: { balanceGuard: 'warn' } });
    await openAndLoad(el, opener);
    const said = text(el);
    expect(said).to.not.match(/\b(this customer|its)\b/i);
    expect(said).to.contain('You can still invoice José Álvarez and Acme Ibérica S.L. by hand, but the invoices carry no services.');
    expect(said).to.contain('Re-sending unpaid invoices to a group still reaches José Álvarez.');
    expect(said).to.contain('1 customer still has an open balance: Acme Ibérica S.L. (€120.00).');
    expect(said).to.contain('Acme Ibérica S.L.: Linked contacts and companies stay as they are.');
    expect(field(el, 'Also cancel 1 active subscription: Pro plan (José Álvarez)')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('names whom each warning concerns in Spanish too, with the personal a', async () => {
    const { el, opener, page } = await mount({ ids: ['c-jose', 'c-acme'], policy: { balanceGuard: 'warn' } });
    page.setAttribute('lang', 'es');
    await openAndLoad(el, opener);
    await until(() => title(el) === '¿Desactivar 2 clientes?', 'no Spanish title');
    const said = text(el);
    expect(said).to.contain('Aún puedes facturar a mano a José Álvarez y Acme Ibérica S.L., pero las facturas no llevarán servicios.');
    expect(said).to.contain('Si reenvías las facturas impagadas a un grupo, también las recibirá José Álvarez.');
    expect(said).to.contain('1 cliente todavía tiene un saldo pendiente: Acme Ibérica S.L. (120,00 €).');
    expect(field(el, 'Cancelar también 1 suscripción activa: Pro plan (José Álvarez)')).to.exist;
  });
});
