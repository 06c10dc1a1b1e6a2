// A customer with thousands of services: the form renders a first slice at
// once and the rest in the tasks after, so the page answers input meanwhile;
// a service chosen, refused or saved is never left out of what is rendered.
import { expect } from '@open-wc/testing';
import { until } from '../../support/until.js';
import { controlled, mount, qa } from './helpers.js';

const COUNT = 1500;

/** José with COUNT more deactivated on-request services at his first location. */
const big = () => controlled((data) => {
  const template = data.services.find((s) => s.customerId === 'c-jose' && s.status === 'inactive' && s.kind === 'on-request')
    ?? data.services.find((s) => s.customerId === 'c-jose')!;
  const locationId = data.locations.find((l) => l.customerId === 'c-jose' && l.status === 'active')!.id;
  for (let i = 0; i < COUNT; i += 1) {
    data.services.push({ ...template, id: `svc-big-${i}`, name: `Big service ${i + 1}`, kind: 'on-request', status: 'inactive', locationId, schedule: { ...template.schedule, endDate: null, deactivateOnEndDate: false } });
  }
});

const boxes = (el: HTMLElement) => qa(el as never, 'input[name="reactivate"]') as HTMLInputElement[];

describe('<service-reactivate-form> with thousands of services', () => {
  it('shows a first slice at once, then every service without a user action', async () => {
    const { adapter } = big();
    const el = await mount('c-jose', adapter);
    await until(() => boxes(el).length > 0);
    expect(boxes(el).length, 'the first render holds a slice, not the whole list').to.be.below(COUNT);
    await until(() => boxes(el).length >= COUNT, `only ${boxes(el).length} services rendered`);
    expect(boxes(el).some((b) => b.closest('label')!.textContent!.includes(`Big service ${COUNT}`))).to.equal(true);
  });

  it('a service chosen early stays chosen while the rest comes in', async () => {
    const { adapter } = big();
    const el = await mount('c-jose', adapter);
    await until(() => boxes(el).length > 0);
    const first = boxes(el).find((b) => b.closest('label')!.textContent!.includes('Big service 1'))!;
    first.click();
    await el.updateComplete;
    await until(() => boxes(el).length >= COUNT);
    expect(first.checked).to.equal(true);
    expect(el.dirty).to.equal(true);
  });
});
