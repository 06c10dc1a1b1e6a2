/** The memory adapter's reads: the batch read, preview (G1), listing (F1, F3, G8) and counts. */
import type {
  CountQuery, Counts, Customer, CustomerPage, LifecycleAction, ListQuery, Policy, Preview,
} from '../../adapter/types.js';
import { combine } from '../../rules/check.js';
import { checkBulk, planAction } from '../../rules/preview.js';
import { matchesStatusFilter } from '../../rules/visibility.js';
import { normalizeText, type MemoryStore } from './store.js';

/** The customers among `ids`, in the order asked; unknown ids left out. Shares the store's references: copy them. */
export function customersOf(store: MemoryStore, ids: readonly string[]): Customer[] {
  return ids.flatMap((id) => store.customers.get(id) ?? []);
}

/**
 * G1: per found id, `planAction(action, detail, policy)` with the bulk check
 * (`checkBulk(action, ids.length, policy)`) combined into its check; unknown
 * ids in `missing`, in the order given. Shares the store's references: copy it.
 */
export function previewOf(store: MemoryStore, action: LifecycleAction, ids: readonly string[], policy: Policy): Preview {
  const bulk = checkBulk(action, ids.length, policy);
  const preview: Preview = { action, impacts: [], missing: [] };
  for (const id of ids) {
    const detail = store.detail(id);
    if (!detail) {
      preview.missing.push(id);
      continue;
    }
    const impact = planAction(action, detail, policy);
    preview.impacts.push({ ...impact, check: combine(impact.check, bulk) });
  }
  return preview;
}

/** Visits the customers whose normalized name contains the normalized query, in name order. */
function eachMatch(store: MemoryStore, query: string | undefined, visit: (customer: Customer) => void): void {
  const needle = normalizeText(query ?? '');
  for (const entry of store.index()) {
    if (!needle || entry.key.includes(needle)) visit(entry.customer);
  }
}

/** The dormancy threshold of a query: its own, else the policy's (null: dormancy off). */
export function dormancyDays(query: { dormantDays?: number | undefined }, policy: Policy): number | null {
  return query.dormantDays ?? policy.dormantDays;
}

/**
 * F1, F3, G8: the customers `matchesStatusFilter` keeps (dormant with the
 * query's `dormantDays`, else the policy's), whose name contains `query`
 * (case- and accent-insensitive), sorted by name, then the page
 * `[offset, offset + limit)`. Shares the store's references: copy the items.
 */
export function listPage(store: MemoryStore, query: ListQuery, policy: Policy, now: Date): CustomerPage {
  const options = { dormantDays: dormancyDays(query, policy), now };
  const items: Customer[] = [];
  const end = query.offset + query.limit;
  let total = 0;
  eachMatch(store, query.query, (customer) => {
    if (!matchesStatusFilter(customer, query.status, options)) return;
    if (total >= query.offset && total < end) items.push(customer);
    total += 1;
  });
  return { items, total, offset: query.offset, limit: query.limit };
}

/**
 * How many customers each filter holds among those whose name contains
 * `query`. `dormant` is present when dormancy is on (the query's
 * `dormantDays`, else the policy's).
 */
export function countAll(store: MemoryStore, query: CountQuery, policy: Policy, now: Date): Counts {
  const dormantDays = dormancyDays(query, policy);
  const options = { dormantDays, now };
  const counts = { active: 0, inactive: 0, all: 0, dormant: 0 };
  eachMatch(store, query.query, (customer) => {
    counts.all += 1;
    if (matchesStatusFilter(customer, 'active', options)) counts.active += 1;
    if (matchesStatusFilter(customer, 'inactive', options)) counts.inactive += 1;
    if (dormantDays !== null && matchesStatusFilter(customer, 'dormant', options)) counts.dormant += 1;
  });
  const { dormant, ...rest } = counts;
  return dormantDays === null ? rest : { ...rest, dormant };
}
