import { expect, fixture, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { LifecycleError } from '../../../src/adapter/errors.js';
import type { Counts } from '../../../src/adapter/types.js';
import { createMemoryAdapter, type MemoryAdapter } from '../../../src/adapters/memory/index.js';
import '../../../src/elements/lifecycle-provider/define.js';
import { NOW, call, deactivation, fixture as dataset } from '../../adapters/memory/fixture.js';
import { until } from '../../support/until.js';
import { alert, counts, deferred, radios, withMethods, type InactiveFilter } from './helpers.js';

const memory = () => createMemoryAdapter({ data: dataset(), now: () => NOW });
const countCalls = (adapter: MemoryAdapter) => adapter.calls.filter((c) => c.method === 'countCustomers');

describe('<inactive-filter> counts from the adapter', () => {
  it('shows how many customers each segment has, and says it to screen readers', async () => {
    const el = await fixture<InactiveFilter>(html`<inactive-filter .adapter=${memory()}></inactive-filter>`);
    await until(() => counts(el)[0] !== '', 'no counts');
    expect(counts(el)).to.deep.equal(['3', '2', '5']);
    expect(radios(el)[1]!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Inactive 2, 2 customers');
    await expect(el).to.be.accessible();
  });

  it('G8 counts the dormant customers for its dormant days', async () => {
    const adapter = memory();
    const el = await fixture<InactiveFilter>(html`<inactive-filter dormant-days="180" .adapter=${adapter}></inactive-filter>`);
    await until(() => counts(el)[3] === '1', 'no dormant count');
    expect(countCalls(adapter).map((c) => c.input)).to.deep.equal([{ dormantDays: 180 }]);
    expect(radios(el)[3]!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Dormant 1, 1 customer');
  });

  it('keeps a place for the counts while they load, so nothing moves when they arrive', async () => {
    const answer = deferred<Counts>();
    const adapter = withMethods(memory(), { countCustomers: () => answer.promise });
    const el = await fixture<InactiveFilter>(html`<inactive-filter .adapter=${adapter}></inactive-filter>`);
    expect(counts(el)).to.deep.equal(['', '', '']);
    await expect(el).to.be.accessible();
    const before = radios(el).map((r) => r.getBoundingClientRect().width);
    answer.resolve({ active: 3, inactive: 2, all: 5 });
    await until(() => counts(el)[0] === '3', 'no counts');
    expect(radios(el).map((r) => r.getBoundingClientRect().width)).to.deep.equal(before);
  });

  it('formats counts for the locale with Intl', async () => {
    const adapter = withMethods(memory(), { countCustomers: () => Promise.resolve({ active: 12000, inactive: 3400, all: 15400 }) });
    const page = fixtureSync(html`<div>
      <inactive-filter id="en" .adapter=${adapter}></inactive-filter>
      <div lang="es"><inactive-filter id="es" .adapter=${adapter}></inactive-filter></div></div>`);
    const en = page.querySelector<InactiveFilter>('#en')!;
    const es = page.querySelector<InactiveFilter>('#es')!;
    await until(() => counts(en)[0] === '12,000' && counts(es)[0] === '12.000', 'counts not formatted for the locale');
    expect(counts(es)).to.deep.equal(['12.000', '3400', '15.400']);
    expect(radios(es)[0]!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Activos 12.000, 12.000 clientes');
  });

  it('recounts when a customer changes through the adapter', async () => {
    const adapter = memory();
    const el = await fixture<InactiveFilter>(html`<inactive-filter .adapter=${adapter}></inactive-filter>`);
    await until(() => counts(el)[1] === '2');
    await adapter.deactivate(deactivation(['c-ana']), call());
    await until(() => counts(el)[1] === '3', 'the counts did not follow the change');
    expect(counts(el)).to.deep.equal(['2', '3', '5']);
  });

  it('recounts once for a burst of changes', async () => {
    const adapter = memory();
    const el = await fixture<InactiveFilter>(html`<inactive-filter .adapter=${adapter}></inactive-filter>`);
    await until(() => counts(el)[1] === '2');
    await adapter.deactivate(deactivation(['c-ana', 'c-jose']), call());
    await until(() => counts(el)[1] === '4', 'the counts did not follow the change');
    expect(countCalls(adapter).length).to.equal(2);
  });

  it('says the counts failed, offers to count again, fires lifecycle-error, and stays usable', async () => {
    const base = memory();
    let fail = true;
    const adapter = withMethods(base, {
      countCustomers: (query, options) => (fail ? Promise.reject(new LifecycleError('network', 'offline')) : base.countCustomers(query, options)),
    });
    const el = fixtureSync<InactiveFilter>(html`<inactive-filter .adapter=${adapter}></inactive-filter>`);
    const { detail } = await oneEvent(el, 'lifecycle-error');
    expect(detail.error.code).to.equal('network');
    await el.updateComplete;
    expect(alert(el)!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('The counts could not be loaded. Count again');
    await expect(el).to.be.accessible();
    radios(el)[1]!.click();
    await el.updateComplete;
    expect(el.value).to.equal('inactive');
    fail = false;
    alert(el)!.querySelector('button')!.click();
    await until(() => counts(el)[0] === '3', 'counting again did not count');
    expect(alert(el)).to.equal(null);
  });

  it('says the counts failed in Spanish inside lang="es"', async () => {
    const adapter = withMethods(memory(), { countCustomers: () => Promise.reject(new Error('down')) });
    const page = fixtureSync(html`<div lang="es"><inactive-filter .adapter=${adapter}></inactive-filter></div>`);
    const el = page.querySelector('inactive-filter')!;
    await until(() => alert(el)?.textContent!.includes('No se han podido cargar los recuentos.'), 'no Spanish error');
    expect(alert(el)!.querySelector('button')!.textContent!.trim()).to.equal('Contar de nuevo');
    await expect(el).to.be.accessible();
  });

  it('reports an object that is not an adapter as invalid data', async () => {
    const el = fixtureSync<InactiveFilter>(html`<inactive-filter .adapter=${{ countCustomers: () => null }}></inactive-filter>`);
    const { detail } = await oneEvent(el, 'lifecycle-error');
    expect(detail.error.code).to.equal('invalid-data');
    await el.updateComplete;
    expect(alert(el)).not.to.equal(null);
  });

  it('shows no counts without an adapter', async () => {
    const el = await fixture<InactiveFilter>(html`<inactive-filter></inactive-filter>`);
    expect(counts(el)).to.deep.equal([undefined, undefined, undefined]);
  });

  it("counts with the provider's adapter", async () => {
    const adapter = memory();
    const page = await fixture(html`<lifecycle-provider .adapter=${adapter}><inactive-filter dormant-days="0"></inactive-filter></lifecycle-provider>`);
    const el = page.querySelector('inactive-filter')!;
    await until(() => counts(el)[0] === '3', 'no counts from the provider');
  });

  it('drops the counts when its adapter is taken away', async () => {
    const el = await fixture<InactiveFilter>(html`<inactive-filter .adapter=${memory()}></inactive-filter>`);
    await until(() => counts(el)[0] === '3');
    el.adapter = undefined;
    await el.updateComplete;
    expect(counts(el)).to.deep.equal([undefined, undefined, undefined]);
    expect(radios(el).map((r) => r.textContent!.trim())).to.deep.equal(['Active', 'Inactive', 'All']);
  });

  it('offers no segment for a value of .segments that is not a filter ("toString", "__proto__"), so counts nothing for it', async () => {
    const el = await fixture<InactiveFilter>(html`<inactive-filter .segments=${['active', 'toString', '__proto__', 'inactive']} .adapter=${memory()}></inactive-filter>`);
    await until(() => counts(el)[0] === '3', 'no counts');
    expect(radios(el).map((r) => r.querySelector('[part~="label"]')!.textContent!.trim())).to.deep.equal(['Active', 'Inactive']);
    expect(counts(el)).to.deep.equal(['3', '2']);
  });

  it('stops following the change feed once removed from the page', async () => {
    const adapter = memory();
    const el = await fixture<InactiveFilter>(html`<inactive-filter .adapter=${adapter}></inactive-filter>`);
    await until(() => counts(el)[0] === '3');
    const delivered = new Promise<void>((resolve) => adapter.subscribe(() => resolve()));
    el.remove();
    await adapter.deactivate(deactivation(['c-ana']), call());
    await delivered;
    await adapter.countCustomers({}, call()); // after any recount the change could have started
    expect(countCalls(adapter).length).to.equal(2);
  });
});
