/**
 * Contract checks: releasing invoices on hold by hand (R4, seed 002's "ya no
 * está en espera"), the optional `releaseInvoices`. Skipped for an adapter
 * without it: the service form then offers no release.
 */
import { toLifecycleError } from '../../adapter/errors.js';
import type { CustomerChange } from '../../adapter/types.js';
import { AssertionError, assertDeepEqual, assertEqual, show } from '../assert.js';
import { CONTRACT_IDS as C, CONTRACT_RECORDS as REC } from '../fixtures.js';
import {
  CONTRACT_ACTOR, assertBlocked, assertDone, assertNotFound, assertSameInstant, byId, newKey, settle,
  type CheckContext, type CheckDefinition, type Session,
} from './harness.js';

const HELD = [REC.carlaUnpaidHeld, REC.carlaDraftHeld];

/** A session on an adapter that has `releaseInvoices`, else the check is skipped. */
async function releasing({ start, skip }: CheckContext): Promise<Session> {
  const s = await start();
  if (typeof s.raw.releaseInvoices !== 'function') skip('the adapter has no releaseInvoices (it is optional)');
  return s;
}

/** Carla, whose invoices were put on hold when she was deactivated, reactivated without releasing them. */
async function carlaBack(s: Session): Promise<void> {
  assertDone(await s.reactivate([C.inactiveHeld], { releaseInvoices: false }), C.inactiveHeld, 'reactivating the customer');
}

/** The ids of Carla's invoices that are on hold now. */
async function carlaHeld(s: Session): Promise<string[]> {
  return (await s.get(C.inactiveHeld)).invoices.filter((i) => i.onHold).map((i) => i.id);
}

export const releaseChecks: CheckDefinition[] = [
  {
    name: 'R4 releasing one invoice on hold of a reactivated customer: it is no longer on hold, the other stays on hold',
    async run(ctx) {
      const s = await releasing(ctx);
      await carlaBack(s);
      const result = await s.releaseInvoices(C.inactiveHeld, [REC.carlaUnpaidHeld]);
      assertEqual(result.results.length, 1, 'one outcome');
      assertDone(result, REC.carlaUnpaidHeld);
      assertDeepEqual(await carlaHeld(s), [REC.carlaDraftHeld], 'the invoices still on hold');
    },
  },
  {
    name: 'R4 releasing all at once gives one outcome per invoice, each done',
    async run(ctx) {
      const s = await releasing(ctx);
      await carlaBack(s);
      const result = await s.releaseInvoices(C.inactiveHeld, HELD);
      assertEqual(result.results.length, HELD.length, 'one outcome per invoice');
      for (const id of HELD) assertDone(result, id);
      assertDeepEqual(await carlaHeld(s), [], 'the invoices still on hold');
    },
  },
  {
    name: 'R4 an invoice of an inactive customer is blocked by R4, with the fix reactivate-customer, and stays on hold',
    async run(ctx) {
      const s = await releasing(ctx);
      const result = await s.releaseInvoices(C.inactiveHeld, [REC.carlaUnpaidHeld]);
      assertBlocked(result, REC.carlaUnpaidHeld, { rule: 'R4', reason: 'release-customer-inactive', fix: 'reactivate-customer' });
      assertDeepEqual(await carlaHeld(s), HELD, 'the invoices still on hold');
    },
  },
  {
    name: 'R4 an invoice that is not on hold is blocked by R4 invoice-not-on-hold, and the others asked with it are released',
    async run(ctx) {
      const s = await releasing(ctx);
      await carlaBack(s);
      const result = await s.releaseInvoices(C.inactiveHeld, [REC.carlaPaid, REC.carlaDraftHeld]);
      assertBlocked(result, REC.carlaPaid, { rule: 'R4', reason: 'invoice-not-on-hold' });
      assertDone(result, REC.carlaDraftHeld);
    },
  },
  {
    name: 'R4 an invoice that is not the customer\'s is refused as not-found and not changed',
    async run(ctx) {
      const s = await releasing(ctx);
      await carlaBack(s);
      await assertNotFound(s.releaseInvoices(C.activePerson, [REC.carlaUnpaidHeld]), REC.carlaUnpaidHeld);
      assertDeepEqual(await carlaHeld(s), HELD, 'the invoices still on hold');
    },
  },
  {
    name: 'G7 releasing adds an invoices-released audit entry: the invoices released, actor, time and operation',
    async run(ctx) {
      const s = await releasing(ctx);
      await carlaBack(s);
      s.clock.advance(60);
      const result = await s.releaseInvoices(C.inactiveHeld, HELD);
      const entries = (await s.get(C.inactiveHeld)).audit.filter((e) => e.operationId === result.operationId);
      assertEqual(entries.length, 1, 'one audit entry for the operation');
      const entry = entries[0]!;
      assertEqual(entry.action, 'invoices-released');
      assertDeepEqual([...entry.cascade.invoices].sort(), [...HELD].sort(), 'the invoices released');
      assertDeepEqual(entry.actor, { ...CONTRACT_ACTOR });
      assertSameInstant(entry.at, s.clock.now(), 'at');
    },
  },
  {
    name: 'R4 releasing again with the same idempotency key returns the first result and records nothing more',
    async run(ctx) {
      const s = await releasing(ctx);
      await carlaBack(s);
      const key = newKey();
      const first = await s.releaseInvoices(C.inactiveHeld, [REC.carlaUnpaidHeld], { idempotencyKey: key });
      const after = await s.get(C.inactiveHeld);
      const again = await s.releaseInvoices(C.inactiveHeld, [REC.carlaUnpaidHeld], { idempotencyKey: key });
      assertDeepEqual(again, first, 'the second result');
      assertDeepEqual(await s.get(C.inactiveHeld), after, 'the customer after the repeat');
    },
  },
  {
    name: 'R4 a release reaches the change feed: the customer, with the operation',
    async run(ctx) {
      const s = await releasing(ctx);
      if (typeof s.raw.subscribe !== 'function') ctx.skip('the adapter has no change feed (subscribe is optional)');
      await carlaBack(s);
      await settle();
      const changes: CustomerChange[] = [];
      const stop = s.adapter.subscribe((change) => changes.push(change));
      const result = await s.releaseInvoices(C.inactiveHeld, [REC.carlaDraftHeld]);
      await settle();
      stop();
      const mine = changes.filter((c) => c.customerId === C.inactiveHeld);
      assertEqual(mine.length, 1, 'one change for the customer');
      assertEqual(mine[0]?.operationId, result.operationId, 'operationId');
      assertEqual(byId((await s.get(C.inactiveHeld)).invoices, REC.carlaDraftHeld).onHold, false, 'released');
    },
  },
  {
    name: 'releaseInvoices rejects as aborted when its signal is already aborted, and releases nothing',
    async run(ctx) {
      const s = await releasing(ctx);
      await carlaBack(s);
      const controller = new AbortController();
      controller.abort();
      let code: string;
      try {
        await s.raw.releaseInvoices!({
          customerId: C.inactiveHeld, invoiceIds: HELD, idempotencyKey: newKey(), actor: { ...CONTRACT_ACTOR },
        }, { signal: controller.signal });
        code = 'resolved';
      } catch (error) {
        code = toLifecycleError(error).code;
      }
      if (code !== 'aborted') {
        throw new AssertionError(`releaseInvoices: expected an AbortError or a LifecycleError "aborted", got ${show(code)}`, { actual: code, expected: 'aborted' });
      }
      assertDeepEqual(await carlaHeld(s), HELD, 'the invoices still on hold');
    },
  },
];
