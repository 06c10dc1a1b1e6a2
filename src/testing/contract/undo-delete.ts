/** Contract checks: undo within the grace period (G4) and deletion (X1–X3). */
import { assert, assertDeepEqual, assertEqual, rejectsWithCode } from '../assert.js';
import {
  CONTRACT_IDS as C, CONTRACT_LOCATIONS as L, CONTRACT_RECORDS as REC, CONTRACT_SERVICES as S,
} from '../fixtures.js';
import { assertBlocked, assertDone, byId, type CheckDefinition } from './harness.js';

/** A record without its version: what undo must give back (the version moves on). */
const unversioned = <T extends { version: number }>(record: T): Omit<T, 'version'> => {
  const { version: _version, ...rest } = record;
  return rest;
};

export const undoChecks: CheckDefinition[] = [
  {
    name: 'G4 undo within the grace period makes the customer active again, with no deactivation left',
    async run({ start }) {
      const s = await start({ undoSeconds: 30 });
      const result = await s.deactivate([C.activePerson]);
      s.clock.advance(10);
      assertDone(await s.undo(result.operationId), C.activePerson);
      const { customer } = await s.get(C.activePerson);
      assertEqual(customer.status, 'active');
      assertEqual(customer.deactivation, null, 'deactivation');
    },
  },
  {
    name: 'G4 undo puts the cascade back: locations and services active again, with their schedules as before',
    async run({ start }) {
      const s = await start();
      const before = await s.get(C.activePerson);
      const result = await s.deactivate([C.activePerson]);
      s.clock.advance(5);
      await s.undo(result.operationId);
      const after = await s.get(C.activePerson);
      assertDeepEqual(after.locations.map(unversioned), before.locations.map(unversioned), 'locations');
      assertDeepEqual(after.services.map(unversioned), before.services.map(unversioned), 'services');
    },
  },
  {
    name: 'G4 undo leaves what was switched off before the deactivation as it was',
    async run({ start }) {
      const s = await start();
      const result = await s.deactivate([C.activeCompany]);
      s.clock.advance(5);
      await s.undo(result.operationId);
      const detail = await s.get(C.activeCompany);
      assertEqual(byId(detail.locations, L.acmeHq).status, 'active', L.acmeHq);
      assertEqual(byId(detail.locations, L.acmeDepot).status, 'inactive', L.acmeDepot);
      assertEqual(byId(detail.services, S.acmeAudit).status, 'inactive', S.acmeAudit);
    },
  },
  {
    name: 'G4 undo releases the invoices the deactivation put on hold',
    async run({ start }) {
      const s = await start();
      const result = await s.deactivate([C.activePerson], { holdInvoices: true });
      s.clock.advance(5);
      await s.undo(result.operationId);
      const { invoices } = await s.get(C.activePerson);
      assertDeepEqual(invoices.filter((i) => i.onHold), []);
    },
  },
  {
    name: 'G4 undo leaves cancelled subscriptions cancelled: cancelling is irreversible',
    async run({ start }) {
      const s = await start();
      const result = await s.deactivate([C.activePerson], { cancelSubscriptions: true });
      s.clock.advance(5);
      assertDone(await s.undo(result.operationId), C.activePerson);
      assertEqual(byId((await s.get(C.activePerson)).subscriptions, REC.anaSubscription).status, 'cancelled');
    },
  },
  {
    name: 'G4 undo after the grace period is refused with rule-violation, and nothing changes',
    async run({ start }) {
      const s = await start({ undoSeconds: 30 });
      const result = await s.deactivate([C.activePerson]);
      s.clock.advance(31);
      const before = await s.get(C.activePerson);
      await rejectsWithCode(s.undo(result.operationId), 'rule-violation');
      assertDeepEqual(await s.get(C.activePerson), before);
    },
  },
  {
    name: 'G4 undo is refused with rule-violation when the policy\'s undoSeconds is 0',
    async run({ start }) {
      const s = await start({ undoSeconds: 0 });
      const result = await s.deactivate([C.activePerson]);
      await rejectsWithCode(s.undo(result.operationId), 'rule-violation');
      assertEqual((await s.get(C.activePerson)).customer.status, 'inactive');
    },
  },
  {
    name: 'G4 undo of an operation the adapter does not know rejects with not-found',
    async run({ start }) {
      const s = await start();
      await rejectsWithCode(s.undo('op-never-made'), 'not-found');
    },
  },
  {
    name: 'G7 undo adds its own audit entry, inactive to active',
    async run({ start }) {
      const s = await start();
      const result = await s.deactivate([C.activePerson]);
      s.clock.advance(5);
      const undone = await s.undo(result.operationId);
      const entry = (await s.get(C.activePerson)).audit[0];
      assert(entry, 'an audit entry');
      assertEqual(entry.action, 'deactivation-undone', 'the newest entry');
      assertEqual(entry.operationId, undone.operationId, 'the undo\'s own operation');
      assertEqual(entry.from, 'inactive');
      assertEqual(entry.to, 'active');
    },
  },
];

export const deleteChecks: CheckDefinition[] = [
  {
    name: 'X1 deleting an active customer is blocked by X1, with the fix deactivate-first',
    async run({ start }) {
      const s = await start();
      assertBlocked(await s.remove([C.activePerson]), C.activePerson, { rule: 'X1', reason: 'delete-active', fix: 'deactivate-first' });
      assertEqual((await s.get(C.activePerson)).customer.status, 'active', 'still there');
    },
  },
  {
    name: 'X1 an inactive customer is deleted: getCustomer then rejects with not-found',
    async run({ start }) {
      const s = await start();
      const result = await s.remove([C.inactiveDeletable]);
      assertDone(result, C.inactiveDeletable);
      assertEqual(result.undoUntil, null, 'no undo after a delete');
      await rejectsWithCode(s.get(C.inactiveDeletable), 'not-found');
    },
  },
  {
    name: 'X1 a customer deactivated first can then be deleted',
    async run({ start }) {
      const s = await start();
      await s.deactivate([C.dormant]);
      assertDone(await s.remove([C.dormant]), C.dormant);
      await rejectsWithCode(s.get(C.dormant), 'not-found');
    },
  },
  {
    name: 'X2 several inactive customers are deleted in one call, each with its outcome',
    async run({ start }) {
      const s = await start({ bulkDelete: true });
      const result = await s.remove([C.inactiveDeletable, C.suspendedInactive, C.activePerson]);
      assertDone(result, C.inactiveDeletable);
      assertDone(result, C.suspendedInactive);
      assertBlocked(result, C.activePerson, { rule: 'X1' });
      await rejectsWithCode(s.get(C.suspendedInactive), 'not-found');
    },
  },
  {
    name: 'X2 bulk delete is refused with rule-violation when the policy turns it off, and nothing is deleted',
    async run({ start }) {
      const s = await start({ bulkDelete: false });
      await rejectsWithCode(s.remove([C.inactiveDeletable, C.suspendedInactive]), 'rule-violation');
      assertEqual((await s.get(C.inactiveDeletable)).customer.id, C.inactiveDeletable);
      assertEqual((await s.get(C.suspendedInactive)).customer.id, C.suspendedInactive);
    },
  },
  {
    name: 'X2 a deleted customer leaves the lists and the counts',
    async run({ start }) {
      const s = await start();
      await s.remove([C.inactiveDeletable]);
      assert(!(await s.listIds({ status: 'all' })).includes(C.inactiveDeletable), 'not listed');
      const counts = await s.count();
      assertEqual(counts.all, 9, 'all');
      assertEqual(counts.inactive, 3, 'inactive');
    },
  },
  {
    name: 'G5 deleting a customer with an open balance is blocked by G5 when the balance guard is block, and it stays',
    async run({ start }) {
      const s = await start({ balanceGuard: 'block' });
      const result = await s.remove([C.inactiveHeld, C.inactiveDeletable]);
      assertBlocked(result, C.inactiveHeld, { rule: 'G5', reason: 'open-balance', fix: 'settle-balance' });
      assertDone(result, C.inactiveDeletable);
      const { customer, invoices } = await s.get(C.inactiveHeld);
      assertEqual(customer.id, C.inactiveHeld, 'still there');
      assertEqual(invoices.length, 3, 'its invoices still there');
    },
  },
  {
    name: 'G5 deleting a customer with an open balance goes ahead when the balance guard is warn',
    async run({ start }) {
      const s = await start({ balanceGuard: 'warn' });
      assertDone(await s.remove([C.inactiveHeld]), C.inactiveHeld);
      await rejectsWithCode(s.get(C.inactiveHeld), 'not-found');
    },
  },
  {
    name: 'X3 where the policy never deletes (seed 000), deleting is refused and the customer stays',
    async run({ start }) {
      const s = await start('seed-000');
      try {
        assertBlocked(await s.remove([C.inactiveDeletable]), C.inactiveDeletable, { rule: 'X3', reason: 'delete-never' });
      } catch (error) {
        // Refusing the whole call with rule-violation is as good as blocking the one customer.
        if ((error as { code?: unknown }).code !== 'rule-violation') throw error;
      }
      assertEqual((await s.get(C.inactiveDeletable)).customer.id, C.inactiveDeletable, 'still there');
    },
  },
];
