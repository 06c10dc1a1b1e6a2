/** Contract checks: reactivating locations and services, in order (R2, R3). */
import type { Schedule } from '../../adapter/types.js';
import { assertDeepEqual, assertEqual } from '../assert.js';
import { CONTRACT_IDS as C, CONTRACT_LOCATIONS as L, CONTRACT_SERVICES as S } from '../fixtures.js';
import {
  assertBlocked, assertDone, assertFailed, assertNotFound, byId, type CheckDefinition, type Session,
} from './harness.js';

/** Bruno reactivated (without restore), and, when asked, his main location too: services next. */
async function brunoReady(s: Session, withLocation: boolean): Promise<void> {
  assertDone(await s.reactivate([C.inactiveCascaded]), C.inactiveCascaded, 'reactivating the customer');
  if (withLocation) assertDone(await s.reactivateLocation(C.inactiveCascaded, L.brunoMain), L.brunoMain, 'reactivating the location');
}

async function scheduleOf(s: Session, serviceId: string): Promise<Schedule> {
  return byId((await s.get(C.inactiveCascaded)).services, serviceId, 'service').schedule;
}

export const servicesChecks: CheckDefinition[] = [
  {
    name: 'R2 a location of an inactive customer is blocked by R2, with the fix reactivate-customer',
    async run({ start }) {
      const s = await start();
      const result = await s.reactivateLocation(C.inactiveCascaded, L.brunoMain);
      assertBlocked(result, L.brunoMain, { rule: 'R2', reason: 'customer-inactive', fix: 'reactivate-customer' });
      assertEqual(byId((await s.get(C.inactiveCascaded)).locations, L.brunoMain).status, 'inactive');
    },
  },
  {
    name: 'R2 a location of an active customer is reactivated, and its services stay as they are',
    async run({ start }) {
      const s = await start();
      await brunoReady(s, true);
      const detail = await s.get(C.inactiveCascaded);
      assertEqual(byId(detail.locations, L.brunoMain).status, 'active');
      assertEqual(byId(detail.services, S.brunoWeekly).status, 'inactive', S.brunoWeekly);
      assertEqual(byId(detail.services, S.brunoUrgent).status, 'inactive', S.brunoUrgent);
    },
  },
  {
    name: 'R2 a location that is not the customer\'s is refused as not-found',
    async run({ start }) {
      const s = await start();
      await assertNotFound(s.reactivateLocation(C.activePerson, L.brunoClosed), L.brunoClosed);
    },
  },
  {
    name: 'R2 a service of an inactive customer is blocked by R2 customer-inactive',
    async run({ start }) {
      const s = await start();
      const schedule = await scheduleOf(s, S.brunoUrgent);
      const result = await s.reactivateServices(C.inactiveCascaded, [{ serviceId: S.brunoUrgent, schedule }]);
      assertBlocked(result, S.brunoUrgent, { rule: 'R2', reason: 'customer-inactive', fix: 'reactivate-customer' });
    },
  },
  {
    name: 'R2 a service whose location is inactive is blocked by R2, with the fix reactivate-location',
    async run({ start }) {
      const s = await start();
      await brunoReady(s, false);
      const schedule = await scheduleOf(s, S.brunoUrgent);
      const result = await s.reactivateServices(C.inactiveCascaded, [{ serviceId: S.brunoUrgent, schedule }]);
      assertBlocked(result, S.brunoUrgent, { rule: 'R2', reason: 'location-inactive', fix: 'reactivate-location' });
      assertEqual(byId((await s.get(C.inactiveCascaded)).services, S.brunoUrgent).status, 'inactive');
    },
  },
  {
    name: 'R3 a recurring service whose end date is past is blocked by R3 end-date-past, with the fix remove-end-date',
    async run({ start }) {
      const s = await start();
      await brunoReady(s, true);
      const schedule = await scheduleOf(s, S.brunoWeekly);
      const result = await s.reactivateServices(C.inactiveCascaded, [{ serviceId: S.brunoWeekly, schedule }]);
      assertBlocked(result, S.brunoWeekly, { rule: 'R3', reason: 'end-date-past', fix: 'remove-end-date' });
      assertEqual(byId((await s.get(C.inactiveCascaded)).services, S.brunoWeekly).status, 'inactive');
    },
  },
  {
    name: 'R3 a recurring service with its end date removed is reactivated and saved with deactivateOnEndDate off',
    async run({ start }) {
      const s = await start();
      await brunoReady(s, true);
      const before = await scheduleOf(s, S.brunoWeekly);
      const schedule: Schedule = { ...before, endDate: null, deactivateOnEndDate: false };
      assertDone(await s.reactivateServices(C.inactiveCascaded, [{ serviceId: S.brunoWeekly, schedule }]), S.brunoWeekly);
      const service = byId((await s.get(C.inactiveCascaded)).services, S.brunoWeekly);
      assertEqual(service.status, 'active');
      assertDeepEqual(service.schedule, schedule, 'the schedule saved');
    },
  },
  {
    name: 'R3 removing the end date unchecks deactivate-on-end-date even when the caller left it checked',
    async run({ start }) {
      const s = await start();
      await brunoReady(s, true);
      const before = await scheduleOf(s, S.brunoWeekly);
      const result = await s.reactivateServices(C.inactiveCascaded, [{
        serviceId: S.brunoWeekly, schedule: { ...before, endDate: null, deactivateOnEndDate: true },
      }]);
      assertDone(result, S.brunoWeekly);
      const { schedule } = byId((await s.get(C.inactiveCascaded)).services, S.brunoWeekly);
      assertEqual(schedule.endDate, null, 'endDate');
      assertEqual(schedule.deactivateOnEndDate, false, 'deactivateOnEndDate');
    },
  },
  {
    name: 'R3 an on-request service is reactivated with no end date',
    async run({ start }) {
      const s = await start();
      await brunoReady(s, true);
      const schedule = await scheduleOf(s, S.brunoUrgent);
      assertDone(await s.reactivateServices(C.inactiveCascaded, [{ serviceId: S.brunoUrgent, schedule }]), S.brunoUrgent);
      const service = byId((await s.get(C.inactiveCascaded)).services, S.brunoUrgent);
      assertEqual(service.status, 'active');
      assertEqual(service.schedule.endDate, null);
    },
  },
  {
    name: 'R3 each service gets its own outcome: a blocked one stops no other',
    async run({ start }) {
      const s = await start();
      await brunoReady(s, true);
      const weekly = await scheduleOf(s, S.brunoWeekly);
      const urgent = await scheduleOf(s, S.brunoUrgent);
      const result = await s.reactivateServices(C.inactiveCascaded, [
        { serviceId: S.brunoWeekly, schedule: weekly },
        { serviceId: S.brunoUrgent, schedule: urgent },
      ]);
      assertEqual(result.results.length, 2, 'one outcome per service');
      assertBlocked(result, S.brunoWeekly, { rule: 'R3', reason: 'end-date-past' });
      assertDone(result, S.brunoUrgent);
    },
  },
  {
    name: 'R3 a service that is not the customer\'s is refused as not-found',
    async run({ start }) {
      const s = await start();
      await brunoReady(s, true);
      const schedule = await scheduleOf(s, S.brunoUrgent);
      await assertNotFound(s.reactivateServices(C.inactiveCascaded, [{ serviceId: 's-not-there', schedule }]), 's-not-there');
    },
  },
  {
    name: 'R3 a service changed since it was read (stale version) fails with conflict',
    async run({ start }) {
      const s = await start();
      await brunoReady(s, true);
      const service = byId((await s.get(C.inactiveCascaded)).services, S.brunoUrgent);
      const result = await s.reactivateServices(C.inactiveCascaded, [
        { serviceId: S.brunoUrgent, version: service.version + 7, schedule: service.schedule },
      ]);
      assertFailed(result, S.brunoUrgent, 'conflict');
      assertEqual(byId((await s.get(C.inactiveCascaded)).services, S.brunoUrgent).status, 'inactive');
    },
  },
];
