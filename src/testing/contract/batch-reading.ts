/**
 * Contract checks: the optional batch read (getCustomers). Skipped for an
 * adapter without it. Answers may come in any order, so the checks match
 * customers by id and never by position.
 */
import { parseWith } from '../../adapter/parse.js';
import { toLifecycleError } from '../../adapter/errors.js';
import { CustomerBatchSchema, MAX_BATCH_READ } from '../../adapter/schemas.js';
import type { Customer } from '../../adapter/types.js';
import {
  AssertionError, assert, assertDeepEqual, assertEqual, assertSameMembers, rejects, show,
} from '../assert.js';
import { CONTRACT_IDS as C, UNKNOWN_ID } from '../fixtures.js';
import { idsOf, type CheckContext, type CheckDefinition, type Session } from './harness.js';

/** The adapter's own `getCustomers`, or the check is skipped. */
function batchRead(s: Session, skip: CheckContext['skip']): NonNullable<Session['raw']['getCustomers']> {
  const read = s.raw.getCustomers;
  if (typeof read !== 'function') skip('the adapter has no batch read (getCustomers is optional)');
  return read.bind(s.raw);
}

/**
 * Calls `getCustomers` and parses its answer as the kit does: a rejection
 * becomes a `LifecycleError`, an answer that does not fit `CustomerBatchSchema`
 * is `invalid-data`.
 */
async function readBatch(s: Session, skip: CheckContext['skip'], ids: string[]): Promise<Customer[]> {
  const read = batchRead(s, skip);
  let raw: unknown;
  try {
    raw = await read(ids, { signal: new AbortController().signal });
  } catch (error) {
    throw toLifecycleError(error, 'getCustomers');
  }
  return parseWith(CustomerBatchSchema, raw, 'invalid-data', 'getCustomers');
}

/** The customer of `id` in `customers`, which must hold it once. */
function only(customers: readonly Customer[], id: string): Customer {
  const found = customers.filter((c) => c.id === id);
  assertEqual(found.length, 1, `how many times ${show(id)} is in the answer`);
  return found[0] as Customer;
}

export const batchReadingChecks: CheckDefinition[] = [
  {
    name: 'getCustomers returns the customers asked for, each once, as getCustomer describes them',
    async run({ start, skip }) {
      const s = await start();
      const ids = [C.activePerson, C.activeCompany, C.inactiveCascaded];
      const customers = await readBatch(s, skip, ids);
      assertSameMembers(idsOf(customers), ids, 'the customers');
      for (const id of ids) assertDeepEqual(only(customers, id), (await s.get(id)).customer, `customer ${id}`);
    },
  },
  {
    name: 'getCustomers leaves unknown ids out of its answer',
    async run({ start, skip }) {
      const s = await start();
      assertSameMembers(idsOf(await readBatch(s, skip, [UNKNOWN_ID, C.suspended])), [C.suspended], 'one known, one unknown');
      assertDeepEqual(await readBatch(s, skip, [UNKNOWN_ID]), [], 'only an unknown id');
    },
  },
  {
    name: `getCustomers answers ${MAX_BATCH_READ} ids in one call`,
    async run({ start, skip }) {
      const s = await start();
      const known = Object.values(C);
      const unknown = Array.from({ length: MAX_BATCH_READ - known.length }, (_, i) => `${UNKNOWN_ID}-${i}`);
      // Known and unknown ids interleaved: the adapter may answer in any order.
      const ids = unknown.flatMap((id, i) => (i < known.length ? [known[i] as string, id] : [id]));
      assertEqual(ids.length, MAX_BATCH_READ);
      assertSameMembers(idsOf(await readBatch(s, skip, ids)), known, 'every known customer, once');
    },
  },
  {
    name: 'getCustomers shows each customer as it is after a change',
    async run({ start, skip }) {
      const s = await start();
      const before = only(await readBatch(s, skip, [C.activePerson, C.inactiveHeld]), C.activePerson);
      await s.deactivate([C.activePerson]);
      await s.reactivate([C.inactiveHeld]);
      const after = await readBatch(s, skip, [C.inactiveHeld, C.activePerson]);
      assertEqual(only(after, C.activePerson).status, 'inactive', 'the customer deactivated');
      assert(only(after, C.activePerson).version > before.version, 'its version went up');
      assertEqual(only(after, C.inactiveHeld).status, 'active', 'the customer reactivated');
    },
  },
  {
    name: 'getCustomers returns copies: changing a result changes nothing in the adapter',
    async run({ start, skip }) {
      const s = await start();
      const read = batchRead(s, skip);
      const first = await read([C.activePerson, C.suspended], { signal: new AbortController().signal });
      for (const customer of first) {
        customer.status = 'inactive';
        customer.name = 'Changed';
        customer.balance.amount = -1;
      }
      const again = await readBatch(s, skip, [C.activePerson, C.suspended]);
      assertDeepEqual(only(again, C.activePerson), (await s.get(C.activePerson)).customer, 'read again in a batch');
      assertEqual(only(again, C.activePerson).name, 'Ana Núñez García');
      assertEqual(only(again, C.suspended).status, 'active');
      assertEqual(only(again, C.activePerson).balance.amount, 120.5, 'the balance');
    },
  },
  {
    name: 'getCustomers rejects as aborted when its signal is already aborted',
    async run({ start, skip }) {
      const s = await start();
      const read = batchRead(s, skip);
      const controller = new AbortController();
      controller.abort();
      let outcome: Promise<unknown>;
      try {
        outcome = read([C.activePerson], { signal: controller.signal });
      } catch (error) {
        outcome = Promise.reject(error);
      }
      const error = await rejects(outcome, 'getCustomers');
      const code = toLifecycleError(error).code;
      if (code !== 'aborted') {
        throw new AssertionError(`getCustomers: expected an AbortError or a LifecycleError "aborted", got ${show(code)} (${String(error)})`, {
          actual: code, expected: 'aborted',
        });
      }
    },
  },
];
