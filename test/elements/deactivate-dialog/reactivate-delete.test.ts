import { expect, oneEvent } from '@open-wc/testing';
import type { ReactivateInput } from '../../../src/adapter/types.js';
import { button, enabled, field, mount, openAndLoad, root, status, text, tick, title } from './helpers.js';
import { until } from '../../support/until.js';

describe('<deactivate-dialog> reactivate one customer', () => {
  it('picks reactivate for an inactive customer, and D7 says who deactivated it and when', async () => {
    const { el, opener } = await mount({ id: 'c-zoe' });
    await openAndLoad(el, opener);
    expect(title(el)).to.equal('Reactivate Zoë Müller?');
    expect(text(el)).to.match(/Deactivated on .+ by Ana Torres Reason: Moved away/);
    await expect(el).to.be.accessible();
  });

  it('R2 says locations and services stay inactive', async () => {
    const { el, opener } = await mount({ id: 'c-zoe' });
    await openAndLoad(el, opener);
    expect(text(el)).to.contain('Locations and services stay inactive until you reactivate them. 1 location: Home 1 service: Lawn care');
  });

  it('R4 says held invoices stay on hold, offers to release them, and says where to release them later', async () => {
    const { el, opener } = await mount({ id: 'c-zoe' });
    await openAndLoad(el, opener);
    expect(text(el)).to.contain('Invoices on hold stay on hold unless you release them; you can also do it later in the customer’s services form.');
    expect(field(el, 'Release 1 invoice on hold').checked).to.equal(false);
  });

  it('R5 says cancelled subscriptions do not come back', async () => {
    const { el, opener } = await mount({ id: 'c-zoe' });
    await openAndLoad(el, opener);
    expect(text(el)).to.contain('Cancelled subscriptions do not come back: Plan Básico.');
  });

  it('G3 offers to restore exactly what its deactivation switched off', async () => {
    const { el, opener } = await mount({ id: 'c-zoe' });
    await openAndLoad(el, opener);
    const restore = field(el, 'Also reactivate the 2 locations and services its deactivation switched off');
    expect(restore.checked).to.equal(false);
    expect(text(el)).to.contain('Home and Lawn care');
  });

  it('G3 offers nothing to restore when the policy switches the offer off', async () => {
    const { el, opener } = await mount({ id: 'c-zoe', policy: { restoreOffer: false } });
    await openAndLoad(el, opener);
    expect(text(el)).not.to.contain('Also reactivate');
  });

  it('R2, R4 once reactivated, says what is still inactive and still on hold, and where to finish', async () => {
    const { el, opener } = await mount({ id: 'c-zoe' });
    await openAndLoad(el, opener);
    button(el, 'Reactivate').click();
    await until(() => status(el).includes('Zoë Müller is active again.'), `status: ${status(el)}`);
    expect(status(el)).to.match(/Still inactive: 1 location and \d+ services?\. Reactivate them in the customer’s services form\./);
    expect(status(el)).to.contain('1 invoice is still on hold: release it in the customer’s services form.');
    await expect(el).to.be.accessible();
  });

  it('R2, R4 with the restore and the release ticked, names only what stays off on its own, and nothing on hold', async () => {
    const { el, opener } = await mount({ id: 'c-zoe' });
    await openAndLoad(el, opener);
    await tick(el, field(el, /Also reactivate/));
    await tick(el, field(el, 'Release 1 invoice on hold'));
    button(el, 'Reactivate').click();
    await until(() => status(el).includes('Zoë Müller is active again.'), `status: ${status(el)}`);
    expect(status(el)).not.to.contain('still on hold');
    expect(status(el)).not.to.contain('1 location');
  });

  it('reactivates with the chosen options and fires customer-reactivated', async () => {
    const { el, opener, mutations } = await mount({ id: 'c-zoe' });
    await openAndLoad(el, opener);
    await tick(el, field(el, /Also reactivate/));
    await tick(el, field(el, 'Release 1 invoice on hold'));
    const event = oneEvent(el, 'customer-reactivated');
    button(el, 'Reactivate').click();
    const { detail } = await event;
    expect(detail).to.deep.include({ customerIds: ['c-zoe'], releaseInvoices: true, restoreCascade: true, reason: null });
    expect(mutations().map((c) => c.method)).to.deep.equal(['reactivate']);
    expect(mutations()[0]!.input as ReactivateInput).to.deep.include({ releaseInvoices: true, restoreCascade: true });
    await until(() => status(el).includes('Zoë Müller is active again.'));
    expect(() => button(el, 'Undo')).to.throw();
    await expect(el).to.be.accessible();
  });
});

describe('<deactivate-dialog> delete', () => {
  it('X2 warns that deleting an inactive customer is irreversible, as an alert dialog', async () => {
    const { el, opener } = await mount({ id: 'c-bruno', mode: 'delete' });
    await openAndLoad(el, opener);
    expect(title(el)).to.equal('Delete Bruno Díaz?');
    expect(root(el).querySelector('dialog')!.getAttribute('role')).to.equal('alertdialog');
    expect(text(el)).to.contain('Deleting cannot be undone. The customer and its history will be gone for good.');
    expect(enabled(button(el, 'Delete for good'))).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('deletes and fires customers-deleted', async () => {
    const { el, opener, mutations } = await mount({ id: 'c-bruno', mode: 'delete' });
    await openAndLoad(el, opener);
    const event = oneEvent(el, 'customers-deleted');
    button(el, 'Delete for good').click();
    const { detail } = await event;
    expect(detail.customerIds).to.deep.equal(['c-bruno']);
    expect(mutations().map((c) => c.method)).to.deep.equal(['deleteCustomers']);
    await until(() => status(el).includes('Bruno Díaz was deleted.'));
    await expect(el).to.be.accessible();
  });

  it('X1, G2 an active customer cannot be deleted: says why, and offers to deactivate instead', async () => {
    const { el, opener, mutations } = await mount({ id: 'c-ana', mode: 'delete' });
    await openAndLoad(el, opener);
    expect(text(el)).to.contain('An active customer cannot be deleted. Deactivate the customer first.');
    expect(enabled(button(el, 'Delete for good'))).to.equal(false);
    await expect(el).to.be.accessible();
    button(el, 'Deactivate instead').click();
    await until(() => title(el) === 'Deactivate Ana Torres?');
    expect(enabled(button(el, 'Deactivate'))).to.equal(true);
    expect(mutations()).to.have.length(0);
  });

  it('X3 says customers are never deleted when the policy says so', async () => {
    const { el, opener } = await mount({ id: 'c-bruno', mode: 'delete', policy: { deletion: 'never' } });
    await openAndLoad(el, opener);
    expect(text(el)).to.contain('Customers cannot be deleted here. Deactivate them instead.');
    expect(enabled(button(el, 'Delete for good'))).to.equal(false);
  });
});
