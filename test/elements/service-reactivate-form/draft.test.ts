import { expect, oneEvent } from '@open-wc/testing';
import type { Dataset, ReactivateServicesInput } from '../../../src/adapter/types.js';
import type { ServiceFormDirtyChangeEvent } from '../../../src/elements/service-reactivate-form/define.js';
import { until } from '../../support/until.js';
import { ACTOR, button, checkbox, choose, controlled, loading, mount, mountInProvider, q, services, setEnd, text } from './helpers.js';

/** c-zoe reactivated by a host that keeps the deactivation's record: loc-3 and svc-5 were switched off by op-old; svc-7 on its own. */
function zoeActive(data: Dataset): void {
  const zoe = data.customers.find((c) => c.id === 'c-zoe')!;
  zoe.status = 'active';
  data.services.push({ ...data.services[4]!, id: 'svc-7', name: 'Hedge trimming', deactivatedByOperation: null });
}

describe('<service-reactivate-form> draft, G3, loading and the change feed', () => {
  it('G3 offers to restore what the deactivation switched off, pre-filled, saved only on Save', async () => {
    const { adapter, calls } = controlled(zoeActive);
    const el = await mount('c-zoe', adapter);
    const offer = button(el, 'Restore the service that was active before')!;
    expect(offer).to.not.equal(undefined);
    await expect(el).to.be.accessible();
    offer.click();
    await el.updateComplete;
    expect(checkbox(el, 'Lawn care')!.checked).to.equal(true);
    expect(checkbox(el, 'Hedge trimming')!.checked).to.equal(false);
    // R3: the end date the cascade set is gone, so "deactivate on end date" is off.
    expect(q<HTMLInputElement>(el, 'input[name="end-date"]')!.value).to.equal('');
    expect(el.dirty).to.equal(true);
    expect(calls('reactivateServices')).to.have.length(0);
    // R2: the location comes first.
    const located = oneEvent(el, 'location-reactivated');
    button(el, 'Reactivate location')!.click();
    await located;
    await el.updateComplete;
    expect(checkbox(el, 'Lawn care')!.checked).to.equal(true);
    const saved = oneEvent(el, 'services-reactivated');
    button(el, 'Save')!.click();
    expect((await saved).detail.serviceIds).to.deep.equal(['svc-5']);
    const input = calls('reactivateServices')[0]!.args[0] as ReactivateServicesInput;
    expect(input.changes.map((c) => c.schedule.endDate)).to.deep.equal([null]);
    await until(() => services(el).every((s) => !s.includes('Lawn care')));
  });

  it('G3 offers the restore after a real reactivation that did not restore (the record is gone, the audit trail has it)', async () => {
    const { adapter, base } = controlled();
    const result = await base.reactivate({
      targets: [{ customerId: 'c-zoe' }], restoreCascade: false, releaseInvoices: false, reason: null, idempotencyKey: 'k-zoe-back', actor: ACTOR,
    }, { signal: new AbortController().signal });
    expect(result.results[0]!.outcome).to.equal('done');
    const el = await mount('c-zoe', adapter);
    const offer = button(el, 'Restore the service that was active before');
    expect(offer, 'no restore offer').to.not.equal(undefined);
    offer!.click();
    await el.updateComplete;
    expect(checkbox(el, 'Lawn care')!.checked).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('G3 makes no offer when nothing was switched off by the deactivation', async () => {
    const { adapter } = controlled();
    const el = await mount('c-jose', adapter);
    expect(q(el, '[part~="restore"]')).to.equal(null);
  });

  it('G3 makes no offer when the policy switches restoreOffer off', async () => {
    const { adapter } = controlled(zoeActive);
    const el = await mountInProvider('c-zoe', adapter, { restoreOffer: false });
    expect(checkbox(el, 'Lawn care')?.disabled, 'Lawn care is listed').to.equal(true);
    expect(text(q(el, '[part~="restore"]')), 'no restore offer').to.equal('');
  });

  it('sends the actor the provider gives with every mutation', async () => {
    const { adapter, calls } = controlled();
    const el = await mountInProvider('c-jose', adapter);
    await choose(el, 'Pool cleaning');
    await setEnd(el, '');
    const saved = oneEvent(el, 'services-reactivated');
    button(el, 'Save')!.click();
    await saved;
    expect((calls('reactivateServices')[0]!.args[0] as ReactivateServicesInput).actor).to.deep.equal(ACTOR);
    const located = oneEvent(el, 'location-reactivated');
    button(el, 'Reactivate location')!.click();
    await located;
    expect((calls('reactivateLocation')[0]!.args[0] as { actor: unknown }).actor).to.deep.equal(ACTOR);
  });

  it('is not dirty until the user edits, and fires service-form-dirty-change when that flips', async () => {
    const { adapter } = controlled();
    const el = await mount('c-jose', adapter);
    expect(el.dirty).to.equal(false);
    const seen: boolean[] = [];
    el.addEventListener('service-form-dirty-change', (e: ServiceFormDirtyChangeEvent) => seen.push(e.detail.dirty));
    await choose(el, 'Pool cleaning');
    expect(el.dirty).to.equal(true);
    await choose(el, 'Pool cleaning');
    expect(el.dirty).to.equal(false);
    el.customerId = 'c-zoe';
    await until(() => text(q(el, 'legend')).includes('Home'));
    expect(seen).to.deep.equal([true, false]);
  });

  it('aborts the load when disconnected', async () => {
    const { el, held } = await loading('c-jose');
    expect(text(q(el, '[role="status"]'))).to.contain('Loading');
    await expect(el).to.be.accessible();
    el.remove();
    expect(held('getCustomer')[0]!.signal.aborted).to.equal(true);
  });

  it('ignores a late answer for a customer no longer shown, and reports nothing', async () => {
    const { el, base, held } = await loading('c-jose');
    const errors: string[] = [];
    el.addEventListener('lifecycle-error', (e) => errors.push(e.detail.error.code));
    el.customerId = 'c-zoe';
    await until(() => held('getCustomer').length === 2);
    // José's answer comes (as from an adapter that ignores the signal) after the form moved on, and before Zoë's:
    // it is handled first, so by the time Zoë is shown it has been dropped, or shown.
    held('getCustomer')[0]!.answer(await base.getCustomer('c-jose', { signal: new AbortController().signal }));
    held('getCustomer')[1]!.release();
    await until(() => q(el, 'legend'));
    await el.updateComplete;
    expect(text(q(el, 'legend'))).to.contain('Home');
    expect(services(el).join()).to.contain('Lawn care').and.not.contain('Pool cleaning');
    expect(errors, 'a dropped answer is no error').to.deep.equal([]);
  });

  it('reloads when this customer changes elsewhere', async () => {
    const { adapter, base } = controlled();
    const el = await mount('c-jose', adapter);
    await base.reactivateLocation({ customerId: 'c-jose', locationId: 'loc-2', idempotencyKey: 'k-feed-1', actor: ACTOR }, { signal: new AbortController().signal });
    await until(() => !text(q(el, 'fieldset:nth-of-type(2) legend')).includes('Inactive'));
    expect(checkbox(el, 'Window cleaning')!.disabled).to.equal(false);
  });

  it('keeps a dirty draft when the customer changes elsewhere, and offers to reload', async () => {
    const { adapter, base } = controlled();
    const el = await mount('c-jose', adapter);
    await choose(el, 'Pool cleaning');
    await base.reactivateLocation({ customerId: 'c-jose', locationId: 'loc-2', idempotencyKey: 'k-feed-2', actor: ACTOR }, { signal: new AbortController().signal });
    await until(() => text(q(el, '[role="status"]')).includes('changed by someone else'));
    expect(checkbox(el, 'Pool cleaning')!.checked).to.equal(true);
    await expect(el).to.be.accessible();
    const dirty = oneEvent(el, 'service-form-dirty-change');
    button(el, 'Reload')!.click();
    expect((await dirty).detail.dirty).to.equal(false);
    await until(() => checkbox(el, 'Window cleaning')?.disabled === false);
    expect(checkbox(el, 'Pool cleaning')!.checked).to.equal(false);
  });
});
