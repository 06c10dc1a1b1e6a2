/**
 * RFC 9457 problem details, as the REST contract uses them: `type`, `title`,
 * `status`, `detail`, plus the kit's `code` (one of `ERROR_CODES`), `rule`,
 * `reason` and `issues`. Turns an error response into a `LifecycleError`.
 */
import * as z from 'zod/mini';
import { ERROR_CODES, LifecycleError, type ErrorCode } from '../../adapter/errors.js';

/** The status a server answers with for each error code (the msw handlers follow it). */
export const STATUS_OF_CODE: Readonly<Record<ErrorCode, number>> = {
  'invalid-input': 400,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  'rule-violation': 422,
  'invalid-data': 500,
  // The kit's own (an element without an adapter); a server has no reason to send it.
  'no-adapter': 500,
  unknown: 500,
  network: 502,
  timeout: 504,
  aborted: 499,
};

/** A problem document. Every member is optional: a server may send any subset. */
export const ProblemSchema = /* @__PURE__ */ z.object({
  type: z.optional(z.string()),
  title: z.optional(z.string()),
  status: z.optional(z.number()),
  detail: z.optional(z.string()),
  code: z.optional(z.enum(ERROR_CODES)),
  rule: z.optional(z.string()),
  reason: z.optional(z.string()),
  issues: z.optional(z.array(z.object({ path: z.string(), message: z.string() }))),
});

export type Problem = z.output<typeof ProblemSchema>;

/** The error code an HTTP status stands for, when the body names none. */
export function codeOfStatus(status: number): ErrorCode {
  if (status === 400) return 'invalid-input';
  if (status === 401 || status === 403) return 'forbidden';
  if (status === 404 || status === 410) return 'not-found';
  if (status === 409 || status === 412) return 'conflict';
  if (status === 422) return 'rule-violation';
  if (status === 408 || status === 504) return 'timeout';
  return 'unknown';
}

/** Whether trying again may help: server errors, throttling and timeouts, conflicts after a reload. */
function retryableStatus(status: number, code: ErrorCode): boolean {
  if (code === 'conflict' || code === 'timeout') return true;
  return status >= 500 || status === 429;
}

/**
 * The `LifecycleError` for an error response: its `code` from the problem's
 * `code` when it is one of ours, else from the status; its message from
 * `detail`, else `title`, else the status. A body that is not a problem
 * document (an HTML error page) is ignored.
 */
export function problemError(status: number, body: unknown, operation: string): LifecycleError {
  const parsed = ProblemSchema.safeParse(body);
  const problem: Problem = parsed.success ? parsed.data : {};
  const code = problem.code ?? codeOfStatus(status);
  const message = problem.detail ?? problem.title ?? `The server answered ${operation} with HTTP ${status}.`;
  return new LifecycleError(code, message, {
    rule: problem.rule,
    reason: problem.reason,
    issues: problem.issues,
    operation,
    retryable: retryableStatus(status, code),
  });
}
