/** Contract checks: previewing an action (G1), with the rules each preview must report. */
import { assert, assertDeepEqual, assertEqual, assertSameMembers } from '../assert.js';
import {
  CONTRACT_IDS as C, CONTRACT_LOCATIONS as L, CONTRACT_RECORDS as REC, CONTRACT_SERVICES as S, UNKNOWN_ID,
} from '../fixtures.js';
import { assertNotice, idsOf, type CheckDefinition } from './harness.js';

export const previewChecks: CheckDefinition[] = [
  {
    name: 'G1 preview of a deactivation lists the locations, services, subscriptions and open invoices that would change',
    async run({ start }) {
      const s = await start();
      const preview = await s.preview('deactivate', [C.activePerson]);
      assertEqual(preview.action, 'deactivate');
      assertDeepEqual(preview.missing, []);
      assertEqual(preview.impacts.length, 1, 'one impact');
      const impact = preview.impacts[0];
      assert(impact, 'the impact');
      assertEqual(impact.customer.id, C.activePerson);
      assertEqual(impact.check.allowed, true, 'allowed');
      assertSameMembers(idsOf(impact.locations), [L.anaHome, L.anaOffice], 'the locations');
      assertSameMembers(idsOf(impact.services), [S.anaCleaning, S.anaGarden, S.anaRepair], 'the services');
      assertSameMembers(idsOf(impact.subscriptions), [REC.anaSubscription], 'the subscriptions');
      assertSameMembers(idsOf(impact.invoices), [REC.anaUnpaid, REC.anaDraft], 'the open invoices (not the paid one)');
    },
  },
  {
    name: 'G1 preview follows the policy: under seed 001 (no cascade, no subscriptions, no invoice hold) only the customer changes',
    async run({ start }) {
      const s = await start('seed-001');
      const [impact] = (await s.preview('deactivate', [C.activePerson])).impacts;
      assert(impact, 'the impact');
      assertDeepEqual([impact.locations, impact.services, impact.subscriptions, impact.invoices], [[], [], [], []]);
    },
  },
  {
    name: 'G1 preview gives one impact per customer found and lists the unknown ids as missing',
    async run({ start }) {
      const s = await start();
      const preview = await s.preview('deactivate', [C.activePerson, UNKNOWN_ID, C.activeCompany]);
      assertSameMembers(preview.impacts.map((i) => i.customer.id), [C.activePerson, C.activeCompany]);
      assertDeepEqual(preview.missing, [UNKNOWN_ID]);
    },
  },
  {
    name: 'G1 preview changes nothing',
    async run({ start }) {
      const s = await start();
      const before = await s.get(C.activePerson);
      await s.preview('deactivate', [C.activePerson]);
      await s.preview('delete', [C.activePerson]);
      assertDeepEqual(await s.get(C.activePerson), before);
    },
  },
  {
    name: 'D1 preview of deactivating a customer that is already inactive is blocked by D1',
    async run({ start }) {
      const s = await start();
      const [impact] = (await s.preview('deactivate', [C.inactiveCascaded])).impacts;
      assert(impact, 'the impact');
      assertEqual(impact.check.allowed, false);
      assertNotice(impact.check.blockers, { rule: 'D1', reason: 'already-inactive' });
    },
  },
  {
    name: 'D6 preview of deactivating a company lists its contacts as unchanged, with a D6 warning',
    async run({ start }) {
      const s = await start();
      const [impact] = (await s.preview('deactivate', [C.activeCompany])).impacts;
      assert(impact, 'the impact');
      assertSameMembers(idsOf(impact.linkedUnchanged), [C.contactZoe, C.contactJurgen]);
      assertNotice(impact.check.warnings, { rule: 'D6', reason: 'links-unchanged' });
    },
  },
  {
    name: 'D8 preview of several customers is blocked by D8 when the policy turns bulk deactivation off',
    async run({ start }) {
      const s = await start({ bulkDeactivate: false });
      const preview = await s.preview('deactivate', [C.activePerson, C.activeCompany]);
      assertEqual(preview.impacts.length, 2);
      for (const impact of preview.impacts) {
        assertEqual(impact.check.allowed, false, impact.customer.id);
        assertNotice(impact.check.blockers, { rule: 'D8', reason: 'bulk-deactivate-off' }, impact.customer.id);
      }
    },
  },
  {
    name: 'G5 preview warns of an open balance when the balance guard is warn',
    async run({ start }) {
      const s = await start({ balanceGuard: 'warn' });
      const [impact] = (await s.preview('deactivate', [C.activePerson])).impacts;
      assert(impact, 'the impact');
      assertEqual(impact.check.allowed, true);
      assertNotice(impact.check.warnings, { rule: 'G5', reason: 'open-balance' });
    },
  },
  {
    name: 'G5 preview blocks a customer with an open balance when the balance guard is block',
    async run({ start }) {
      const s = await start({ balanceGuard: 'block' });
      const [impact] = (await s.preview('deactivate', [C.activePerson])).impacts;
      assert(impact, 'the impact');
      assertEqual(impact.check.allowed, false);
      assertNotice(impact.check.blockers, { rule: 'G5', reason: 'open-balance', fix: 'settle-balance' });
    },
  },
  {
    name: 'R2 preview of a reactivation lists the locations and services that stay inactive',
    async run({ start }) {
      const s = await start();
      const [impact] = (await s.preview('reactivate', [C.inactiveCascaded])).impacts;
      assert(impact, 'the impact');
      assertEqual(impact.check.allowed, true);
      assertSameMembers(idsOf(impact.staysInactive.locations), [L.brunoMain, L.brunoClosed], 'locations');
      assertSameMembers(idsOf(impact.staysInactive.services), [S.brunoWeekly, S.brunoUrgent, S.brunoPruning], 'services');
      assertNotice(impact.check.warnings, { rule: 'R2', reason: 'stays-inactive' });
    },
  },
  {
    name: 'G3 preview of a reactivation offers to restore exactly what the deactivation switched off',
    async run({ start }) {
      const s = await start();
      const [impact] = (await s.preview('reactivate', [C.inactiveCascaded])).impacts;
      assert(impact, 'the impact');
      assertSameMembers(idsOf(impact.locations), [L.brunoMain], 'locations (not the one closed before)');
      assertSameMembers(idsOf(impact.services), [S.brunoWeekly, S.brunoUrgent], 'services (not the one switched off before)');
    },
  },
  {
    name: 'G3 preview offers nothing to restore when the policy\'s restoreOffer is off',
    async run({ start }) {
      const s = await start({ restoreOffer: false });
      const [impact] = (await s.preview('reactivate', [C.inactiveCascaded])).impacts;
      assert(impact, 'the impact');
      assertDeepEqual([impact.locations, impact.services], [[], []]);
    },
  },
  {
    name: 'R4 preview of a reactivation lists the invoices on hold, with an R4 warning',
    async run({ start }) {
      const s = await start();
      const [impact] = (await s.preview('reactivate', [C.inactiveHeld])).impacts;
      assert(impact, 'the impact');
      assertSameMembers(idsOf(impact.invoices), [REC.carlaUnpaidHeld, REC.carlaDraftHeld]);
      assertNotice(impact.check.warnings, { rule: 'R4', reason: 'invoices-stay-on-hold' });
    },
  },
  {
    name: 'R5 preview of a reactivation lists the cancelled subscriptions, which never return',
    async run({ start }) {
      const s = await start();
      const [impact] = (await s.preview('reactivate', [C.inactiveHeld])).impacts;
      assert(impact, 'the impact');
      assertSameMembers(idsOf(impact.cancelledSubscriptions), [REC.carlaCancelledSubscription]);
      assertNotice(impact.check.warnings, { rule: 'R5', reason: 'subscriptions-never-return' });
    },
  },
  {
    name: 'R1 preview of reactivating an active customer is blocked by R1',
    async run({ start }) {
      const s = await start();
      const [impact] = (await s.preview('reactivate', [C.activePerson])).impacts;
      assert(impact, 'the impact');
      assertEqual(impact.check.allowed, false);
      assertNotice(impact.check.blockers, { rule: 'R1', reason: 'already-active' });
    },
  },
  {
    name: 'X1 preview of deleting an active customer is blocked by X1, with the fix deactivate-first',
    async run({ start }) {
      const s = await start();
      const [impact] = (await s.preview('delete', [C.activePerson])).impacts;
      assert(impact, 'the impact');
      assertEqual(impact.check.allowed, false);
      assertNotice(impact.check.blockers, { rule: 'X1', reason: 'delete-active', fix: 'deactivate-first' });
    },
  },
  {
    name: 'X2 preview of deleting an inactive customer allows it, with the irreversible warning',
    async run({ start }) {
      const s = await start();
      const [impact] = (await s.preview('delete', [C.inactiveDeletable])).impacts;
      assert(impact, 'the impact');
      assertEqual(impact.check.allowed, true);
      assertNotice(impact.check.warnings, { rule: 'X2', reason: 'delete-irreversible' });
    },
  },
  {
    name: 'G1 preview of a delete lists what goes with the customer: every location and service, whatever its status',
    async run({ start }) {
      const s = await start();
      const [impact] = (await s.preview('delete', [C.inactiveCascaded])).impacts;
      assert(impact, 'the impact');
      assertEqual(impact.check.allowed, true, 'allowed');
      assertSameMembers(idsOf(impact.locations), [L.brunoMain, L.brunoClosed], 'the locations (the one closed before too)');
      assertSameMembers(idsOf(impact.services), [S.brunoWeekly, S.brunoUrgent, S.brunoPruning], 'the services');
      // Optional in the schema; when the adapter says, it is the whole trail getCustomer gives.
      if (impact.auditCount !== undefined) assertEqual(impact.auditCount, (await s.get(C.inactiveCascaded)).audit.length, 'auditCount');
    },
  },
  {
    name: 'G1 preview of a delete lists the unpaid and held invoices, each saying it is held, and the subscriptions',
    async run({ start }) {
      const s = await start();
      const [impact] = (await s.preview('delete', [C.inactiveHeld])).impacts;
      assert(impact, 'the impact');
      assertSameMembers(idsOf(impact.invoices), [REC.carlaUnpaidHeld, REC.carlaDraftHeld], 'the unpaid and held invoices (not the paid one)');
      assertDeepEqual(impact.invoices.map((i) => i.onHold), [true, true], 'both on hold');
      assertSameMembers(idsOf(impact.subscriptions), [REC.carlaCancelledSubscription], 'the subscriptions, cancelled ones too');
    },
  },
  {
    name: 'G5 preview of a delete warns of an open balance when the balance guard is warn',
    async run({ start }) {
      const s = await start({ balanceGuard: 'warn' });
      const [impact] = (await s.preview('delete', [C.inactiveHeld])).impacts;
      assert(impact, 'the impact');
      assertEqual(impact.check.allowed, true);
      assertNotice(impact.check.warnings, { rule: 'G5', reason: 'open-balance' });
      assertNotice(impact.check.warnings, { rule: 'X2', reason: 'delete-irreversible' });
    },
  },
  {
    name: 'G5 preview of a delete is blocked by an open balance when the balance guard is block, with the fix settle-balance',
    async run({ start }) {
      const s = await start({ balanceGuard: 'block' });
      const [impact] = (await s.preview('delete', [C.inactiveHeld])).impacts;
      assert(impact, 'the impact');
      assertEqual(impact.check.allowed, false);
      assertNotice(impact.check.blockers, { rule: 'G5', reason: 'open-balance', fix: 'settle-balance' });
    },
  },
  {
    name: 'X3 preview of deleting is blocked by X3 where the policy never deletes (seed 000)',
    async run({ start }) {
      const s = await start('seed-000');
      const [impact] = (await s.preview('delete', [C.inactiveDeletable])).impacts;
      assert(impact, 'the impact');
      assertEqual(impact.check.allowed, false);
      assertNotice(impact.check.blockers, { rule: 'X3', reason: 'delete-never' });
    },
  },
];
