/**
 * Identity: an adapter's answer is checked against the question it was asked.
 * A detail for another customer, an impact or outcome for an id nobody asked
 * about, the same customer or service listed twice, a change-feed event whose
 * customer is not the one it names — each is `invalid-data`, so that nothing
 * is ever shown or sent for an id the user did not choose.
 */
import { LifecycleError, type DataIssue } from './errors.js';
import type { Customer, CustomerChange, CustomerDetail, MutationResult, Preview } from './types.js';

/** Throws `invalid-data` listing `issues`, when there are any. */
function reject(operation: string, issues: DataIssue[]): void {
  if (issues.length === 0) return;
  const lines = issues.map((issue) => `  ${issue.path}: ${issue.message}`).join('\n');
  throw new LifecycleError('invalid-data', `The adapter's ${operation} answered for something it was not asked about:\n${lines}`, {
    issues, operation, retryable: true,
  });
}

/** Issues for ids listed more than once, and (when `asked` is given) for ids not asked about. */
function idIssues(path: string, ids: readonly string[], asked?: ReadonlySet<string>): DataIssue[] {
  const seen = new Set<string>();
  const issues: DataIssue[] = [];
  ids.forEach((id, index) => {
    if (seen.has(id)) issues.push({ path: `${path}.${index}`, message: `"${id}" is listed twice` });
    else if (asked && !asked.has(id)) issues.push({ path: `${path}.${index}`, message: `"${id}" was not asked about` });
    seen.add(id);
  });
  return issues;
}

/** `getCustomer(customerId)`: the customer asked for, with its own records only, each once. */
export function checkDetail(detail: CustomerDetail, customerId: string): CustomerDetail {
  const issues: DataIssue[] = [];
  if (detail.customer.id !== customerId) issues.push({ path: 'customer.id', message: `expected "${customerId}", got "${detail.customer.id}"` });
  for (const key of ['locations', 'services', 'invoices', 'subscriptions'] as const) {
    const rows: ReadonlyArray<{ id: string; customerId: string }> = detail[key];
    issues.push(...idIssues(key, rows.map((row) => row.id)));
    rows.forEach((row, index) => {
      if (row.customerId !== customerId) issues.push({ path: `${key}.${index}.customerId`, message: `belongs to "${row.customerId}", not "${customerId}"` });
    });
  }
  const locations = new Set(detail.locations.map((l) => l.id));
  detail.services.forEach((service, index) => {
    if (!locations.has(service.locationId)) issues.push({ path: `services.${index}.locationId`, message: `"${service.locationId}" is not one of the customer's locations` });
  });
  reject('getCustomer', issues);
  return detail;
}

/** `preview(action, ids)`: impacts and missing ids among those asked, each once; the action asked. */
export function checkPreview(preview: Preview, action: string, ids: readonly string[]): Preview {
  const asked = new Set(ids);
  const issues = [
    ...(preview.action === action ? [] : [{ path: 'action', message: `expected "${action}", got "${preview.action}"` }]),
    ...idIssues('impacts', [...preview.impacts.map((i) => i.customer.id), ...preview.missing], asked),
  ];
  reject('preview', issues);
  return preview;
}

/** A mutation's outcomes: each for one of `ids` (when the question names them), each once. */
export function checkOutcomes(result: MutationResult, operation: string, ids?: readonly string[]): MutationResult {
  reject(operation, idIssues('results', result.results.map((r) => r.id), ids ? new Set(ids) : undefined));
  return result;
}

/** `getCustomers(ids)`: customers among those asked, each once. */
export function checkBatch(customers: Customer[], ids: readonly string[]): Customer[] {
  reject('getCustomers', idIssues('', customers.map((c) => c.id), new Set(ids)).map((i) => ({ ...i, path: i.path.slice(1) })));
  return customers;
}

/** A change-feed event: the customer it carries is the one it names. */
export function checkChange(change: CustomerChange): CustomerChange {
  if (change.customer && change.customer.id !== change.customerId) {
    reject('subscribe', [{ path: 'customer.id', message: `expected "${change.customerId}", got "${change.customer.id}"` }]);
  }
  return change;
}

/** The ids of a question, each once, in the order first given. */
export const uniqueIds = (ids: readonly string[]): string[] => [...new Set(ids)];
