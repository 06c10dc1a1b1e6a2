import { expect, fixture, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { until } from '../../support/until.js';
import { sendKeys } from '@web/test-runner-commands';
import { LifecycleError } from '../../../src/adapter/errors.js';
import type { LifecycleAdapter } from '../../../src/adapter/types.js';
import { createMemoryAdapter } from '../../../src/adapters/memory/index.js';
import '../../../src/elements/inactive-filter/define.js';
import type { InactiveFilter } from '../../../src/elements/inactive-filter/define.js';
import { NOW, call, deactivation, fixture as dataset } from '../../adapters/memory/fixture.js';

const radios = (el: InactiveFilter) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="radio"]')];
/** Each radio's visible label (without its count). */
const labels = (el: InactiveFilter) => radios(el).map((r) => r.querySelector('[part~="label"]')!.textContent!.trim());
const checked = (el: InactiveFilter) => radios(el).find((r) => r.getAttribute('aria-checked') === 'true');
const focused = (el: InactiveFilter) => el.shadowRoot!.activeElement;
const shown = (root: Element) => [...root.querySelectorAll<HTMLElement>('[data-customer-status]')].filter((r) => !r.hidden).map((r) => r.id);
const withMethods = (base: LifecycleAdapter, methods: Partial<LifecycleAdapter>): LifecycleAdapter =>
  Object.assign(Object.create(base) as LifecycleAdapter, methods);

const DAY = 86_400_000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY).toISOString().slice(0, 10);

/** A host page: a table of customers, and the filter pointing at it. */
function hostPage(filter = html`<inactive-filter for="customers"></inactive-filter>`) {
  return fixtureSync<HTMLDivElement>(html`<div>
    ${filter}
    <table id="customers">
      <thead><tr><th>Name</th></tr></thead>
      <tbody>
        <tr id="ana" data-customer-status="active" data-last-interaction=${daysAgo(3)}><td>Ana</td></tr>
        <tr id="bea" data-customer-status="inactive" data-last-interaction=${daysAgo(400)}><td>Bea</td></tr>
        <tr id="carl" data-customer-status="active" data-last-interaction=${daysAgo(200)}><td>Carl</td></tr>
        <tr id="dan" data-customer-status="active"><td>Dan</td></tr>
        <tr id="note"><td>Not a customer row</td></tr>
      </tbody>
    </table></div>`);
}

describe('<inactive-filter>', () => {
  describe('rendering', () => {
    it('F1 offers Active, Inactive and All as a radio group, Active chosen', async () => {
      const el = await fixture<InactiveFilter>(html`<inactive-filter></inactive-filter>`);
      expect(el.shadowRoot!.querySelector('[role="radiogroup"]')!.getAttribute('aria-label')).to.equal('Customer status');
      expect(labels(el)).to.deep.equal(['Active', 'Inactive', 'All']);
      expect(checked(el)!.textContent!.trim()).to.equal('Active');
      await expect(el).to.be.accessible();
    });

    it('G8 adds Dormant when dormant-days is set', async () => {
      const el = await fixture<InactiveFilter>(html`<inactive-filter dormant-days="90" value="dormant"></inactive-filter>`);
      expect(labels(el)).to.deep.equal(['Active', 'Inactive', 'All', 'Dormant']);
      expect(checked(el)!.textContent!.trim()).to.equal('Dormant');
      await expect(el).to.be.accessible();
    });

    it('shows the value attribute as chosen', async () => {
      const el = await fixture<InactiveFilter>(html`<inactive-filter value="inactive"></inactive-filter>`);
      expect(checked(el)!.textContent!.trim()).to.equal('Inactive');
    });

    it('falls back to Active, with a warning, for a value it does not offer', async () => {
      const warn = console.warn;
      const warnings: unknown[] = [];
      console.warn = (message: unknown) => warnings.push(message);
      try {
        const el = await fixture<InactiveFilter>(html`<inactive-filter value="dormant"></inactive-filter>`);
        expect(el.value).to.equal('active');
        expect(String(warnings[0])).to.contain('dormant');
      } finally {
        console.warn = warn;
      }
    });

    it('seed 002: wording="yes-no" reads "Active: yes" / "Active: no"', async () => {
      const el = await fixture<InactiveFilter>(html`<inactive-filter wording="yes-no"></inactive-filter>`);
      expect(labels(el)).to.deep.equal(['Active: yes', 'Active: no', 'All']);
      await expect(el).to.be.accessible();
    });

    it('uses its label attribute as the group name', async () => {
      const el = await fixture<InactiveFilter>(html`<inactive-filter label="Show"></inactive-filter>`);
      expect(el.shadowRoot!.querySelector('[role="radiogroup"]')!.getAttribute('aria-label')).to.equal('Show');
    });

    it('speaks Spanish inside lang="es"', async () => {
      const wrapper = fixtureSync(html`<div lang="es"><inactive-filter></inactive-filter></div>`);
      const el = wrapper.querySelector('inactive-filter')!;
      await until(() => el.shadowRoot && labels(el).join() === 'Activos,Inactivos,Todos', 'no Spanish labels');
    });
  });

  describe('seed 001 toggle', () => {
    it('switches between the active and the inactive list with one button', async () => {
      const el = await fixture<InactiveFilter>(html`<inactive-filter appearance="toggle"></inactive-filter>`);
      const button = () => el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="toggle"]')!;
      expect(button().textContent!.trim()).to.equal('Show inactive customers');
      await expect(el).to.be.accessible();
      const event = oneEvent(el, 'inactive-filter-change');
      button().click();
      expect((await event).detail.value).to.equal('inactive');
      expect(button().textContent!.trim()).to.equal('Show active customers');
      await expect(el).to.be.accessible();
    });
  });

  describe('events', () => {
    it('fires inactive-filter-change with the value and criteria when the user picks a segment', async () => {
      const el = await fixture<InactiveFilter>(html`<inactive-filter></inactive-filter>`);
      const event = oneEvent(el, 'inactive-filter-change');
      radios(el)[1]!.click();
      const { detail, bubbles, composed } = await event;
      expect(detail).to.deep.equal({ value: 'inactive', criteria: { status: 'inactive' } });
      expect(bubbles && composed).to.equal(true);
      expect(el.value).to.equal('inactive');
    });

    it('F3 gives dormant criteria a server can query: days and the last-interaction cutoff', async () => {
      const el = await fixture<InactiveFilter>(html`<inactive-filter dormant-days="90"></inactive-filter>`);
      const event = oneEvent(el, 'inactive-filter-change');
      radios(el)[3]!.click();
      const { detail } = await event;
      expect(detail.criteria).to.deep.equal({ status: 'dormant', dormantDays: 90, lastInteractionBefore: daysAgo(90) });
    });

    it('fires nothing when the host sets the value', async () => {
      const el = await fixture<InactiveFilter>(html`<inactive-filter></inactive-filter>`);
      let fired = 0;
      el.addEventListener('inactive-filter-change', () => (fired += 1));
      el.value = 'all';
      await el.updateComplete;
      expect(checked(el)!.textContent!.trim()).to.equal('All');
      expect(fired).to.equal(0);
    });

    it('fires nothing when the chosen segment is clicked again', async () => {
      const el = await fixture<InactiveFilter>(html`<inactive-filter></inactive-filter>`);
      let fired = 0;
      el.addEventListener('inactive-filter-change', () => (fired += 1));
      radios(el)[0]!.click();
      await el.updateComplete;
      expect(fired).to.equal(0);
    });
  });

  describe('keyboard and focus', () => {
    it('has one tab stop: the chosen radio', async () => {
      const el = await fixture<InactiveFilter>(html`<inactive-filter value="inactive"></inactive-filter>`);
      expect(radios(el).map((r) => r.tabIndex)).to.deep.equal([-1, 0, -1]);
    });

    it('moves and chooses with the arrow keys, wrapping at the ends', async () => {
      const el = await fixture<InactiveFilter>(html`<inactive-filter></inactive-filter>`);
      radios(el)[0]!.focus();
      const event = oneEvent(el, 'inactive-filter-change');
      await sendKeys({ press: 'ArrowRight' });
      expect((await event).detail.value).to.equal('inactive');
      expect(focused(el)).to.equal(checked(el));
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(el.value).to.equal('all');
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(el.value).to.equal('active');
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(el.value).to.equal('all');
      expect(focused(el)!.textContent!.trim()).to.equal('All');
    });

    it('goes to the first and last choice with Home and End', async () => {
      const el = await fixture<InactiveFilter>(html`<inactive-filter dormant-days="30"></inactive-filter>`);
      radios(el)[0]!.focus();
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(el.value).to.equal('dormant');
      await sendKeys({ press: 'Home' });
      await el.updateComplete;
      expect(el.value).to.equal('active');
      expect(focused(el)).to.equal(radios(el)[0]);
    });
  });

  describe("the host's own markup (for=…)", () => {
    it('F1 hides the rows that are not in the chosen list, and leaves other rows alone', async () => {
      const page = hostPage();
      const el = page.querySelector('inactive-filter')!;
      await el.updateComplete;
      expect(shown(page)).to.deep.equal(['ana', 'carl', 'dan']);
      expect(page.querySelector<HTMLElement>('#note')!.hidden).to.equal(false);
      radios(el)[1]!.click();
      await el.updateComplete;
      expect(shown(page)).to.deep.equal(['bea']);
      radios(el)[2]!.click();
      await el.updateComplete;
      expect(shown(page)).to.deep.equal(['ana', 'bea', 'carl', 'dan']);
    });

    it('F3 shows as dormant the active rows whose last interaction is old enough, or missing', async () => {
      const page = hostPage(html`<inactive-filter for="customers" dormant-days="180" value="dormant"></inactive-filter>`);
      await page.querySelector('inactive-filter')!.updateComplete;
      expect(shown(page)).to.deep.equal(['carl', 'dan']);
    });

    it('filters rows the host adds later, and rows whose status changes', async () => {
      const page = hostPage(html`<inactive-filter for="customers" value="inactive"></inactive-filter>`);
      await page.querySelector('inactive-filter')!.updateComplete;
      const row = document.createElement('tr');
      row.id = 'eve';
      row.dataset.customerStatus = 'active';
      page.querySelector('tbody')!.append(row);
      await until(() => row.hidden, 'the added row was not filtered');
      page.querySelector<HTMLElement>('#ana')!.dataset.customerStatus = 'inactive';
      await until(() => shown(page).includes('ana'), 'the changed row was not filtered again');
    });

    it('filters a list as well as a table', async () => {
      const page = fixtureSync(html`<div><inactive-filter for="list" value="inactive"></inactive-filter>
        <ul id="list"><li id="a" data-customer-status="active">A</li><li id="b" data-customer-status="inactive">B</li></ul></div>`);
      await page.querySelector('inactive-filter')!.updateComplete;
      expect(shown(page)).to.deep.equal(['b']);
    });

    it('finds a table that appears after it', async () => {
      const page = fixtureSync(html`<div><inactive-filter for="late" value="inactive"></inactive-filter></div>`);
      await page.querySelector('inactive-filter')!.updateComplete;
      const list = document.createElement('ul');
      list.id = 'late';
      list.innerHTML = '<li id="x" data-customer-status="active">X</li><li id="y" data-customer-status="inactive">Y</li>';
      page.append(list);
      await until(() => shown(page).join() === 'y', 'the late list was not filtered');
    });

    it('apply() filters now and says how many customer rows are shown', async () => {
      const page = hostPage();
      const el = page.querySelector('inactive-filter')!;
      await el.updateComplete;
      el.value = 'all';
      expect(el.apply()).to.equal(4);
    });
  });

  describe('url (sync-url)', () => {
    const start = location.href;
    afterEach(() => history.replaceState(null, '', start));

    it('writes the choice into the query string', async () => {
      const el = await fixture<InactiveFilter>(html`<inactive-filter sync-url></inactive-filter>`);
      radios(el)[1]!.click();
      await el.updateComplete;
      expect(new URL(location.href).searchParams.get('status')).to.equal('inactive');
    });

    it('starts from the query string, under its own name', async () => {
      history.replaceState(null, '', '?show=all');
      const el = await fixture<InactiveFilter>(html`<inactive-filter sync-url="show"></inactive-filter>`);
      expect(el.value).to.equal('all');
    });

    it('follows back and forward, telling the host', async () => {
      const el = await fixture<InactiveFilter>(html`<inactive-filter sync-url></inactive-filter>`);
      radios(el)[1]!.click();
      await el.updateComplete;
      const event = oneEvent(el, 'inactive-filter-change');
      history.back();
      expect((await event).detail.value).to.equal('active');
      expect(checked(el)!.textContent!.trim()).to.equal('Active');
    });
  });

  describe('forms', () => {
    it('submits its value under its name, and returns to its value attribute on reset', async () => {
      const form = fixtureSync<HTMLFormElement>(html`<form><inactive-filter name="status" value="inactive"></inactive-filter></form>`);
      const el = form.querySelector('inactive-filter')!;
      await el.updateComplete;
      expect(new FormData(form).get('status')).to.equal('inactive');
      radios(el)[2]!.click();
      await el.updateComplete;
      expect(new FormData(form).get('status')).to.equal('all');
      form.reset();
      await el.updateComplete;
      expect(el.value).to.equal('inactive');
      expect(new FormData(form).get('status')).to.equal('inactive');
    });

    it('is not submitted, nor changeable, when disabled', async () => {
      const form = fixtureSync<HTMLFormElement>(html`<form><inactive-filter name="status" disabled></inactive-filter></form>`);
      const el = form.querySelector('inactive-filter')!;
      await el.updateComplete;
      expect(new FormData(form).has('status')).to.equal(false);
      radios(el)[1]!.click();
      await el.updateComplete;
      expect(el.value).to.equal('active');
      await expect(el).to.be.accessible();
    });
  });

  describe('counts from the adapter', () => {
    const memory = () => createMemoryAdapter({ data: dataset(), now: () => NOW });
    const counts = (el: InactiveFilter) => radios(el).map((r) => r.querySelector('[part~="count"]')?.textContent);

    it('shows how many customers each segment has, and says it to screen readers', async () => {
      const el = await fixture<InactiveFilter>(html`<inactive-filter .adapter=${memory()}></inactive-filter>`);
      await until(() => counts(el)[0] !== '', 'no counts');
      expect(counts(el)).to.deep.equal(['3', '2', '5']);
      expect(radios(el)[1]!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Inactive 2, 2 customers');
      await expect(el).to.be.accessible();
    });

    it('recounts when a customer changes through the adapter', async () => {
      const adapter = memory();
      const el = await fixture<InactiveFilter>(html`<inactive-filter .adapter=${adapter}></inactive-filter>`);
      await until(() => counts(el)[1] === '2');
      await adapter.deactivate(deactivation(['c-ana']), call());
      await until(() => counts(el)[1] === '3', 'the counts did not follow the change');
    });

    it('says the counts failed, offers a retry, fires lifecycle-error, and stays usable', async () => {
      const base = memory();
      let fail = true;
      const adapter = withMethods(base, {
        countCustomers: (query, options) => (fail ? Promise.reject(new LifecycleError('network', 'offline')) : base.countCustomers(query, options)),
      });
      const el = fixtureSync<InactiveFilter>(html`<inactive-filter .adapter=${adapter}></inactive-filter>`);
      const { detail } = await oneEvent(el, 'lifecycle-error');
      expect(detail.error.code).to.equal('network');
      await el.updateComplete;
      const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
      expect(alert.textContent).to.contain('The counts could not be loaded.');
      await expect(el).to.be.accessible();
      radios(el)[1]!.click();
      await el.updateComplete;
      expect(el.value).to.equal('inactive');
      fail = false;
      alert.querySelector('button')!.click();
      await until(() => counts(el)[0] === '3', 'retry did not count');
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    });
  });
});
