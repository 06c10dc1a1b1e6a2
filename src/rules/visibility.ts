/** Visibility and filtering: F1–F3 and dormancy (G8). */
import type { Customer, InactiveListing, Policy, StatusFilter } from '../adapter/types.js';

/** The longest dormancy threshold the kit takes: a century of days. */
export const MAX_DORMANT_DAYS = 36_500;

/**
 * G8: whether `days` can be a dormancy threshold — a whole number of days from
 * 1 to `MAX_DORMANT_DAYS`. `Infinity`, `1e400`, `1.5`, negatives and `NaN` cannot.
 */
export function isDormantDays(days: unknown): days is number {
  return typeof days === 'number' && Number.isInteger(days) && days >= 1 && days <= MAX_DORMANT_DAYS;
}

/** G8: whether a host's `dormant-days` is set to something that is no threshold (unset and `0`, "off", are not odd). */
export function isOddDormantDays(days: unknown): boolean {
  return days !== undefined && days !== null && days !== 0 && !isDormantDays(days);
}

/**
 * F3, G8: an active customer with no interaction for `days` days (or none
 * recorded) is dormant: a candidate for deactivation, never deactivated by it.
 */
export function isDormant(
  customer: Pick<Customer, 'status' | 'lastInteractionAt'>,
  days: number,
  now: Date,
): boolean {
  if (customer.status !== 'active') return false;
  if (customer.lastInteractionAt === null) return true;
  return Date.parse(customer.lastInteractionAt) <= dormantCutoff(days, now);
}

/**
 * G8: the latest last interaction (epoch ms) that still makes an active
 * customer dormant: `days` whole days before `now`. For filtering many rows at
 * once; `isDormant` is defined by it.
 */
export function dormantCutoff(days: number, now: Date): number {
  return now.getTime() - days * 86_400_000;
}

/** F1, F3: whether a customer belongs to the list a status filter shows. */
export function matchesStatusFilter(
  customer: Pick<Customer, 'status' | 'lastInteractionAt'>,
  filter: StatusFilter,
  options: { dormantDays?: number | null; now: Date },
): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'active':
    case 'inactive':
      return customer.status === filter;
    case 'dormant':
      return options.dormantDays ? isDormant(customer, options.dormantDays, options.now) : false;
  }
}

/** F1: the filter choices a policy offers: Active / Inactive / All, plus Dormant (G8). */
export function statusFilters(policy: Pick<Policy, 'dormantDays'>): StatusFilter[] {
  return policy.dormantDays ? ['active', 'inactive', 'all', 'dormant'] : ['active', 'inactive', 'all'];
}

/** F1: how the host lists inactive customers (main list with a filter, or a separate list or tab). */
export function inactiveListing(policy: Pick<Policy, 'inactiveListing'>): InactiveListing {
  return policy.inactiveListing;
}

export const PICK_CONTEXTS = ['quote', 'deal', 'time-tracking', 'bulk-billing'] as const;
export type PickContext = (typeof PICK_CONTEXTS)[number];

/**
 * F2, B1: deactivated customers can still be picked in quotes, deals and time
 * tracking, but are left out of bulk billing.
 */
export function isPickable(customer: Pick<Customer, 'status'>, context: PickContext): boolean {
  return context === 'bulk-billing' ? customer.status === 'active' : true;
}
