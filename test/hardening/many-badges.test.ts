// A page of many bound badges, as a CRM's customer table is: reads of one
// customer are shared, reads of many are batched through the adapter's
// optional getCustomers, and the change feed is subscribed to once. An answer
// for a customer nobody asked about is refused, and an adapter that never
// answers ends in `timeout` — the provider's, when it sets one.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/customer-status-badge/define.js';
import '../../src/elements/lifecycle-provider/define.js';
import type { CustomerStatusBadge } from '../../src/elements/customer-status-badge/customer-status-badge.js';
import type { LifecycleProvider } from '../../src/elements/lifecycle-provider/lifecycle-provider.js';
import type { ChangeListener, Customer, LifecycleAdapter } from '../../src/adapter/types.js';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import { until } from '../support/until.js';

const label = (badge: CustomerStatusBadge) => badge.shadowRoot?.querySelector('[part~="label"]')?.textContent ?? '';
/** The badge has shown its customer's status, or why it cannot. */
const settled = (badge: CustomerStatusBadge) => badge.bound?.phase === 'ready' || badge.bound?.phase === 'error';

/** The memory adapter on `count` generated customers, counting the calls; `batch: false` leaves getCustomers out. */
function counted(count: number, { batch = true } = {}) {
  const base = createMemoryAdapter({ count, seed: 7 });
  const calls = { getCustomer: 0, getCustomers: [] as string[][], subscribe: 0 };
  const adapter: LifecycleAdapter = Object.assign(Object.create(base) as LifecycleAdapter, {
    getCustomer(id: string, options: { signal: AbortSignal }) {
      calls.getCustomer += 1;
      return base.getCustomer(id, options);
    },
    getCustomers: batch ? (ids: string[], options: { signal: AbortSignal }) => {
      calls.getCustomers.push(ids);
      return base.getCustomers!(ids, options);
    } : undefined,
    subscribe(listener: ChangeListener) {
      calls.subscribe += 1;
      return base.subscribe(listener);
    },
  });
  return { base, adapter, calls };
}

/** `ids` as bound badges under one provider with `adapter`. */
async function page(adapter: LifecycleAdapter, ids: string[], timeout?: number) {
  const provider = await fixture<LifecycleProvider>(html`<lifecycle-provider .adapter=${adapter} timeout=${timeout ?? ''}>
    ${ids.map((id) => html`<customer-status-badge customer-id=${id}></customer-status-badge>`)}</lifecycle-provider>`);
  return { provider, badges: [...provider.querySelectorAll('customer-status-badge')] };
}

async function ids(adapter: LifecycleAdapter, n: number): Promise<string[]> {
  const { items } = await adapter.listCustomers({ status: 'all', offset: 0, limit: n }, { signal: new AbortController().signal });
  return items.map((c: Customer) => c.id);
}

describe('many bound badges: shared and batched reads', () => {
  it('250 badges of 250 customers make 3 batched calls of at most 100, and no single reads', async () => {
    const { adapter, calls } = counted(250);
    const customers = await ids(adapter, 250);
    expect(customers).to.have.length(250);
    const { badges } = await page(adapter, customers);
    await until(() => badges.every(settled), 'some badges never showed a status');
    expect(calls.getCustomer).to.equal(0);
    expect(calls.getCustomers.map((batch) => batch.length).sort((a, b) => b - a)).to.deep.equal([100, 100, 50]);
    expect(new Set(calls.getCustomers.flat()).size, 'each customer asked for once').to.equal(250);
  });

  it('1,000 badges of 1,000 customers make no more calls than 1,000 / the batch size: 10 full batches', async () => {
    const { adapter, calls } = counted(1000);
    const customers = await ids(adapter, 1000);
    const { badges } = await page(adapter, customers);
    await until(() => badges.every(settled), 'some badges never showed a status');
    expect(calls.getCustomer).to.equal(0);
    expect(calls.getCustomers.map((batch) => batch.length)).to.deep.equal(Array.from({ length: 10 }, () => 100));
  });

  it('200 badges of 10 customers, without getCustomers: one read per customer, shared by its badges', async () => {
    const { adapter, calls } = counted(10, { batch: false });
    const customers = await ids(adapter, 10);
    const { badges } = await page(adapter, Array.from({ length: 200 }, (_, i) => customers[i % 10]!));
    await until(() => badges.every(settled), 'some badges never showed a status');
    expect(calls.getCustomer).to.equal(10);
  });

  it('the change feed is subscribed to once for the whole page, and each change reaches its badges', async () => {
    const { adapter, base, calls } = counted(20);
    const customers = await ids(adapter, 20);
    const { badges } = await page(adapter, [...customers, ...customers]);
    await until(() => badges.every(settled));
    expect(calls.subscribe).to.equal(1);
    const active = badges.find((b) => label(b) === 'Active')!;
    const id = active.customerId!;
    const preview = await base.preview('deactivate', [id], { signal: new AbortController().signal });
    const version = preview.impacts[0]!.customer.version;
    await base.deactivate({ targets: [{ customerId: id, version }], idempotencyKey: 'k-feed-many', actor: { id: 'u-1', name: 'Ana' }, cancelSubscriptions: false, holdInvoices: false, reason: null } as never, { signal: new AbortController().signal });
    const twins = badges.filter((b) => b.customerId === id);
    expect(twins).to.have.length(2);
    await until(() => twins.every((b) => label(b) !== 'Active'), 'the badges did not follow the change');
  });

  it('a badge that leaves the page does not stop the batch the others wait for', async () => {
    const { adapter, calls } = counted(5);
    const customers = await ids(adapter, 5);
    const { badges } = await page(adapter, customers);
    badges[0]!.remove();
    await until(() => badges.slice(1).every(settled));
    expect(badges.slice(1).map((b) => b.bound?.phase), 'the others got their customers, not an abort').to.deep.equal(['ready', 'ready', 'ready', 'ready']);
    expect(calls.getCustomers.length).to.be.at.most(1);
  });

  it('a batch answer that slips in a customer nobody asked about is refused for the whole batch', async () => {
    const { adapter, base } = counted(6);
    const customers = await ids(adapter, 6);
    const [outsider, ...asked] = customers;
    const lying = Object.assign(Object.create(adapter) as LifecycleAdapter, {
      async getCustomers(list: string[], options: { signal: AbortSignal }) {
        return [...(await base.getCustomers!(list, options)), ...(await base.getCustomers!([outsider!], options))];
      },
    });
    const errors: string[] = [];
    const { provider, badges } = await page(lying, asked);
    provider.addEventListener('lifecycle-error', (e) => errors.push((e as CustomEvent<{ error: { code: string } }>).detail.error.code));
    await until(() => badges.every((b) => label(b) === 'Status unavailable'), `the badges say ${badges.map(label).join(', ')}`);
    expect(new Set(errors)).to.deep.equal(new Set(['invalid-data']));
  });

  it('a customer the batch does not find is not-found on its badge alone', async () => {
    const { adapter } = counted(3);
    const customers = await ids(adapter, 3);
    const { badges } = await page(adapter, [...customers, 'c-nobody']);
    await until(() => badges.every(settled));
    expect(label(badges[3]!)).to.equal('Status unavailable');
    expect(badges.slice(0, 3).every((b) => label(b) !== 'Status unavailable')).to.equal(true);
  });
});

describe('<lifecycle-provider timeout>', () => {
  const never = () => {
    const { adapter } = counted(2);
    return Object.assign(Object.create(adapter) as LifecycleAdapter, { getCustomers: () => new Promise(() => {}), timeoutMs: 600_000 });
  };

  it('ends a read that never answers in timeout, with Retry, even when the adapter would wait ten minutes', async () => {
    const adapter = never();
    const { badges } = await page(adapter, ['c-1'], 200);
    const badge = badges[0]!;
    const error = new Promise<string>((resolve) => badge.addEventListener('lifecycle-error', (e) => resolve((e as CustomEvent<{ error: { code: string } }>).detail.error.code), { once: true }));
    expect(await error).to.equal('timeout');
    await until(() => label(badge) === 'Status unavailable');
    const retry = badge.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry"]')!;
    expect(retry.hidden).to.equal(false);
    await expect(badge).to.be.accessible();
  });

  it('ignores a timeout that is not a positive number, with a warning, and keeps the adapter\'s', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    try {
      const provider = await fixture<LifecycleProvider>(html`<lifecycle-provider timeout="soon"></lifecycle-provider>`);
      await provider.updateComplete;
    } finally {
      console.warn = warn;
    }
    expect(warnings.some((w) => w.includes('timeout must be a positive number'))).to.equal(true);
  });
});
