/**
 * Hostile names, reasons and labels through every element that shows them.
 * Each string of the corpus is the customer's name, its deactivation reason,
 * the name of the user who acted, and the name of every location, service,
 * subscription and invoice, all kept by the memory adapter. After each step a
 * user sees, the string must be there as text, verbatim (bidi-isolated where
 * it needs to be: `isolate`), and nothing of it may have become an element,
 * an attribute or running script.
 */
import { expect, fixture, fixtureCleanup, fixtureSync, html, oneEvent } from '@open-wc/testing';
import type { Dataset } from '../../src/adapter/types.js';
import { createMemoryAdapter, type MemoryAdapter } from '../../src/adapters/memory/index.js';
import '../../src/elements/customer-status-badge/define.js';
import type { CustomerStatusBadge } from '../../src/elements/customer-status-badge/define.js';
import '../../src/elements/deactivate-dialog/define.js';
import type { DeactivateDialog } from '../../src/elements/deactivate-dialog/define.js';
import '../../src/elements/inactive-filter/define.js';
import type { InactiveFilter } from '../../src/elements/inactive-filter/define.js';
import '../../src/elements/lifecycle-provider/define.js';
import '../../src/elements/service-reactivate-form/define.js';
import type { ServiceReactivateForm } from '../../src/elements/service-reactivate-form/define.js';
import { isolate } from '../../src/i18n/index.js';
import { fixture as dataset, TODAY } from '../adapters/memory/fixture.js';
import { button as dialogButton, field, openAndLoad, root, title, type } from '../elements/deactivate-dialog/helpers.js';
import { radios } from '../elements/inactive-filter/helpers.js';
import { q, qa, setEnd } from '../elements/service-reactivate-form/helpers.js';
import { until } from '../support/until.js';
import { deepText, injected, PAYLOADS, pwned, resetPwned, shapeOf, type Shape } from './corpus.js';

const HARMLESS = 'Plain Name Ltd';

/** The fixture data with `text` as every name, label, reason and invoice number (c-jose belongs to c-acme). */
function hostileData(text: string): Dataset {
  const data = dataset();
  const customer = (id: string) => data.customers.find((c) => c.id === id)!;
  for (const id of ['c-jose', 'c-acme', 'c-zoe']) customer(id).name = text;
  customer('c-jose').companyId = 'c-acme';
  const zoe = customer('c-zoe');
  zoe.deactivation = { ...zoe.deactivation!, by: { id: 'u-9', name: text }, reason: text };
  for (const location of data.locations) location.label = text;
  for (const service of data.services) service.name = text;
  for (const subscription of data.subscriptions) subscription.name = text;
  for (const invoice of data.invoices) invoice.number = text;
  for (const entry of data.audit) Object.assign(entry, { actor: { id: 'u-9', name: text }, reason: text });
  return data;
}

const actorNamed = (text: string) => ({ id: 'u-9', name: text });

/** A provider with the memory adapter on `text`'s data and `text` as the acting user, holding `content`. */
async function page(text: string, content: ReturnType<typeof html>) {
  const adapter: MemoryAdapter = createMemoryAdapter({ data: hostileData(text) });
  const host = await fixture<HTMLElement>(html`<lifecycle-provider .adapter=${adapter} .actor=${actorNamed(text)}>${content}</lifecycle-provider>`);
  return { adapter, host };
}

/**
 * Runs `flow` once with a harmless name to learn which elements and attributes
 * the element renders at each step, then gives each run a checker that fails on anything else.
 */
function shapes() {
  const baseline: Shape = { tags: new Set(), attributes: new Set() };
  return {
    learn: (rootEl: Element) => void shapeOf(rootEl, baseline),
    inert(rootEl: Element, step: string) {
      expect(injected(rootEl, baseline), step).to.deep.equal([]);
    },
  };
}

/** The dialog's own text (its shadow tree), unchanged: no whitespace folding, so invisible characters count too. */
const dialogText = (el: DeactivateDialog) => deepText(el);
const statusText = (el: DeactivateDialog) => root(el).querySelector('[role="status"]')!.textContent!;

async function openDialog(text: string, attrs: { id?: string; ids?: string; mode?: string }) {
  const { adapter, host } = await page(text, html`
    <button id="opener" commandfor="dlg" command="--show">Open</button>
    <deactivate-dialog id="dlg" customer-id=${attrs.id ?? ''} customer-ids=${attrs.ids ?? ''} mode=${attrs.mode ?? 'auto'}></deactivate-dialog>`);
  const el = host.querySelector<DeactivateDialog>('deactivate-dialog')!;
  await openAndLoad(el, host.querySelector<HTMLButtonElement>('#opener')!);
  return { adapter, host, el };
}

/** The deactivate, confirm and undo journey of one customer named `text`; `check` runs after each step. */
async function deactivateAndUndo(text: string, check: (el: DeactivateDialog, step: string) => void) {
  const shown = isolate(text);
  const { adapter, el } = await openDialog(text, { id: 'c-jose' });
  expect(title(el)).to.equal(`Deactivate ${shown}?`);
  const body = dialogText(el);
  expect(body).to.contain(`1 location: ${shown}`);
  expect(body).to.contain(`3 services: ${shown}, ${shown}, and ${shown}`);
  expect(body).to.contain(`Linked contacts and companies stay as they are: ${shown}.`);
  expect(body).to.contain(`Also cancel its active subscription (${shown})`);
  expect(body).to.contain(`${shown} and ${shown}. Invoices on hold get no automatic reminders.`);
  check(el, 'preview');

  await type(el, field<HTMLTextAreaElement>(el, 'Reason (optional)'), text);
  check(el, 'reason typed');
  const done = oneEvent(el, 'customer-deactivated');
  dialogButton(el, 'Deactivate').click();
  const { detail } = await done;
  await el.updateComplete;
  expect(detail.reason).to.equal(text.trim() || null);
  expect(adapter.snapshot().customers.find((c) => c.id === 'c-jose')!.deactivation!.reason).to.equal(text.trim());
  expect(title(el)).to.equal(`${shown} deactivated`);
  expect(statusText(el)).to.contain(`${shown} is now inactive.`);
  expect(statusText(el)).to.match(/Recorded: deactivated on .+ by /).and.contain(` by ${shown}.`);
  check(el, 'done');

  const undone = oneEvent(el, 'customer-deactivation-undone');
  dialogButton(el, 'Undo').click();
  await undone;
  await until(() => statusText(el).includes(`Undone: ${shown} is active again.`), 'no undo message');
  expect(title(el)).to.equal(`Deactivation of ${shown} undone`);
  check(el, 'undone');
}

/** Reactivating the inactive customer named `text`: who deactivated it and why, and what stays off. */
async function reactivatePreview(text: string, check: (el: DeactivateDialog, step: string) => void) {
  const shown = isolate(text);
  const { el } = await openDialog(text, { id: 'c-zoe' });
  expect(title(el)).to.equal(`Reactivate ${shown}?`);
  const body = dialogText(el);
  // Who and when, then the reason in a paragraph of its own (no run-on "…by Ana Torres Reason: …").
  const record = [...root(el).querySelectorAll('p')].map((p) => p.textContent!.replace(/^[\n ]+|[\n ]+$/g, ''));
  expect(record.find((p) => p.startsWith('Deactivated on'))!.endsWith(` by ${shown}`), 'who deactivated it ends its line').to.equal(true);
  expect(record).to.include(`Reason: ${shown}`);
  expect(body).to.contain(`1 location: ${shown}`);
  expect(body).to.contain(`1 service: ${shown}`);
  check(el, 'reactivate preview');
}

/** A bulk deactivation of both customers named `text`: the skipped one by name, then the result by name. */
async function bulk(text: string, check: (el: DeactivateDialog, step: string) => void) {
  const shown = isolate(text);
  const { el } = await openDialog(text, { ids: 'c-jose c-zoe', mode: 'deactivate' });
  expect(title(el)).to.equal('Deactivate 2 customers?');
  expect(dialogText(el)).to.contain(`${shown}: `);
  check(el, 'bulk preview');
  const done = oneEvent(el, 'customer-deactivated');
  dialogButton(el, /^Deactivate/).click();
  await done;
  await el.updateComplete;
  const results = root(el).querySelector('[part~="results"]')!;
  expect([...results.querySelectorAll('li')].map((li) => li.textContent)).to.include(shown);
  check(el, 'bulk result');
}

/** The service form of the active customer (its locations and services named `text`), saved once. */
async function serviceForm(text: string, check: (el: ServiceReactivateForm, step: string) => void) {
  const shown = isolate(text);
  const { host } = await page(text, html`<service-reactivate-form view="inactive" customer-id="c-jose" today=${TODAY}></service-reactivate-form>`);
  const el = host.querySelector<ServiceReactivateForm>('service-reactivate-form')!;
  await until(() => q(el, 'select'), 'the form did not load');
  // Its invoices on hold render once their group's module has loaded (the first time only later than the rest).
  await until(() => q(el, '[part~="invoices"] button'), 'the invoices on hold did not show');
  const legends = qa(el, 'legend').map((l) => l.textContent);
  expect(legends).to.deep.equal([shown, `${shown} – Inactive`]);
  const choices = qa(el, 'input[name="reactivate"]') as HTMLInputElement[];
  expect(choices.map((c) => c.closest('label')!.textContent!.trim())).to.deep.equal([`Reactivate ${shown}`.trim(), `Reactivate ${shown}`.trim()]);
  check(el, 'inactive services');

  choices[0]!.click();
  await el.updateComplete;
  await setEnd(el, '');
  const saved = oneEvent(el, 'services-reactivated');
  (qa(el, 'button').find((b) => b.textContent!.trim() === 'Save') as HTMLButtonElement).click();
  await saved;
  await until(() => q(el, '[role="status"]')!.textContent!.includes(`${shown}: Active`), 'no saved message');
  check(el, 'saved');

  const select = q<HTMLSelectElement>(el, 'select')!;
  select.value = 'active';
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
  expect(qa(el, '[part~="service"] strong').map((s) => s.textContent)).to.include(shown);
  check(el, 'active services');
}

/** The form of the inactive customer: the way out names it. */
async function serviceFormInactiveCustomer(text: string, check: (el: ServiceReactivateForm, step: string) => void) {
  const shown = isolate(text);
  const { host } = await page(text, html`<service-reactivate-form view="inactive" customer-id="c-zoe" today=${TODAY}></service-reactivate-form>`);
  const el = host.querySelector<ServiceReactivateForm>('service-reactivate-form')!;
  await until(() => q(el, '[part~="notice"] button'), 'no notice');
  expect(q(el, '[part~="notice"] button')!.textContent!.trim()).to.equal(`Reactivate ${shown}`.trim());
  check(el, 'customer first');
}

/** The bound badge of the inactive customer: who deactivated it and why (D7); and a host's message as its label. */
async function badges(text: string, check: (el: CustomerStatusBadge, step: string) => void) {
  const { host } = await page(text, html`
    <customer-status-badge customer-id="c-zoe"></customer-status-badge>
    <customer-status-badge status="active" .messages=${{ 'status.active': text }}></customer-status-badge>`);
  const [bound, labelled] = [...host.querySelectorAll<CustomerStatusBadge>('customer-status-badge')] as [CustomerStatusBadge, CustomerStatusBadge];
  const tip = () => bound.shadowRoot!.querySelector('[part~="tooltip"]')?.textContent ?? '';
  await until(() => tip().includes('Reason'), 'the bound badge did not describe the deactivation');
  expect(tip()).to.match(/^Deactivated on .+ by /).and.contain(` by ${isolate(text)}. Reason: ${isolate(text)}`);
  const base = bound.shadowRoot!.querySelector('[part~="base"]')!;
  expect(bound.shadowRoot!.getElementById(base.getAttribute('aria-describedby')!)!.textContent).to.equal(tip());
  check(bound, 'bound');
  await labelled.updateComplete;
  expect(labelled.shadowRoot!.querySelector('[part~="label"]')!.textContent).to.equal(text);
  check(labelled, 'host message');
}

/** The filter named by `text`, over host rows whose cells hold `text`. */
async function filter(text: string, check: (el: InactiveFilter, step: string) => void) {
  const { host } = await page(text, html`
    <inactive-filter for="customers" label=${text}></inactive-filter>
    <table id="customers"><tbody>
      <tr id="a" data-customer-status="active"><td>${text}</td></tr>
      <tr id="b" data-customer-status="inactive"><td>${text}</td></tr>
    </tbody></table>`);
  const el = host.querySelector<InactiveFilter>('inactive-filter')!;
  await el.updateComplete;
  expect(el.shadowRoot!.querySelector('[role="radiogroup"]')!.getAttribute('aria-label')).to.equal(text);
  check(el, 'label');
  await until(() => radios(el)[1]!.textContent!.includes('Inactive'), 'no segments');
  radios(el)[1]!.click();
  await el.updateComplete;
  const rows = [...host.querySelectorAll<HTMLTableRowElement>('tbody tr')];
  expect(rows.map((r) => r.hidden)).to.deep.equal([true, false]);
  expect(rows.map((r) => r.cells[0]!.textContent)).to.deep.equal([text, text]);
  check(el, 'filtered');
}

const JOURNEYS = {
  '<customer-status-badge>: the D7 description and a host message': badges,
  '<deactivate-dialog>: preview, reason, done, undo': deactivateAndUndo,
  '<deactivate-dialog>: reactivate preview (who, why, what stays off)': reactivatePreview,
  '<deactivate-dialog>: bulk preview and result': bulk,
  '<service-reactivate-form>: locations, services, save': serviceForm,
  '<service-reactivate-form>: an inactive customer comes first': serviceFormInactiveCustomer,
  '<inactive-filter>: its label, over host rows': filter,
} as const;

describe('the probes themselves', () => {
  beforeEach(resetPwned);
  after(resetPwned);

  it('report markup that was parsed into a shadow root, and the payload once it runs', async () => {
    const host = fixtureSync<HTMLDivElement>(html`<div></div>`);
    const baseline = shapeOf(host);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = PAYLOADS.find((p) => p.id === 'img onerror')!.text;
    expect(injected(host, baseline)).to.include.members(['element <img>', 'attribute onerror on <img>', 'event handler onerror on <img>']);
    await until(() => pwned() === 'img', 'the payload did not run');
    expect(injected(host, baseline)).to.include('payload ran: img');
  });

  it('read text across shadow roots without folding it', () => {
    const host = fixtureSync<HTMLDivElement>(html`<div>a</div>`);
    host.attachShadow({ mode: 'open' }).append('x\uFEFF  y', document.createElement('slot'));
    expect(deepText(host)).to.equal('x\uFEFF  ya');
  });
});

describe('hostile text is shown as text', () => {
  beforeEach(resetPwned);
  after(resetPwned);

  for (const [name, journey] of Object.entries(JOURNEYS)) {
    describe(name, () => {
      const shape = shapes();
      before(async () => {
        await (journey as (t: string, c: (el: Element) => void) => Promise<void>)(HARMLESS, (el) => shape.learn(el));
        fixtureCleanup(); // a hook's fixture would otherwise stay for the first test (two dialogs with one id)
      });

      for (const payload of PAYLOADS) {
        it(`keeps "${payload.id}" inert and verbatim`, async () => {
          await (journey as (t: string, c: (el: Element, step: string) => void) => Promise<void>)(payload.text, (el, step) => shape.inert(el, step));
        });
      }
    });
  }
});

describe('hostile text keeps the elements accessible', () => {
  const SAMPLE = PAYLOADS.filter((p) => ['img onerror', 'double-quote attribute breaker', 'right-to-left override', 'null byte and control characters'].includes(p.id));

  for (const payload of SAMPLE) {
    it(`axe finds nothing with "${payload.id}" in the dialog's preview`, async () => {
      const { el } = await openDialog(payload.text, { id: 'c-jose' });
      await expect(el).to.be.accessible();
      expect(el.close()).to.equal(true);
      await el.updateComplete;
    });

    it(`axe finds nothing with "${payload.id}" in the form, the badge and the filter`, async () => {
      const { host } = await page(payload.text, html`
        <service-reactivate-form view="inactive" customer-id="c-jose" today=${TODAY}></service-reactivate-form>
        <customer-status-badge customer-id="c-zoe"></customer-status-badge>
        <inactive-filter label=${payload.text}></inactive-filter>`);
      const form = host.querySelector<ServiceReactivateForm>('service-reactivate-form')!;
      await until(() => q(form, 'select'), 'the form did not load');
      const badge = host.querySelector<CustomerStatusBadge>('customer-status-badge')!;
      await until(() => badge.shadowRoot!.querySelector('[part~="tooltip"]'), 'the badge did not load');
      await expect(host).to.be.accessible();
    });
  }
});
