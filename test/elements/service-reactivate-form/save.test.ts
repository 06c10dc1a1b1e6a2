import { expect, oneEvent } from '@open-wc/testing';
import type { ReactivateServicesInput } from '../../../src/adapter/types.js';
import { until } from '../../support/until.js';
import { warningsOf } from '../../support/console.js';
import { button, checkbox, choose, controlled, mount, q, qa, services, setEnd, show, text, TODAY } from './helpers.js';

const endDate = (el: HTMLElement) => el.shadowRoot!.querySelector<HTMLInputElement>('input[name="end-date"]')!;
const onEnd = (el: HTMLElement) => el.shadowRoot!.querySelector<HTMLInputElement>('input[name="deactivate-on-end-date"]')!;

describe('<service-reactivate-form> R3, validation and Save', () => {
  it('R3 shows a chosen recurring service its end date and "Deactivate on end date"', async () => {
    const { adapter } = controlled();
    const el = await mount('c-jose', adapter);
    expect(endDate(el)).to.equal(null);
    await choose(el, 'Pool cleaning');
    expect(endDate(el).value).to.equal('2024-12-31');
    expect(onEnd(el).checked).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('R3 removing the end date unchecks "Deactivate on end date" by itself', async () => {
    const { adapter } = controlled();
    const el = await mount('c-jose', adapter);
    await choose(el, 'Pool cleaning');
    await setEnd(el, '');
    expect(endDate(el).value).to.equal('');
    expect(onEnd(el).checked).to.equal(false);
    expect(onEnd(el).disabled).to.equal(true);
  });

  it('R3 an on-request service has no end date to remove', async () => {
    const { adapter } = controlled((data) => {
      data.services.push({ ...data.services[1]!, id: 'svc-9', name: 'Gutter check', status: 'inactive' });
    });
    const el = await mount('c-jose', adapter);
    await choose(el, 'Gutter check');
    expect(endDate(el)).to.equal(null);
  });

  it('R3 same day: a service deactivated today keeps no end date of today (it would stop again tonight)', async () => {
    const { adapter, calls } = controlled((data) => {
      const pool = data.services.find((s) => s.id === 'svc-3')!;
      pool.schedule = { ...pool.schedule, endDate: TODAY, deactivateOnEndDate: true };
    });
    const el = await mount('c-jose', adapter);
    await choose(el, 'Pool cleaning');
    button(el, 'Save')!.click();
    await until(() => endDate(el).getAttribute('aria-invalid') === 'true', 'the end date of today was accepted');
    expect(calls('reactivateServices')).to.have.length(0);
    await setEnd(el, '');
    const saved = oneEvent(el, 'services-reactivated');
    button(el, 'Save')!.click();
    expect((await saved).detail.serviceIds).to.deep.equal(['svc-3']);
    const input = calls('reactivateServices')[0]!.args[0] as ReactivateServicesInput;
    expect(input.changes[0]!.schedule).to.include({ endDate: null, deactivateOnEndDate: false });
  });

  it('R3 blocks Save while the end date is past: aria-invalid, the message under the field, focus on it, no call', async () => {
    const { adapter, calls } = controlled();
    const el = await mount('c-jose', adapter);
    await choose(el, 'Pool cleaning');
    button(el, 'Save')!.click();
    await until(() => endDate(el).getAttribute('aria-invalid') === 'true');
    const input = endDate(el);
    const message = el.shadowRoot!.getElementById(input.getAttribute('aria-describedby')!)!;
    expect(text(message)).to.contain('The end date is today or in the past').and.contain('Remove the end date.');
    expect(el.shadowRoot!.activeElement).to.equal(input);
    expect(calls('reactivateServices')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('R3 rejects an end date before the start date', async () => {
    const { adapter } = controlled((data) => {
      data.services[2]!.schedule.startDate = '2027-01-01';
    });
    const el = await mount('c-jose', adapter);
    await choose(el, 'Pool cleaning');
    await setEnd(el, '2026-12-01');
    button(el, 'Save')!.click();
    await until(() => endDate(el).getAttribute('aria-invalid') === 'true');
    expect(text(q(el, '[part~="field-error"]'))).to.contain('before the start date');
  });

  it('saves every choice with ONE reactivateServices call and moves the services to Active', async () => {
    const { adapter, calls } = controlled();
    const el = await mount('c-jose', adapter);
    await choose(el, 'Pool cleaning');
    await setEnd(el, '2027-06-30');
    const event = oneEvent(el, 'services-reactivated');
    button(el, 'Save')!.click();
    const { detail } = await event;
    expect(calls('reactivateServices')).to.have.length(1);
    const input = calls('reactivateServices')[0]!.args[0] as ReactivateServicesInput;
    expect(input.customerId).to.equal('c-jose');
    expect(input.changes).to.deep.equal([
      { serviceId: 'svc-3', version: 1, schedule: { startDate: '2024-01-01', endDate: '2027-06-30', deactivateOnEndDate: true } },
    ]);
    expect(input.idempotencyKey).to.be.a('string').with.length.above(8);
    expect(detail).to.include({ customerId: 'c-jose' });
    expect(detail.serviceIds).to.deep.equal(['svc-3']);
    await until(() => !services(el).some((s) => s.includes('Pool cleaning')));
    expect(el.dirty).to.equal(false);
    expect(text(q(el, '[role="status"]'))).to.contain('Pool cleaning: Active');
    await show(el, 'active');
    expect(services(el)).to.include('Pool cleaning');
    await expect(el).to.be.accessible();
  });

  it('after Save, whose button is then off, moves focus on instead of dropping it to the page', async () => {
    const { adapter } = controlled();
    const el = await mount('c-jose', adapter);
    await choose(el, 'Pool cleaning');
    await setEnd(el, '2027-06-30');
    const save = button(el, 'Save')!;
    save.focus();
    const event = oneEvent(el, 'services-reactivated');
    save.click();
    await event;
    const focused = el.shadowRoot!.activeElement as HTMLElement | null;
    expect(focused?.localName, 'focus stays in the form').to.equal('select');
    expect(focused?.getAttribute('aria-disabled') ?? null).to.equal(null);
  });

  it('reports a partial failure per service, with the reason and the way out, and keeps the failed choice', async () => {
    const { adapter, base, answerWith } = controlled((data) => {
      data.locations[1]!.status = 'active';
    });
    answerWith('reactivateServices', async (...args: unknown[]) => {
      const input = args[0] as ReactivateServicesInput;
      const result = await base.reactivateServices({ ...input, changes: input.changes.filter((c) => c.serviceId === 'svc-3') }, args[1] as never);
      return { ...result, results: [...result.results, { id: 'svc-4', outcome: 'blocked', blockers: [{ rule: 'R3', reason: 'end-date-past', fix: 'remove-end-date' }] }] };
    });
    const el = await mount('c-jose', adapter);
    await choose(el, 'Pool cleaning');
    await setEnd(el, '');
    await choose(el, 'Window cleaning');
    const windowEnd = el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="end-date"]')[1]!;
    windowEnd.value = '2027-01-31';
    windowEnd.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const event = oneEvent(el, 'services-reactivated');
    button(el, 'Save')!.click();
    const { detail } = await event;
    expect(detail.serviceIds).to.deep.equal(['svc-3']);
    expect(detail.result.results.map((r: { outcome: string }) => r.outcome)).to.deep.equal(['done', 'blocked']);
    await until(() => !services(el).some((s) => s.includes('Pool cleaning')));
    expect(checkbox(el, 'Window cleaning')!.checked).to.equal(true);
    expect(endDate(el).value).to.equal('2027-01-31');
    expect(text(q(el, '[part~="field-error"]'))).to.contain('The end date is today or in the past').and.contain('Remove the end date.');
    expect(el.dirty).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('says a reason or error code it does not know in plain words, never as a message key', async () => {
    const { adapter, answerWith } = controlled((data) => {
      data.locations[1]!.status = 'active';
    });
    // A host's own backend may refuse for reasons of its own: codes the kit's catalogue has no words for.
    answerWith('reactivateServices', async () => ({
      operationId: 'op-host',
      undoUntil: null,
      results: [
        { id: 'svc-3', outcome: 'blocked', blockers: [{ rule: 'R3', reason: 'credit-hold', fix: 'call-billing' }] },
        { id: 'svc-4', outcome: 'failed', error: { code: 'E_QUOTA', message: 'Quota reached' } },
      ],
    }));
    const el = await mount('c-jose', adapter);
    await choose(el, 'Pool cleaning');
    await setEnd(el, '');
    await choose(el, 'Window cleaning');
    const windowEnd = qa(el, 'input[name="end-date"]')[1] as HTMLInputElement;
    windowEnd.value = '';
    windowEnd.dispatchEvent(new Event('change'));
    const event = oneEvent(el, 'services-reactivated');
    button(el, 'Save')!.click();
    await event;
    await el.updateComplete;
    const messages = qa(el, '[part~="field-error"]').map(text);
    expect(messages).to.deep.equal(['This action is not allowed for this customer right now.', 'Something went wrong. Try again.']);
  });

  it('R3 checks end dates against the real today when the today attribute is not a date, and warns once', async () => {
    const { adapter, calls } = controlled();
    const el = await mount('c-jose', adapter);
    const warnings = await warningsOf(async () => {
      el.today = '9999-99-99'; // as text it is after every date: a 2030 end date would read as past
      await choose(el, 'Pool cleaning');
      await setEnd(el, '2030-01-31');
      const saved = oneEvent(el, 'services-reactivated');
      button(el, 'Save')!.click();
      expect((await saved).detail.serviceIds).to.deep.equal(['svc-3']);
    });
    expect(calls('reactivateServices')).to.have.length(1);
    expect(warnings.filter((w) => w.includes('today="9999-99-99" is not a YYYY-MM-DD date'))).to.have.length(1);
  });
});
