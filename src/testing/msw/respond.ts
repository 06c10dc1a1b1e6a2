/** The answers of the msw handlers: JSON, problem details, and the simulated faults. */
import { HttpResponse } from 'msw';
import { LifecycleError, toLifecycleError, type ErrorCode } from '../../adapter/errors.js';
import { PROBLEM_TYPE, STATUS_OF_CODE } from '../../adapters/http/index.js';
import type { FaultKind } from './faults.js';

const TITLES: Readonly<Record<ErrorCode, string>> = {
  'not-found': 'Not found',
  forbidden: 'Forbidden',
  conflict: 'Conflict',
  'rule-violation': 'A rule does not allow it',
  'invalid-data': 'Invalid data',
  'invalid-input': 'Invalid request',
  'no-adapter': 'No adapter',
  network: 'Bad gateway',
  timeout: 'Gateway timeout',
  aborted: 'Cancelled',
  unknown: 'Server error',
};

/** An RFC 9457 problem answer for `error` (anything thrown becomes a `LifecycleError` first). */
export function problem(error: unknown, status?: number): Response {
  const e = toLifecycleError(error);
  const code = e.code;
  const s = status ?? STATUS_OF_CODE[code];
  return HttpResponse.json({
    type: `urn:customer-lifecycle-kit:problem:${code}`,
    title: TITLES[code],
    status: s,
    detail: e.message,
    code,
    ...(e.rule === undefined ? {} : { rule: e.rule }),
    ...(e.reason === undefined ? {} : { reason: e.reason }),
    ...(e.issues.length === 0 ? {} : { issues: e.issues }),
  }, { status: s, headers: { 'Content-Type': PROBLEM_TYPE } });
}

/** A problem answer made up for a request: `problem(new LifecycleError(code, detail))`. */
export function problemOf(code: ErrorCode, detail: string, status?: number): Response {
  return problem(new LifecycleError(code, detail), status);
}

/** Never settles until the request is aborted (and then fails): no timer is left behind. */
function never(signal: AbortSignal): Promise<Response> {
  return new Promise((resolve) => {
    signal.addEventListener('abort', () => resolve(HttpResponse.error()), { once: true });
  });
}

/** The answer a fault gives instead of the real one. */
export function faultResponse(fault: FaultKind, request: Request): Response | Promise<Response> {
  switch (fault) {
    case 'network':
      return HttpResponse.error();
    case 'timeout':
      return never(request.signal);
    case 'server-error':
      return problemOf('unknown', 'Simulated server error.', 500);
    case 'conflict':
      return problemOf('conflict', 'Simulated conflict: the record was changed by someone else.', 409);
    case 'forbidden':
      return problemOf('forbidden', 'Simulated refusal: you may not do this.', 403);
    case 'malformed-json':
      return new HttpResponse('{"items": [', { status: 200, headers: { 'Content-Type': 'application/json' } });
    case 'invalid-payload':
      return HttpResponse.json({ unexpected: 'not what the contract describes' });
  }
}

/** The JSON object a request carries; anything else is `invalid-input`. */
export async function bodyOf(request: Request, operation: string): Promise<Record<string, unknown>> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    throw new LifecycleError('invalid-input', `${operation}: the request body is not JSON.`, { operation });
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new LifecycleError('invalid-input', `${operation}: the request body must be a JSON object.`, { operation });
  }
  return { ...body };
}
