import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LifecycleError } from '../../../src/adapter/errors.js';
import type { LifecycleAdapter, ReleaseInvoicesInput } from '../../../src/adapter/types.js';
import type { ServiceReactivateForm } from '../../../src/elements/service-reactivate-form/define.js';
import { until } from '../../support/until.js';
import { ACTOR, TODAY, button, controlled, mount, mountInProvider, q, qa, text } from './helpers.js';

/** c-jose (active) with two invoices on hold: inv-1 (unpaid, $100) and inv-4 (unpaid, $30). */
const twoHeld = () => controlled((data) => {
  data.invoices.find((i) => i.id === 'inv-1')!.onHold = true;
});

const section = (el: ServiceReactivateForm) => q(el, '[part~="invoices"]');

/** A form for `customerId` once its "Invoices on hold" group shows (its module loads on first need). */
async function withInvoices(customerId: string, adapter: LifecycleAdapter, inProvider = false): Promise<ServiceReactivateForm> {
  const el = inProvider ? await mountInProvider(customerId, adapter) : await mount(customerId, adapter);
  await until(() => section(el), 'no "Invoices on hold" group');
  return el;
}
const rows = (el: ServiceReactivateForm) => qa(el, '[part~="invoice"]').map(text);
const releaseButtons = (el: ServiceReactivateForm) => qa(el, 'button[name="release"]') as HTMLButtonElement[];
const releaseFor = (el: ServiceReactivateForm, number: string) =>
  releaseButtons(el).find((b) => b.getAttribute('aria-label') === `Release invoice ${number}`);
const releaseAll = (el: ServiceReactivateForm) => q<HTMLButtonElement>(el, 'button[name="release-all"]');
const status = (el: ServiceReactivateForm) => text(section(el)?.querySelector('[role="status"]') ?? null);
const inputOf = (call: { args: unknown[] }) => call.args[0] as ReleaseInvoicesInput;
const focused = (el: ServiceReactivateForm) => el.shadowRoot!.activeElement;

describe('<service-reactivate-form> R4 invoices on hold', () => {
  describe('rendering', () => {
    it('lists the invoices on hold with number, status and total, each with a Release button named after its invoice', async () => {
      const { adapter } = twoHeld();
      const el = await withInvoices('c-jose', adapter);
      const group = section(el)!;
      expect(group.getAttribute('role')).to.equal('group');
      expect(text(el.shadowRoot!.getElementById(group.getAttribute('aria-labelledby')!))).to.equal('Invoices on hold');
      expect(rows(el)).to.deep.equal(['INV-inv-1 Unpaid $100.00 Release', 'INV-inv-4 Unpaid $30.00 Release']);
      expect(releaseButtons(el).map((b) => b.getAttribute('aria-label'))).to.deep.equal(['Release invoice INV-inv-1', 'Release invoice INV-inv-4']);
      expect(text(releaseAll(el))).to.equal('Release all 2 invoices');
      await expect(el).to.be.accessible();
    });

    it('offers no Release all for a single invoice on hold, and lists no invoice that is not on hold', async () => {
      const { adapter } = controlled();
      const el = await withInvoices('c-jose', adapter);
      expect(rows(el)).to.deep.equal(['INV-inv-4 Unpaid $30.00 Release']);
      expect(releaseAll(el)).to.equal(null);
    });

    it('while the customer is inactive, lists them and says they can be released once it is reactivated, with no Release', async () => {
      const { adapter } = controlled();
      const el = await withInvoices('c-zoe', adapter);
      expect(text(section(el))).to.contain('Invoices on hold can be released once the customer is reactivated. Reactivate the customer first.');
      expect(rows(el)).to.deep.equal(['INV-inv-5 Unpaid $20.00']);
      expect(releaseButtons(el)).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('shows nothing about invoices when the adapter has no releaseInvoices (it is optional)', async () => {
      const { base, adapter: full } = twoHeld();
      await withInvoices('c-jose', full); // the group's module is loaded: what shows below shows at once
      const adapter = Object.assign(Object.create(base) as LifecycleAdapter, { releaseInvoices: undefined });
      const el = await mount('c-jose', adapter);
      await el.updateComplete;
      expect(section(el)).to.equal(null);
      expect(el.shadowRoot!.textContent).not.to.contain('INV-inv-4');
    });

    it('shows nothing about invoices for a customer with none on hold', async () => {
      const { adapter } = controlled();
      const el = await mount('c-ana', adapter);
      await el.updateComplete;
      expect(section(el)).to.equal(null);
    });

    it('speaks Spanish: Quitar de espera, and the seed\'s "ya no está en espera" once released', async () => {
      const { adapter } = controlled();
      // The form is the fixture's root: a plain <div> root waits for an animation frame, which a
      // page in the background of a busy run may not get.
      const el = await fixture<ServiceReactivateForm>(html`<service-reactivate-form lang="es" customer-id="c-jose" today=${TODAY}
        .adapter=${adapter}></service-reactivate-form>`);
      await until(() => text(section(el)).includes('Facturas en espera'), 'the Spanish section did not show');
      const release = releaseButtons(el)[0]!;
      expect([text(release), release.getAttribute('aria-label')]).to.deep.equal(['Quitar de espera', 'Quitar de espera la factura INV-inv-4']);
      expect(rows(el)[0]).to.contain('Pendiente de pago');
      release.click();
      await until(() => status(el) === 'INV-inv-4 ya no está en espera.');
      await expect(el).to.be.accessible();
    });
  });

  describe('releasing', () => {
    it('releases one invoice with one releaseInvoices call, fires invoices-released, and says it is no longer on hold', async () => {
      const { adapter, base, calls } = twoHeld();
      const el = await withInvoices('c-jose', adapter, true);
      const event = oneEvent(el, 'invoices-released');
      releaseFor(el, 'INV-inv-4')!.click();
      const { detail } = await event;
      expect(calls('releaseInvoices')).to.have.length(1);
      const input = inputOf(calls('releaseInvoices')[0]!);
      expect(input).to.deep.include({ customerId: 'c-jose', invoiceIds: ['inv-4'], actor: ACTOR });
      expect(input.idempotencyKey).to.be.a('string').with.length.above(8);
      expect(detail.customerId).to.equal('c-jose');
      expect(detail.invoiceIds).to.deep.equal(['inv-4']);
      expect(detail.result.results).to.deep.equal([{ id: 'inv-4', outcome: 'done' }]);
      await until(() => rows(el).length === 1);
      expect(rows(el)).to.deep.equal(['INV-inv-1 Unpaid $100.00 Release']);
      expect(releaseAll(el), 'one left: no Release all').to.equal(null);
      expect(status(el)).to.equal('INV-inv-4 is no longer on hold.');
      expect(base.snapshot().invoices.filter((i) => i.onHold).map((i) => i.id)).to.deep.equal(['inv-1', 'inv-5']);
      await expect(el).to.be.accessible();
    });

    it('moves focus on to the next Release, then to what was done once none is left', async () => {
      const { adapter } = twoHeld();
      const el = await withInvoices('c-jose', adapter);
      releaseFor(el, 'INV-inv-1')!.focus();
      let event = oneEvent(el, 'invoices-released');
      releaseFor(el, 'INV-inv-1')!.click();
      await event;
      expect(focused(el)).to.equal(releaseFor(el, 'INV-inv-4'));
      event = oneEvent(el, 'invoices-released');
      await sendKeys({ press: 'Enter' });
      await event;
      expect(rows(el)).to.deep.equal([]);
      expect(focused(el)?.getAttribute('role')).to.equal('status');
      expect(text(focused(el))).to.equal('INV-inv-4 is no longer on hold.');
      await expect(el).to.be.accessible();
    });

    it('releases all at once with ONE call naming every invoice on hold', async () => {
      const { adapter, calls } = twoHeld();
      const el = await withInvoices('c-jose', adapter);
      releaseAll(el)!.focus();
      const event = oneEvent(el, 'invoices-released');
      await sendKeys({ press: ' ' });
      const { detail } = await event;
      expect(calls('releaseInvoices')).to.have.length(1);
      expect(inputOf(calls('releaseInvoices')[0]!).invoiceIds).to.deep.equal(['inv-1', 'inv-4']);
      expect(detail.invoiceIds).to.deep.equal(['inv-1', 'inv-4']);
      expect(rows(el)).to.deep.equal([]);
      expect(status(el)).to.equal('INV-inv-1 and INV-inv-4 are no longer on hold.');
      expect(focused(el)?.getAttribute('role'), 'focus stays in the section').to.equal('status');
    });

    it('makes one call however often Release is clicked, every Release busy or off meanwhile', async () => {
      const { adapter, calls, hold, held } = twoHeld();
      hold('releaseInvoices');
      const el = await withInvoices('c-jose', adapter);
      const release = releaseFor(el, 'INV-inv-4')!;
      release.click();
      release.click();
      await until(() => held('releaseInvoices').length === 1);
      release.click();
      releaseAll(el)!.click();
      await el.updateComplete;
      expect(release.disabled).to.equal(true);
      expect(release.getAttribute('aria-busy')).to.equal('true');
      expect(releaseFor(el, 'INV-inv-1')!.disabled).to.equal(true);
      expect(releaseAll(el)!.disabled).to.equal(true);
      expect(button(el, 'Save')!.disabled).to.equal(true);
      await expect(el).to.be.accessible();
      const event = oneEvent(el, 'invoices-released');
      held('releaseInvoices')[0]!.release();
      expect((await event).detail.invoiceIds).to.deep.equal(['inv-4']);
      expect(calls('releaseInvoices')).to.have.length(1);
    });

    it('shows a failure in the section with Retry, which releases with the same idempotency key', async () => {
      const { adapter, base, calls, answerWith } = twoHeld();
      let failures = 1;
      answerWith('releaseInvoices', (...args: unknown[]) => failures-- > 0
        ? Promise.reject(new LifecycleError('network', 'offline'))
        : base.releaseInvoices(args[0] as ReleaseInvoicesInput, args[1] as never));
      const el = await withInvoices('c-jose', adapter);
      const errors = oneEvent(el, 'lifecycle-error');
      releaseFor(el, 'INV-inv-4')!.click();
      expect((await errors).detail.error.code).to.equal('network');
      await until(() => text(section(el)?.querySelector('[role="alert"]') ?? null).includes('Could not connect'));
      expect(rows(el), 'nothing released').to.have.length(2);
      expect(q(el, '[part~="save"] + [role="alert"]'), 'the error is not under Save').to.equal(null);
      await expect(el).to.be.accessible();
      const released = oneEvent(el, 'invoices-released');
      button(el, 'Retry')!.click();
      expect((await released).detail.invoiceIds).to.deep.equal(['inv-4']);
      const [first, second] = calls('releaseInvoices');
      expect(inputOf(second!).idempotencyKey).to.equal(inputOf(first!).idempotencyKey);
      expect(base.operations).to.equal(1);
      await until(() => rows(el).length === 1);
      expect(section(el)?.querySelector('[role="alert"]')).to.equal(null);
    });

    it('uses a new idempotency key for the next release', async () => {
      const { adapter, calls } = twoHeld();
      const el = await withInvoices('c-jose', adapter);
      let event = oneEvent(el, 'invoices-released');
      releaseFor(el, 'INV-inv-4')!.click();
      await event;
      event = oneEvent(el, 'invoices-released');
      releaseFor(el, 'INV-inv-1')!.click();
      await event;
      const [first, second] = calls('releaseInvoices');
      expect(inputOf(second!).idempotencyKey).not.to.equal(inputOf(first!).idempotencyKey);
    });

    it('says why an invoice was not released, in plain words, and still reports the call', async () => {
      const { adapter, answerWith } = twoHeld();
      answerWith('releaseInvoices', async () => ({
        operationId: 'op-host', undoUntil: null,
        results: [
          { id: 'inv-1', outcome: 'done' },
          { id: 'inv-4', outcome: 'blocked', blockers: [{ rule: 'R4', reason: 'invoice-not-on-hold', fix: null }] },
        ],
      }));
      const el = await withInvoices('c-jose', adapter);
      const event = oneEvent(el, 'invoices-released');
      releaseAll(el)!.click();
      expect((await event).detail.invoiceIds).to.deep.equal(['inv-1']);
      await until(() => q(el, '[part~="invoices"] [part~="field-error"]'));
      expect(text(q(el, '[part~="invoices"] [part~="field-error"]'))).to.equal('INV-inv-4: This invoice is not on hold.');
      expect(status(el)).to.equal('INV-inv-1 is no longer on hold.');
      await expect(el).to.be.accessible();
    });
  });
});
