/**
 * The kit's one error type. Every failure an element can meet — from the
 * adapter, the network or bad data — arrives as a `LifecycleError` with one of
 * a small, closed set of codes, which the elements translate.
 */

export const ERROR_CODES = [
  'not-found',
  'forbidden',
  'conflict',
  'rule-violation',
  'invalid-data',
  'invalid-input',
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

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

export function isLifecycleError(value: unknown): value is LifecycleError {
  return value instanceof LifecycleError ||
    (typeof value === 'object' && value !== null &&
      (value as { name?: unknown }).name === 'LifecycleError' &&
      isErrorCode((value as { code?: unknown }).code));
}

function isAbort(error: unknown): boolean {
  return typeof error === 'object' && error !== null &&
    ((error as { name?: unknown }).name === 'AbortError');
}

function isTimeout(error: unknown): boolean {
  return typeof error === 'object' && error !== null &&
    ((error as { name?: unknown }).name === 'TimeoutError');
}

/**
 * Turns anything thrown into a `LifecycleError`. A `LifecycleError` from
 * another copy of the kit keeps its code; an abort stays an abort; a
 * `TypeError` from `fetch` is a network failure; the rest is `unknown`.
 */
export function toLifecycleError(error: unknown, operation?: string, signal?: AbortSignal): LifecycleError {
  if (error instanceof LifecycleError) return error;
  if (isLifecycleError(error)) {
    const other = error as LifecycleError;
    return new LifecycleError(other.code, other.message, {
      rule: other.rule, reason: other.reason, issues: other.issues, operation: other.operation ?? operation, cause: error,
    });
  }
  if (isTimeout(error) || (signal?.aborted && isTimeout(signal.reason))) {
    return new LifecycleError('timeout', 'The request took too long.', { operation, cause: error });
  }
  if (isAbort(error) || signal?.aborted) {
    return new LifecycleError('aborted', 'The request was cancelled.', { operation, cause: error });
  }
  if (error instanceof TypeError && /fetch|network|load failed/i.test(error.message)) {
    return new LifecycleError('network', 'The network request failed.', { operation, cause: error });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new LifecycleError('unknown', message || 'Something went wrong.', { operation, cause: error });
}
