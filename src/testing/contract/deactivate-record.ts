/** Contract checks: what a deactivation records (D7, G7, G4 deadline) and deactivating several at once (D8, G6). */
import { assert, assertDeepEqual, assertEqual, assertSameMembers, rejectsWithCode } from '../assert.js';
import {
  CONTRACT_IDS as C, CONTRACT_LOCATIONS as L, CONTRACT_RECORDS as REC, CONTRACT_SERVICES as S, UNKNOWN_ID,
} from '../fixtures.js';
import {
  CONTRACT_ACTOR, assertBlocked, assertDone, assertFailed, assertSameInstant, type CheckDefinition,
} from './harness.js';

export const deactivateRecordChecks: CheckDefinition[] = [
  {
    name: 'D7 the deactivation records who, when, why and which operation',
    async run({ start }) {
      const s = await start();
      const result = await s.deactivate([C.activePerson], { reason: 'Moved to Lisbon' });
      const { customer } = await s.get(C.activePerson);
      const d = customer.deactivation;
      assert(d !== null, 'a deactivation record');
      assertDeepEqual(d.by, { ...CONTRACT_ACTOR }, 'by');
      assertSameInstant(d.at, s.clock.now(), 'at');
      assertEqual(d.reason, 'Moved to Lisbon', 'reason');
      assertEqual(d.operationId, result.operationId, 'operationId');
      assertEqual(d.undoUntil === null ? null : Date.parse(d.undoUntil), result.undoUntil === null ? null : Date.parse(result.undoUntil), 'undoUntil');
    },
  },
  {
    name: 'G7 deactivating adds an audit entry: active to inactive, actor, time, reason, operation and cascade',
    async run({ start }) {
      const s = await start();
      const result = await s.deactivate([C.activePerson], { reason: 'Moved to Lisbon', cancelSubscriptions: true, holdInvoices: true });
      const { audit } = await s.get(C.activePerson);
      const entries = audit.filter((a) => a.operationId === result.operationId);
      const entry = entries.find((a) => a.action === 'deactivated');
      assert(entry, `a "deactivated" entry of the operation among ${JSON.stringify(audit.map((a) => a.action))}`);
      assertEqual(audit.indexOf(entry) < entries.length, true, 'among the newest entries');
      assertEqual(entry.from, 'active', 'from');
      assertEqual(entry.to, 'inactive', 'to');
      assertDeepEqual(entry.actor, { ...CONTRACT_ACTOR }, 'actor');
      assertSameInstant(entry.at, s.clock.now(), 'at');
      assertEqual(entry.reason, 'Moved to Lisbon', 'reason');
      assertSameMembers(entry.cascade.locations, [L.anaHome, L.anaOffice], 'cascaded locations');
      assertSameMembers(entry.cascade.services, [S.anaCleaning, S.anaGarden, S.anaRepair], 'cascaded services');
      // Held invoices and cancelled subscriptions may be told in the same entry or in entries of their own.
      assertSameMembers(entries.flatMap((a) => a.cascade.invoices), [REC.anaUnpaid, REC.anaDraft], 'held invoices');
      assertSameMembers(entries.flatMap((a) => a.cascade.subscriptions), [REC.anaSubscription], 'cancelled subscriptions');
    },
  },
  {
    name: 'G7 when the policy requires a reason, deactivating without one is blocked by G7',
    async run({ start }) {
      const s = await start({ reason: 'required' });
      const result = await s.deactivate([C.activePerson], { reason: '  ' });
      assertBlocked(result, C.activePerson, { rule: 'G7', reason: 'reason-required', fix: 'enter-reason' });
      assertEqual((await s.get(C.activePerson)).customer.status, 'active', 'still active');
    },
  },
  {
    name: 'D8 bulk deactivation is refused with rule-violation when the policy turns it off, and nothing changes',
    async run({ start }) {
      const s = await start({ bulkDeactivate: false });
      await rejectsWithCode(s.deactivate([C.activePerson, C.activeCompany]), 'rule-violation');
      assertEqual((await s.get(C.activePerson)).customer.status, 'active', C.activePerson);
      assertEqual((await s.get(C.activeCompany)).customer.status, 'active', C.activeCompany);
    },
  },
  {
    name: 'D8 a single deactivation goes ahead when bulk deactivation is off',
    async run({ start }) {
      const s = await start({ bulkDeactivate: false });
      assertDone(await s.deactivate([C.activePerson]), C.activePerson);
    },
  },
  {
    name: 'D8 several customers are deactivated in one call when the policy allows bulk',
    async run({ start }) {
      const s = await start({ bulkDeactivate: true });
      const result = await s.deactivate([C.activePerson, C.activeCompany, C.dormant]);
      for (const id of [C.activePerson, C.activeCompany, C.dormant]) {
        assertDone(result, id);
        assertEqual((await s.get(id)).customer.status, 'inactive', id);
      }
    },
  },
  {
    name: 'G6 a bulk deactivation reports done, blocked and failed per customer, and the blocked and failed stop no one',
    async run({ start }) {
      const s = await start();
      const result = await s.deactivate([C.activePerson, C.inactiveCascaded, UNKNOWN_ID, C.dormant]);
      assertEqual(result.results.length, 4, 'one outcome per target');
      assertDone(result, C.activePerson);
      assertBlocked(result, C.inactiveCascaded, { rule: 'D1' });
      assertFailed(result, UNKNOWN_ID, 'not-found');
      assertDone(result, C.dormant);
      assertEqual((await s.get(C.dormant)).customer.status, 'inactive');
    },
  },
  {
    name: 'G4 a deactivation can be undone until now plus the policy\'s undoSeconds',
    async run({ start }) {
      const s = await start({ undoSeconds: 45 });
      const result = await s.deactivate([C.activePerson]);
      assertSameInstant(result.undoUntil, new Date(s.clock.now().getTime() + 45_000), 'undoUntil');
    },
  },
  {
    name: 'G4 with undoSeconds 0 a deactivation has no undo deadline',
    async run({ start }) {
      const s = await start({ undoSeconds: 0 });
      const result = await s.deactivate([C.activePerson]);
      assertEqual(result.undoUntil, null);
      assertEqual((await s.get(C.activePerson)).customer.deactivation?.undoUntil, null, 'on the customer');
    },
  },
];
