/**
 * The lifecycle actions a menu offers, as the kit's rules decide them: an
 * allowed action is offered; one blocked with a way out (G2: "Deactivate the
 * customer first") is shown disabled with that way out; one blocked without
 * a way out (already active, or a product that never deletes) is left out.
 */
import type { Check, Customer, LifecycleAction, Policy } from '../src/adapter/types.js';
import { isMessageKey, type Localizer } from 'customer-lifecycle-kit/i18n';
import { checkBulkDeactivate, checkDeactivate } from '../src/rules/deactivate.js';
import { checkBulkDelete, checkDelete } from '../src/rules/delete.js';
import { checkReactivate } from '../src/rules/reactivate.js';
import type { MenuItem } from './demo-menu.js';
import type { DemoText } from './demo-text.js';

/** The way out of a blocked check, in words (or undefined when there is none). */
export function fixText(check: Check, kit: Localizer): string | undefined {
  const fix = check.blockers.find((b) => b.fix)?.fix;
  const key = `fix.${fix}`;
  return fix && isMessageKey(key) ? kit.t(key) : undefined;
}

/** A menu item for one action from its check, or none. */
export function itemFor(id: string, label: string, check: Check, kit: Localizer): MenuItem[] {
  if (check.allowed) return [{ id, label }];
  const hint = fixText(check, kit);
  return hint ? [{ id, label, disabled: true, hint }] : [];
}

/** Deactivate / Reactivate / Delete for one customer. */
export function lifecycleItems(customer: Customer, policy: Policy, t: DemoText, kit: Localizer): MenuItem[] {
  return [
    ...itemFor('deactivate', t.deactivate, checkDeactivate(customer, policy), kit),
    ...itemFor('reactivate', t.reactivate, checkReactivate(customer), kit),
    ...itemFor('delete', t.delete, checkDelete(customer, policy), kit),
  ];
}

/** The bulk actions for `count` selected customers: each with whether it may run and why not. */
export function bulkChecks(count: number, policy: Policy): Record<Extract<LifecycleAction, 'deactivate' | 'delete'>, Check> {
  return { deactivate: checkBulkDeactivate(count, policy), delete: checkBulkDelete(count, policy) };
}

export const isLifecycleAction = (id: string): id is LifecycleAction =>
  id === 'deactivate' || id === 'reactivate' || id === 'delete';
