import { expect, fixture, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { checkedLabel, radios, type InactiveFilter } from './helpers.js';

const param = (name = 'status') => new URL(location.href).searchParams.get(name);

describe('<inactive-filter> in the URL (sync-url)', () => {
  const start = location.href;
  afterEach(() => history.replaceState(null, '', start));

  /**
   * Counts the history entries the page adds. (history.length cannot tell: the
   * test runner reuses its tabs, and a tab keeps at most 50 entries.)
   */
  function countPushes() {
    const push = history.pushState;
    let count = 0;
    history.pushState = function (...args: Parameters<History['pushState']>) {
      count++;
      push.apply(this, args);
    };
    return { stop: () => ((history.pushState = push), count) };
  }

  it('writes the choice into the query string as a new history entry', async () => {
    const el = await fixture<InactiveFilter>(html`<inactive-filter sync-url></inactive-filter>`);
    const pushed = countPushes();
    radios(el)[1]!.click();
    await el.updateComplete;
    expect(param()).to.equal('inactive');
    expect(pushed.stop()).to.equal(1);
  });

  it('leaves the URL alone at first when it has no value and the filter shows its default', async () => {
    await fixture<InactiveFilter>(html`<inactive-filter sync-url value="inactive"></inactive-filter>`);
    expect(location.href).to.equal(start);
  });

  it('starts from the query string, under its own name (reload)', async () => {
    history.replaceState(null, '', '?show=all');
    const el = await fixture<InactiveFilter>(html`<inactive-filter sync-url="show"></inactive-filter>`);
    expect(el.value).to.equal('all');
    expect(checkedLabel(el)).to.equal('All');
  });

  it('replaces an unknown value in the query string with the one shown', async () => {
    history.replaceState(null, '', '?status=archived');
    const el = await fixture<InactiveFilter>(html`<inactive-filter sync-url></inactive-filter>`);
    expect(el.value).to.equal('active');
    expect(param()).to.equal('active');
  });

  it('follows back and forward, telling the host', async () => {
    const el = await fixture<InactiveFilter>(html`<inactive-filter sync-url></inactive-filter>`);
    radios(el)[1]!.click();
    await el.updateComplete;
    const back = oneEvent(el, 'inactive-filter-change');
    history.back();
    expect((await back).detail.value).to.equal('active');
    expect(checkedLabel(el)).to.equal('Active');
    const forward = oneEvent(el, 'inactive-filter-change');
    history.forward();
    expect((await forward).detail.value).to.equal('inactive');
    expect(checkedLabel(el)).to.equal('Inactive');
  });

  it('keeps a value the host sets in the URL without a new history entry', async () => {
    const el = await fixture<InactiveFilter>(html`<inactive-filter sync-url></inactive-filter>`);
    const pushed = countPushes();
    el.value = 'all';
    await el.updateComplete;
    expect(param()).to.equal('all');
    expect(pushed.stop()).to.equal(0);
  });

  it('leaves the other query parameters alone', async () => {
    history.replaceState(null, '', '?page=2');
    const el = await fixture<InactiveFilter>(html`<inactive-filter sync-url></inactive-filter>`);
    radios(el)[2]!.click();
    await el.updateComplete;
    expect(new URL(location.href).search).to.equal('?page=2&status=all');
  });

  it('does not touch the URL without sync-url', async () => {
    const el = await fixture<InactiveFilter>(html`<inactive-filter></inactive-filter>`);
    radios(el)[1]!.click();
    await el.updateComplete;
    expect(location.href).to.equal(start);
  });
});

describe('<inactive-filter> in a form', () => {
  const formWith = (filter = html`<inactive-filter name="status" value="inactive"></inactive-filter>`) => {
    const form = fixtureSync<HTMLFormElement>(html`<form>${filter}<button>Search</button></form>`);
    return { form, el: form.querySelector('inactive-filter')! };
  };

  it('submits its value under its name', async () => {
    const { form, el } = formWith();
    await el.updateComplete;
    expect(new FormData(form).get('status')).to.equal('inactive');
    radios(el)[2]!.click();
    await el.updateComplete;
    expect(new FormData(form).get('status')).to.equal('all');
  });

  it('is submitted with the form', async () => {
    const { form, el } = formWith();
    await el.updateComplete;
    const submitted = new Promise<FormData>((resolve) => form.addEventListener('submit', (event) => {
      event.preventDefault();
      resolve(new FormData(form, event.submitter));
    }));
    form.requestSubmit();
    expect((await submitted).get('status')).to.equal('inactive');
  });

  it('returns to its value attribute when the form is reset, without an event', async () => {
    const { form, el } = formWith();
    await el.updateComplete;
    radios(el)[2]!.click();
    await oneEvent(el, 'inactive-filter-change');
    let fired = 0;
    el.addEventListener('inactive-filter-change', () => (fired += 1));
    form.reset();
    await el.updateComplete;
    expect(checkedLabel(el)).to.equal('Inactive');
    expect(new FormData(form).get('status')).to.equal('inactive');
    expect(fired).to.equal(0);
  });

  it('takes back the value the browser restores', async () => {
    const { form, el } = formWith();
    el.formStateRestoreCallback('all');
    await el.updateComplete;
    expect(checkedLabel(el)).to.equal('All');
    expect(new FormData(form).get('status')).to.equal('all');
  });

  it('is neither submitted nor changeable when disabled', async () => {
    const { form, el } = formWith(html`<inactive-filter name="status" disabled></inactive-filter>`);
    await el.updateComplete;
    expect(new FormData(form).has('status')).to.equal(false);
    expect(radios(el).every((r) => (r as HTMLButtonElement).disabled)).to.equal(true);
    radios(el)[1]!.click();
    await el.updateComplete;
    expect(el.value).to.equal('active');
    await expect(el).to.be.accessible();
  });

  it('is disabled inside a disabled fieldset, and usable again when the fieldset is enabled', async () => {
    const form = fixtureSync<HTMLFormElement>(html`<form><fieldset disabled><legend>Filter</legend>
      <inactive-filter name="status"></inactive-filter></fieldset></form>`);
    const el = form.querySelector('inactive-filter')!;
    const fieldset = form.querySelector('fieldset')!;
    await el.updateComplete;
    expect(radios(el).every((r) => (r as HTMLButtonElement).disabled)).to.equal(true);
    expect(new FormData(form).has('status')).to.equal(false);
    fieldset.disabled = false;
    await el.updateComplete;
    expect(el.hasAttribute('disabled')).to.equal(false);
    radios(el)[1]!.click();
    await el.updateComplete;
    expect(new FormData(form).get('status')).to.equal('inactive');
  });
});
