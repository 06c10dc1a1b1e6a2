// The elements with a host whose adapter misbehaves in ways the kit's own
// corpus never tried: answers for the wrong customer, repeats, a key reused
// for another payload, a change that never answers, rejections that are not
// errors, odd attribute values, a polluted Object.prototype. Written from
// what a user or host would see: the message, the calls the adapter got.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { DeactivateInput, LifecycleAdapter, MutationResult, UndoInput } from '../../src/adapter/types.js';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import '../../src/elements/inactive-filter/define.js';
import '../../src/elements/customer-status-badge/define.js';
import '../../src/elements/service-reactivate-form/define.js';
import type { InactiveFilter } from '../../src/elements/inactive-filter/define.js';
import type { ServiceReactivateForm } from '../../src/elements/service-reactivate-form/define.js';
import { createLocalizer } from '../../src/i18n/host.js';
import { fixture as dataset } from '../adapters/memory/fixture.js';
import { alert, button, dialog, field, mount, openAndLoad, root, status, tick, title } from '../elements/deactivate-dialog/helpers.js';
import { warningsOf } from '../support/console.js';
import { until } from '../support/until.js';

const INVALID_DATA = 'The customer data could not be read. Try again, or tell your administrator if it keeps happening.';
const UNKNOWN = 'Something went wrong. Try again.';
const CHANGE_TIMEOUT = 'No answer came in time, so the change may or may not have been made. Try again: it will not be done twice.';

/** The memory adapter on the fixture data with some methods replaced; `calls` are the replaced and the memory adapter's calls. */
function replaced(methods: (base: ReturnType<typeof createMemoryAdapter>) => Partial<Record<keyof LifecycleAdapter, unknown>>) {
  const base = createMemoryAdapter({ data: dataset() });
  const adapter = Object.assign(Object.create(base) as LifecycleAdapter, methods(base));
  const mutations = () => base.calls.filter((c) => ['deactivate', 'reactivate', 'deleteCustomers', 'undo'].includes(c.method));
  return { base, adapter, mutations };
}

/** Runs `body` on a page without `crypto.randomUUID`, as on a plain-HTTP intranet page. */
async function withoutRandomUUID(body: () => Promise<void>): Promise<void> {
  const original = Object.getOwnPropertyDescriptor(Crypto.prototype, 'randomUUID')!;
  Object.defineProperty(Crypto.prototype, 'randomUUID', { value: undefined, configurable: true });
  try {
    await body();
  } finally {
    Object.defineProperty(Crypto.prototype, 'randomUUID', original);
  }
}

/** Records unhandled rejections while the test runs. */
function unhandled(): { reasons: unknown[]; stop(): void } {
  const reasons: unknown[] = [];
  const listener = (event: PromiseRejectionEvent) => {
    reasons.push(event.reason);
    event.preventDefault();
  };
  window.addEventListener('unhandledrejection', listener);
  return { reasons, stop: () => window.removeEventListener('unhandledrejection', listener) };
}

describe('a misbehaving host: the dialog never acts on a customer the user did not choose', () => {
  it("a preview for José answered with Ana's impact shows invalid data, and Confirm does nothing", async () => {
    const { adapter, mutations } = replaced((base) => ({ preview: (a: 'deactivate', _ids: string[], o: { signal: AbortSignal }) => base.preview(a, ['c-ana'], o) }));
    const { el, opener } = await mount({ id: 'c-jose', adapter });
    opener.click();
    await until(() => alert(el).includes(INVALID_DATA), `no invalid-data message in: ${alert(el)}`);
    expect(title(el)).not.to.contain('Ana');
    expect(root(el).querySelector('[part~="confirm"]')?.getAttribute('aria-disabled') ?? 'true').to.equal('true');
    root(el).querySelector<HTMLButtonElement>('[part~="confirm"]')?.click();
    await el.updateComplete;
    expect(mutations()).to.have.length(0);
  });

  it('a bulk preview that adds a customer nobody chose shows invalid data and deactivates no one', async () => {
    const { adapter, mutations } = replaced((base) => ({
      preview: (a: 'deactivate', ids: string[], o: { signal: AbortSignal }) => base.preview(a, [...ids, 'c-acme'], o),
    }));
    const { el, opener } = await mount({ id: '', ids: ['c-jose', 'c-ana'], adapter });
    opener.click();
    await until(() => alert(el).includes(INVALID_DATA), `no invalid-data message in: ${alert(el)}`);
    expect(mutations()).to.have.length(0);
  });

  it('customer-ids="c-jose c-jose,c-jose" is one customer, asked about once', async () => {
    const asked: string[][] = [];
    const { adapter } = replaced((base) => ({
      preview: (a: 'deactivate', ids: string[], o: { signal: AbortSignal }) => (asked.push(ids), base.preview(a, ids, o)),
    }));
    const { el, opener } = await mount({ id: '', ids: ['c-jose c-jose,c-jose'], adapter });
    await openAndLoad(el, opener);
    expect(title(el)).to.equal('Deactivate José Álvarez?');
    expect(asked).to.deep.equal([['c-jose']]);
  });

  it('the same ids set as a property with repeats are one customer too', async () => {
    const { el, opener } = await mount({ id: '' });
    el.customerIds = ['c-jose', 'c-jose'];
    await openAndLoad(el, opener);
    expect(title(el)).to.equal('Deactivate José Álvarez?');
  });
});

describe('a misbehaving host: one key per intent', () => {
  it('ticking "cancel subscription" after a lost answer sends a new key with the new payload', async () => {
    const { el, opener, hold, call, held } = await mount({ id: 'c-jose' });
    await openAndLoad(el, opener);
    hold('deactivate');
    button(el, 'Deactivate').click();
    (await call('deactivate')).fail(new TypeError('Failed to fetch'));
    await until(() => alert(el).includes('Could not connect'), `no network message in: ${alert(el)}`);
    await tick(el, field(el, /Also cancel/));
    button(el, 'Deactivate and cancel subscriptions').click();
    await call('deactivate', 1);
    const [first, second] = held.filter((h) => h.method === 'deactivate').map((h) => h.args[0] as DeactivateInput);
    expect(second!.cancelSubscriptions).to.equal(true);
    expect(second!.idempotencyKey, 'another payload, another key').not.to.equal(first!.idempotencyKey);
  });

  it('a plain retry of the same choices keeps its key', async () => {
    const { el, opener, hold, call, held } = await mount({ id: 'c-jose' });
    await openAndLoad(el, opener);
    hold('deactivate');
    button(el, 'Deactivate').click();
    (await call('deactivate')).fail(new TypeError('Failed to fetch'));
    await until(() => alert(el).includes('Could not connect'));
    button(el, 'Retry').click();
    await call('deactivate', 1);
    const [first, second] = held.filter((h) => h.method === 'deactivate').map((h) => h.args[0] as DeactivateInput);
    expect(second!.idempotencyKey).to.equal(first!.idempotencyKey);
  });

  it("a failed Undo's key is not reused by the next customer's Undo", async () => {
    const { el, opener, hold, call, held } = await mount({ id: 'c-jose' });
    await openAndLoad(el, opener);
    button(el, 'Deactivate').click();
    await until(() => root(el).querySelector('[part~="cancel"]')?.textContent?.trim() === 'Undo', 'no Undo');
    hold('undo');
    button(el, 'Undo').click();
    (await call('undo')).fail(new TypeError('Failed to fetch'));
    await until(() => alert(el).includes('Could not connect'));
    expect(el.close()).to.equal(true);
    await el.updateComplete;
    el.customerId = 'c-ana';
    await openAndLoad(el, opener);
    button(el, 'Deactivate').click();
    await until(() => root(el).querySelector('[part~="cancel"]')?.textContent?.trim() === 'Undo', 'no Undo for Ana');
    button(el, 'Undo').click();
    await call('undo', 1);
    const [first, second] = held.filter((h) => h.method === 'undo').map((h) => h.args[0] as UndoInput);
    expect(second!.operationId).not.to.equal(first!.operationId);
    expect(second!.idempotencyKey).not.to.equal(first!.idempotencyKey);
  });

  it('"Retry the failed" that fails again is retried for the failed alone, never for the done ones', async () => {
    const { el, opener, hold, call, held } = await mount({ ids: ['c-jose', 'c-ana', 'c-acme'] });
    await openAndLoad(el, opener);
    const typed = field(el, /^Type \d to confirm$/);
    typed.value = typed.labels?.[0]?.textContent?.match(/\d/)?.[0] ?? '';
    typed.dispatchEvent(new Event('input', { bubbles: true }));
    await el.updateComplete;
    hold('deactivate');
    root(el).querySelector<HTMLButtonElement>('[part~="confirm"]')!.click();
    const first = await call('deactivate');
    const asked = (first.args[0] as DeactivateInput).targets.map((t) => t.customerId);
    const failedId = asked[asked.length - 1]!;
    first.answer({
      operationId: 'op-1', undoUntil: null,
      results: asked.map((id) => (id === failedId ? { id, outcome: 'failed', error: { code: 'network', message: 'x' } } : { id, outcome: 'done' })),
    } satisfies MutationResult);
    await until(() => root(el).querySelector('[part~="results"]'));
    button(el, /^Retry the failed/).click();
    (await call('deactivate', 1)).fail(new TypeError('Failed to fetch'));
    await until(() => alert(el).includes('Could not connect'));
    button(el, 'Retry').click();
    await call('deactivate', 2);
    const sent = held.filter((h) => h.method === 'deactivate').map((h) => (h.args[0] as DeactivateInput).targets.map((t) => t.customerId));
    expect(sent.slice(1)).to.deep.equal([[failedId], [failedId]]);
  });
});

describe('a misbehaving host: nothing hangs, nothing escapes', () => {
  it('a deactivation that never answers ends, after the timeout, in "the outcome is unknown", and the dialog can be left', async () => {
    const { adapter } = replaced(() => ({ timeoutMs: 50, deactivate: () => new Promise(() => undefined) }));
    const { el, opener } = await mount({ id: 'c-jose', adapter });
    await openAndLoad(el, opener);
    button(el, 'Deactivate').click();
    await until(() => alert(el).includes(CHANGE_TIMEOUT), `no outcome-unknown message in: ${alert(el)}`);
    expect(button(el, 'Retry')).to.exist;
    button(el, 'Cancel').click();
    await until(() => !el.open && !dialog(el).open, 'the dialog could not be left');
  });

  it('a preview rejected with an error whose getters throw reads "Something went wrong", with Reload, and nothing is unhandled', async () => {
    const watch = unhandled();
    try {
      const hostile = Object.defineProperties(new Error('x'), {
        name: { get: () => { throw new Error('name'); } },
        message: { get: () => { throw new Error('message'); } },
      });
      const { adapter } = replaced(() => ({ preview: () => Promise.reject(hostile) }));
      const { el, opener } = await mount({ id: 'c-jose', adapter });
      opener.click();
      await until(() => alert(el).includes(UNKNOWN), `no unknown-error message in: ${alert(el)}`);
      expect(button(el, 'Reload')).to.exist;
      expect(watch.reasons).to.deep.equal([]);
    } finally {
      watch.stop();
    }
  });

  it('a filter counting through an adapter that rejects with a revoked proxy says so and offers to count again', async () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const { adapter } = replaced(() => ({ countCustomers: () => Promise.reject(proxy) }));
    const el = await fixture<InactiveFilter>(html`<inactive-filter .adapter=${adapter}></inactive-filter>`);
    await until(() => [...el.shadowRoot!.querySelectorAll('button')].some((b) => b.textContent?.trim() === 'Count again'), 'no Count again');
  });

  it('Confirm deactivates on a page without crypto.randomUUID (plain HTTP)', () => withoutRandomUUID(async () => {
    const { el, opener } = await mount({ id: 'c-jose' });
    await openAndLoad(el, opener);
    const done = oneEvent(el, 'customer-deactivated');
    button(el, 'Deactivate').click();
    expect((await done).detail.customerIds).to.deep.equal(['c-jose']);
    expect(status(el)).to.contain('is now inactive');
  }));

  it('the form saves on a page without crypto.randomUUID', () => withoutRandomUUID(async () => {
    const adapter = createMemoryAdapter({ data: dataset() });
    const el = await fixture<ServiceReactivateForm>(html`<service-reactivate-form view="inactive" customer-id="c-jose" today="2026-11-01" .adapter=${adapter}></service-reactivate-form>`);
    await until(() => el.shadowRoot!.querySelector('input[name="reactivate"]:not(:disabled)'), 'the form did not load');
    el.shadowRoot!.querySelector<HTMLInputElement>('input[name="reactivate"]:not(:disabled)')!.click();
    await el.updateComplete;
    const end = el.shadowRoot!.querySelector<HTMLInputElement>('input[name="end-date"]');
    if (end) {
      end.value = '';
      end.dispatchEvent(new Event('change'));
      await el.updateComplete;
    }
    const saved = oneEvent(el, 'services-reactivated');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="save"]')!.click();
    expect((await saved).detail.serviceIds).to.have.length(1);
  }));
});

/** The dialog for José Álvarez with its deactivation confirmed and held: the running call, and its event to come. */
async function deactivationRunning() {
  const mounted = await mount({ id: 'c-jose' });
  const { el, opener, hold, call } = mounted;
  await openAndLoad(el, opener);
  hold('deactivate');
  const done = oneEvent(el, 'customer-deactivated');
  button(el, 'Deactivate').click();
  return { ...mounted, done, running: await call('deactivate') };
}

describe('a careless host: a change that was sent is never lost', () => {
  it('another customer-id while the deactivation runs: it goes on, and the event and the dialog report the customer confirmed', async () => {
    const { el, done, running } = await deactivationRunning();
    el.customerId = 'c-ana';
    await el.updateComplete;
    expect(running.signal.aborted, 'the deactivation was aborted').to.equal(false);
    running.release();
    expect((await done).detail.customerIds).to.deep.equal(['c-jose']);
    await until(() => title(el).includes('José Álvarez'), `the outcome is not shown: ${title(el)}`);
    expect(status(el)).to.contain('José Álvarez is now inactive');
  });

  it('moved elsewhere in the page while it runs: the deactivation goes on, and the dialog is modal again', async () => {
    const { el, page, done, running } = await deactivationRunning();
    const elsewhere = document.createElement('section');
    page.after(elsewhere);
    elsewhere.append(el);
    await el.updateComplete;
    expect(running.signal.aborted).to.equal(false);
    expect(dialog(el).matches(':modal'), 'modal again after the move').to.equal(true);
    running.release();
    expect((await done).detail.customerIds).to.deep.equal(['c-jose']);
    elsewhere.remove();
  });

  it('removed while it runs: the deactivation goes on, and the host still hears of it', async () => {
    const { el, done, running } = await deactivationRunning();
    el.remove();
    expect(running.signal.aborted).to.equal(false);
    running.release();
    expect((await done).detail.customerIds).to.deep.equal(['c-jose']);
  });
});

describe('a misbehaving host: the form shows only the customer asked for', () => {
  it("getCustomer(c-jose) answered with Zoë's record shows invalid data, none of her services, and saves nothing", async () => {
    const { adapter, base } = replaced((b) => ({ getCustomer: (_id: string, o: { signal: AbortSignal }) => b.getCustomer('c-zoe', o) }));
    const el = await fixture<ServiceReactivateForm>(html`<service-reactivate-form view="inactive" customer-id="c-jose" today="2026-11-01" .adapter=${adapter}></service-reactivate-form>`);
    await until(() => el.shadowRoot!.querySelector('[role="alert"]')?.textContent?.includes(INVALID_DATA), 'no invalid-data message');
    expect(el.shadowRoot!.textContent).not.to.contain('Lawn care');
    expect(el.shadowRoot!.querySelectorAll('input[name="reactivate"]')).to.have.length(0);
    expect(base.calls.filter((c) => c.method === 'reactivateServices')).to.have.length(0);
  });
});

describe('a careless host: odd values fall back', () => {
  for (const days of ['Infinity', '1e400', '1.5', '-3', 'NaN']) {
    it(`dormant-days="${days}" warns and falls back to the default, with no RangeError`, async () => {
      const watch = unhandled();
      try {
        const warnings = await warningsOf(async () => {
          const el = await fixture<InactiveFilter>(html`<inactive-filter dormant-days=${days} value="dormant"></inactive-filter>`);
          await el.updateComplete;
          expect(el.criteria).to.be.an('object');
          const badge = await fixture(html`<customer-status-badge dormant-days=${days} status="active"></customer-status-badge>`);
          await (badge as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        });
        expect(warnings.some((w) => w.includes('<inactive-filter>') && w.includes('dormant-days')), warnings.join('\n')).to.equal(true);
        expect(watch.reasons).to.deep.equal([]);
      } finally {
        watch.stop();
      }
    });
  }

  it('a message key added to Object.prototype is not taken for a message', () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto['error.unknown'] = 'polluted';
    try {
      expect(createLocalizer('en').t('error.unknown')).to.equal(UNKNOWN);
    } finally {
      delete proto['error.unknown'];
    }
  });
});
