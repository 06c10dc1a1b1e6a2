import { expect, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { LifecycleError } from '../../../src/adapter/errors.js';
import { until } from '../../support/until.js';
import { polluted, THROWS } from '../../support/polluted.js';
import type { ServiceReactivateForm } from '../../../src/elements/service-reactivate-form/define.js';
import { TODAY, button, checkbox, choose, controlled, mount, q, qa, services, show, text } from './helpers.js';

/** The text of what `input`'s aria-describedby points at. */
const described = (el: Element, input: Element) => (input.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean)
  .map((id) => el.shadowRoot!.getElementById(id)?.textContent?.trim() ?? `(missing #${id})`).join(' ');

describe('<service-reactivate-form> rendering and R2', () => {
  it('groups the deactivated services by location, one fieldset and legend each', async () => {
    const { adapter } = controlled();
    const el = await mount('c-jose', adapter);
    const legends = qa(el, 'fieldset > legend').map(text);
    expect(legends).to.deep.equal(['Head office', 'Warehouse – Inactive']);
    expect(services(el).join('|')).to.contain('Pool cleaning').and.contain('Window cleaning');
    expect(services(el).join('|')).not.to.contain('Lawn care');
    await expect(el).to.be.accessible();
  });

  it('loads its English on a page whose Object.prototype has one of its keys as a getter that throws, without a setter', async () => {
    const { adapter } = controlled();
    const shown = await polluted({ 'form.view': THROWS }, async () => {
      const el = await mount('c-jose', adapter);
      return text(q(el, 'label[part~="view"]'));
    });
    expect(shown).to.contain('Configured services');
  });

  it('seed 000: starts on the Active services, as the drop-down that is "defaulted to Active"; Deactivated is one choice away', async () => {
    const { adapter } = controlled();
    const el = fixtureSync<ServiceReactivateForm>(html`<service-reactivate-form customer-id="c-jose" today=${TODAY} .adapter=${adapter}></service-reactivate-form>`);
    await until(() => services(el).length > 0, 'no services shown');
    expect(q<HTMLSelectElement>(el, 'select')!.selectedOptions[0]!.textContent!.trim()).to.equal('Active');
    expect(services(el)).to.deep.equal(['Lawn care', 'Pest control', 'Snow removal']);
    expect(button(el, 'Save'), 'no Save for the active services').to.equal(undefined);
    await show(el, 'inactive');
    expect(services(el).join('|')).to.contain('Pool cleaning');
    expect(button(el, 'Save')).to.not.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('starts on Deactivated for an inactive customer, whose services are all off', async () => {
    const { adapter } = controlled();
    const el = fixtureSync<ServiceReactivateForm>(html`<service-reactivate-form customer-id="c-zoe" today=${TODAY} .adapter=${adapter}></service-reactivate-form>`);
    await until(() => services(el).length > 0, 'no services shown');
    expect(q<HTMLSelectElement>(el, 'select')!.selectedOptions[0]!.textContent!.trim()).to.equal('Deactivated');
    expect(el.view, 'the property stays unset: the choice follows the customer').to.equal(undefined);
  });

  it('shows no Save when there is nothing deactivated to bring back', async () => {
    const { adapter } = controlled();
    const el = await mount('c-ana', adapter);
    expect(qa(el, 'p').map(text)).to.include('0 services');
    expect(button(el, 'Save')).to.equal(undefined);
  });

  it('switches to the active services with the labelled Configured services drop-down', async () => {
    const { adapter } = controlled();
    const el = await mount('c-jose', adapter);
    expect(text(q(el, 'label[part~="view"]'))).to.contain('Configured services');
    await show(el, 'active');
    expect(services(el)).to.deep.equal(['Lawn care', 'Pest control', 'Snow removal']);
    expect(button(el, 'Save')).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('R2 explains that an inactive customer must be reactivated first and fires reactivate-customer-requested', async () => {
    const { adapter } = controlled();
    const el = await mount('c-zoe', adapter);
    expect(text(q(el, '[part~="notice"]'))).to.contain('Reactivate the customer first');
    expect(checkbox(el, 'Lawn care')!.disabled).to.equal(true);
    expect(described(el, checkbox(el, 'Lawn care')!), 'the held-back service says why').to.contain('Reactivate the customer first');
    expect(button(el, 'Reactivate location')).to.equal(undefined);
    await expect(el).to.be.accessible();
    const event = oneEvent(el, 'reactivate-customer-requested');
    button(el, 'Reactivate Zoë Müller')!.click();
    expect((await event).detail).to.deep.equal({ customerId: 'c-zoe' });
  });

  it('R2 keeps the services of an inactive location off and offers Reactivate location (G2)', async () => {
    const { adapter } = controlled();
    const el = await mount('c-jose', adapter);
    expect(checkbox(el, 'Window cleaning')!.disabled).to.equal(true);
    expect(checkbox(el, 'Pool cleaning')!.disabled).to.equal(false);
    const warehouse = qa(el, 'fieldset')[1]!;
    expect(text(warehouse)).to.contain('Reactivate the location first');
    expect(described(el, checkbox(el, 'Window cleaning')!), 'the held-back service says why').to.contain('Reactivate the location first');
    expect(described(el, checkbox(el, 'Pool cleaning')!)).to.equal('');
    expect(button(el, 'Reactivate location')).to.not.equal(undefined);
  });

  it('R2 reactivates a location with one call per click, busy meanwhile, fires location-reactivated and moves focus to its first service', async () => {
    const { adapter, calls, hold, held } = controlled();
    const el = await mount('c-jose', adapter);
    hold('reactivateLocation');
    const reactivate = button(el, 'Reactivate location')!;
    reactivate.focus();
    reactivate.click();
    await until(() => held('reactivateLocation').length === 1);
    await el.updateComplete;
    expect(reactivate.disabled).to.equal(true);
    expect(reactivate.getAttribute('aria-busy')).to.equal('true');
    reactivate.click();
    expect(calls('reactivateLocation')).to.have.length(1);
    const input = calls('reactivateLocation')[0]!.args[0] as Record<string, unknown>;
    expect(input).to.include({ customerId: 'c-jose', locationId: 'loc-2', version: 1 });
    expect(input.actor).to.deep.equal({ id: 'unknown', name: 'Unknown user' });
    const event = oneEvent(el, 'location-reactivated');
    held('reactivateLocation')[0]!.release();
    const { detail } = await event;
    expect(detail).to.include({ customerId: 'c-jose', locationId: 'loc-2' });
    expect(detail.result.results[0]!.outcome).to.equal('done');
    await el.updateComplete;
    expect(qa(el, 'fieldset > legend').map(text)).to.deep.equal(['Head office', 'Warehouse']);
    expect(checkbox(el, 'Window cleaning')!.disabled).to.equal(false);
    expect(el.shadowRoot!.activeElement === checkbox(el, 'Window cleaning'), 'focus moves on to the location\'s first service').to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('shows a failed location reactivation in an alert with Retry, which tries again', async () => {
    const { adapter, calls, hold, held } = controlled();
    const el = await mount('c-jose', adapter);
    hold('reactivateLocation');
    button(el, 'Reactivate location')!.click();
    await until(() => held('reactivateLocation').length === 1);
    const failed = oneEvent(el, 'lifecycle-error');
    held('reactivateLocation')[0]!.fail(new LifecycleError('network', 'offline', { retryable: true }));
    expect((await failed).detail.error.code).to.equal('network');
    await el.updateComplete;
    const alert = q(el, '[role="alert"]')!;
    expect(text(alert)).to.contain('Could not connect');
    await expect(el).to.be.accessible();
    const event = oneEvent(el, 'location-reactivated');
    button(el, 'Retry')!.click();
    await until(() => held('reactivateLocation').length === 2);
    held('reactivateLocation')[1]!.release();
    await event;
    expect(calls('reactivateLocation')).to.have.length(2);
    await el.updateComplete;
    expect(q(el, '[role="alert"]')).to.equal(null);
  });

  it('says so when there is no adapter', async () => {
    const el = document.createElement('service-reactivate-form');
    el.customerId = 'c-jose';
    document.body.append(el);
    await el.updateComplete;
    expect(text(q(el, '[role="alert"]'))).to.contain('No adapter');
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('speaks Spanish inside lang="es", dates through Intl', async () => {
    const { adapter } = controlled();
    const page = fixtureSync<HTMLDivElement>(html`<div lang="es">
      <service-reactivate-form view="inactive" customer-id="c-jose" today=${TODAY} .adapter=${adapter}></service-reactivate-form></div>`);
    const el = page.querySelector('service-reactivate-form')!;
    await until(() => text(q(el, 'label[part~="view"]')).includes('Servicios configurados'), 'no Spanish label');
    expect(qa(el, 'fieldset > legend').map(text)).to.include('Warehouse – Inactivo');
    await choose(el, 'Pool cleaning');
    expect(text(q(el, '[part~="schedule"]'))).to.contain('Fecha de fin').and.contain('Desactivar en la fecha de fin');
    expect(text(q(el, '[part~="service"] .meta'))).to.contain('Recurrente');
    expect(text(el.shadowRoot!.querySelector('[part~="service"]'))).to.match(/1 ene 2024|1 de enero de 2024|01\/01\/2024/);
    await expect(el).to.be.accessible();
  });

  it('in Spanish, asks for the customer first as tú and names the customer with a personal a (R2, G2)', async () => {
    const { adapter } = controlled();
    const page = fixtureSync<HTMLDivElement>(html`<div lang="es">
      <service-reactivate-form customer-id="c-zoe" today=${TODAY} .adapter=${adapter}></service-reactivate-form></div>`);
    const el = page.querySelector('service-reactivate-form')!;
    await until(() => text(q(el, '[part~="notice"]')).includes('Reactiva primero al cliente'), 'no Spanish notice');
    expect(text(button(el, 'Zoë Müller')!)).to.equal('Reactivar a Zoë Müller');
    await expect(el).to.be.accessible();
  });
});
