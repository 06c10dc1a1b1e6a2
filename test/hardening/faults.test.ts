// The fault matrix: every fault the adapter can meet, against every action of the elements that
// talk to it, through the msw handlers behind the HTTP adapter and through a host-written adapter.
// For each cell: the translated message a user reads, the control to try again, the user's choices
// kept, one action however often it is tried, and nothing escaping as an uncaught error.
import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import type { CallOptions, CustomerDetail, DeactivateInput, LifecycleAdapter, Preview, ReactivateServicesInput } from '../../src/adapter/types.js';
import type { MemoryAdapter, MemoryMethod } from '../../src/adapters/memory/index.js';
import { LifecycleError, type ErrorCode } from '../../src/adapter/errors.js';
import '../../src/elements/lifecycle-provider/define.js';
import '../../src/elements/customer-status-badge/define.js';
import type { CustomerStatusBadge } from '../../src/elements/customer-status-badge/define.js';
import type { DeactivateDialog } from '../../src/elements/deactivate-dialog/define.js';
import type { ServiceReactivateForm } from '../../src/elements/service-reactivate-form/define.js';
import { until } from '../support/until.js';
import { call, deactivation, deletion } from '../adapters/memory/fixture.js';
import { resetWorker, startWorker } from '../adapters/http/worker.js';
import {
  ACTOR, alert as dialogAlert, dialog, field, mount as mountDialog, openAndLoad, root, status, tick, title, type,
} from '../elements/deactivate-dialog/helpers.js';
import {
  TODAY, checkbox, choose, mount as mountForm, q, services, setEnd, text,
} from '../elements/service-reactivate-form/helpers.js';
import { alert as filterAlert, counts, radios, type InactiveFilter } from '../elements/inactive-filter/helpers.js';
import {
  CHANGE_TIMEOUT, HOST_FAULTS, MESSAGE, MSW_FAULTS, MSW_LOST_ANSWERS, SHORT_TIMEOUT, cell, errorCodes, httpRig, hostRig, nextTask, record, store, type Fault, type Rig,
} from './faults.support.js';

before(startWorker);
afterEach(resetWorker);

type Lang = 'en' | 'es';

/** The two ways a fault reaches the elements, each with its faults and the one shown in Spanish too. */
interface Transport {
  name: string;
  faults: readonly Fault[];
  /** The fault also shown in Spanish. */
  spanish: string;
  /** Only the actions that change something (a lost answer of a read is just a failed read). */
  mutationsOnly?: boolean;
  rig(base: MemoryAdapter, fault: Fault): Promise<Rig>;
}

const httpFor = (base: MemoryAdapter, fault: Fault) => httpRig(base, fault.code === 'timeout' ? { timeoutMs: SHORT_TIMEOUT } : {});

const TRANSPORTS: Transport[] = [
  {
    name: 'msw + HTTP adapter',
    faults: MSW_FAULTS,
    spanish: 'a network failure',
    rig: httpFor,
  },
  {
    name: 'msw + HTTP adapter, answer lost',
    faults: MSW_LOST_ANSWERS,
    spanish: '',
    mutationsOnly: true,
    rig: httpFor,
  },
  {
    name: 'host adapter',
    faults: HOST_FAULTS,
    spanish: 'answers data the schema refuses',
    rig: async (base) => hostRig(base),
  },
];

/** Each fault once in English, and the transport's chosen one again in Spanish. */
function* cells(transport: Transport): Generator<[Fault, Lang]> {
  for (const fault of transport.faults) {
    yield [fault, 'en'];
    if (fault.name === transport.spanish) yield [fault, 'es'];
  }
}

const said = (code: ErrorCode, lang: Lang) => MESSAGE[code][lang];
/** What the user reads when a change they sent failed with `code`. */
const saidOfChange = (code: ErrorCode, lang: Lang) => (code === 'timeout' ? CHANGE_TIMEOUT : MESSAGE[code])[lang];
const WORDS = {
  retry: { en: 'Retry', es: 'Reintentar' },
  reload: { en: 'Reload', es: 'Recargar' },
  cancel: { en: 'Cancel', es: 'Cancelar' },
  save: { en: 'Save', es: 'Guardar' },
  countsFailed: { en: 'The counts could not be loaded.', es: 'No se han podido cargar los recuentos.' },
  countAgain: { en: 'Count again', es: 'Contar de nuevo' },
  unavailable: { en: 'Status unavailable', es: 'Estado no disponible' },
  deactivated: { en: 'Deactivated', es: 'Desactivado' },
} as const;

const keysOf = (rig: Rig, method: MemoryMethod) => rig.requests(method).map((r) => r.key);

/** After a retry: one operation in the store and, when the first answer was lost, the retry answered as a replay. */
function actedOnce(rig: Rig, method: MemoryMethod, fault: Fault): void {
  expect(rig.store.operations, 'one operation').to.equal(1);
  const seen = rig.store.calls.filter((c) => c.method === method).map((c) => c.status);
  expect(seen).to.deep.equal(fault.applied ? ['applied', 'replayed'] : ['applied']);
}

// ---------------------------------------------------------------- <deactivate-dialog>

interface DialogAction {
  name: string;
  method: MemoryMethod;
  ids: string[];
  mode: string;
  /** What the user chooses before confirming. */
  choose(el: DeactivateDialog): Promise<void>;
  /** That those choices are still there. */
  kept(el: DeactivateDialog): void;
  /** What the user reads once it is done, by language. */
  done: Record<Lang, string>;
  event: string;
}

const confirmButton = (el: DeactivateDialog) => root(el).querySelector<HTMLButtonElement>('[part~="confirm"]')!;
const retryButton = (el: DeactivateDialog) => root(el).querySelector<HTMLButtonElement>('[part~="error"] button');
/** A checkbox or field of the dialog by its id (whatever language it speaks). */
const control = (el: DeactivateDialog, id: string) => root(el).getElementById(id) as HTMLInputElement;
/** The title and the status line: where the dialog says what happened. */
const outcome = (el: DeactivateDialog) => `${title(el)} ${status(el)}`;
const settled = (el: DeactivateDialog) => root(el).querySelector('[part~="body"]')!.getAttribute('aria-busy') === 'false';

const DIALOG_ACTIONS: DialogAction[] = [
  {
    name: 'deactivate one customer', method: 'deactivate', ids: ['c-jose'], mode: 'auto', event: 'customer-deactivated',
    async choose(el) {
      await tick(el, field(el, /Also cancel/));
      await tick(el, field(el, 'Put 2 open invoices on hold'));
      await type(el, field<HTMLTextAreaElement>(el, 'Reason (optional)'), 'Closed the account');
    },
    kept(el) {
      expect(control(el, 'cancelSubscriptions').checked, 'cancel subscriptions').to.equal(true);
      expect(control(el, 'holdInvoices').checked, 'hold invoices').to.equal(true);
      expect(control(el, 'reason').value).to.equal('Closed the account');
    },
    done: { en: 'José Álvarez is now inactive.', es: 'Se ha desactivado a José Álvarez.' },
  },
  {
    name: 'reactivate one customer', method: 'reactivate', ids: ['c-zoe'], mode: 'auto', event: 'customer-reactivated',
    async choose(el) {
      await tick(el, field(el, /^Also reactivate/));
      await tick(el, field(el, 'Release 1 invoice on hold'));
      await type(el, field<HTMLTextAreaElement>(el, 'Reason (optional)'), 'Came back');
    },
    kept(el) {
      expect(control(el, 'restoreCascade').checked, 'restore').to.equal(true);
      expect(control(el, 'releaseInvoices').checked, 'release invoices').to.equal(true);
      expect(control(el, 'reason').value).to.equal('Came back');
    },
    done: { en: 'Zoë Müller is active again.', es: 'Se ha reactivado a Zoë Müller.' },
  },
  {
    name: 'delete one customer', method: 'deleteCustomers', ids: ['c-bruno'], mode: 'delete', event: 'customers-deleted',
    async choose() {},
    kept(el) {
      // Nothing to choose: the irreversible warning is still what the user confirms.
      expect(root(el).querySelector('[part~="warning"]'), 'the warning').not.to.equal(null);
    },
    done: { en: 'Bruno Díaz was deleted.', es: 'Se ha eliminado a Bruno Díaz.' },
  },
  {
    name: 'deactivate several customers', method: 'deactivate', ids: ['c-jose', 'c-ana'], mode: 'auto', event: 'customer-deactivated',
    async choose(el) {
      await type(el, field(el, 'Type 2 to confirm'), '2');
      await type(el, field<HTMLTextAreaElement>(el, 'Reason (optional)'), 'Office closed');
    },
    kept(el) {
      expect(control(el, 'typed').value).to.equal('2');
      expect(control(el, 'reason').value).to.equal('Office closed');
    },
    done: { en: 'Results for 2 customers', es: 'Resultados de 2 clientes' },
  },
  {
    name: 'delete several customers', method: 'deleteCustomers', ids: ['c-zoe', 'c-bruno'], mode: 'delete', event: 'customers-deleted',
    async choose(el) {
      await type(el, field(el, 'Type 2 to confirm'), '2');
    },
    kept(el) {
      expect(control(el, 'typed').value).to.equal('2');
    },
    done: { en: 'Results for 2 customers', es: 'Resultados de 2 clientes' },
  },
];

async function dialogPage(rig: Rig, ids: string[], mode = 'auto') {
  return mountDialog({ id: ids.length === 1 ? ids[0] : '', ids: ids.length > 1 ? ids : [], mode, adapter: rig.adapter });
}

/** Switches the page to Spanish and waits until the dialog speaks it. */
async function spanish(page: HTMLElement, speaks: () => boolean): Promise<void> {
  page.setAttribute('lang', 'es');
  await until(speaks, 'the element did not switch to Spanish');
}

describe('fault matrix: <deactivate-dialog>', () => {
  for (const transport of TRANSPORTS) {
    describe(transport.name, () => {
      for (const [fault, lang] of cells(transport)) {
        if (!transport.mutationsOnly) cell(`loading the preview meets ${fault.name} (${lang}): the message, Reload, and the preview once reloaded`, async () => {
          const rig = await transport.rig(store(), fault);
          const { el, opener, page } = await dialogPage(rig, ['c-jose']);
          if (lang === 'es') page.setAttribute('lang', 'es');
          const events = record(el, 'lifecycle-error');
          fault.arm(rig, 'preview');
          opener.click();
          await until(() => dialogAlert(el).includes(said(fault.code, lang)), `no "${said(fault.code, lang)}" in: ${dialogAlert(el)}`);
          expect(errorCodes(events)).to.deep.equal([fault.code]);
          expect(retryButton(el)!.textContent!.trim()).to.equal(WORDS.reload[lang]);
          rig.disarm();
          retryButton(el)!.click();
          const expected = lang === 'es' ? '¿Desactivar a José Álvarez?' : 'Deactivate José Álvarez?';
          await until(() => title(el) === expected && dialogAlert(el) === '', `the preview did not reload: ${title(el)}`);
          expect(rig.requests('preview')).to.have.length(2);
          expect(rig.requests('deactivate')).to.have.length(0);
          expect(errorCodes(events)).to.have.length(1);
        });

        for (const action of DIALOG_ACTIONS) {
          cell(`${action.name} meets ${fault.name} (${lang}): the message, the choices kept, one action after the retry`, async () => {
            const rig = await transport.rig(store(), fault);
            const { el, opener, page } = await dialogPage(rig, action.ids, action.mode);
            const events = record(el, 'lifecycle-error', action.event);
            await openAndLoad(el, opener);
            await action.choose(el);
            if (lang === 'es') await spanish(page, () => text(root(el).querySelector('[part~="cancel"]')) === WORDS.cancel.es);
            const previews = rig.requests('preview').length;
            fault.arm(rig, action.method);
            confirmButton(el).click();
            await until(() => dialogAlert(el).includes(saidOfChange(fault.code, lang)), `no "${saidOfChange(fault.code, lang)}" in: ${dialogAlert(el)}`);
            expect(errorCodes(events)).to.deep.equal([fault.code]);
            action.kept(el);
            // A conflict asks for the latest version first; every other error is tried again as it was.
            const reload = fault.code === 'conflict';
            expect(retryButton(el)!.textContent!.trim()).to.equal((reload ? WORDS.reload : WORDS.retry)[lang]);
            expect(rig.store.operations, fault.applied ? 'done once, answer lost' : 'nothing was done yet').to.equal(fault.applied ? 1 : 0);
            rig.disarm();
            retryButton(el)!.click();
            if (reload) {
              await until(() => settled(el) && dialogAlert(el) === '' && rig.requests('preview').length > previews, 'the preview did not reload');
              await el.updateComplete;
              action.kept(el);
              confirmButton(el).click();
            }
            await until(() => outcome(el).includes(action.done[lang]), `the action did not finish after the retry: ${outcome(el)}`);
            expect(events.filter((e) => e.type === action.event)).to.have.length(1);
            expect(errorCodes(events)).to.have.length(1);
            actedOnce(rig, action.method, fault);
            const keys = keysOf(rig, action.method);
            expect(keys).to.have.length(2);
            if (reload) expect(keys[1], 'a new confirmation after reloading').not.to.equal(keys[0]);
            else expect(keys[1], 'the retry reuses the idempotency key').to.equal(keys[0]);
          });
        }
      }
    });
  }
});

// ---------------------------------------------------------------- <service-reactivate-form>

const formAlert = (el: ServiceReactivateForm) => text(q(el, '[role="alert"]'));
const formRetry = (el: ServiceReactivateForm) => q<HTMLButtonElement>(el, '[part~="error"] button');
const endDate = (el: ServiceReactivateForm) => q<HTMLInputElement>(el, 'input[name="end-date"]')!.value;
const inactiveLocation = (el: ServiceReactivateForm) => q<HTMLFieldSetElement>(el, '[part~="location"][data-inactive]');

/** A form in a page of the language `lang`, before its customer has loaded. */
function formPage(rig: Rig, lang: Lang, customerId = 'c-jose') {
  const page = fixtureSync<HTMLDivElement>(html`<div lang=${lang}>
    <service-reactivate-form view="inactive" customer-id=${customerId} today=${TODAY} .adapter=${rig.adapter}></service-reactivate-form></div>`);
  return page.querySelector('service-reactivate-form')!;
}

/** Pool cleaning chosen and its past end date removed: a draft ready to save. */
async function draft(el: ServiceReactivateForm): Promise<void> {
  await choose(el, 'Pool cleaning');
  await setEnd(el, '');
}

function keptDraft(el: ServiceReactivateForm): void {
  expect(checkbox(el, 'Pool cleaning')!.checked, 'Pool cleaning still chosen').to.equal(true);
  expect(endDate(el), 'the end date still removed').to.equal('');
  expect(el.dirty).to.equal(true);
}

describe('fault matrix: <service-reactivate-form>', () => {
  for (const transport of TRANSPORTS) {
    describe(transport.name, () => {
      for (const [fault, lang] of cells(transport)) {
        if (!transport.mutationsOnly) cell(`loading the customer meets ${fault.name} (${lang}): the message, Retry, and the services once loaded`, async () => {
          const rig = await transport.rig(store('fixture'), fault);
          fault.arm(rig, 'getCustomer');
          const el = formPage(rig, lang);
          const events = record(el, 'lifecycle-error');
          await until(() => formAlert(el).includes(said(fault.code, lang)), `no "${said(fault.code, lang)}" in: ${formAlert(el)}`);
          expect(errorCodes(events)).to.deep.equal([fault.code]);
          expect(formRetry(el)!.textContent!.trim()).to.equal(WORDS.retry[lang]);
          rig.disarm();
          formRetry(el)!.click();
          await until(() => services(el).some((s) => s.includes('Pool cleaning')), 'the services did not load');
          expect(formAlert(el)).to.equal('');
          expect(rig.requests('getCustomer')).to.have.length(2);
          expect(errorCodes(events)).to.have.length(1);
        });

        cell(`saving the services meets ${fault.name} (${lang}): the message, the draft kept, one save after Retry`, async () => {
          const rig = await transport.rig(store('fixture'), fault);
          const el = await mountForm('c-jose', rig.adapter);
          const events = record(el, 'lifecycle-error', 'services-reactivated');
          await draft(el);
          if (lang === 'es') await spanish(el.parentElement!, () => text(q(el, '[part~="save"]')) === WORDS.save.es);
          fault.arm(rig, 'reactivateServices');
          q<HTMLButtonElement>(el, '[part~="save"]')!.click();
          await until(() => formAlert(el).includes(saidOfChange(fault.code, lang)), `no "${saidOfChange(fault.code, lang)}" in: ${formAlert(el)}`);
          expect(errorCodes(events)).to.deep.equal([fault.code]);
          keptDraft(el);
          expect(formRetry(el)!.textContent!.trim()).to.equal(WORDS.retry[lang]);
          expect(rig.store.operations).to.equal(fault.applied ? 1 : 0);
          rig.disarm();
          formRetry(el)!.click();
          await until(() => events.some((e) => e.type === 'services-reactivated'), 'the retry did not save');
          await until(() => !services(el).some((s) => s.includes('Pool cleaning')), 'Pool cleaning is still listed as deactivated');
          actedOnce(rig, 'reactivateServices', fault);
          const keys = keysOf(rig, 'reactivateServices');
          expect(keys).to.have.length(2);
          expect(keys[1], 'the retry reuses the idempotency key').to.equal(keys[0]);
          expect(events.filter((e) => e.type === 'services-reactivated')).to.have.length(1);
        });

        cell(`reactivating a location meets ${fault.name} (${lang}): the message in the location, the draft kept, one reactivation after Retry`, async () => {
          const rig = await transport.rig(store('fixture'), fault);
          const el = await mountForm('c-jose', rig.adapter);
          const events = record(el, 'lifecycle-error', 'location-reactivated');
          await choose(el, 'Pool cleaning');
          if (lang === 'es') await spanish(el.parentElement!, () => text(q(el, '[part~="save"]')) === WORDS.save.es);
          fault.arm(rig, 'reactivateLocation');
          inactiveLocation(el)!.querySelector('button')!.click();
          const inLocation = () => text(inactiveLocation(el)?.querySelector('[role="alert"]') ?? null);
          await until(() => inLocation().includes(saidOfChange(fault.code, lang)), `no "${saidOfChange(fault.code, lang)}" in: ${inLocation()}`);
          expect(errorCodes(events)).to.deep.equal([fault.code]);
          expect(checkbox(el, 'Pool cleaning')!.checked, 'Pool cleaning still chosen').to.equal(true);
          const retry = inactiveLocation(el)!.querySelector<HTMLButtonElement>('[role="alert"] button')!;
          expect(retry.textContent!.trim()).to.equal(WORDS.retry[lang]);
          expect(rig.store.operations).to.equal(fault.applied ? 1 : 0);
          rig.disarm();
          retry.click();
          await until(() => events.some((e) => e.type === 'location-reactivated'), 'the retry did not reactivate the location');
          await until(() => inactiveLocation(el) === null, 'the location still shows as inactive');
          expect(checkbox(el, 'Pool cleaning')!.checked, 'the draft survives the reload').to.equal(true);
          actedOnce(rig, 'reactivateLocation', fault);
          const keys = keysOf(rig, 'reactivateLocation');
          expect(keys).to.have.length(2);
          expect(keys[1], 'the retry reuses the idempotency key').to.equal(keys[0]);
        });
      }
    });
  }
});

// ---------------------------------------------------------------- <inactive-filter> and <customer-status-badge>

describe('fault matrix: <inactive-filter> counts', () => {
  for (const transport of TRANSPORTS.filter((t) => !t.mutationsOnly)) {
    describe(transport.name, () => {
      for (const [fault, lang] of cells(transport)) {
        cell(`counting meets ${fault.name} (${lang}): says so, stays usable, and Count again counts`, async () => {
          const rig = await transport.rig(store('fixture'), fault);
          fault.arm(rig, 'countCustomers');
          const page = fixtureSync<HTMLDivElement>(html`<div lang=${lang}><inactive-filter .adapter=${rig.adapter}></inactive-filter></div>`);
          const el = page.querySelector<InactiveFilter>('inactive-filter')!;
          const events = record(el, 'lifecycle-error', 'inactive-filter-change');
          await until(() => filterAlert(el) !== null, 'no alert');
          expect(text(filterAlert(el))).to.equal(`${WORDS.countsFailed[lang]} ${WORDS.countAgain[lang]}`);
          expect(errorCodes(events)).to.deep.equal([fault.code]);
          radios(el)[1]!.click();
          await el.updateComplete;
          expect(el.value, 'the choice is taken while the counts are missing').to.equal('inactive');
          rig.disarm();
          filterAlert(el)!.querySelector('button')!.click();
          await until(() => counts(el)[0] === '3', 'counting again did not count');
          expect(counts(el)).to.deep.equal(['3', '2', '5']);
          expect(filterAlert(el)).to.equal(null);
          expect(el.value, 'the choice survives the recount').to.equal('inactive');
          expect(rig.requests('countCustomers')).to.have.length(2);
          expect(events.filter((e) => e.type === 'inactive-filter-change')).to.have.length(1);
        });
      }
    });
  }
});

const badgeLabel = (el: CustomerStatusBadge) => el.shadowRoot?.querySelector('[part~="label"]')?.textContent;
const badgeRetry = (el: CustomerStatusBadge) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry"]');
/** What a bound badge reads through: the batch read when the adapter has one (the HTTP adapter does), else getCustomer. */
const badgeRead = (adapter: LifecycleAdapter) => (typeof adapter.getCustomers === 'function' ? 'getCustomers' : 'getCustomer');

describe('fault matrix: bound <customer-status-badge>', () => {
  for (const transport of TRANSPORTS.filter((t) => !t.mutationsOnly)) {
    describe(transport.name, () => {
      for (const [fault, lang] of cells(transport)) {
        cell(`loading its customer meets ${fault.name} (${lang}): "Status unavailable", Retry, and the status once loaded`, async () => {
          const rig = await transport.rig(store('fixture'), fault);
          const read = badgeRead(rig.adapter);
          fault.arm(rig, read);
          const page = fixtureSync<HTMLDivElement>(html`<div lang=${lang}><customer-status-badge customer-id="c-zoe" .adapter=${rig.adapter}></customer-status-badge></div>`);
          const el = page.querySelector('customer-status-badge')!;
          const events = record(el, 'lifecycle-error');
          await until(() => badgeLabel(el) === WORDS.unavailable[lang], `the badge says ${String(badgeLabel(el))}`);
          expect(errorCodes(events)).to.deep.equal([fault.code]);
          expect(badgeRetry(el)!.hidden).to.equal(false);
          expect(badgeRetry(el)!.textContent).to.equal(WORDS.retry[lang]);
          rig.disarm();
          badgeRetry(el)!.click();
          await until(() => badgeLabel(el) === WORDS.deactivated[lang], 'Retry did not load');
          expect(badgeRetry(el)!.hidden).to.equal(true);
          expect(rig.requests(read)).to.have.length(2);
          expect(errorCodes(events)).to.have.length(1);
        });
      }
    });
  }
});

// ---------------------------------------------------------------- late answers, cancels and the change feed

/** Lets what is queued run (an answer just settled, its microtasks and the renders they ask for). */
async function drained(...els: { updateComplete: Promise<unknown> }[]): Promise<void> {
  await nextTask();
  for (const el of els) await el.updateComplete;
}

const cancelButton = (el: DeactivateDialog) => root(el).querySelector<HTMLButtonElement>('[part~="cancel"]')!;

/**
 * A dialog on José Álvarez, through a host adapter that holds its `preview` (asked
 * for on opening) or its `deactivate` (sent on confirming) until the test lets it
 * answer; the events of `types` are recorded from the start.
 */
async function heldDialog(method: 'preview' | 'deactivate', ...types: string[]) {
  const rig = hostRig();
  const held = rig.hold(method);
  const { el, opener } = await dialogPage(rig, ['c-jose']);
  const events = record(el, ...types);
  if (method === 'preview') opener.click();
  else {
    await openAndLoad(el, opener);
    confirmButton(el).click();
  }
  await until(() => held.length === 1, `no ${method} was asked for`);
  return { rig, held, el, events };
}

describe('slow answers the user or the host walks away from', () => {
  describe('<deactivate-dialog>', () => {
    cell('a slow preview (msw delay), then Cancel: the request is aborted, and opening again loads afresh', async () => {
      const rig = await httpRig(store());
      rig.faults.set({ latencyMs: 60_000, only: ['preview'] });
      const { el, opener } = await dialogPage(rig, ['c-jose']);
      const events = record(el, 'lifecycle-error', 'deactivate-dialog-cancel');
      opener.click();
      await until(() => rig.requests('preview').length === 1, 'the preview was not asked for');
      cancelButton(el).click();
      await el.updateComplete;
      expect(dialog(el).open).to.equal(false);
      expect(rig.requests('preview')[0]!.signal!.aborted, 'the fetch was aborted').to.equal(true);
      await drained(el);
      expect(errorCodes(events), 'an abort is no error').to.deep.equal([]);
      expect(events.map((e) => e.type)).to.deep.equal(['deactivate-dialog-cancel']);
      rig.disarm();
      await openAndLoad(el, opener);
      expect(title(el)).to.equal('Deactivate José Álvarez?');
      expect(rig.requests('preview')).to.have.length(2);
    });

    cell('a slow preview (held), then Cancel: aborted, and its late answer changes nothing', async () => {
      const { rig, held, el, events } = await heldDialog('preview', 'lifecycle-error');
      cancelButton(el).click();
      await el.updateComplete;
      expect(held[0]!.signal.aborted).to.equal(true);
      await held[0]!.release();
      await drained(el);
      expect(dialog(el).open).to.equal(false);
      expect(title(el), 'no preview was taken in').to.equal('Customer');
      expect(dialogAlert(el)).to.equal('');
      expect(errorCodes(events)).to.deep.equal([]);
      expect(rig.requests('preview')).to.have.length(1);
    });

    cell('a slow deactivation: Cancel is refused while it runs, nothing is aborted, and it finishes once', async () => {
      const { rig, held, el, events } = await heldDialog('deactivate', 'customer-deactivated', 'deactivate-dialog-cancel');
      await el.updateComplete;
      expect(cancelButton(el).getAttribute('aria-disabled')).to.equal('true');
      cancelButton(el).click();
      expect(el.close(), 'close() is refused while the action runs').to.equal(false);
      await el.updateComplete;
      expect(dialog(el).open).to.equal(true);
      expect(held[0]!.signal.aborted).to.equal(false);
      await held[0]!.release();
      await until(() => status(el).includes('José Álvarez is now inactive.'));
      expect(events.map((e) => e.type)).to.deep.equal(['customer-deactivated']);
      expect(rig.requests('deactivate')).to.have.length(1);
    });

    cell('a slow deactivation, then the dialog is removed: it goes on, since it may already have happened, and is reported once, with no further call', async () => {
      const { rig, held, el, events } = await heldDialog('deactivate', 'customer-deactivated', 'lifecycle-error', 'deactivate-dialog-closed');
      el.remove();
      expect(held[0]!.signal.aborted).to.equal(false);
      await held[0]!.release();
      await until(() => events.length > 0, 'the host did not hear of the deactivation');
      await drained(el);
      expect(events.map((e) => e.type)).to.deep.equal(['customer-deactivated']);
      expect(rig.requests('deactivate')).to.have.length(1);
      expect(rig.requests('preview')).to.have.length(1);
    });

    cell('the customer changes while the preview loads: the first load is aborted and its late failure is ignored', async () => {
      const { rig, held, el, events } = await heldDialog('preview', 'lifecycle-error');
      el.customerId = 'c-ana';
      await until(() => held.length === 2, 'no preview for the new customer');
      expect(held[0]!.signal.aborted).to.equal(true);
      await held[1]!.release();
      await until(() => title(el) === 'Deactivate Ana Torres?');
      held[0]!.fail(new LifecycleError('network', 'late'));
      await drained(el);
      expect(title(el)).to.equal('Deactivate Ana Torres?');
      expect(dialogAlert(el)).to.equal('');
      expect(errorCodes(events)).to.deep.equal([]);
      expect(rig.requests('preview')).to.have.length(2);
    });

    cell('the customer changes while the action runs: the run goes on, and its outcome is reported for the customer confirmed', async () => {
      const { rig, held, el, events } = await heldDialog('deactivate', 'customer-deactivated', 'lifecycle-error');
      el.customerId = 'c-ana';
      await el.updateComplete;
      expect(held[0]!.signal.aborted).to.equal(false);
      await held[0]!.release();
      await until(() => status(el).includes('José Álvarez is now inactive.'), `no outcome in: ${status(el)}`);
      await drained(el);
      expect(events.map((e) => e.type)).to.deep.equal(['customer-deactivated']);
      expect((events[0] as CustomEvent<{ customerIds: string[] }>).detail.customerIds).to.deep.equal(['c-jose']);
      expect(rig.requests('deactivate')).to.have.length(1);
    });
  });

  describe('<service-reactivate-form>', () => {
    cell('a slow load, then the form is removed: aborted, the late answer shows nothing, no further call', async () => {
      const rig = hostRig(store('fixture'));
      const held = rig.hold('getCustomer');
      const el = formPage(rig, 'en');
      const events = record(el, 'lifecycle-error');
      await until(() => held.length === 1);
      el.remove();
      expect(held[0]!.signal.aborted).to.equal(true);
      await held[0]!.release();
      await drained(el);
      expect(services(el)).to.deep.equal([]);
      expect(errorCodes(events)).to.deep.equal([]);
      expect(rig.requests('getCustomer')).to.have.length(1);
    });

    cell('the customer changes while it loads: the first load is aborted and its late answer is ignored', async () => {
      const rig = hostRig(store('fixture'));
      const held = rig.hold('getCustomer');
      const el = formPage(rig, 'en');
      await until(() => held.length === 1);
      el.customerId = 'c-zoe';
      await until(() => held.length === 2, 'no load for the new customer');
      expect(held[0]!.signal.aborted).to.equal(true);
      await held[1]!.release();
      await until(() => services(el).some((s) => s.includes('Lawn care')), 'Zoë Müller\'s services did not show');
      await held[0]!.release();
      await drained(el);
      expect(services(el).some((s) => s.includes('Pool cleaning')), 'José Álvarez\'s services').to.equal(false);
      expect(rig.requests('getCustomer')).to.have.length(2);
    });

    cell('a slow save (msw delay), then the form is removed: the request goes on, since it may already have been applied', async () => {
      const rig = await httpRig(store('fixture'));
      const el = await mountForm('c-jose', rig.adapter);
      const events = record(el, 'lifecycle-error', 'services-reactivated');
      await draft(el);
      rig.faults.set({ latencyMs: 60_000, only: ['reactivateServices'] });
      q<HTMLButtonElement>(el, '[part~="save"]')!.click();
      await until(() => rig.requests('reactivateServices').length === 1, 'Save sent nothing');
      el.remove();
      await drained(el);
      expect(rig.requests('reactivateServices')[0]!.signal?.aborted, 'the save was aborted').not.to.equal(true);
      expect(events.map((e) => e.type)).to.deep.equal([]);
    });

    cell('the customer changes while a save runs: the save goes on and is reported, without touching the new customer\'s form', async () => {
      const rig = hostRig(store('fixture'));
      const held = rig.hold('reactivateServices');
      const el = await mountForm('c-jose', rig.adapter);
      const events = record(el, 'services-reactivated');
      await draft(el);
      q<HTMLButtonElement>(el, '[part~="save"]')!.click();
      await until(() => held.length === 1);
      el.customerId = 'c-zoe';
      await until(() => services(el).some((s) => s.includes('Lawn care')), 'Zoë Müller\'s services did not show');
      expect(held[0]!.signal.aborted, 'the save was aborted').to.equal(false);
      const loads = rig.requests('getCustomer').length;
      await held[0]!.release();
      await until(() => events.length === 1, 'the host did not hear of the save');
      expect((events[0] as CustomEvent<{ customerId: string }>).detail.customerId).to.equal('c-jose');
      expect(text(q(el, '[role="status"]'))).to.equal('Your changes to José Álvarez were saved.');
      expect(services(el).some((s) => s.includes('Pool cleaning')), 'José Álvarez\'s services on Zoë\'s form').to.equal(false);
      expect(el.dirty).to.equal(false);
      expect(rig.requests('getCustomer'), 'no further load').to.have.length(loads);
    });
  });

  describe('bound <customer-status-badge>', () => {
    cell('a slow load, then the badge is removed: aborted, the late answer changes nothing, no further call', async () => {
      const rig = hostRig(store('fixture'));
      const held = rig.hold('getCustomer');
      const page = fixtureSync<HTMLDivElement>(html`<div><customer-status-badge customer-id="c-zoe" .adapter=${rig.adapter}></customer-status-badge></div>`);
      const el = page.querySelector('customer-status-badge')!;
      const events = record(el, 'lifecycle-error');
      await until(() => held.length === 1);
      el.remove();
      expect(held[0]!.signal.aborted).to.equal(true);
      await held[0]!.release();
      await drained(el);
      expect(badgeLabel(el)).to.equal('Loading status');
      expect(errorCodes(events)).to.deep.equal([]);
      expect(rig.requests('getCustomer')).to.have.length(1);
    });

    cell('the customer changes while it loads: the earlier customer\'s late failure is ignored', async () => {
      const rig = hostRig(store('fixture'));
      const held = rig.hold('getCustomer');
      const page = fixtureSync<HTMLDivElement>(html`<div><customer-status-badge customer-id="c-ana" .adapter=${rig.adapter}></customer-status-badge></div>`);
      const el = page.querySelector('customer-status-badge')!;
      const events = record(el, 'lifecycle-error');
      await until(() => held.length === 1);
      el.customerId = 'c-zoe';
      await until(() => held.length === 2, 'no load for the new customer');
      expect(held[0]!.signal.aborted).to.equal(true);
      await held[1]!.release();
      await until(() => badgeLabel(el) === 'Deactivated');
      held[0]!.fail(new LifecycleError('network', 'late'));
      await drained(el);
      expect(badgeLabel(el)).to.equal('Deactivated');
      expect(badgeRetry(el)?.hidden ?? true).to.equal(true);
      expect(errorCodes(events)).to.deep.equal([]);
    });
  });

  describe('<inactive-filter>', () => {
    cell('a slow count, then the filter is removed: aborted, the late answer shows nothing, no further call', async () => {
      const rig = hostRig(store('fixture'));
      const held = rig.hold('countCustomers');
      const page = fixtureSync<HTMLDivElement>(html`<div><inactive-filter .adapter=${rig.adapter}></inactive-filter></div>`);
      const el = page.querySelector<InactiveFilter>('inactive-filter')!;
      await until(() => held.length === 1);
      el.remove();
      expect(held[0]!.signal.aborted).to.equal(true);
      held[0]!.answer({ active: 99, inactive: 99, all: 198 });
      await drained(el);
      expect(counts(el)).to.deep.equal(['', '', '']);
      expect(rig.requests('countCustomers')).to.have.length(1);
    });

    cell('a slow count overtaken by a change on the feed: the first is aborted and its late numbers are ignored', async () => {
      const rig = hostRig(store('fixture'));
      const held = rig.hold('countCustomers');
      const page = fixtureSync<HTMLDivElement>(html`<div><inactive-filter .adapter=${rig.adapter}></inactive-filter></div>`);
      const el = page.querySelector<InactiveFilter>('inactive-filter')!;
      await until(() => held.length === 1);
      await rig.store.deactivate(deactivation(['c-ana']), call());
      await until(() => held.length === 2, 'the change did not recount');
      expect(held[0]!.signal.aborted).to.equal(true);
      await held[1]!.release();
      await until(() => counts(el)[1] === '3', 'no counts after the change');
      held[0]!.answer({ active: 99, inactive: 99, all: 198 });
      await drained(el);
      expect(counts(el)).to.deep.equal(['2', '3', '5']);
    });
  });
});

describe('the change feed speaks of customers that no longer exist', () => {
  cell('a bound badge whose customer is deleted elsewhere says "Status unavailable"; Retry finds it gone, and nothing breaks', async () => {
    const rig = hostRig(store('fixture'));
    const page = fixtureSync<HTMLDivElement>(html`<div><customer-status-badge customer-id="c-zoe" .adapter=${rig.adapter}></customer-status-badge></div>`);
    const el = page.querySelector('customer-status-badge')!;
    const events = record(el, 'lifecycle-error');
    await until(() => badgeLabel(el) === 'Deactivated');
    await rig.store.deleteCustomers(deletion(['c-zoe']), call());
    await until(() => badgeLabel(el) === 'Status unavailable', `the deletion was not followed: ${String(badgeLabel(el))} ${JSON.stringify(errorCodes(events))}`);
    expect(errorCodes(events)).to.deep.equal(['not-found']);
    expect(rig.requests('getCustomer'), 'the feed said enough: no reload').to.have.length(1);
    badgeRetry(el)!.click();
    await until(() => errorCodes(events).length === 2, 'Retry did not try');
    expect(errorCodes(events)).to.deep.equal(['not-found', 'not-found']);
    expect(badgeLabel(el)).to.equal('Status unavailable');
    expect(badgeRetry(el)!.hidden).to.equal(false);
  });

  cell('a form whose customer is deleted elsewhere says it could not be found, with Retry', async () => {
    const rig = hostRig(store('fixture'));
    const el = await mountForm('c-zoe', rig.adapter);
    const events = record(el, 'lifecycle-error');
    await rig.store.deleteCustomers(deletion(['c-zoe']), call());
    await until(() => formAlert(el).includes(MESSAGE['not-found'].en), `no not-found message in: ${formAlert(el)}`);
    expect(errorCodes(events)).to.deep.equal(['not-found']);
    expect(formRetry(el)!.textContent!.trim()).to.equal('Retry');
    expect(rig.requests('getCustomer')).to.have.length(2);
  });

  cell('a customer deleted through the dialog: the bound badge on the same HTTP adapter follows, and asks nothing more', async () => {
    const rig = await httpRig(store());
    const page = await fixture<HTMLElement>(html`<lifecycle-provider .adapter=${rig.adapter} .actor=${ACTOR}>
      <customer-status-badge customer-id="c-bruno"></customer-status-badge>
      <button id="opener" commandfor="dlg" command="--show">Open</button>
      <deactivate-dialog id="dlg" customer-id="c-bruno" mode="delete"></deactivate-dialog>
    </lifecycle-provider>`);
    const badge = page.querySelector('customer-status-badge')!;
    const el = page.querySelector('deactivate-dialog')!;
    const events = record(badge, 'lifecycle-error');
    await until(() => badgeLabel(badge) === 'Inactive' || badgeLabel(badge) === 'Deactivated', `the badge says ${String(badgeLabel(badge))}`);
    await openAndLoad(el, page.querySelector<HTMLButtonElement>('#opener')!);
    confirmButton(el).click();
    await until(() => status(el).includes('Bruno Díaz was deleted.'));
    await until(() => badgeLabel(badge) === 'Status unavailable', 'the badge did not follow the deletion');
    expect(errorCodes(events)).to.deep.equal(['not-found']);
    expect(rig.requests('getCustomers'), 'one load of the badge, none after the deletion').to.have.length(1);
  });

  cell('changes for an unknown customer, and a malformed one, leave every element as it was (the filter recounts)', async () => {
    const rig = hostRig(store('fixture'));
    const page = await fixture<HTMLElement>(html`<lifecycle-provider .adapter=${rig.adapter} .actor=${ACTOR}>
      <customer-status-badge customer-id="c-zoe"></customer-status-badge>
      <inactive-filter></inactive-filter>
      <service-reactivate-form view="inactive" customer-id="c-jose" today=${TODAY}></service-reactivate-form>
    </lifecycle-provider>`);
    const badge = page.querySelector('customer-status-badge')!;
    const filter = page.querySelector('inactive-filter')!;
    const form = page.querySelector('service-reactivate-form')!;
    await until(() => badgeLabel(badge) === 'Deactivated' && counts(filter)[0] === '3' && q(form, 'select') !== null, 'the page did not load');
    await draft(form);
    const loads = rig.requests('getCustomer').length;
    const before = counts(filter);
    const events = record(page, 'lifecycle-error');
    rig.push({ type: 'deleted', customerId: 'c-ghost', operationId: 'op-ghost' });
    rig.push({ type: 'updated', customerId: 'c-nobody', operationId: 'op-ghost' });
    rig.push({ type: 'exploded', customerId: 42 });
    await until(() => rig.requests('countCustomers').length === 2, 'the filter did not recount');
    await drained(badge, filter, form);
    expect(badgeLabel(badge)).to.equal('Deactivated');
    expect(badge.shadowRoot!.querySelector('[part~="retry"]'), 'no Retry beside a status that stands').to.equal(null);
    expect(errorCodes(events), 'no element reports an error for a change it cannot trust').to.deep.equal([]);
    expect(counts(filter)).to.deep.equal(before);
    expect(rig.requests('getCustomer'), 'nothing reloads for a customer nobody shows').to.have.length(loads);
    keptDraft(form);
    expect(text(q(form, '[role="status"]')), 'no "changed elsewhere" for another customer').to.equal('');
  });
});

describe('a backend that refuses a whole request with a stale version (409)', () => {
  /**
   * The host's backend versions Pool cleaning (svc-3) itself: it answers the
   * customer with its version and refuses a save that carries an older one.
   */
  function versionedBackend() {
    const rig = hostRig(store('fixture'));
    const server = { version: 1 };
    const ask = (method: 'getCustomer' | 'reactivateServices', args: unknown[]) =>
      (rig.store[method] as (...a: unknown[]) => Promise<unknown>).apply(rig.store, args);
    rig.script('getCustomer', async (_o, args) => {
      const detail = (await ask('getCustomer', args)) as CustomerDetail;
      return { ...detail, services: detail.services.map((s) => (s.id === 'svc-3' ? { ...s, version: server.version } : s)) };
    });
    rig.script('reactivateServices', async (_o, args) => {
      const input = args[0] as ReactivateServicesInput;
      if (input.changes.some((c) => c.serviceId === 'svc-3' && c.version !== server.version)) {
        throw new LifecycleError('conflict', 'svc-3 has moved on');
      }
      const changes = input.changes.map((c) => (c.serviceId === 'svc-3' ? { ...c, version: 1 } : c));
      return ask('reactivateServices', [{ ...input, changes }, args[1]]);
    });
    return { rig, server };
  }

  cell('<service-reactivate-form>: Retry after the conflict reads the latest version, keeps the draft and saves once', async () => {
    const { rig, server } = versionedBackend();
    const el = await mountForm('c-jose', rig.adapter);
    const events = record(el, 'lifecycle-error', 'services-reactivated');
    await draft(el);
    server.version = 2; // someone else changed Pool cleaning meanwhile
    q<HTMLButtonElement>(el, '[part~="save"]')!.click();
    await until(() => formAlert(el).includes(MESSAGE.conflict.en), `no conflict message in: ${formAlert(el)}`);
    keptDraft(el);
    formRetry(el)!.click();
    await until(() => events.some((e) => e.type === 'services-reactivated') || errorCodes(events).length > 1, 'the retry neither saved nor failed');
    expect(errorCodes(events), 'the retry met the same conflict again').to.deep.equal(['conflict']);
    expect(rig.store.operations).to.equal(1);
    const keys = keysOf(rig, 'reactivateServices');
    expect(keys).to.have.length(2);
    // The retry carries the latest version: another payload, so a key of its own (a key belongs to one payload).
    expect(keys[1], 'the retry with the new version reuses no key').not.to.equal(keys[0]);
    expect(rig.requests('getCustomer'), 'the first load, the one before the retry, the one after the save').to.have.length(3);
  });

  cell('<deactivate-dialog>: Reload after the conflict shows the latest version with the choices kept, and it deactivates once', async () => {
    const rig = hostRig(store());
    const server = { version: 7 };
    rig.script('preview', async (_o, args) => {
      const preview = (await rig.store.preview(...(args as Parameters<MemoryAdapter['preview']>))) as Preview;
      return { ...preview, impacts: preview.impacts.map((i) => ({ ...i, customer: { ...i.customer, version: server.version } })) };
    });
    rig.script('deactivate', async (_o, args) => {
      const input = args[0] as DeactivateInput;
      if (input.targets.some((t) => t.version !== server.version)) throw new LifecycleError('conflict', 'c-jose has moved on');
      return rig.store.deactivate({ ...input, targets: input.targets.map((t) => ({ customerId: t.customerId })) }, args[1] as CallOptions);
    });
    const action = DIALOG_ACTIONS[0]!;
    const { el, opener } = await dialogPage(rig, ['c-jose']);
    const events = record(el, 'lifecycle-error', 'customer-deactivated');
    await openAndLoad(el, opener);
    await action.choose(el);
    server.version = 8; // someone else changed José Álvarez meanwhile
    confirmButton(el).click();
    await until(() => dialogAlert(el).includes(MESSAGE.conflict.en), `no conflict message in: ${dialogAlert(el)}`);
    retryButton(el)!.click();
    await until(() => settled(el) && dialogAlert(el) === '' && rig.requests('preview').length === 2, 'the preview did not reload');
    await el.updateComplete;
    action.kept(el);
    confirmButton(el).click();
    await until(() => outcome(el).includes(action.done.en), `not done: ${outcome(el)}`);
    expect(errorCodes(events)).to.deep.equal(['conflict']);
    expect(events.filter((e) => e.type === 'customer-deactivated')).to.have.length(1);
    expect(rig.store.operations).to.equal(1);
  });
});
