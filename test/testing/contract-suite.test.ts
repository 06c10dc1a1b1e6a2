import { expect } from '@open-wc/testing';
import { DatasetSchema, LifecycleError, type Customer, type LifecycleAdapter } from '../../src/adapter/index.js';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import {
  AssertionError, CONTRACT_IDS, CONTRACT_NOW, ContractSkip, contractChecks, contractDataset, rulesOf,
  type ContractCheck, type ContractSetup,
} from '../../src/testing/index.js';

/** Every method of `inner`, bound, with some replaced. */
function wrap(inner: LifecycleAdapter, overrides: Partial<LifecycleAdapter> = {}): LifecycleAdapter {
  const adapter: LifecycleAdapter = {
    getCustomer: (id, o) => inner.getCustomer(id, o),
    preview: (action, ids, o) => inner.preview(action, ids, o),
    deactivate: (input, o) => inner.deactivate(input, o),
    reactivate: (input, o) => inner.reactivate(input, o),
    undo: (input, o) => inner.undo(input, o),
    deleteCustomers: (input, o) => inner.deleteCustomers(input, o),
    reactivateLocation: (input, o) => inner.reactivateLocation(input, o),
    reactivateServices: (input, o) => inner.reactivateServices(input, o),
    listCustomers: (query, o) => inner.listCustomers(query, o),
    countCustomers: (query, o) => inner.countCustomers(query, o),
    ...overrides,
  };
  if (inner.subscribe && !('subscribe' in overrides)) adapter.subscribe = (listener) => inner.subscribe?.(listener) ?? (() => {});
  return adapter;
}

const memory = ({ data, policy, now }: ContractSetup) => createMemoryAdapter({ data, policy, now });

function check(checks: ContractCheck[], name: string): ContractCheck {
  const found = checks.filter((c) => c.name.startsWith(name));
  if (found.length !== 1) throw new Error(`expected one check named "${name}…", found ${found.length}`);
  return found[0] as ContractCheck;
}

/** The check passes against the memory adapter and fails against the broken one. */
async function expectCaught(name: string, broken: (setup: ContractSetup) => LifecycleAdapter): Promise<unknown> {
  await check(contractChecks({ name: 'memory', create: memory }), name).run();
  let failure: unknown;
  try {
    await check(contractChecks({ name: 'broken', create: broken }), name).run();
  } catch (error) {
    failure = error;
  }
  expect(failure, `"${name}" should fail against the broken adapter`).to.be.instanceOf(Error);
  expect(failure).not.to.be.instanceOf(ContractSkip);
  return failure;
}

/** Each of `checks` (at least one) skips itself with ContractSkip. */
async function expectSkipped(checks: Array<{ name: string; run: () => Promise<void> }>): Promise<void> {
  expect(checks.length).to.be.greaterThan(0);
  for (const c of checks) {
    let error: unknown;
    try {
      await c.run();
    } catch (e) {
      error = e;
    }
    expect(error, c.name).to.be.instanceOf(ContractSkip);
  }
}

describe('contract suite', () => {
  describe('data set', () => {
    it('passes DatasetSchema', () => {
      const result = DatasetSchema.safeParse(contractDataset(new Date(CONTRACT_NOW)));
      expect(result.success, JSON.stringify(result.error?.issues)).to.equal(true);
    });

    it('passes DatasetSchema at any date', () => {
      expect(DatasetSchema.safeParse(contractDataset(new Date('2031-07-01T00:00:00Z'))).success).to.equal(true);
    });

    it('is a fresh copy on every call', () => {
      const a = contractDataset(new Date(CONTRACT_NOW));
      a.customers.pop();
      expect(contractDataset(new Date(CONTRACT_NOW)).customers).to.have.length(10);
    });

    it('has every customer named in CONTRACT_IDS, with unique ids in every table', () => {
      const data = contractDataset(new Date(CONTRACT_NOW));
      expect(data.customers.map((c) => c.id)).to.have.members(Object.values(CONTRACT_IDS));
      for (const table of ['customers', 'locations', 'services', 'invoices', 'subscriptions', 'audit'] as const) {
        const ids = data[table].map((r) => r.id);
        expect(new Set(ids).size, table).to.equal(ids.length);
      }
    });

    it('refers only to customers and locations it holds', () => {
      const data = contractDataset(new Date(CONTRACT_NOW));
      const customers = new Set(data.customers.map((c) => c.id));
      const locations = new Map(data.locations.map((l) => [l.id, l.customerId]));
      for (const r of [...data.locations, ...data.services, ...data.invoices, ...data.subscriptions, ...data.audit]) {
        expect(customers.has(r.customerId), r.id).to.equal(true);
      }
      for (const s of data.services) expect(locations.get(s.locationId), s.id).to.equal(s.customerId);
    });
  });

  describe('checks', () => {
    const checks = contractChecks({ name: 'memory', create: memory });

    it('have unique names', () => {
      const names = checks.map((c) => c.name);
      expect(new Set(names).size).to.equal(names.length);
    });

    it('cover every rule an adapter enforces', () => {
      const covered = new Set(checks.flatMap((c) => c.rules));
      const required = ['D1', 'D3', 'D4', 'D5', 'D6', 'D7', 'D8', 'R1', 'R2', 'R3', 'R4', 'R5', 'X1', 'X2', 'X3',
        'F1', 'F3', 'G1', 'G3', 'G4', 'G5', 'G6', 'G7', 'G8'];
      expect(required.filter((rule) => !covered.has(rule))).to.deep.equal([]);
    });

    it('read the rule ids a name starts with', () => {
      expect(rulesOf('F3 G8 status dormant lists …')).to.deep.equal(['F3', 'G8']);
      expect(rulesOf('a new idempotency key is a new operation')).to.deep.equal([]);
    });

    it('skip the change feed checks for an adapter without subscribe', async () => {
      const feedless = contractChecks({ name: 'feedless', create: (setup) => wrap(memory(setup), { subscribe: undefined }) });
      await expectSkipped(feedless.filter((c) => c.group === 'change feed'));
    });

    it('skip the batch read checks for an adapter without getCustomers', async () => {
      const plain = contractChecks({ name: 'no batch read', create: (setup) => wrap(memory(setup)) });
      await expectSkipped(plain.filter((c) => c.name.startsWith('getCustomers ')));
    });

    it('skip the invoice release checks for an adapter without releaseInvoices', async () => {
      const plain = contractChecks({ name: 'no release', create: (setup) => wrap(memory(setup)) });
      await expectSkipped(plain.filter((c) => c.group.includes('releaseInvoices')));
    });

    it('run the invoice release checks for an adapter with releaseInvoices', async () => {
      const release = checks.filter((c) => c.group.includes('releaseInvoices'));
      expect(release.length).to.be.greaterThan(6);
      for (const c of release) await c.run();
    });

    it('run the batch read checks for an adapter with getCustomers', async () => {
      const batch = checks.filter((c) => c.name.startsWith('getCustomers '));
      expect(batch.length).to.be.greaterThan(4);
      for (const c of batch) await c.run();
    });
  });

  describe('catches a broken adapter', () => {
    it('D3: one that does not cascade', async () => {
      await expectCaught('D3 deactivating cascades to every active location and service',
        ({ data, policy, now }) => createMemoryAdapter({ data, policy: { ...policy, cascade: false }, now }));
    });

    it('D4: one that cancels subscriptions where the plan has none', async () => {
      await expectCaught('D4 where the plan has no subscriptions',
        ({ data, policy, now }) => createMemoryAdapter({ data, policy: { ...policy, subscriptions: true }, now }));
    });

    it('R2: one that always restores the cascade', async () => {
      await expectCaught('R2 reactivating the customer leaves its locations and services inactive', (setup) => {
        const inner = memory(setup);
        return wrap(inner, { reactivate: (input, o) => inner.reactivate({ ...input, restoreCascade: true }, o) });
      });
    });

    it('X1: one that deletes active customers', async () => {
      await expectCaught('X1 deleting an active customer is blocked by X1', (setup) => {
        const inner = memory(setup);
        return wrap(inner, {
          deleteCustomers: async (input, o) => {
            await inner.deactivate({ ...input, idempotencyKey: `${input.idempotencyKey}-d`, cancelSubscriptions: false, holdInvoices: false, reason: null }, o);
            return inner.deleteCustomers(input, o);
          },
        });
      });
    });

    it('G5: one that deletes whatever the balance, as before the guard applied to delete', async () => {
      await expectCaught('G5 deleting a customer with an open balance is blocked by G5', (setup) => {
        const inner = memory(setup);
        const lax = createMemoryAdapter({ ...setup, policy: { ...setup.policy, balanceGuard: 'allow' } });
        return wrap(inner, { deleteCustomers: (input, o) => lax.deleteCustomers(input, o) });
      });
    });

    it('G1: one whose delete preview lists nothing that goes with the customer', async () => {
      await expectCaught('G1 preview of a delete lists the unpaid and held invoices', (setup) => {
        const inner = memory(setup);
        return wrap(inner, {
          preview: async (action, ids, o) => {
            const preview = await inner.preview(action, ids, o);
            return { ...preview, impacts: preview.impacts.map((i) => ({ ...i, invoices: [], subscriptions: [] })) };
          },
        });
      });
    });

    it('G4: one that ignores the clock it is given', async () => {
      await expectCaught('G4 undo after the grace period is refused with rule-violation',
        ({ data, policy }) => createMemoryAdapter({ data, policy, now: () => new Date(CONTRACT_NOW) }));
    });

    it('idempotency: one that acts again on a repeated key', async () => {
      let n = 0;
      await expectCaught('the same idempotency key returns the first result again', (setup) => {
        const inner = memory(setup);
        return wrap(inner, { deactivate: (input, o) => inner.deactivate({ ...input, idempotencyKey: `${input.idempotencyKey}-${(n += 1)}` }, o) });
      });
    });

    it('not-found: one that rejects an unknown id with a plain Error', async () => {
      const failure = await expectCaught('getCustomer of an unknown id rejects with not-found', (setup) => {
        const inner = memory(setup);
        return wrap(inner, {
          getCustomer: async (id, o) => {
            try {
              return await inner.getCustomer(id, o);
            } catch {
              throw new Error(`HTTP 404 for ${id}`);
            }
          },
        });
      });
      expect(failure).to.be.instanceOf(AssertionError);
      expect((failure as Error).message).to.contain('"unknown"');
    });

    it('schemas: one that returns a customer with an unknown status', async () => {
      const failure = await expectCaught('getCustomer returns the customer with its locations', (setup) => {
        const inner = memory(setup);
        return wrap(inner, {
          getCustomer: async (id, o) => {
            const detail = await inner.getCustomer(id, o);
            return { ...detail, customer: { ...detail.customer, status: 'gone' as 'active' } };
          },
        });
      });
      expect(failure).to.be.instanceOf(LifecycleError);
      expect((failure as LifecycleError).code).to.equal('invalid-data');
    });

    it('abort: one that ignores the signal', async () => {
      await expectCaught('every method rejects as aborted when its signal is already aborted', (setup) => {
        const inner = memory(setup);
        const fresh = () => ({ signal: new AbortController().signal });
        return wrap(inner, {
          getCustomer: (id) => inner.getCustomer(id, fresh()),
          deactivate: (input) => inner.deactivate(input, fresh()),
        });
      });
    });

    it('batch read: one that answers details instead of customers', async () => {
      const failure = await expectCaught('getCustomers returns the customers asked for', (setup) => {
        const inner = memory(setup);
        return wrap(inner, {
          getCustomers: async (ids, o) => (await Promise.all(ids.map((id) => inner.getCustomer(id, o)))) as unknown as Customer[],
        });
      });
      expect((failure as LifecycleError).code).to.equal('invalid-data');
    });

    it('batch read: one that reads only the first ten ids', async () => {
      await expectCaught('getCustomers answers 100 ids in one call', (setup) => {
        const inner = memory(setup);
        return wrap(inner, { getCustomers: (ids, o) => inner.getCustomers(ids.slice(0, 10), o) });
      });
    });

    for (const name of ['getCustomers shows each customer as it is after a change', 'getCustomers returns copies']) {
      it(`batch read: one that answers from a cache it keeps (${name.slice('getCustomers '.length)})`, async () => {
        await expectCaught(name, (setup) => {
          const inner = memory(setup);
          const cache = new Map<string, Customer>();
          return wrap(inner, {
            getCustomers: async (ids, o) => {
              const missing = ids.filter((id) => !cache.has(id));
              if (missing.length > 0) for (const c of await inner.getCustomers(missing, o)) cache.set(c.id, c);
              return ids.flatMap((id) => cache.get(id) ?? []);
            },
          });
        });
      });
    }

    it('batch read: one that ignores the signal', async () => {
      await expectCaught('getCustomers rejects as aborted', (setup) => {
        const inner = memory(setup);
        return wrap(inner, { getCustomers: (ids) => inner.getCustomers(ids, { signal: new AbortController().signal }) });
      });
    });

    it('R4: one that releases the invoices of an inactive customer', async () => {
      await expectCaught('R4 an invoice of an inactive customer is blocked by R4', (setup) => {
        const inner = memory(setup);
        return wrap(inner, {
          releaseInvoices: async (input, o) => {
            await inner.reactivate({
              targets: [{ customerId: input.customerId }], idempotencyKey: `${input.idempotencyKey}-r`, actor: input.actor,
              releaseInvoices: false, restoreCascade: false, reason: null,
            }, o);
            return inner.releaseInvoices(input, o);
          },
        });
      });
    });

    it('R4: one that answers done without releasing', async () => {
      await expectCaught('R4 releasing one invoice on hold of a reactivated customer', (setup) => wrap(memory(setup), {
        releaseInvoices: async (input) => ({ operationId: 'op-lie', undoUntil: null, results: input.invoiceIds.map((id) => ({ id, outcome: 'done' as const })) }),
      }));
    });

    it('change feed: one whose unsubscribe does nothing', async () => {
      await expectCaught('unsubscribing stops the change feed', (setup) => {
        const inner = memory(setup);
        return wrap(inner, {
          subscribe: (listener) => {
            inner.subscribe(listener);
            return () => {};
          },
        });
      });
    });
  });
});
