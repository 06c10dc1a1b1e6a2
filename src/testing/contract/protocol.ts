/** Contract checks: idempotency keys, versions, unknown customers and aborted calls. */
import { toLifecycleError } from '../../adapter/errors.js';
import type { CallOptions, LifecycleAdapter } from '../../adapter/types.js';
import {
  AssertionError, assert, assertDeepEqual, assertEqual, assertNotEqual, rejects, show,
} from '../assert.js';
import { CONTRACT_IDS as C, CONTRACT_LOCATIONS as L, CONTRACT_SERVICES as S, UNKNOWN_ID } from '../fixtures.js';
import {
  CONTRACT_ACTOR, assertDone, assertFailed, newKey, type CheckDefinition,
} from './harness.js';

const fresh = () => ({ signal: new AbortController().signal });

/** Every method of the contract, called with valid arguments. */
function everyCall(adapter: LifecycleAdapter): [string, (options: CallOptions) => Promise<unknown>][] {
  const base = () => ({ idempotencyKey: newKey(), actor: { ...CONTRACT_ACTOR } });
  const targets = [{ customerId: C.activePerson }];
  return [
    ['getCustomer', (o) => adapter.getCustomer(C.activePerson, o)],
    ['preview', (o) => adapter.preview('deactivate', [C.activePerson], o)],
    ['listCustomers', (o) => adapter.listCustomers({ status: 'all', offset: 0, limit: 10 }, o)],
    ['countCustomers', (o) => adapter.countCustomers({}, o)],
    ['deactivate', (o) => adapter.deactivate({ ...base(), targets, cancelSubscriptions: false, holdInvoices: false, reason: null }, o)],
    ['reactivate', (o) => adapter.reactivate({ ...base(), targets: [{ customerId: C.inactiveCascaded }], releaseInvoices: false, restoreCascade: false, reason: null }, o)],
    ['undo', (o) => adapter.undo({ ...base(), operationId: 'op-fixture-bruno' }, o)],
    ['deleteCustomers', (o) => adapter.deleteCustomers({ ...base(), targets: [{ customerId: C.inactiveDeletable }] }, o)],
    ['reactivateLocation', (o) => adapter.reactivateLocation({ ...base(), customerId: C.inactiveCascaded, locationId: L.brunoMain }, o)],
    ['reactivateServices', (o) => adapter.reactivateServices({
      ...base(), customerId: C.inactiveCascaded,
      changes: [{ serviceId: S.brunoUrgent, schedule: { startDate: '2025-01-01', endDate: null, deactivateOnEndDate: false } }],
    }, o)],
  ];
}

export const protocolChecks: CheckDefinition[] = [
  {
    name: 'the same idempotency key returns the first result again and does not act twice',
    async run({ start }) {
      const s = await start();
      const input = {
        targets: [{ customerId: C.activePerson }], idempotencyKey: newKey(), actor: { ...CONTRACT_ACTOR },
        cancelSubscriptions: false, holdInvoices: false, reason: null,
      };
      const first = await s.adapter.deactivate(input, fresh().signal);
      const afterFirst = await s.get(C.activePerson);
      const second = await s.adapter.deactivate({ ...input }, fresh().signal);
      assertDeepEqual(second, first, 'the second result');
      assertDeepEqual(await s.get(C.activePerson), afterFirst, 'the customer after the repeat');
    },
  },
  {
    name: 'the same idempotency key does not act again even after other changes',
    async run({ start }) {
      const s = await start();
      const key = newKey();
      const first = await s.reactivate([C.inactiveCascaded], { idempotencyKey: key });
      assertDone(first, C.inactiveCascaded);
      await s.deactivate([C.inactiveCascaded]);
      const repeat = await s.reactivate([C.inactiveCascaded], { idempotencyKey: key });
      assertEqual(repeat.operationId, first.operationId, 'the same operation');
      assertEqual((await s.get(C.inactiveCascaded)).customer.status, 'inactive', 'not reactivated a second time');
    },
  },
  {
    name: 'repeating a delete with the same idempotency key returns the first result, not not-found',
    async run({ start }) {
      const s = await start();
      const key = newKey();
      const first = await s.remove([C.inactiveDeletable], { idempotencyKey: key });
      const repeat = await s.remove([C.inactiveDeletable], { idempotencyKey: key });
      assertDeepEqual(repeat, first);
    },
  },
  {
    name: 'a new idempotency key is a new operation',
    async run({ start }) {
      const s = await start();
      const first = await s.deactivate([C.activePerson]);
      await s.reactivate([C.activePerson]);
      const second = await s.deactivate([C.activePerson]);
      assertDone(second, C.activePerson);
      assertNotEqual(second.operationId, first.operationId, 'the operation id');
    },
  },
  {
    name: 'every change bumps the customer\'s version',
    async run({ start }) {
      const s = await start();
      const v0 = (await s.get(C.activePerson)).customer.version;
      await s.deactivate([C.activePerson]);
      const v1 = (await s.get(C.activePerson)).customer.version;
      assert(v1 > v0, `deactivating: expected a version above ${v0}, got ${v1}`);
      await s.reactivate([C.activePerson]);
      const v2 = (await s.get(C.activePerson)).customer.version;
      assert(v2 > v1, `reactivating: expected a version above ${v1}, got ${v2}`);
    },
  },
  {
    name: 'a mutation given the current version goes ahead',
    async run({ start }) {
      const s = await start();
      const { version } = (await s.get(C.activePerson)).customer;
      assertDone(await s.deactivate([{ customerId: C.activePerson, version }]), C.activePerson);
    },
  },
  {
    name: 'a mutation given a stale version fails with conflict and changes nothing',
    async run({ start }) {
      const s = await start();
      const before = await s.get(C.activePerson);
      const stale = before.customer.version;
      await s.deactivate([C.activePerson]);
      await s.reactivate([C.activePerson]);
      const current = await s.get(C.activePerson);
      const result = await s.deactivate([{ customerId: C.activePerson, version: stale }]);
      assertFailed(result, C.activePerson, 'conflict');
      assertDeepEqual(await s.get(C.activePerson), current, 'unchanged');
    },
  },
  {
    name: 'a stale version fails its own customer only; the others of the call go ahead',
    async run({ start }) {
      const s = await start();
      const { version } = (await s.get(C.inactiveCascaded)).customer;
      const result = await s.reactivate([{ customerId: C.inactiveCascaded, version: version + 3 }, { customerId: C.inactiveHeld }]);
      assertFailed(result, C.inactiveCascaded, 'conflict');
      assertDone(result, C.inactiveHeld);
    },
  },
  {
    name: 'deactivate, reactivate and delete of an unknown customer fail with not-found',
    async run({ start }) {
      const s = await start();
      assertFailed(await s.deactivate([UNKNOWN_ID]), UNKNOWN_ID, 'not-found');
      assertFailed(await s.reactivate([UNKNOWN_ID]), UNKNOWN_ID, 'not-found');
      assertFailed(await s.remove([UNKNOWN_ID]), UNKNOWN_ID, 'not-found');
    },
  },
  {
    name: 'every method rejects as aborted when its signal is already aborted',
    async run({ start }) {
      const s = await start();
      const controller = new AbortController();
      controller.abort();
      // The host's adapter itself, not the boundary (which would stop the call before it).
      for (const [method, call] of everyCall(s.raw)) {
        let outcome: unknown;
        try {
          outcome = call({ signal: controller.signal });
        } catch (error) {
          outcome = Promise.reject(error);
        }
        const error = await rejects(Promise.resolve(outcome), method);
        const code = toLifecycleError(error).code;
        if (code !== 'aborted') {
          throw new AssertionError(`${method}: expected an AbortError or a LifecycleError "aborted", got ${show(code)} (${String(error)})`, {
            actual: code, expected: 'aborted',
          });
        }
      }
    },
  },
  {
    name: 'a mutation whose signal is already aborted changes nothing',
    async run({ start }) {
      const s = await start();
      const controller = new AbortController();
      controller.abort();
      const before = await s.get(C.activePerson);
      await rejects(s.raw.deactivate({
        targets: [{ customerId: C.activePerson }], idempotencyKey: newKey(), actor: { ...CONTRACT_ACTOR },
        cancelSubscriptions: true, holdInvoices: true, reason: null,
      }, { signal: controller.signal }));
      assertDeepEqual(await s.get(C.activePerson), before);
    },
  },
  {
    name: 'an aborted call does not use up its idempotency key',
    async run({ start }) {
      const s = await start();
      const controller = new AbortController();
      controller.abort();
      const key = newKey();
      await rejects(s.adapter.raw.deactivate({
        targets: [{ customerId: C.activePerson }], idempotencyKey: key, actor: { ...CONTRACT_ACTOR },
        cancelSubscriptions: false, holdInvoices: false, reason: null,
      }, { signal: controller.signal }));
      assertDone(await s.deactivate([C.activePerson], { idempotencyKey: key }), C.activePerson);
      assertEqual((await s.get(C.activePerson)).customer.status, 'inactive');
    },
  },
];
