/** Contract checks: reactivating customers (R1, R2, R4, R5, G3, G7). */
import { assert, assertDeepEqual, assertEqual } from '../assert.js';
import {
  CONTRACT_IDS as C, CONTRACT_LOCATIONS as L, CONTRACT_RECORDS as REC, CONTRACT_SERVICES as S,
} from '../fixtures.js';
import {
  CONTRACT_ACTOR, assertBlocked, assertDone, assertSameInstant, byId, type CheckDefinition,
} from './harness.js';

export const reactivateChecks: CheckDefinition[] = [
  {
    name: 'R1 reactivating an inactive customer makes it active, with no deactivation left',
    async run({ start }) {
      const s = await start();
      assertDone(await s.reactivate([C.inactiveCascaded]), C.inactiveCascaded);
      const { customer } = await s.get(C.inactiveCascaded);
      assertEqual(customer.status, 'active');
      assertEqual(customer.deactivation, null, 'deactivation');
    },
  },
  {
    name: 'R1 a suspended and inactive customer is reactivated and stays suspended',
    async run({ start }) {
      const s = await start();
      assertDone(await s.reactivate([C.suspendedInactive]), C.suspendedInactive);
      const { customer } = await s.get(C.suspendedInactive);
      assertEqual(customer.status, 'active');
      assertEqual(customer.suspended, true, 'suspended');
    },
  },
  {
    name: 'R1 reactivating an active customer is blocked by R1',
    async run({ start }) {
      const s = await start();
      assertBlocked(await s.reactivate([C.activePerson]), C.activePerson, { rule: 'R1', reason: 'already-active' });
    },
  },
  {
    name: 'G7 reactivating adds its own audit entry: inactive to active, actor, time, reason and operation',
    async run({ start }) {
      const s = await start();
      s.clock.advance(60);
      const result = await s.reactivate([C.inactiveCascaded], { reason: 'Back in town' });
      const { audit } = await s.get(C.inactiveCascaded);
      const entry = audit[0];
      assert(entry, 'an audit entry');
      assertEqual(entry.action, 'reactivated', 'the newest entry');
      assertEqual(entry.from, 'inactive');
      assertEqual(entry.to, 'active');
      assertEqual(entry.operationId, result.operationId);
      assertEqual(entry.reason, 'Back in town');
      assertDeepEqual(entry.actor, { ...CONTRACT_ACTOR });
      assertSameInstant(entry.at, s.clock.now(), 'at');
    },
  },
  {
    name: 'R2 reactivating the customer leaves its locations and services inactive',
    async run({ start }) {
      const s = await start();
      assertDone(await s.reactivate([C.inactiveCascaded], { restoreCascade: false }), C.inactiveCascaded);
      const detail = await s.get(C.inactiveCascaded);
      for (const record of [...detail.locations, ...detail.services]) assertEqual(record.status, 'inactive', record.id);
    },
  },
  {
    name: 'R2 with restoreCascade but the policy\'s restoreOffer off, nothing is restored',
    async run({ start }) {
      const s = await start({ restoreOffer: false });
      assertDone(await s.reactivate([C.inactiveCascaded], { restoreCascade: true }), C.inactiveCascaded);
      const detail = await s.get(C.inactiveCascaded);
      for (const record of [...detail.locations, ...detail.services]) assertEqual(record.status, 'inactive', record.id);
    },
  },
  {
    name: 'G3 with restoreCascade exactly what the deactivation switched off comes back, and nothing switched off before',
    async run({ start }) {
      const s = await start();
      assertDone(await s.reactivate([C.inactiveCascaded], { restoreCascade: true }), C.inactiveCascaded);
      const detail = await s.get(C.inactiveCascaded);
      const status = (list: { id: string; status: string }[], id: string) => byId(list, id).status;
      assertEqual(status(detail.locations, L.brunoMain), 'active', L.brunoMain);
      assertEqual(status(detail.services, S.brunoWeekly), 'active', S.brunoWeekly);
      assertEqual(status(detail.services, S.brunoUrgent), 'active', S.brunoUrgent);
      assertEqual(status(detail.locations, L.brunoClosed), 'inactive', `${L.brunoClosed} (closed before)`);
      assertEqual(status(detail.services, S.brunoPruning), 'inactive', `${S.brunoPruning} (switched off before)`);
      assertEqual(byId(detail.locations, L.brunoMain).deactivatedByOperation, null, 'the mark is cleared');
    },
  },
  {
    name: 'G3 a restored recurring service loses the end date the cascade set',
    async run({ start }) {
      const s = await start();
      await s.reactivate([C.inactiveCascaded], { restoreCascade: true });
      const { schedule } = byId((await s.get(C.inactiveCascaded)).services, S.brunoWeekly);
      assertEqual(schedule.endDate, null, 'endDate');
      assertEqual(schedule.deactivateOnEndDate, false, 'deactivateOnEndDate');
    },
  },
  {
    name: 'G3 deactivating then reactivating with restoreCascade brings back what that deactivation switched off, and only that',
    async run({ start }) {
      const s = await start();
      await s.deactivate([C.activeCompany]);
      s.clock.advance(3600);
      assertDone(await s.reactivate([C.activeCompany], { restoreCascade: true }), C.activeCompany);
      const detail = await s.get(C.activeCompany);
      assertEqual(byId(detail.locations, L.acmeHq).status, 'active', L.acmeHq);
      assertEqual(byId(detail.services, S.acmeSupport).status, 'active', S.acmeSupport);
      assertEqual(byId(detail.locations, L.acmeDepot).status, 'inactive', `${L.acmeDepot} (closed before)`);
      assertEqual(byId(detail.services, S.acmeAudit).status, 'inactive', `${S.acmeAudit} (switched off before)`);
    },
  },
  {
    name: 'R4 invoices on hold stay on hold after reactivation',
    async run({ start }) {
      const s = await start();
      assertDone(await s.reactivate([C.inactiveHeld], { releaseInvoices: false }), C.inactiveHeld);
      const { invoices } = await s.get(C.inactiveHeld);
      assertEqual(byId(invoices, REC.carlaUnpaidHeld).onHold, true, REC.carlaUnpaidHeld);
      assertEqual(byId(invoices, REC.carlaDraftHeld).onHold, true, REC.carlaDraftHeld);
    },
  },
  {
    name: 'R4 with releaseInvoices the invoices on hold are released',
    async run({ start }) {
      const s = await start();
      assertDone(await s.reactivate([C.inactiveHeld], { releaseInvoices: true }), C.inactiveHeld);
      const { invoices } = await s.get(C.inactiveHeld);
      assertDeepEqual(invoices.filter((i) => i.onHold), []);
    },
  },
  {
    name: 'R5 cancelled subscriptions stay cancelled after reactivation',
    async run({ start }) {
      const s = await start();
      await s.reactivate([C.inactiveHeld], { restoreCascade: true, releaseInvoices: true });
      const sub = byId((await s.get(C.inactiveHeld)).subscriptions, REC.carlaCancelledSubscription);
      assertEqual(sub.status, 'cancelled');
    },
  },
  {
    name: 'R5 a subscription cancelled with the deactivation does not come back with the customer',
    async run({ start }) {
      const s = await start();
      await s.deactivate([C.activePerson], { cancelSubscriptions: true });
      s.clock.advance(3600);
      await s.reactivate([C.activePerson], { restoreCascade: true });
      const sub = byId((await s.get(C.activePerson)).subscriptions, REC.anaSubscription);
      assertEqual(sub.status, 'cancelled');
    },
  },
];
