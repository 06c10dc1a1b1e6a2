/** What the msw handlers check in a request beyond the adapter's own input schemas. */
import * as z from 'zod/mini';
import { BatchIdsSchema, CustomerIdsSchema, LIFECYCLE_ACTIONS } from '../../adapter/schemas.js';
import { problemOf } from './respond.js';

/** The body of `POST /previews`. */
export const PreviewRequestSchema = /* @__PURE__ */ z.object({
  action: z.enum(LIFECYCLE_ACTIONS),
  customerIds: CustomerIdsSchema,
});

/** The body of `POST /customer-lookups` (a repeated id is refused by the adapter behind). */
export const CustomerLookupRequestSchema = /* @__PURE__ */ z.object({ customerIds: BatchIdsSchema });

/**
 * Applies `If-Match` to the one versioned record of a mutation: fills in its
 * version when the body has none. Returns the problem answer when it cannot:
 * 400 for an unreadable tag or a call about more than one record, 412 when
 * the tag contradicts the version in the body.
 */
export function ifMatchProblem(
  version: number | undefined,
  records: { version?: number | undefined }[],
  operation: string,
): Response | null {
  if (version === undefined) return problemOf('invalid-input', `${operation}: If-Match must be one entity tag such as "3".`);
  const [record] = records;
  if (records.length !== 1 || record === undefined) {
    return problemOf('invalid-input', `${operation}: If-Match applies only to a call about one versioned record.`);
  }
  if (record.version === undefined) {
    record.version = version;
    return null;
  }
  return record.version === version ? null : problemOf('conflict', `${operation}: If-Match "${version}" contradicts the version ${record.version} in the body.`, 412);
}
