import { expect } from '@open-wc/testing';
import { guardAdapter } from '../../../src/adapter/boundary.js';
import { LifecycleError } from '../../../src/adapter/errors.js';
import { CustomerBatchSchema, MAX_BATCH_READ } from '../../../src/adapter/schemas.js';
import { createMemoryAdapter } from '../../../src/adapters/memory/index.js';
import { call, deactivation, NOW, rejection, setup } from './fixture.js';

describe('memory adapter: reads', () => {
  describe('getCustomer', () => {
    it('returns the customer with its locations, services, invoices and subscriptions', async () => {
      const { adapter } = setup();
      const detail = await adapter.getCustomer('c-jose', call());
      expect(detail.customer.name).to.equal('José Álvarez');
      expect(detail.locations.map((l) => l.id)).to.deep.equal(['loc-1', 'loc-2']);
      expect(detail.services.map((s) => s.id)).to.deep.equal(['svc-1', 'svc-2', 'svc-3', 'svc-4', 'svc-6']);
      expect(detail.invoices.map((i) => i.id)).to.deep.equal(['inv-1', 'inv-2', 'inv-3', 'inv-4']);
      expect(detail.subscriptions.map((s) => s.id)).to.deep.equal(['sub-1', 'sub-2']);
    });

    it('links a person to its company', async () => {
      const { adapter } = setup();
      const detail = await adapter.getCustomer('c-ana', call());
      expect(detail.links).to.deep.equal({
        company: { id: 'c-acme', kind: 'company', name: 'Acme Ibérica S.L.', status: 'active' },
        contacts: [],
      });
    });

    it('lists the persons of a company as its contacts', async () => {
      const { adapter } = setup();
      const detail = await adapter.getCustomer('c-acme', call());
      expect(detail.links.company).to.equal(null);
      expect(detail.links.contacts).to.deep.equal([{ id: 'c-ana', kind: 'person', name: 'Ana Torres', status: 'active' }]);
    });

    it('returns the audit trail newest first', async () => {
      const { adapter } = setup();
      await adapter.deactivate(deactivation(['c-jose'], { holdInvoices: true }), call());
      const { audit } = await adapter.getCustomer('c-jose', call());
      expect(audit.map((a) => a.action)).to.deep.equal(['invoices-held', 'deactivated', 'reactivated', 'deactivated']);
    });

    it('rejects an unknown id with not-found', async () => {
      const { adapter } = setup();
      const error = await rejection(adapter.getCustomer('c-nobody', call()));
      expect(error).to.be.instanceOf(LifecycleError);
      expect((error as LifecycleError).code).to.equal('not-found');
    });

    it('returns copies that cannot change the store', async () => {
      const { adapter } = setup();
      const detail = await adapter.getCustomer('c-jose', call());
      detail.customer.name = 'Changed';
      detail.locations[0]!.status = 'inactive';
      const again = await adapter.getCustomer('c-jose', call());
      expect(again.customer.name).to.equal('José Álvarez');
      expect(again.locations[0]!.status).to.equal('active');
    });

    it('returns data the boundary accepts', async () => {
      const guarded = guardAdapter(createMemoryAdapter({ count: 30 }));
      const signal = new AbortController().signal;
      const page = await guarded.listCustomers({ status: 'all', offset: 0, limit: 30 }, signal);
      for (const c of page.items) await guarded.getCustomer(c.id, signal);
      expect(page.items).to.have.length(30);
    });
  });

  describe('getCustomers', () => {
    it('returns the customers asked for, as summaries without their details', async () => {
      const { adapter } = setup();
      const customers = await adapter.getCustomers(['c-jose', 'c-zoe'], call());
      const stored = adapter.snapshot().customers;
      expect(customers).to.deep.equal([stored.find((c) => c.id === 'c-jose'), stored.find((c) => c.id === 'c-zoe')]);
      expect(customers[0]).not.to.have.property('locations');
    });

    it('leaves unknown ids out', async () => {
      const { adapter } = setup();
      const customers = await adapter.getCustomers(['c-nobody', 'c-ana', 'c-gone'], call());
      expect(customers.map((c) => c.id)).to.deep.equal(['c-ana']);
    });

    it('answers an empty list when no id is known', async () => {
      const { adapter } = setup();
      expect(await adapter.getCustomers(['c-nobody'], call())).to.deep.equal([]);
    });

    it('answers in the order asked', async () => {
      const { adapter } = setup();
      const customers = await adapter.getCustomers(['c-zoe', 'c-acme', 'c-jose'], call());
      expect(customers.map((c) => c.id)).to.deep.equal(['c-zoe', 'c-acme', 'c-jose']);
    });

    it('shows a customer as it is after a change', async () => {
      const { adapter } = setup();
      await adapter.deactivate(deactivation(['c-ana']), call());
      const [ana] = await adapter.getCustomers(['c-ana'], call());
      expect(ana).to.include({ status: 'inactive', version: 4 });
    });

    it('returns copies that cannot change the store', async () => {
      const { adapter } = setup();
      const [jose] = await adapter.getCustomers(['c-jose'], call());
      jose!.name = 'Changed';
      jose!.balance.amount = 999;
      const [again] = await adapter.getCustomers(['c-jose'], call());
      expect(again!.name).to.equal('José Álvarez');
      expect(again!.balance.amount).to.equal(0);
    });

    it(`answers ${MAX_BATCH_READ} ids in one call`, async () => {
      const adapter = createMemoryAdapter({ count: MAX_BATCH_READ + 20, now: () => NOW });
      const ids = Array.from({ length: MAX_BATCH_READ }, (_, i) => `cus-${i + 11}`);
      const customers = await adapter.getCustomers(ids, call());
      expect(customers.map((c) => c.id)).to.deep.equal(ids);
      expect(CustomerBatchSchema.safeParse(customers).success).to.equal(true);
    });

    it('rejects an id given twice with invalid-input naming the repeat', async () => {
      const { adapter } = setup();
      const error = await rejection(adapter.getCustomers(['c-jose', 'c-ana', 'c-jose'], call()));
      expect(error).to.be.instanceOf(LifecycleError);
      expect((error as LifecycleError).code).to.equal('invalid-input');
      expect((error as LifecycleError).issues.map((i) => i.path)).to.deep.equal(['2']);
    });

    it(`rejects more than ${MAX_BATCH_READ} ids, or none, with invalid-input`, async () => {
      const { adapter } = setup();
      const many = Array.from({ length: MAX_BATCH_READ + 1 }, (_, i) => `c-${i}`);
      expect((await rejection(adapter.getCustomers(many, call())) as LifecycleError).code).to.equal('invalid-input');
      expect((await rejection(adapter.getCustomers([], call())) as LifecycleError).code).to.equal('invalid-input');
      expect((await rejection(adapter.getCustomers([''], call())) as LifecycleError).code).to.equal('invalid-input');
    });

    it('records the call with the ids asked for', async () => {
      const { adapter } = setup();
      await adapter.getCustomers(['c-jose', 'c-nobody'], call());
      expect(adapter.calls).to.deep.equal([{ method: 'getCustomers', input: ['c-jose', 'c-nobody'], status: 'read' }]);
    });

    it('rejects with an AbortError when aborted during the latency', async () => {
      const { adapter } = setup({ latency: 60_000 });
      const controller = new AbortController();
      const pending = adapter.getCustomers(['c-jose'], { signal: controller.signal });
      controller.abort();
      const error = await rejection(pending);
      expect((error as DOMException).name).to.equal('AbortError');
      expect(adapter.calls[0]!.status).to.equal('aborted');
    });
  });

  describe('preview', () => {
    it('plans a deactivation with its cascade, subscriptions, open invoices and links', async () => {
      const { adapter } = setup();
      const preview = await adapter.preview('deactivate', ['c-jose', 'c-acme'], call());
      const [jose, acme] = preview.impacts;
      expect(preview.action).to.equal('deactivate');
      expect(jose!.check.allowed).to.equal(true);
      expect(jose!.locations.map((l) => l.id)).to.deep.equal(['loc-1']);
      expect(jose!.services.map((s) => s.id)).to.deep.equal(['svc-1', 'svc-2', 'svc-6']);
      expect(jose!.subscriptions.map((s) => s.id)).to.deep.equal(['sub-1']);
      expect(jose!.invoices.map((i) => i.id)).to.deep.equal(['inv-1', 'inv-2']);
      expect(acme!.linkedUnchanged.map((c) => c.id)).to.deep.equal(['c-ana']);
      expect(acme!.check.warnings.map((w) => w.rule)).to.include('G5');
    });

    it('lists unknown ids as missing', async () => {
      const { adapter } = setup();
      const preview = await adapter.preview('reactivate', ['c-zoe', 'c-nobody'], call());
      expect(preview.impacts.map((i) => i.customer.id)).to.deep.equal(['c-zoe']);
      expect(preview.missing).to.deep.equal(['c-nobody']);
    });

    it('blocks every impact when the policy does not allow the bulk action', async () => {
      const { adapter } = setup({ policy: { bulkDeactivate: false } });
      const preview = await adapter.preview('deactivate', ['c-jose', 'c-acme'], call());
      for (const impact of preview.impacts) {
        expect(impact.check.allowed).to.equal(false);
        expect(impact.check.blockers.map((b) => b.reason)).to.include('bulk-deactivate-off');
      }
    });

    it('plans a restore of what the deactivation switched off', async () => {
      const { adapter } = setup();
      const [impact] = (await adapter.preview('reactivate', ['c-zoe'], call())).impacts;
      expect(impact!.locations.map((l) => l.id)).to.deep.equal(['loc-3']);
      expect(impact!.services.map((s) => s.id)).to.deep.equal(['svc-5']);
      expect(impact!.cancelledSubscriptions.map((s) => s.id)).to.deep.equal(['sub-3']);
    });
  });

  describe('listCustomers', () => {
    const page = { offset: 0, limit: 50 };

    it('lists every customer sorted by name', async () => {
      const { adapter } = setup();
      const result = await adapter.listCustomers({ status: 'all', ...page }, call());
      expect(result.items.map((c) => c.name)).to.deep.equal(['Acme Ibérica S.L.', 'Ana Torres', 'Bruno Díaz', 'José Álvarez', 'Zoë Müller']);
      expect(result.total).to.equal(5);
    });

    it('lists the active or the inactive customers only', async () => {
      const { adapter } = setup();
      const active = await adapter.listCustomers({ status: 'active', ...page }, call());
      const inactive = await adapter.listCustomers({ status: 'inactive', ...page }, call());
      expect(active.items.map((c) => c.id)).to.deep.equal(['c-acme', 'c-ana', 'c-jose']);
      expect(inactive.items.map((c) => c.id)).to.deep.equal(['c-bruno', 'c-zoe']);
    });

    it('matches the query ignoring case and accents', async () => {
      const { adapter } = setup();
      const jose = await adapter.listCustomers({ status: 'all', query: 'JOSE alv', ...page }, call());
      const muller = await adapter.listCustomers({ status: 'all', query: 'müller', ...page }, call());
      const iberica = await adapter.listCustomers({ status: 'all', query: 'iberica', ...page }, call());
      expect(jose.items.map((c) => c.id)).to.deep.equal(['c-jose']);
      expect(muller.items.map((c) => c.id)).to.deep.equal(['c-zoe']);
      expect(iberica.items.map((c) => c.id)).to.deep.equal(['c-acme']);
    });

    it("lists dormant customers by the policy's days, or by the query's", async () => {
      const { adapter } = setup();
      const byPolicy = await adapter.listCustomers({ status: 'dormant', ...page }, call());
      const byQuery = await adapter.listCustomers({ status: 'dormant', dormantDays: 7, ...page }, call());
      expect(byPolicy.items.map((c) => c.id)).to.deep.equal(['c-jose']);
      expect(byQuery.items.map((c) => c.id)).to.deep.equal(['c-ana', 'c-jose']);
    });

    it('lists no dormant customers when dormancy is off', async () => {
      const { adapter } = setup({ policy: { dormantDays: null } });
      const result = await adapter.listCustomers({ status: 'dormant', ...page }, call());
      expect(result.total).to.equal(0);
    });

    it('pages with offset and limit and reports the total', async () => {
      const { adapter } = setup();
      const result = await adapter.listCustomers({ status: 'all', offset: 1, limit: 2 }, call());
      expect(result.items.map((c) => c.id)).to.deep.equal(['c-ana', 'c-bruno']);
      expect(result).to.include({ total: 5, offset: 1, limit: 2 });
    });

    it('lists a customer under its new status after a change', async () => {
      const { adapter } = setup();
      await adapter.listCustomers({ status: 'inactive', ...page }, call());
      await adapter.deactivate(deactivation(['c-ana']), call());
      const inactive = await adapter.listCustomers({ status: 'inactive', ...page }, call());
      expect(inactive.items.map((c) => c.id)).to.deep.equal(['c-ana', 'c-bruno', 'c-zoe']);
      expect(inactive.items[0]!.version).to.equal(4);
    });

    it('rejects an invalid query with invalid-input', async () => {
      const { adapter } = setup();
      const error = await rejection(adapter.listCustomers({ status: 'all', offset: -1, limit: 0 }, call()));
      expect((error as LifecycleError).code).to.equal('invalid-input');
    });

    // Paging 100,000 customers is timed by `npm run bench`; here, the last page of a generated set is right.
    it('pages through 2,000 generated customers to the last, short page', async () => {
      const adapter = createMemoryAdapter({ count: 2_000, now: () => NOW });
      const all = await adapter.listCustomers({ status: 'all', offset: 1_990, limit: 20 }, call());
      const counts = await adapter.countCustomers({}, call());
      expect(all.total).to.equal(2_000);
      expect(all.items).to.have.length(10);
      expect(new Set(all.items.map((c) => c.id)).size).to.equal(10);
      expect(counts.active + counts.inactive).to.equal(2_000);
    });
  });

  describe('countCustomers', () => {
    it('counts active, inactive, all and dormant customers', async () => {
      const { adapter } = setup();
      expect(await adapter.countCustomers({}, call())).to.deep.equal({ active: 3, inactive: 2, all: 5, dormant: 1 });
    });

    it("counts dormant customers by the query's days", async () => {
      const { adapter } = setup();
      expect((await adapter.countCustomers({ dormantDays: 7 }, call())).dormant).to.equal(2);
    });

    it('leaves dormant out when dormancy is off', async () => {
      const { adapter } = setup({ policy: { dormantDays: null } });
      expect(await adapter.countCustomers({}, call())).to.deep.equal({ active: 3, inactive: 2, all: 5 });
    });

    it('counts only the customers whose name matches the query', async () => {
      const { adapter } = setup();
      expect(await adapter.countCustomers({ query: 'a' }, call())).to.deep.equal({ active: 3, inactive: 1, all: 4, dormant: 1 });
    });
  });
});
