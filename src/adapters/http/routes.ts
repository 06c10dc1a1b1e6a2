/**
 * The paths of the REST contract (`openapi.json`), relative to the base URL,
 * and the names of its headers. Shared by the HTTP adapter and the msw
 * handlers that serve the contract, so the two cannot drift apart.
 */

/** Every path of the contract, in msw / path-to-regexp form (`:name` is a parameter). */
export const ROUTES = {
  customers: 'customers',
  customer: 'customers/:customerId',
  audit: 'customers/:customerId/audit',
  locationReactivation: 'customers/:customerId/locations/:locationId/reactivation',
  servicesReactivation: 'customers/:customerId/services/reactivation',
  /** Releasing invoices on hold by hand (the optional `releaseInvoices`, R4). */
  invoiceReleases: 'customers/:customerId/invoice-releases',
  counts: 'customer-counts',
  /** The batch read (`getCustomers`): a POST, so that a hundred ids never meet a URL-length limit. */
  customerLookups: 'customer-lookups',
  previews: 'previews',
  deactivations: 'deactivations',
  reactivations: 'reactivations',
  undos: 'undos',
  deletions: 'deletions',
} as const;

/** The headers the contract uses. */
export const HEADERS = {
  idempotencyKey: 'Idempotency-Key',
  ifMatch: 'If-Match',
  etag: 'ETag',
} as const;

export const PROBLEM_TYPE = 'application/problem+json';

/**
 * `ROUTES.customer` with its parameters filled in, each percent-encoded:
 * `customers/c%2F1`. Returns null when a parameter is empty, `.` or `..`,
 * which no URL path segment can hold (a URL parser resolves them, even
 * percent-encoded, as "this" or "the parent" directory).
 */
export function fill(route: string, params: Record<string, string> = {}): string | null {
  let refused = false;
  const path = route.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = params[name] ?? '';
    if (value === '' || value === '.' || value === '..') refused = true;
    return encodeURIComponent(value);
  });
  return refused ? null : path;
}

/** An entity tag for a version: `"12"`. */
export function etagOf(version: number): string {
  return `"${version}"`;
}

/** The version an `If-Match` / `ETag` value names (`"12"`, `W/"12"`), or undefined. */
export function versionOfEtag(value: string | null): number | undefined {
  const match = value === null ? null : /^\s*(?:W\/)?"(\d{1,15})"\s*$/.exec(value);
  return match?.[1] === undefined ? undefined : Number(match[1]);
}
