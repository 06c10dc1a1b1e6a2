import { expect, fixture, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { InactiveFilter } from '../../../src/elements/inactive-filter/define.js';
import { InactiveFilterChangeEvent } from '../../../src/elements/inactive-filter/inactive-filter.events.js';
import { until } from '../../support/until.js';
import { warningsOf } from '../../support/console.js';
import { checked, checkedLabel, daysAgo, focused, group, hostPage, labels, radios, shown, toggle, transitionsDone } from './helpers.js';

/** Counts the `inactive-filter-change` events `el` fires from now on. */
function countEvents(el: HTMLElement) {
  const events: InactiveFilterChangeEvent[] = [];
  el.addEventListener('inactive-filter-change', (event) => events.push(event));
  return events;
}

describe('<inactive-filter>', () => {
  describe('rendering', () => {
    it('registers its tag when its module is imported', () => {
      expect(customElements.get('inactive-filter')).to.equal(InactiveFilter);
    });

    it('F1 offers Active, Inactive and All as a radio group named "Customer status", Active chosen', async () => {
      const el = await fixture<InactiveFilter>(html`<inactive-filter></inactive-filter>`);
      expect(group(el).getAttribute('aria-label')).to.equal('Customer status');
      expect(labels(el)).to.deep.equal(['Active', 'Inactive', 'All']);
      expect(checkedLabel(el)).to.equal('Active');
      await expect(el).to.be.accessible();
    });

    it('G8 adds Dormant when dormant-days is set', async () => {
      const el = await fixture<InactiveFilter>(html`<inactive-filter dormant-days="90" value="dormant"></inactive-filter>`);
      expect(labels(el)).to.deep.equal(['Active', 'Inactive', 'All', 'Dormant']);
      expect(checkedLabel(el)).to.equal('Dormant');
      await expect(el).to.be.accessible();
    });

    it('shows the value attribute as chosen', async () => {
      const el = await fixture<InactiveFilter>(html`<inactive-filter value="inactive"></inactive-filter>`);
      expect(checkedLabel(el)).to.equal('Inactive');
      expect(radios(el).map((r) => r.getAttribute('aria-checked'))).to.deep.equal(['false', 'true', 'false']);
      await expect(el).to.be.accessible();
    });

    it('falls back to the first choice, with a warning, for a value it does not offer', async () => {
      let el: InactiveFilter | undefined;
      const warnings = await warningsOf(async () => {
        el = await fixture<InactiveFilter>(html`<inactive-filter value="dormant"></inactive-filter>`);
      });
      expect(el!.value).to.equal('active');
      expect(warnings[0]).to.contain('"dormant" is not one of active, inactive, all');
    });

    it('seed 002: wording="yes-no" reads "Active: yes" / "Active: no"', async () => {
      const el = await fixture<InactiveFilter>(html`<inactive-filter wording="yes-no" value="inactive"></inactive-filter>`);
      expect(labels(el)).to.deep.equal(['Active: yes', 'Active: no', 'All']);
      expect(checkedLabel(el)).to.equal('Active: no');
      await expect(el).to.be.accessible();
    });

    it('seed 002: segments="all inactive" keeps everyone listed, with "Active: no" as the filter', async () => {
      let el: InactiveFilter | undefined;
      const warnings = await warningsOf(async () => {
        el = await fixture<InactiveFilter>(html`<inactive-filter wording="yes-no" segments="all inactive"></inactive-filter>`);
      });
      expect(labels(el!)).to.deep.equal(['All', 'Active: no']);
      expect(checkedLabel(el!)).to.equal('All');
      expect(warnings).to.deep.equal([]);
      await expect(el!).to.be.accessible();
    });

    it('uses its label attribute as the group name', async () => {
      const el = await fixture<InactiveFilter>(html`<inactive-filter label="Show"></inactive-filter>`);
      expect(group(el).getAttribute('aria-label')).to.equal('Show');
    });

    it('keeps its default group name for an empty label attribute', async () => {
      const el = await fixture<InactiveFilter>(html`<inactive-filter label=""></inactive-filter>`);
      expect(group(el).getAttribute('aria-label')).to.equal('Customer status');
    });

    it('speaks Spanish inside lang="es"', async () => {
      const wrapper = fixtureSync(html`<div lang="es"><inactive-filter dormant-days="30"></inactive-filter></div>`);
      const el = wrapper.querySelector('inactive-filter')!;
      await until(() => el.shadowRoot && labels(el).join() === 'Activos,Inactivos,Todos,Sin actividad', 'no Spanish labels');
      expect(group(el).getAttribute('aria-label')).to.equal('Estado del cliente');
      await expect(el).to.be.accessible();
    });

    it('takes message overrides from its messages property', async () => {
      const el = await fixture<InactiveFilter>(html`<inactive-filter .messages=${{ 'filter.inactive': 'Archived' }}></inactive-filter>`);
      expect(labels(el)).to.deep.equal(['Active', 'Archived', 'All']);
    });
  });

  describe('seed 001 toggle (appearance="toggle")', () => {
    it('renders one button that offers the inactive list', async () => {
      const el = await fixture<InactiveFilter>(html`<inactive-filter appearance="toggle"></inactive-filter>`);
      expect(toggle(el).textContent!.trim()).to.equal('Show inactive customers');
      expect(el.shadowRoot!.querySelector('[role="radiogroup"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('switches to the inactive list and then offers the active one', async () => {
      const el = await fixture<InactiveFilter>(html`<inactive-filter appearance="toggle"></inactive-filter>`);
      const event = oneEvent(el, 'inactive-filter-change');
      toggle(el).click();
      expect((await event).detail).to.deep.equal({ value: 'inactive', criteria: { status: 'inactive' } });
      expect(toggle(el).textContent!.trim()).to.equal('Show active customers');
      await expect(el).to.be.accessible();
    });

    it('switches back with the keyboard (Enter)', async () => {
      const el = await fixture<InactiveFilter>(html`<inactive-filter appearance="toggle" value="inactive"></inactive-filter>`);
      toggle(el).focus();
      const event = oneEvent(el, 'inactive-filter-change');
      await sendKeys({ press: 'Enter' });
      expect((await event).detail.value).to.equal('active');
      expect(focused(el)).to.equal(toggle(el));
    });

    it('speaks Spanish inside lang="es"', async () => {
      const wrapper = fixtureSync(html`<div lang="es"><inactive-filter appearance="toggle"></inactive-filter></div>`);
      const el = wrapper.querySelector('inactive-filter')!;
      await until(() => el.shadowRoot && toggle(el)?.textContent!.trim() === 'Mostrar clientes inactivos', 'no Spanish toggle');
    });
  });

  describe('properties', () => {
    it('shows a value the host sets', async () => {
      const el = await fixture<InactiveFilter>(html`<inactive-filter></inactive-filter>`);
      el.value = 'all';
      await el.updateComplete;
      expect(checkedLabel(el)).to.equal('All');
      await transitionsDone(el);
      await expect(el).to.be.accessible();
    });

    it('offers the segments the host sets, in its order', async () => {
      const el = await fixture<InactiveFilter>(html`<inactive-filter dormant-days="30"></inactive-filter>`);
      el.segments = ['dormant', 'active'];
      await el.updateComplete;
      expect(labels(el)).to.deep.equal(['Dormant', 'Active']);
      expect(checkedLabel(el)).to.equal('Active');
    });

    it('leaves Dormant out of the segments while there are no dormant days', async () => {
      const el = await fixture<InactiveFilter>(html`<inactive-filter segments="active dormant inactive"></inactive-filter>`);
      expect(labels(el)).to.deep.equal(['Active', 'Inactive']);
    });

    it('gives criteria for the current value', async () => {
      const el = await fixture<InactiveFilter>(html`<inactive-filter dormant-days="90" value="dormant"></inactive-filter>`);
      expect(el.criteria).to.deep.equal({ status: 'dormant', dormantDays: 90, lastInteractionBefore: daysAgo(90) });
      el.value = 'all';
      expect(el.criteria).to.deep.equal({ status: 'all' });
    });
  });

  describe('events', () => {
    it('fires inactive-filter-change, bubbling and composed, with the value and criteria when the user picks a segment', async () => {
      const el = await fixture<InactiveFilter>(html`<inactive-filter></inactive-filter>`);
      const event = oneEvent(el, 'inactive-filter-change');
      radios(el)[1]!.click();
      const fired = await event;
      expect(fired).to.be.instanceOf(InactiveFilterChangeEvent);
      expect(fired.detail).to.deep.equal({ value: 'inactive', criteria: { status: 'inactive' } });
      expect(fired.bubbles && fired.composed).to.equal(true);
      expect(el.value).to.equal('inactive');
    });

    it('F3 gives dormant criteria a server can query: the days and the last-interaction cutoff', async () => {
      const el = await fixture<InactiveFilter>(html`<inactive-filter dormant-days="90"></inactive-filter>`);
      const event = oneEvent(el, 'inactive-filter-change');
      radios(el)[3]!.click();
      expect((await event).detail.criteria).to.deep.equal({ status: 'dormant', dormantDays: 90, lastInteractionBefore: daysAgo(90) });
    });

    it('fires once the choice is shown and the host rows are filtered', async () => {
      const { page, el } = hostPage();
      await el.updateComplete;
      const seen = new Promise<[string | undefined, string[]]>((resolve) => {
        el.addEventListener('inactive-filter-change', () => resolve([checkedLabel(el), shown(page)]), { once: true });
      });
      radios(el)[1]!.click();
      expect(await seen).to.deep.equal(['Inactive', ['bea']]);
    });

    it('fires nothing when the host sets the value', async () => {
      const el = await fixture<InactiveFilter>(html`<inactive-filter></inactive-filter>`);
      const events = countEvents(el);
      el.value = 'all';
      await el.updateComplete;
      expect(checkedLabel(el)).to.equal('All');
      expect(events.length).to.equal(0);
    });

    it('fires nothing when the chosen segment is clicked again', async () => {
      const el = await fixture<InactiveFilter>(html`<inactive-filter></inactive-filter>`);
      const events = countEvents(el);
      radios(el)[0]!.click();
      await el.updateComplete;
      expect(events.length).to.equal(0);
    });

    it('fires once for two quick choices, with the last one', async () => {
      const el = await fixture<InactiveFilter>(html`<inactive-filter></inactive-filter>`);
      const events = countEvents(el);
      radios(el)[1]!.click();
      radios(el)[2]!.click();
      await el.updateComplete;
      expect(events.map((e) => e.detail.value)).to.deep.equal(['all']);
    });
  });

  describe('keyboard and focus', () => {
    it('has one tab stop: the chosen radio', async () => {
      const el = await fixture<InactiveFilter>(html`<inactive-filter value="inactive"></inactive-filter>`);
      expect(radios(el).map((r) => r.tabIndex)).to.deep.equal([-1, 0, -1]);
    });

    it('Tab enters on the chosen radio and leaves the group at once', async () => {
      const page = fixtureSync<HTMLDivElement>(html`<div><button id="before">Before</button>
        <inactive-filter value="all"></inactive-filter><button id="after">After</button></div>`);
      const el = page.querySelector('inactive-filter')!;
      await el.updateComplete;
      page.querySelector<HTMLElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal(checked(el));
      expect(checkedLabel(el)).to.equal('All');
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(page.querySelector('#after'));
    });

    it('moves and chooses with Right and Down, wrapping from the last to the first', async () => {
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
      expect(focused(el)).to.equal(radios(el)[0]);
    });

    it('moves back with Left and Up, wrapping from the first to the last', async () => {
      const el = await fixture<InactiveFilter>(html`<inactive-filter></inactive-filter>`);
      radios(el)[0]!.focus();
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(el.value).to.equal('all');
      await sendKeys({ press: 'ArrowUp' });
      await el.updateComplete;
      expect(el.value).to.equal('inactive');
      expect(focused(el)).to.equal(checked(el));
      expect(checkedLabel(el)).to.equal('Inactive');
    });

    it('goes to the first and last choice with Home and End', async () => {
      const el = await fixture<InactiveFilter>(html`<inactive-filter dormant-days="30"></inactive-filter>`);
      radios(el)[0]!.focus();
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(el.value).to.equal('dormant');
      expect(focused(el)).to.equal(radios(el)[3]);
      await sendKeys({ press: 'Home' });
      await el.updateComplete;
      expect(el.value).to.equal('active');
      expect(focused(el)).to.equal(radios(el)[0]);
    });

    it('follows the reading direction: in right-to-left text, Left goes to the next choice', async () => {
      const page = fixtureSync<HTMLDivElement>(html`<div dir="rtl"><inactive-filter></inactive-filter></div>`);
      const el = page.querySelector('inactive-filter')!;
      await el.updateComplete;
      radios(el)[0]!.focus();
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(el.value).to.equal('inactive');
      await transitionsDone(el);
      await expect(el).to.be.accessible();
    });

    it('focus() puts focus on the chosen radio, where Tab would enter', async () => {
      const el = await fixture<InactiveFilter>(html`<inactive-filter value="all"></inactive-filter>`);
      el.focus();
      expect(focused(el)).to.equal(checked(el));
      expect(checkedLabel(el)).to.equal('All');
    });

    it('focus() puts focus on the toggle of appearance="toggle"', async () => {
      const el = await fixture<InactiveFilter>(html`<inactive-filter appearance="toggle"></inactive-filter>`);
      el.focus();
      expect(focused(el)).to.equal(toggle(el));
    });

    it('chooses the focused radio with Space when it is not the chosen one', async () => {
      const el = await fixture<InactiveFilter>(html`<inactive-filter></inactive-filter>`);
      radios(el)[2]!.focus();
      const event = oneEvent(el, 'inactive-filter-change');
      await sendKeys({ press: ' ' });
      expect((await event).detail.value).to.equal('all');
      expect(checkedLabel(el)).to.equal('All');
      expect(focused(el)).to.equal(checked(el));
    });

    it('moves from the focused radio, not the chosen one, after the host set the value', async () => {
      const el = await fixture<InactiveFilter>(html`<inactive-filter></inactive-filter>`);
      radios(el)[0]!.focus();
      el.value = 'all';
      await el.updateComplete;
      const event = oneEvent(el, 'inactive-filter-change');
      await sendKeys({ press: 'ArrowRight' });
      expect((await event).detail.value).to.equal('inactive');
      expect(focused(el)).to.equal(radios(el)[1]);
    });

    it('chooses nothing new with Space on the chosen radio', async () => {
      const el = await fixture<InactiveFilter>(html`<inactive-filter value="inactive"></inactive-filter>`);
      const events = countEvents(el);
      checked(el)!.focus();
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(el.value).to.equal('inactive');
      expect(events.length).to.equal(0);
    });
  });
});
