import { expect, oneEvent } from '@open-wc/testing';
import { LifecycleError, type ErrorCode } from '../../../src/adapter/errors.js';
import type { DeactivateInput } from '../../../src/adapter/types.js';
import { alert, button, dialog, field, mount, openAndLoad, status, text, tick, title, type } from './helpers.js';
import { until } from '../../support/until.js';

const MESSAGES: [ErrorCode, string][] = [
  ['forbidden', 'You do not have permission to do this. Ask an administrator for access.'],
  ['rule-violation', 'This action is not allowed for this customer right now.'],
  ['invalid-data', 'The customer data could not be read. Try again, or tell your administrator if it keeps happening.'],
  ['invalid-input', 'Some of the information is not valid. Check it and try again.'],
  ['network', 'Could not connect. Check your connection and try again.'],
  ['timeout', 'This is taking too long. Try again in a moment.'],
  ['unknown', 'Something went wrong. Try again.'],
];
const signal = () => ({ signal: new AbortController().signal });
const OTHER = { id: 'x', name: 'Someone else' };

describe('<deactivate-dialog> adapter trouble', () => {
  describe('errors of the action', () => {
    for (const [code, message] of MESSAGES) {
      it(`${code}: shows "${message}" in an alert; Retry keeps every option and the idempotency key`, async () => {
        const { el, opener, hold, call, held } = await mount();
        await openAndLoad(el, opener);
        await tick(el, field(el, /Also cancel/));
        await type(el, field(el, 'Reason (optional)'), 'Closed');
        hold('deactivate');
        const failure = oneEvent(el, 'lifecycle-error');
        button(el, 'Deactivate and cancel subscriptions').click();
        (await call('deactivate')).fail(new LifecycleError(code, 'from the host'));
        expect((await failure).detail.error.code).to.equal(code);
        await el.updateComplete;
        expect(alert(el)).to.contain(message);
        expect(field(el, /Also cancel/).checked).to.equal(true);
        expect(field<HTMLTextAreaElement>(el, 'Reason (optional)').value).to.equal('Closed');
        await expect(el).to.be.accessible();
        button(el, 'Retry').click();
        const retry = await call('deactivate', 1);
        const [first, second] = held.filter((h) => h.method === 'deactivate').map((h) => h.args[0] as DeactivateInput);
        expect(second!.idempotencyKey).to.equal(first!.idempotencyKey);
        expect(second).to.deep.include({ cancelSubscriptions: true, reason: 'Closed' });
        retry.release();
        await until(() => status(el).includes('now inactive'));
        expect(alert(el)).to.equal('');
      });
    }

    it('G5 rule-violation from the adapter reads as the rule\'s reason and way out', async () => {
      const { el, opener, hold, call } = await mount();
      await openAndLoad(el, opener);
      hold('deactivate');
      button(el, 'Deactivate').click();
      (await call('deactivate')).fail(new LifecycleError('rule-violation', 'balance', { rule: 'G5', reason: 'open-balance' }));
      await until(() => alert(el).includes('This customer still has an open balance. Settle the open balance first.'));
    });

    it('a plain Error from the host is a translated message, never the raw text', async () => {
      const { el, opener, hold, call } = await mount();
      await openAndLoad(el, opener);
      hold('deactivate');
      button(el, 'Deactivate').click();
      (await call('deactivate')).fail(new TypeError('Failed to fetch'));
      await until(() => alert(el).includes('Could not connect.'));
      expect(text(el)).not.to.contain('Failed to fetch');
    });

    it('a retry after a network failure cannot act twice: the adapter replays the first result', async () => {
      const { el, opener, hold, call, base } = await mount();
      await openAndLoad(el, opener);
      hold('deactivate');
      button(el, 'Deactivate').click();
      const first = await call('deactivate');
      // The server applied it, but the answer was lost.
      await (base.deactivate as (...a: unknown[]) => Promise<unknown>).apply(base, first.args);
      first.fail(new TypeError('Failed to fetch'));
      await until(() => alert(el).includes('Could not connect.'));
      button(el, 'Retry').click();
      (await call('deactivate', 1)).release();
      await until(() => status(el).includes('now inactive'));
      expect(base.operations).to.equal(1);
      expect(base.calls.filter((c) => c.method === 'deactivate').map((c) => c.status)).to.deep.equal(['applied', 'replayed']);
    });

    it('conflict: "changed by someone else", and Reload loads the latest version, keeping the options', async () => {
      const { el, opener, base, mutations } = await mount();
      await openAndLoad(el, opener);
      await tick(el, field(el, 'Put 2 open invoices on hold'));
      // Someone else deactivates and undoes meanwhile: the version moves on.
      const r = await base.deactivate({ targets: [{ customerId: 'c-jose' }], idempotencyKey: 'someone-else-1', actor: OTHER, cancelSubscriptions: false, holdInvoices: false, reason: null }, signal());
      await base.undo({ operationId: r.operationId, idempotencyKey: 'someone-else-2', actor: OTHER }, signal());
      button(el, 'Deactivate').click();
      await until(() => alert(el).includes('This customer was changed by someone else. Reload to see the latest version.'));
      await expect(el).to.be.accessible();
      button(el, 'Reload').click();
      await until(() => alert(el) === '' && title(el) === 'Deactivate José Álvarez?');
      expect(field(el, 'Put 2 open invoices on hold').checked).to.equal(true);
      const done = oneEvent(el, 'customer-deactivated');
      button(el, 'Deactivate').click();
      await done;
      const mine = mutations().filter((c) => c.method === 'deactivate' && (c.input as DeactivateInput).actor.id !== OTHER.id);
      expect(mine.map((c) => c.status)).to.deep.equal(['applied', 'applied']);
      const keys = mine.map((c) => (c.input as DeactivateInput).idempotencyKey);
      expect(keys[0]).not.to.equal(keys[1]);
    });

    it('an error while loading the preview shows in the alert, with Reload', async () => {
      const { el, opener, hold, call } = await mount();
      hold('preview');
      opener.click();
      (await call('preview')).fail(new LifecycleError('not-found', 'gone'));
      await until(() => alert(el).includes('This customer could not be found. It may have been deleted.'));
      await expect(el).to.be.accessible();
      button(el, 'Reload').click();
      (await call('preview', 1)).release();
      await until(() => title(el) === 'Deactivate José Álvarez?' && alert(el) === '');
    });

    it('says so when the adapter is not an adapter', async () => {
      const { el, opener } = await mount();
      el.adapter = { not: 'an adapter' } as never;
      opener.click();
      await until(() => alert(el).includes('could not be read'));
    });
  });

  describe('exactly one adapter call per confirmation', () => {
    it('a double click calls the adapter once', async () => {
      const { el, opener, hold, call, held } = await mount();
      await openAndLoad(el, opener);
      hold('deactivate');
      const confirm = button(el, 'Deactivate');
      confirm.click();
      confirm.click();
      await el.updateComplete;
      confirm.click();
      expect(confirm.getAttribute('aria-disabled')).to.equal('true');
      (await call('deactivate')).release();
      await until(() => status(el).includes('now inactive'));
      expect(held.filter((h) => h.method === 'deactivate')).to.have.length(1);
    });
  });

  describe('aborts and stale answers', () => {
    it('closing while the preview loads aborts it', async () => {
      const { el, opener, hold, call } = await mount();
      hold('preview');
      opener.click();
      const load = await call('preview');
      button(el, 'Cancel').click();
      await el.updateComplete;
      expect(load.signal.aborted).to.equal(true);
      expect(dialog(el).open).to.equal(false);
    });

    it('removing the element while the preview loads aborts it', async () => {
      const { el, opener, hold, call } = await mount();
      hold('preview');
      opener.click();
      const load = await call('preview');
      el.remove();
      expect(load.signal.aborted).to.equal(true);
    });

    it('an answer for an earlier customer is ignored', async () => {
      const { el, opener, hold, call } = await mount();
      hold('preview');
      opener.click();
      const jose = await call('preview');
      el.customerId = 'c-ana';
      await el.updateComplete;
      const ana = await call('preview', 1);
      ana.release();
      await until(() => title(el) === 'Deactivate Ana Torres?');
      jose.release();
      await el.updateComplete;
      expect(title(el)).to.equal('Deactivate Ana Torres?');
      expect(text(el)).not.to.contain('José');
    });
  });
});
