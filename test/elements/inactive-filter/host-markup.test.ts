import { expect, fixtureSync, html } from '@open-wc/testing';
import { until } from '../../support/until.js';
import { daysAgo, hostPage, radios, shown } from './helpers.js';

/** Records which rows of `root` get their `hidden` attribute written, until `take()` is called. */
function hiddenWrites(root: Element) {
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((list) => records.push(...list));
  observer.observe(root, { subtree: true, attributes: true, attributeFilter: ['hidden'] });
  return {
    take(): string[] {
      records.push(...observer.takeRecords());
      observer.disconnect();
      return records.map((r) => (r.target as Element).id);
    },
  };
}

function newRow(id: string, status: string): HTMLTableRowElement {
  const row = document.createElement('tr');
  row.id = id;
  row.dataset.customerStatus = status;
  row.innerHTML = `<td>${id}</td>`;
  return row;
}

describe("<inactive-filter> on the host's own markup (for=…)", () => {
  it('F1 shows only the active rows at first, and leaves rows without a status alone', async () => {
    const { page, el } = hostPage();
    await el.updateComplete;
    expect(shown(page)).to.deep.equal(['ana', 'carl', 'dan']);
    expect(page.querySelector<HTMLElement>('#note')!.hidden).to.equal(false);
    await expect(page).to.be.accessible();
  });

  it('F1 shows the inactive rows, then all of them, as the user chooses', async () => {
    const { page, el } = hostPage();
    await el.updateComplete;
    radios(el)[1]!.click();
    await el.updateComplete;
    expect(shown(page)).to.deep.equal(['bea']);
    radios(el)[2]!.click();
    await el.updateComplete;
    expect(shown(page)).to.deep.equal(['ana', 'bea', 'carl', 'dan']);
  });

  it('filters only body rows: a header row is never hidden', async () => {
    const { page, el } = hostPage(html`<inactive-filter for="customers"></inactive-filter>`);
    await el.updateComplete;
    expect(page.querySelector<HTMLElement>('#head')!.hidden).to.equal(false);
  });

  it('F3 shows as dormant the active rows whose last interaction is old enough, or missing', async () => {
    const { page, el } = hostPage(html`<inactive-filter for="customers" dormant-days="180" value="dormant"></inactive-filter>`);
    await el.updateComplete;
    expect(shown(page)).to.deep.equal(['carl', 'dan']);
  });

  it('G8 counts a last interaction exactly dormant-days ago as dormant', async () => {
    const { page, el } = hostPage(html`<inactive-filter for="customers" dormant-days="3" value="dormant"></inactive-filter>`);
    await el.updateComplete;
    expect(shown(page)).to.deep.equal(['ana', 'carl', 'dan']);
  });

  it('writes hidden only on the rows whose state changes', async () => {
    const { table, el } = hostPage();
    await el.updateComplete;
    const writes = hiddenWrites(table);
    radios(el)[2]!.click(); // Active → All: only the inactive row changes
    await el.updateComplete;
    expect(writes.take()).to.deep.equal(['bea']);
  });

  it('filters rows the host adds later, one by one or as a new body', async () => {
    const { page, table, el } = hostPage(html`<inactive-filter for="customers" value="inactive"></inactive-filter>`);
    await el.updateComplete;
    const eve = newRow('eve', 'active');
    table.tBodies[0]!.append(eve);
    const body = document.createElement('tbody');
    body.append(newRow('fay', 'inactive'), newRow('gus', 'active'));
    table.append(body);
    await until(() => eve.hidden && page.querySelector<HTMLElement>('#gus')!.hidden, 'the added rows were not filtered');
    expect(shown(page)).to.deep.equal(['bea', 'fay']);
  });

  it('filters again a row whose status changes', async () => {
    const { page, el } = hostPage(html`<inactive-filter for="customers" value="inactive"></inactive-filter>`);
    await el.updateComplete;
    page.querySelector<HTMLElement>('#ana')!.dataset.customerStatus = 'inactive';
    await until(() => shown(page).includes('ana'), 'the changed row was not filtered again');
    expect(shown(page)).to.deep.equal(['ana', 'bea']);
  });

  it('keeps working when the host removes rows', async () => {
    const { page, el } = hostPage();
    await el.updateComplete;
    page.querySelector('#ana')!.remove();
    radios(el)[2]!.click();
    await el.updateComplete;
    expect(shown(page)).to.deep.equal(['bea', 'carl', 'dan']);
  });

  it('filters a list by its items, and leaves what is inside an item alone', async () => {
    const page = fixtureSync(html`<div><inactive-filter for="list" value="inactive"></inactive-filter>
      <ul id="list">
        <li id="a" data-customer-status="active">A</li>
        <li id="b" data-customer-status="inactive">B <span id="inner" data-customer-status="active">active</span></li>
      </ul></div>`);
    await page.querySelector('inactive-filter')!.updateComplete;
    expect(shown(page)).to.deep.equal(['b']);
    expect(page.querySelector<HTMLElement>('#inner')!.hidden).to.equal(false);
  });

  it('finds a list that appears after it', async () => {
    const page = fixtureSync(html`<div><inactive-filter for="late" value="inactive"></inactive-filter></div>`);
    await page.querySelector('inactive-filter')!.updateComplete;
    const list = document.createElement('ul');
    list.id = 'late';
    list.innerHTML = '<li id="x" data-customer-status="active">X</li><li id="y" data-customer-status="inactive">Y</li>';
    page.append(list);
    await until(() => shown(page).join() === 'y', 'the late list was not filtered');
  });

  it('filters another table when for changes, and no longer the first', async () => {
    const { page, el } = hostPage();
    const other = document.createElement('ul');
    other.id = 'other';
    other.innerHTML = '<li id="o1" data-customer-status="inactive">O</li>';
    page.append(other);
    await el.updateComplete;
    el.for = 'other';
    await el.updateComplete;
    expect(page.querySelector<HTMLElement>('#o1')!.hidden).to.equal(true);
    const row = newRow('late', 'inactive');
    page.querySelector('tbody')!.append(row);
    radios(el)[1]!.click();
    await el.updateComplete;
    expect(page.querySelector<HTMLElement>('#o1')!.hidden).to.equal(false);
    expect(row.hidden).to.equal(false);
  });

  it('keeps filtering after being moved in the page', async () => {
    const { page, table, el } = hostPage(html`<inactive-filter for="customers" value="inactive"></inactive-filter>`);
    await el.updateComplete;
    el.remove();
    page.prepend(el);
    await el.updateComplete;
    const row = newRow('hal', 'active');
    table.tBodies[0]!.append(row);
    await until(() => row.hidden, 'the filter stopped watching after it moved');
  });

  it('apply() filters now and says how many customer rows are shown', async () => {
    const { el } = hostPage();
    await el.updateComplete;
    el.value = 'all';
    expect(el.apply()).to.equal(4);
    el.value = 'inactive';
    expect(el.apply()).to.equal(1);
  });

  it('apply() right after the host changed rows filters those rows too', async () => {
    const { el, table } = hostPage();
    await el.updateComplete;
    const row = table.tBodies[0]!.insertRow();
    row.id = 'eve';
    row.dataset['customerStatus'] = 'inactive';
    table.querySelector<HTMLElement>('#ana')!.dataset['customerStatus'] = 'inactive';
    expect(el.apply()).to.equal(2);
    expect(shown(table)).to.deep.equal(['carl', 'dan']);
  });

  it('filters by a last interaction given as a full instant too', async () => {
    const page = fixtureSync(html`<div><inactive-filter for="l" dormant-days="10" value="dormant"></inactive-filter>
      <ul id="l">
        <li id="old" data-customer-status="active" data-last-interaction=${new Date(Date.now() - 11 * 86_400_000).toISOString()}>Old</li>
        <li id="new" data-customer-status="active" data-last-interaction=${daysAgo(1)}>New</li>
      </ul></div>`);
    await page.querySelector('inactive-filter')!.updateComplete;
    expect(shown(page)).to.deep.equal(['old']);
  });
});
