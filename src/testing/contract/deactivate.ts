/** Contract checks: deactivating one customer (D1, D3–D6, G5). */
import { assert, assertDeepEqual, assertEqual } from '../assert.js';
import { CONTRACT_IDS as C, CONTRACT_LOCATIONS as L, CONTRACT_RECORDS as REC, CONTRACT_SERVICES as S } from '../fixtures.js';
import { assertBlocked, assertDone, byId, type CheckDefinition } from './harness.js';

export const deactivateChecks: CheckDefinition[] = [
  {
    name: 'D1 deactivating an active customer makes it inactive, and keeps it',
    async run({ start }) {
      const s = await start();
      const result = await s.deactivate([C.activePerson]);
      assertDone(result, C.activePerson);
      assertEqual(result.results.length, 1, 'one outcome per target');
      const { customer } = await s.get(C.activePerson);
      assertEqual(customer.status, 'inactive');
      assert((await s.listIds({ status: 'all' })).includes(C.activePerson), 'still listed under All');
    },
  },
  {
    name: 'D1 deactivating a customer that is already inactive is blocked by D1',
    async run({ start }) {
      const s = await start();
      const before = await s.get(C.inactiveCascaded);
      const result = await s.deactivate([C.inactiveCascaded]);
      assertBlocked(result, C.inactiveCascaded, { rule: 'D1', reason: 'already-inactive' });
      assertDeepEqual((await s.get(C.inactiveCascaded)).customer, before.customer, 'unchanged');
    },
  },
  {
    name: 'D1 deactivating is not restricted by an open balance where the policy allows it (seed 000)',
    async run({ start }) {
      const s = await start('seed-000');
      assertDone(await s.deactivate([C.activePerson]), C.activePerson);
      assertEqual((await s.get(C.activePerson)).customer.status, 'inactive');
    },
  },
  {
    name: 'G5 a customer with an open balance is blocked by G5, with the fix settle-balance, when the guard is block',
    async run({ start }) {
      const s = await start({ balanceGuard: 'block' });
      const result = await s.deactivate([C.activePerson]);
      assertBlocked(result, C.activePerson, { rule: 'G5', reason: 'open-balance', fix: 'settle-balance' });
      assertEqual((await s.get(C.activePerson)).customer.status, 'active', 'still active');
    },
  },
  {
    name: 'G5 a customer with no balance is deactivated even when the guard is block',
    async run({ start }) {
      const s = await start({ balanceGuard: 'block' });
      assertDone(await s.deactivate([C.activeCompany]), C.activeCompany);
    },
  },
  {
    name: 'G5 a customer with an open balance is deactivated when the guard is warn',
    async run({ start }) {
      const s = await start({ balanceGuard: 'warn' });
      assertDone(await s.deactivate([C.activePerson]), C.activePerson);
    },
  },
  {
    name: 'D3 deactivating cascades to every active location and service, each marked with the operation id',
    async run({ start }) {
      const s = await start();
      const result = await s.deactivate([C.activePerson]);
      const detail = await s.get(C.activePerson);
      for (const record of [...detail.locations, ...detail.services]) {
        assertEqual(record.status, 'inactive', `${record.id} status`);
        assertEqual(record.deactivatedByOperation, result.operationId, `${record.id} marked with the operation`);
      }
    },
  },
  {
    name: 'D3 a cascaded recurring service gets an end date no later than today and deactivate-on-end-date',
    async run({ start }) {
      const s = await start();
      await s.deactivate([C.activePerson]);
      const detail = await s.get(C.activePerson);
      const today = s.clock.today();
      for (const id of [S.anaCleaning, S.anaGarden]) {
        const { schedule } = byId(detail.services, id, 'service');
        assert(schedule.endDate !== null && schedule.endDate <= today, `${id}: expected an end date ≤ ${today}, got ${String(schedule.endDate)}`);
        assertEqual(schedule.deactivateOnEndDate, true, `${id} deactivateOnEndDate`);
      }
    },
  },
  {
    name: 'D3 a cascaded on-request service gets no end date',
    async run({ start }) {
      const s = await start();
      await s.deactivate([C.activePerson]);
      const service = byId((await s.get(C.activePerson)).services, S.anaRepair, 'service');
      assertEqual(service.status, 'inactive');
      assertEqual(service.schedule.endDate, null);
    },
  },
  {
    name: 'D3 locations and services switched off before keep their state and carry no operation mark',
    async run({ start }) {
      const s = await start();
      const before = await s.get(C.activeCompany);
      await s.deactivate([C.activeCompany]);
      const after = await s.get(C.activeCompany);
      assertDeepEqual(byId(after.locations, L.acmeDepot), byId(before.locations, L.acmeDepot), 'the depot');
      assertDeepEqual(byId(after.services, S.acmeAudit), byId(before.services, S.acmeAudit), 'the audit service');
    },
  },
  {
    name: 'D3 without cascade in the policy (seed 001) the locations and services stay active',
    async run({ start }) {
      const s = await start('seed-001');
      const before = await s.get(C.activePerson);
      assertDone(await s.deactivate([C.activePerson]), C.activePerson);
      const after = await s.get(C.activePerson);
      assertDeepEqual(after.locations, before.locations, 'locations');
      assertDeepEqual(after.services, before.services, 'services');
    },
  },
  {
    name: 'D4 with cancelSubscriptions the active subscriptions are cancelled',
    async run({ start }) {
      const s = await start();
      await s.deactivate([C.activePerson], { cancelSubscriptions: true });
      const sub = byId((await s.get(C.activePerson)).subscriptions, REC.anaSubscription, 'subscription');
      assertEqual(sub.status, 'cancelled');
    },
  },
  {
    name: 'D4 without cancelSubscriptions the subscriptions stay active',
    async run({ start }) {
      const s = await start();
      await s.deactivate([C.activePerson], { cancelSubscriptions: false });
      const sub = byId((await s.get(C.activePerson)).subscriptions, REC.anaSubscription, 'subscription');
      assertEqual(sub.status, 'active');
    },
  },
  {
    name: 'D4 where the plan has no subscriptions (seed 000), cancelSubscriptions cancels nothing',
    async run({ start }) {
      const s = await start('seed-000');
      assertDone(await s.deactivate([C.activePerson], { cancelSubscriptions: true }), C.activePerson);
      const sub = byId((await s.get(C.activePerson)).subscriptions, REC.anaSubscription, 'subscription');
      assertEqual(sub.status, 'active');
    },
  },
  {
    name: 'D5 with holdInvoices the unpaid and draft invoices go on hold, and the paid one does not',
    async run({ start }) {
      const s = await start();
      await s.deactivate([C.activePerson], { holdInvoices: true });
      const { invoices } = await s.get(C.activePerson);
      assertEqual(byId(invoices, REC.anaUnpaid).onHold, true, 'unpaid');
      assertEqual(byId(invoices, REC.anaDraft).onHold, true, 'draft');
      assertEqual(byId(invoices, REC.anaPaid).onHold, false, 'paid');
    },
  },
  {
    name: 'D5 without holdInvoices no invoice goes on hold',
    async run({ start }) {
      const s = await start();
      await s.deactivate([C.activePerson], { holdInvoices: false });
      const { invoices } = await s.get(C.activePerson);
      assertDeepEqual(invoices.filter((i) => i.onHold), []);
    },
  },
  {
    name: 'D5 where the policy offers no invoice hold (seed 000), holdInvoices holds nothing',
    async run({ start }) {
      const s = await start('seed-000');
      assertDone(await s.deactivate([C.activePerson], { holdInvoices: true }), C.activePerson);
      const { invoices } = await s.get(C.activePerson);
      assertDeepEqual(invoices.filter((i) => i.onHold), []);
    },
  },
  {
    name: 'D6 deactivating a company leaves its contacts active',
    async run({ start }) {
      const s = await start();
      const before = [(await s.get(C.contactZoe)).customer, (await s.get(C.contactJurgen)).customer];
      assertDone(await s.deactivate([C.activeCompany]), C.activeCompany);
      assertDeepEqual([(await s.get(C.contactZoe)).customer, (await s.get(C.contactJurgen)).customer], before);
      const links = (await s.get(C.activeCompany)).links;
      assertDeepEqual(links.contacts.map((c) => c.status), ['active', 'active'], 'the company\'s links');
    },
  },
  {
    name: 'D6 deactivating a contact leaves its company active',
    async run({ start }) {
      const s = await start();
      const before = (await s.get(C.activeCompany)).customer;
      assertDone(await s.deactivate([C.contactZoe]), C.contactZoe);
      assertDeepEqual((await s.get(C.activeCompany)).customer, before);
    },
  },
];
