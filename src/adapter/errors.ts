/**
 * The kit's one error type. Every failure an element can meet — from the
 * adapter, the network or bad data — arrives as a `LifecycleError` with one of
 * a small, closed set of codes, which the elements translate. `no-adapter` is
 * the kit's own: an element asked to use an adapter it does not have (neither
 * its `.adapter` nor a provider's).
 */

export const ERROR_CODES = [
  'not-found',
  'forbidden',
  'conflict',
  'rule-violation',
  'invalid-data',
  'invalid-input',
  'no-adapter',
  'network',
  'timeout',
  'aborted',
  'unknown',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** One problem zod found, as plain data. */
export interface DataIssue {
  path: string;
  message: string;
}

export interface LifecycleErrorOptions {
  /** For `rule-violation`: the rule id of the domain (D1…G8). */
  rule?: string;
  /** For `rule-violation`: the reason code. */
  reason?: string;
  /** For `invalid-data` / `invalid-input`: what was wrong, and where. */
  issues?: DataIssue[];
  /** The adapter method that failed. */
  operation?: string;
  /** Whether trying again may help (network, timeout, conflict after a reload). */
  retryable?: boolean;
  cause?: unknown;
}

const RETRYABLE: ReadonlySet<ErrorCode> = new Set(['network', 'timeout', 'unknown', 'conflict']);

export class LifecycleError extends Error {
  override readonly name = 'LifecycleError';
  readonly code: ErrorCode;
  readonly rule: string | undefined;
  readonly reason: string | undefined;
  readonly issues: DataIssue[];
  readonly operation: string | undefined;
  readonly retryable: boolean;

  constructor(code: ErrorCode, message: string, options: LifecycleErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.rule = options.rule;
    this.reason = options.reason;
    this.issues = options.issues ?? [];
    this.operation = options.operation;
    this.retryable = options.retryable ?? RETRYABLE.has(code);
  }

  /** The error as plain data, e.g. for a per-item outcome. */
  toInfo(): { code: ErrorCode; message: string } {
    return { code: this.code, message: this.message };
  }
}

/** The adapter's methods that change something. */
const MUTATIONS: ReadonlySet<string> = new Set([
  'deactivate', 'reactivate', 'undo', 'deleteCustomers', 'reactivateLocation', 'reactivateServices', 'releaseInvoices',
]);

/**
 * Whether `error` leaves the outcome unknown: a change was sent and no answer
 * came in time, so it may or may not have been made (a retry, with the same
 * idempotency key, is safe).
 */
export function outcomeUnknown(error: { readonly code: string; readonly operation?: string | undefined }): boolean {
  return error.code === 'timeout' && MUTATIONS.has(error.operation ?? '');
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

/**
 * Reads `read()` of a value a host threw, or `undefined` when reading throws:
 * a getter that throws, a revoked proxy. Nothing a host rejects with may
 * break the kit's own error handling.
 */
function safely<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

const nameOf = (value: unknown): unknown =>
  typeof value === 'object' && value !== null ? safely(() => (value as { name?: unknown }).name) : undefined;

export function isLifecycleError(value: unknown): value is LifecycleError {
  return safely(() => value instanceof LifecycleError) === true ||
    (nameOf(value) === 'LifecycleError' && isErrorCode(safely(() => (value as { code?: unknown }).code)));
}

/** Text for anything thrown: its message, or what it is, without ever throwing. */
function messageOf(error: unknown): string {
  const message = safely(() => (error instanceof Error ? error.message : typeof error === 'symbol' ? error.toString() : String(error)));
  return typeof message === 'string' ? message : '';
}

/**
 * Turns anything thrown into a `LifecycleError`, and never throws itself. A
 * `LifecycleError` from another copy of the kit keeps its code; an abort stays
 * an abort; a `TypeError` from `fetch` is a network failure; the rest —
 * including errors whose getters throw, revoked proxies and symbols — is `unknown`.
 */
export function toLifecycleError(error: unknown, operation?: string, signal?: AbortSignal): LifecycleError {
  if (safely(() => error instanceof LifecycleError) === true) return error as LifecycleError;
  if (isLifecycleError(error)) {
    const other = error as LifecycleError;
    const copy = safely(() => new LifecycleError(other.code, String(other.message), {
      rule: other.rule, reason: other.reason, issues: other.issues, operation: other.operation ?? operation, cause: error,
    }));
    if (copy) return copy;
  }
  const name = nameOf(error);
  if (name === 'TimeoutError' || (signal?.aborted && nameOf(signal.reason) === 'TimeoutError')) {
    return new LifecycleError('timeout', 'The request took too long.', { operation, cause: error });
  }
  if (name === 'AbortError' || signal?.aborted) {
    return new LifecycleError('aborted', 'The request was cancelled.', { operation, cause: error });
  }
  const message = messageOf(error);
  if (safely(() => error instanceof TypeError) === true && /fetch|network|load failed/i.test(message)) {
    return new LifecycleError('network', 'The network request failed.', { operation, cause: error });
  }
  return new LifecycleError('unknown', message || 'Something went wrong.', { operation, cause: error });
}
