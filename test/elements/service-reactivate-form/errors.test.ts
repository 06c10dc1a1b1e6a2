import { expect, oneEvent } from '@open-wc/testing';
import { LifecycleError } from '../../../src/adapter/errors.js';
import type { ReactivateServicesInput } from '../../../src/adapter/types.js';
import type { ServiceReactivateForm } from '../../../src/elements/service-reactivate-form/define.js';
import { until } from '../../support/until.js';
import { button, checkbox, choose, controlled, mount, place, q, services, setEnd, text } from './helpers.js';

const alertText = (el: ServiceReactivateForm) => text(q(el, '[role="alert"]'));
const keyOf = (call: { args: unknown[] }) => (call.args[0] as ReactivateServicesInput).idempotencyKey;

/** A form with Pool cleaning chosen and its end date removed: ready to save. */
async function readyToSave(adapter: Parameters<typeof mount>[1]) {
  const el = await mount('c-jose', adapter);
  await choose(el, 'Pool cleaning');
  await setEnd(el, '');
  return el;
}

describe('<service-reactivate-form> under trouble', () => {
  it('makes one reactivateServices call however often Save is clicked, busy meanwhile', async () => {
    const { adapter, calls, hold, held } = controlled();
    hold('reactivateServices');
    const el = await readyToSave(adapter);
    const save = button(el, 'Save')!;
    save.click();
    save.click();
    await until(() => held('reactivateServices').length === 1);
    save.click();
    await el.updateComplete;
    expect(save.disabled).to.equal(true);
    expect(save.getAttribute('aria-busy')).to.equal('true');
    expect(checkbox(el, 'Pool cleaning')!.disabled).to.equal(true);
    await expect(el).to.be.accessible();
    const event = oneEvent(el, 'services-reactivated');
    held('reactivateServices')[0]!.release();
    expect((await event).detail.serviceIds).to.deep.equal(['svc-3']);
    expect(calls('reactivateServices')).to.have.length(1);
  });

  it('shows a network failure of Save in an alert, keeps the draft, and retries with the same idempotency key', async () => {
    const { adapter, base, calls, answerWith } = controlled();
    let failures = 1;
    answerWith('reactivateServices', (...args: unknown[]) =>
      failures-- > 0
        ? Promise.reject(new LifecycleError('network', 'offline'))
        : base.reactivateServices(args[0] as ReactivateServicesInput, args[1] as never));
    const el = await readyToSave(adapter);
    const errors = oneEvent(el, 'lifecycle-error');
    button(el, 'Save')!.click();
    expect((await errors).detail.error.code).to.equal('network');
    await until(() => alertText(el).includes('Could not connect'));
    expect(checkbox(el, 'Pool cleaning')!.checked).to.equal(true);
    expect(el.dirty).to.equal(true);
    await expect(el).to.be.accessible();
    const done = oneEvent(el, 'services-reactivated');
    button(el, 'Retry')!.click();
    await done;
    const [first, second] = calls('reactivateServices');
    expect(keyOf(second!)).to.equal(keyOf(first!));
    expect(base.operations).to.equal(1);
    await until(() => !services(el).some((s) => s.includes('Pool cleaning')));
  });

  it('uses a new idempotency key once the draft has changed after a failure', async () => {
    const { adapter, calls, answerWith } = controlled();
    answerWith('reactivateServices', () => Promise.reject(new LifecycleError('timeout', 'slow')));
    const el = await readyToSave(adapter);
    button(el, 'Save')!.click();
    await until(() => alertText(el).includes('taking too long'));
    await setEnd(el, '2027-03-31');
    button(el, 'Save')!.click();
    await until(() => calls('reactivateServices').length === 2);
    const [first, second] = calls('reactivateServices');
    expect(keyOf(second!)).not.to.equal(keyOf(first!));
  });

  it('says the customer was changed by someone else when Save meets a stale version, and keeps the choices', async () => {
    const { adapter, answerWith } = controlled();
    answerWith('reactivateServices', () => Promise.reject(new LifecycleError('conflict', 'stale version')));
    const el = await readyToSave(adapter);
    button(el, 'Save')!.click();
    await until(() => alertText(el).includes('changed by someone else'));
    expect(button(el, 'Retry')).not.to.equal(undefined);
    expect(checkbox(el, 'Pool cleaning')!.checked).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('shows a failed load with Retry, which loads again', async () => {
    const { adapter, base, calls, answerWith } = controlled();
    let failures = 1;
    answerWith('getCustomer', (...args: unknown[]) =>
      failures-- > 0 ? Promise.reject(new LifecycleError('forbidden', 'no')) : base.getCustomer(args[0] as string, args[1] as never));
    const el = await place('c-jose', adapter);
    await until(() => alertText(el).includes('permission'));
    await expect(el).to.be.accessible();
    button(el, 'Retry')!.click();
    await until(() => services(el).some((s) => s.includes('Pool cleaning')));
    expect(calls('getCustomer')).to.have.length(2);
  });

  it('turns malformed customer data from the adapter into a readable error, never a blank', async () => {
    const { adapter, answerWith } = controlled();
    answerWith('getCustomer', async () => ({ customer: { id: 'c-jose', status: 'sleeping' } }));
    const el = await place('c-jose', adapter);
    const event = await oneEvent(el, 'lifecycle-error');
    expect(event.detail.error.code).to.equal('invalid-data');
    await until(() => alertText(el).includes('could not be read'));
    await expect(el).to.be.accessible();
  });

  it('keeps a running Save when the form is removed: it may already have happened, so it is not aborted and the host hears of it', async () => {
    const { adapter, hold, held } = controlled();
    hold('reactivateServices');
    const el = await readyToSave(adapter);
    const saved = oneEvent(el, 'services-reactivated');
    button(el, 'Save')!.click();
    await until(() => held('reactivateServices').length === 1);
    const call = held('reactivateServices')[0]!;
    el.remove();
    expect(call.signal.aborted).to.equal(false);
    call.release();
    expect((await saved).detail.serviceIds).to.have.length.above(0);
  });

  it('loads nothing while removed, and loads again when put back in the page', async () => {
    const { adapter, calls } = controlled();
    const el = await mount('c-jose', adapter);
    const parent = el.parentElement!;
    el.remove();
    await el.updateComplete;
    expect(calls('getCustomer')).to.have.length(1);
    parent.append(el);
    await until(() => calls('getCustomer').length === 2);
    await until(() => services(el).some((s) => s.includes('Pool cleaning')));
  });
});
