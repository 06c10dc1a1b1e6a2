import { expect, oneEvent } from '@open-wc/testing';
import type { DeactivateInput } from '../../../src/adapter/types.js';
import { ACTOR, alert, button, dialog, enabled, field, mount, openAndLoad, status, text, tick, title, type } from './helpers.js';
import { until } from '../../support/until.js';
import { createMemoryAdapter } from '../../../src/adapters/memory/index.js';
import { fixture as dataset } from '../../adapters/memory/fixture.js';

describe('<deactivate-dialog> deactivate one customer', () => {
  describe('rendering the impact preview (G1)', () => {
    it('shows the shell in the first frame, before the preview arrives', async () => {
      const { el, opener, hold, call } = await mount();
      hold('preview');
      opener.click();
      await el.updateComplete;
      expect(dialog(el).open).to.equal(true);
      expect(text(el)).to.contain('Loading what will change…');
      expect(enabled(button(el, 'Deactivate'))).to.equal(false);
      await expect(el).to.be.accessible();
      (await call('preview')).release();
      await until(() => title(el) === 'Deactivate José Álvarez?');
    });

    it('D1 says the customer is kept and can be reactivated', async () => {
      const { el, opener } = await mount();
      await openAndLoad(el, opener);
      expect(title(el)).to.equal('Deactivate José Álvarez?');
      expect(text(el)).to.contain('The customer is not deleted: you can reactivate it at any time.');
      await expect(el).to.be.accessible();
    });

    it('D3 lists the locations and services deactivated with it', async () => {
      const { el, opener } = await mount();
      await openAndLoad(el, opener);
      expect(text(el)).to.contain('Deactivated with it:');
      expect(text(el)).to.contain('1 location: Head office');
      expect(text(el)).to.contain('3 services: Lawn care, Pest control, and Snow removal');
    });

    it('D3 names three services and counts the others, with one "and"', async () => {
      const data = dataset();
      const snow = data.services.find((s) => s.name === 'Snow removal')!;
      data.services.push({ ...snow, id: 'svc-7', name: 'Gutter cleaning' });
      const { el, opener } = await mount({ adapter: createMemoryAdapter({ data }) });
      await openAndLoad(el, opener);
      expect(text(el)).to.contain('4 services: Lawn care, Pest control, Snow removal and 1 more');
    });

    it('D4 offers to cancel active subscriptions, unticked, marked irreversible', async () => {
      const { el, opener } = await mount();
      await openAndLoad(el, opener);
      const box = field(el, 'Also cancel its active subscription (Pro plan)');
      expect(box.checked).to.equal(false);
      expect(text(el)).to.contain('Cancelled subscriptions cannot be restored later. This cannot be undone.');
    });

    it('D4 does not offer it when the plan has no subscriptions', async () => {
      const { el, opener } = await mount({ policy: { subscriptions: false } });
      await openAndLoad(el, opener);
      expect(text(el)).not.to.contain('Also cancel');
    });

    it('D5 offers to put open invoices on hold, which stops reminders', async () => {
      const { el, opener } = await mount();
      await openAndLoad(el, opener);
      expect(field(el, 'Put 2 open invoices on hold').checked).to.equal(false);
      expect(text(el)).to.contain('INV-inv-1 and INV-inv-2. Invoices on hold get no automatic reminders.');
    });

    it('D6 says linked contacts stay as they are', async () => {
      const { el, opener } = await mount({ id: 'c-acme' });
      await openAndLoad(el, opener);
      expect(text(el)).to.contain('Linked contacts and companies stay as they are: Ana Torres.');
    });

    it('B1, B2 say what deactivation means for billing', async () => {
      const { el, opener } = await mount();
      await openAndLoad(el, opener);
      expect(text(el)).to.contain('Inactive customers get no invoices from bulk billing.');
      expect(text(el)).to.contain('You can still create invoices by hand, but they carry no services.');
    });

    it('G5 warns of an open balance, with the amount, by default', async () => {
      const { el, opener } = await mount({ id: 'c-acme' });
      await openAndLoad(el, opener);
      expect(text(el)).to.contain('This customer still has an open balance. Open balance: €120.00.');
      expect(enabled(button(el, 'Deactivate'))).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('G5 blocks with an open balance when the policy says so, and says what to do', async () => {
      const { el, opener } = await mount({ id: 'c-acme', policy: { balanceGuard: 'block' } });
      await openAndLoad(el, opener);
      expect(text(el)).to.contain('Not possible This customer still has an open balance. Settle the open balance first.');
      expect(enabled(button(el, 'Deactivate'))).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('G7 asks for a reason when required, and enables Deactivate once given', async () => {
      const { el, opener } = await mount({ policy: { reason: 'required' } });
      await openAndLoad(el, opener);
      const reason = field<HTMLTextAreaElement>(el, 'Reason');
      expect(reason.required).to.equal(true);
      expect(enabled(button(el, 'Deactivate'))).to.equal(false);
      await type(el, reason, 'Moved abroad');
      expect(enabled(button(el, 'Deactivate'))).to.equal(true);
    });

    it('G7 hides the reason field when the policy hides it', async () => {
      const { el, opener } = await mount({ policy: { reason: 'hidden' } });
      await openAndLoad(el, opener);
      expect(text(el)).not.to.contain('Reason');
    });
  });

  describe('confirming', () => {
    it('deactivates with the chosen options and fires customer-deactivated', async () => {
      const { el, opener, mutations } = await mount();
      await openAndLoad(el, opener);
      await tick(el, field(el, /Also cancel/));
      await tick(el, field(el, 'Put 2 open invoices on hold'));
      await type(el, field(el, 'Reason (optional)'), 'Moved abroad');
      // The irreversible option changes the confirm button: destructive, and its label says so.
      const confirm = button(el, 'Deactivate and cancel subscriptions');
      expect(confirm.hasAttribute('data-destructive')).to.equal(true);
      const event = oneEvent(el, 'customer-deactivated');
      confirm.click();
      const { detail, bubbles, composed } = await event;
      expect(bubbles && composed).to.equal(true);
      expect(detail.customerIds).to.deep.equal(['c-jose']);
      expect(detail).to.include({ cancelSubscriptions: true, holdInvoices: true, reason: 'Moved abroad' });
      const input = mutations()[0]!.input as DeactivateInput;
      expect(mutations().length).to.equal(1);
      expect(input).to.deep.include({ cancelSubscriptions: true, holdInvoices: true, reason: 'Moved abroad', actor: ACTOR });
      expect(input.targets).to.deep.equal([{ customerId: 'c-jose', version: 1 }]);
    });

    it('D4 unticked again, the confirm button is plain Deactivate again', async () => {
      const { el, opener } = await mount();
      await openAndLoad(el, opener);
      await tick(el, field(el, /Also cancel/));
      await tick(el, field(el, /Also cancel/));
      expect(button(el, 'Deactivate').hasAttribute('data-destructive')).to.equal(false);
    });

    it('G4 after a cancelled subscription: Undo says what it cannot bring back, before and after', async () => {
      const { el, opener } = await mount();
      await openAndLoad(el, opener);
      await tick(el, field(el, /Also cancel/));
      const done = oneEvent(el, 'customer-deactivated');
      button(el, 'Deactivate and cancel subscriptions').click();
      await done;
      await until(() => status(el).includes('Undo does not bring back the cancelled subscriptions.'), `status: ${status(el)}`);
      const undone = oneEvent(el, 'customer-deactivation-undone');
      button(el, 'Undo').click();
      await undone;
      await until(() => status(el).includes('The cancelled subscriptions stay cancelled.'), `status: ${status(el)}`);
      await expect(el).to.be.accessible();
    });

    it('D7 shows who deactivated and when, and G4 offers undo in the grace period', async () => {
      const { el, opener } = await mount();
      await openAndLoad(el, opener);
      const done = oneEvent(el, 'customer-deactivated');
      button(el, 'Deactivate').click();
      await done;
      await el.updateComplete;
      expect(status(el)).to.contain('José Álvarez is now inactive.');
      expect(title(el)).to.equal('José Álvarez deactivated');
      expect(status(el)).to.match(/Recorded: deactivated on .+ by Ana Torres\./);
      expect(status(el)).to.contain('You can undo this until');
      expect(button(el, 'Undo')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('G4 undo reverts it and fires customer-deactivation-undone', async () => {
      const { el, opener, mutations } = await mount();
      await openAndLoad(el, opener);
      const done = oneEvent(el, 'customer-deactivated');
      button(el, 'Deactivate').click();
      const { detail: { result } } = await done;
      await el.updateComplete;
      const undone = oneEvent(el, 'customer-deactivation-undone');
      button(el, 'Undo').click();
      const { detail } = await undone;
      expect(detail.operationId).to.equal(result.operationId);
      expect(detail.customerIds).to.deep.equal(['c-jose']);
      expect(mutations().map((c) => c.method)).to.deep.equal(['deactivate', 'undo']);
      await el.updateComplete;
      expect(status(el)).to.contain('Undone: José Álvarez is active again.');
      expect(title(el)).to.equal('Deactivation of José Álvarez undone');
      expect(() => button(el, 'Undo')).to.throw();
      await expect(el).to.be.accessible();
    });

    it('G4 offers no undo when the policy switches it off', async () => {
      const { el, opener } = await mount({ policy: { undoSeconds: 0 } });
      await openAndLoad(el, opener);
      const done = oneEvent(el, 'customer-deactivated');
      button(el, 'Deactivate').click();
      await done;
      await el.updateComplete;
      expect(() => button(el, 'Undo')).to.throw();
      expect(alert(el)).to.equal('');
    });

    it('shows progress while the action runs', async () => {
      const { el, opener, hold, call } = await mount();
      hold('deactivate');
      await openAndLoad(el, opener);
      button(el, 'Deactivate').click();
      await el.updateComplete;
      expect(status(el)).to.contain('Deactivating…');
      expect(el.shadowRoot!.querySelector('progress')).to.exist;
      await expect(el).to.be.accessible();
      (await call('deactivate')).release();
      await until(() => status(el).includes('is now inactive'));
    });
  });
});
