/** The impact preview of any action, for one customer or many: G1, D2, D8, X2. */
import type { Check, CustomerDetail, Impact, LifecycleAction, Policy } from '../adapter/types.js';
import { checkBulkDeactivate, planDeactivation } from './deactivate.js';
import { checkBulkDelete, planDeletion } from './delete.js';
import { planReactivation } from './reactivate.js';
import { allow } from './check.js';

/** G1: what `action` would change for one customer, and whether the rules allow it. */
export function planAction(action: LifecycleAction, detail: CustomerDetail, policy: Policy): Impact {
  switch (action) {
    case 'deactivate':
      return planDeactivation(detail, policy);
    case 'reactivate':
      return planReactivation(detail, policy);
    case 'delete':
      return planDeletion(detail, policy);
  }
}

/** D8, X2: whether `action` may run on `count` customers at once. */
export function checkBulk(action: LifecycleAction, count: number, policy: Policy): Check {
  if (action === 'deactivate') return checkBulkDeactivate(count, policy);
  if (action === 'delete') return checkBulkDelete(count, policy);
  return allow();
}

/** D2: every lifecycle action is confirmed by staff first, with Cancel. */
export function needsConfirmation(action: LifecycleAction): boolean {
  return (['deactivate', 'reactivate', 'delete'] as const).includes(action);
}

export interface ImpactTotals {
  customers: number;
  allowed: number;
  blocked: number;
  locations: number;
  services: number;
  subscriptions: number;
  invoices: number;
  linkedUnchanged: number;
}

/** G1, G6: the totals of a bulk preview. */
export function totalImpact(impacts: readonly Impact[]): ImpactTotals {
  const totals: ImpactTotals = {
    customers: impacts.length, allowed: 0, blocked: 0, locations: 0, services: 0, subscriptions: 0, invoices: 0, linkedUnchanged: 0,
  };
  for (const impact of impacts) {
    if (impact.check.allowed) totals.allowed += 1;
    else totals.blocked += 1;
    totals.locations += impact.locations.length;
    totals.services += impact.services.length;
    totals.subscriptions += impact.subscriptions.length;
    totals.invoices += impact.invoices.length;
    totals.linkedUnchanged += impact.linkedUnchanged.length;
  }
  return totals;
}
