/** Deletion (X1–X3) in the memory store. */
import type { DeleteInput } from '../../adapter/types.js';
import { checkDelete } from '../../rules/delete.js';
import { checkBulk } from '../../rules/preview.js';
import {
  blocked, done, record, requireAllowed, resolveTargets, type Applied, type OperationContext,
} from './operation.js';

/**
 * Deletes each target the rules allow (checkDelete: inactive only, X1; never
 * under `deletion: 'never'`, X3; not with an open balance under
 * `balanceGuard: 'block'`, G5 — blocked with the rule's blockers, as the
 * preview says) with its locations, services, invoices and
 * subscriptions. Irreversible: `undoUntil` is null. Its audit trail stays,
 * with a `deleted` entry listing what went; the change event is `deleted`.
 * Persons linked to a deleted company keep their `companyId`; their
 * `links.company` is null from then on (D6: nothing cascades to links).
 */
export function applyDelete(input: DeleteInput, ctx: OperationContext): Applied {
  const { store, policy } = ctx;
  requireAllowed(checkBulk('delete', input.targets.length, policy), 'deleteCustomers');
  const applied: Applied = { results: [], changed: [], undoUntil: null };
  for (const customer of resolveTargets(store, input.targets, applied)) {
    const check = checkDelete(customer, policy);
    if (!check.allowed) {
      applied.results.push(blocked(customer.id, check));
      continue;
    }
    const removed = store.removeCustomer(customer.id);
    record(ctx, { action: 'deleted', customerId: customer.id, from: customer.status, to: null, cascade: removed });
    applied.results.push(done(customer.id));
    applied.changed.push({ type: 'deleted', customerId: customer.id });
  }
  return applied;
}
