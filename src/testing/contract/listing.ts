/** Contract checks: listing, paging and counting (F1, F3, G8), and the change feed. */
import type { CustomerChange, LifecycleError } from '../../adapter/index.js';
import { assert, assertDeepEqual, assertEqual, assertSameMembers } from '../assert.js';
import { CONTRACT_IDS as C } from '../fixtures.js';
import { newKey, CONTRACT_ACTOR, settle, type CheckDefinition, type Session } from './harness.js';

const ACTIVE = [C.activePerson, C.activeCompany, C.contactZoe, C.contactJurgen, C.suspended, C.dormant];
const INACTIVE = [C.inactiveCascaded, C.inactiveHeld, C.inactiveDeletable, C.suspendedInactive];

export const listingChecks: CheckDefinition[] = [
  {
    name: 'F1 status active lists only the active customers, with their total',
    async run({ start }) {
      const s = await start();
      const page = await s.list({ status: 'active' });
      assertSameMembers(page.items.map((c) => c.id), ACTIVE);
      assertEqual(page.total, ACTIVE.length, 'total');
    },
  },
  {
    name: 'F1 status inactive lists only the inactive customers, with their total',
    async run({ start }) {
      const s = await start();
      const page = await s.list({ status: 'inactive' });
      assertSameMembers(page.items.map((c) => c.id), INACTIVE);
      assertEqual(page.total, INACTIVE.length, 'total');
    },
  },
  {
    name: 'F1 status all lists every customer, active and inactive',
    async run({ start }) {
      const s = await start();
      const page = await s.list({ status: 'all' });
      assertSameMembers(page.items.map((c) => c.id), [...ACTIVE, ...INACTIVE]);
      assertEqual(page.total, 10, 'total');
    },
  },
  {
    name: 'F1 a deactivated customer moves from the active list to the inactive list',
    async run({ start }) {
      const s = await start();
      await s.deactivate([C.activePerson]);
      assert(!(await s.listIds({ status: 'active' })).includes(C.activePerson), 'not under Active');
      assert((await s.listIds({ status: 'inactive' })).includes(C.activePerson), 'under Inactive');
    },
  },
  {
    name: 'listCustomers pages with offset and limit and reports the total on every page',
    async run({ start }) {
      const s = await start();
      const seen: string[] = [];
      for (const offset of [0, 3, 6, 9]) {
        const page = await s.list({ status: 'all', offset, limit: 3 });
        assertEqual(page.total, 10, `total at offset ${offset}`);
        assertEqual(page.offset, offset, 'offset');
        assertEqual(page.limit, 3, 'limit');
        assertEqual(page.items.length, offset === 9 ? 1 : 3, `items at offset ${offset}`);
        seen.push(...page.items.map((c) => c.id));
      }
      assertSameMembers(seen, [...ACTIVE, ...INACTIVE], 'the pages together, each customer once');
    },
  },
  {
    name: 'listCustomers past the last page gives no items and the total',
    async run({ start }) {
      const s = await start();
      const page = await s.list({ status: 'inactive', offset: 20, limit: 5 });
      assertDeepEqual(page.items, []);
      assertEqual(page.total, INACTIVE.length);
    },
  },
  {
    name: 'listCustomers matches the query against names, ignoring case and accents',
    async run({ start }) {
      const s = await start();
      assertDeepEqual(await s.listIds({ query: 'nunez' }), [C.activePerson], 'nunez');
      assertDeepEqual(await s.listIds({ query: 'LEFEVRE' }), [C.contactZoe], 'LEFEVRE');
      assertDeepEqual(await s.listIds({ query: 'Müller' }), [C.contactJurgen], 'Müller');
      assertDeepEqual(await s.listIds({ query: 'equipe lumiere' }), [C.activeCompany], 'equipe lumiere');
      assertDeepEqual(await s.listIds({ query: 'nobody-has-this-name' }), [], 'no match');
    },
  },
  {
    name: 'listCustomers combines the query with the status',
    async run({ start }) {
      const s = await start();
      assertSameMembers(await s.listIds({ status: 'active', query: 'ez' }), [C.activePerson, C.suspended], 'active');
      assertSameMembers(await s.listIds({ status: 'inactive', query: 'ez' }), [C.inactiveHeld, C.inactiveDeletable], 'inactive');
      assertEqual((await s.list({ status: 'all', query: 'ez', limit: 1 })).total, 4, 'total of all');
    },
  },
  {
    name: 'F3 G8 status dormant lists the active customers with no interaction for dormantDays',
    async run({ start }) {
      const s = await start();
      assertDeepEqual(await s.listIds({ status: 'dormant', dormantDays: 180 }), [C.dormant], '180 days');
      assertSameMembers(
        await s.listIds({ status: 'dormant', dormantDays: 10 }),
        [C.dormant, C.contactZoe, C.contactJurgen, C.suspended],
        '10 days',
      );
    },
  },
  {
    name: 'G8 listing the dormant customers deactivates none of them',
    async run({ start }) {
      const s = await start();
      await s.list({ status: 'dormant', dormantDays: 10 });
      assertEqual((await s.get(C.dormant)).customer.status, 'active');
    },
  },
  {
    name: 'countCustomers counts the active, the inactive and all',
    async run({ start }) {
      const s = await start();
      const counts = await s.count();
      assertDeepEqual([counts.active, counts.inactive, counts.all], [6, 4, 10]);
    },
  },
  {
    name: 'G8 countCustomers counts the dormant when dormantDays is given',
    async run({ start }) {
      const s = await start();
      assertEqual((await s.count({ dormantDays: 180 })).dormant, 1, '180 days');
      assertEqual((await s.count({ dormantDays: 10 })).dormant, 4, '10 days');
    },
  },
  {
    name: 'countCustomers counts only the names matching the query',
    async run({ start }) {
      const s = await start();
      const counts = await s.count({ query: 'ez' });
      assertDeepEqual([counts.active, counts.inactive, counts.all], [2, 2, 4]);
    },
  },
  {
    name: 'F1 countCustomers follows a deactivation and a reactivation',
    async run({ start }) {
      const s = await start();
      await s.deactivate([C.activePerson]);
      const after = await s.count();
      assertDeepEqual([after.active, after.inactive, after.all], [5, 5, 10], 'after deactivating');
      await s.reactivate([C.inactiveHeld]);
      const again = await s.count();
      assertDeepEqual([again.active, again.inactive, again.all], [6, 4, 10], 'after reactivating');
    },
  },
];

/** Listens through the boundary (so changes are schema-checked); skips when the adapter has no feed. */
function listen(s: Session, skip: (reason: string) => never) {
  if (typeof s.raw.subscribe !== 'function') skip('the adapter has no change feed (subscribe is optional)');
  const changes: CustomerChange[] = [];
  const errors: LifecycleError[] = [];
  const stop = s.adapter.subscribe((change) => changes.push(change), (error) => errors.push(error));
  return {
    changes,
    stop,
    /** Waits for queued deliveries, then fails on any change that did not parse. */
    async settled(): Promise<CustomerChange[]> {
      await settle();
      if (errors.length > 0) throw errors[0];
      return changes;
    },
  };
}

export const feedChecks: CheckDefinition[] = [
  {
    name: 'the change feed delivers an updated change with the customer and the operation after a deactivation',
    async run({ start, skip }) {
      const s = await start();
      const feed = listen(s, skip);
      const result = await s.deactivate([C.activePerson]);
      const changes = (await feed.settled()).filter((c) => c.customerId === C.activePerson);
      assertEqual(changes.length, 1, 'one change for the customer');
      const [change] = changes;
      assert(change, 'a change');
      assertEqual(change.type, 'updated');
      assertEqual(change.operationId, result.operationId, 'operationId');
      assertEqual(change.customer?.status, 'inactive', 'the customer as it is now');
      feed.stop();
    },
  },
  {
    name: 'the change feed delivers one change per customer of a bulk deactivation',
    async run({ start, skip }) {
      const s = await start();
      const feed = listen(s, skip);
      await s.deactivate([C.activePerson, C.activeCompany]);
      const changes = await feed.settled();
      assertSameMembers(changes.map((c) => c.customerId), [C.activePerson, C.activeCompany]);
      feed.stop();
    },
  },
  {
    name: 'the change feed delivers a deleted change without the customer after a delete',
    async run({ start, skip }) {
      const s = await start();
      const feed = listen(s, skip);
      const result = await s.remove([C.inactiveDeletable]);
      const changes = await feed.settled();
      assertEqual(changes.length, 1, 'one change');
      const [change] = changes;
      assert(change, 'a change');
      assertDeepEqual(
        { type: change.type, customerId: change.customerId, customer: change.customer, operationId: change.operationId },
        { type: 'deleted', customerId: C.inactiveDeletable, customer: undefined, operationId: result.operationId },
      );
      feed.stop();
    },
  },
  {
    name: 'the change feed says nothing for a call that changes nothing',
    async run({ start, skip }) {
      const s = await start();
      const feed = listen(s, skip);
      await s.get(C.activePerson);
      await s.list();
      await s.deactivate([C.inactiveCascaded]);
      assertDeepEqual(await feed.settled(), []);
      feed.stop();
    },
  },
  {
    name: 'unsubscribing stops the change feed',
    async run({ start, skip }) {
      const s = await start();
      const subscribe = s.raw.subscribe?.bind(s.raw);
      if (!subscribe) return skip('the adapter has no change feed (subscribe is optional)');
      // The host's own unsubscribe, not the boundary's (which stops listening by itself).
      const changes: unknown[] = [];
      const unsubscribe = subscribe((change) => changes.push(change));
      assertEqual(typeof unsubscribe, 'function', 'subscribe returns the unsubscribe');
      unsubscribe();
      await s.raw.deactivate({
        targets: [{ customerId: C.activePerson }], idempotencyKey: newKey(), actor: { ...CONTRACT_ACTOR },
        cancelSubscriptions: false, holdInvoices: false, reason: null,
      }, { signal: new AbortController().signal });
      await settle();
      assertDeepEqual(changes, []);
    },
  },
];
