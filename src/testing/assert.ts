/**
 * A tiny assertion library for the contract suite. Hosts import the suite
 * into their own test setups, so it depends on no assertion package; its
 * `AssertionError` carries `actual`, `expected` and `showDiff`, which mocha
 * and web-test-runner reporters turn into a diff.
 */

export class AssertionError extends Error {
  override readonly name = 'AssertionError';
  readonly actual: unknown;
  readonly expected: unknown;
  readonly showDiff: boolean;

  constructor(message: string, details: { actual?: unknown; expected?: unknown } = {}) {
    super(message);
    this.actual = details.actual;
    this.expected = details.expected;
    this.showDiff = 'actual' in details || 'expected' in details;
  }
}

/** A short, readable rendering of a value for messages. */
export function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === undefined) return 'undefined';
  if (typeof value === 'function') return `[function ${value.name || 'anonymous'}]`;
  try {
    const text = JSON.stringify(value);
    return text === undefined ? String(value) : text.length > 300 ? `${text.slice(0, 297)}...` : text;
  } catch {
    return String(value);
  }
}

const prefix = (message: string | undefined) => (message ? `${message}: ` : '');

/** Throws unless `condition` is truthy. */
export function assert(condition: unknown, message = 'expected the condition to hold'): asserts condition {
  if (!condition) throw new AssertionError(message);
}

/** Throws unless `actual === expected` (`Object.is`). */
export function assertEqual<T>(actual: unknown, expected: T, message?: string): asserts actual is T {
  if (!Object.is(actual, expected)) {
    throw new AssertionError(`${prefix(message)}expected ${show(expected)}, got ${show(actual)}`, { actual, expected });
  }
}

/** Throws when `actual === expected`. */
export function assertNotEqual(actual: unknown, expected: unknown, message?: string): void {
  if (Object.is(actual, expected)) throw new AssertionError(`${prefix(message)}expected anything but ${show(expected)}`);
}

/** The path of the first difference between two values, or null when they are deeply equal. */
export function findDifference(actual: unknown, expected: unknown, path = '(root)'): string | null {
  if (Object.is(actual, expected)) return null;
  if (typeof actual !== 'object' || typeof expected !== 'object' || actual === null || expected === null) {
    return `${path}: expected ${show(expected)}, got ${show(actual)}`;
  }
  if (actual instanceof Date || expected instanceof Date) {
    return actual instanceof Date && expected instanceof Date && actual.getTime() === expected.getTime()
      ? null
      : `${path}: expected ${show(expected)}, got ${show(actual)}`;
  }
  if (Array.isArray(actual) !== Array.isArray(expected)) {
    return `${path}: expected ${Array.isArray(expected) ? 'an array' : 'an object'}, got ${show(actual)}`;
  }
  if (Array.isArray(actual) && Array.isArray(expected)) {
    if (actual.length !== expected.length) return `${path}: expected ${expected.length} items, got ${actual.length}`;
    for (let i = 0; i < actual.length; i += 1) {
      const difference = findDifference(actual[i], expected[i], `${path}[${i}]`);
      if (difference) return difference;
    }
    return null;
  }
  const a = actual as Record<string, unknown>;
  const e = expected as Record<string, unknown>;
  const keys = new Set([...Object.keys(a), ...Object.keys(e)]);
  for (const key of [...keys].sort()) {
    const at = path === '(root)' ? key : `${path}.${key}`;
    if (!Object.hasOwn(a, key)) return `${at}: missing (expected ${show(e[key])})`;
    if (!Object.hasOwn(e, key)) return `${at}: unexpected (got ${show(a[key])})`;
    const difference = findDifference(a[key], e[key], at);
    if (difference) return difference;
  }
  return null;
}

/** Throws unless the two values are structurally equal (plain data: objects, arrays, primitives, dates). */
export function assertDeepEqual<T>(actual: unknown, expected: T, message?: string): asserts actual is T {
  const difference = findDifference(actual, expected);
  if (difference) throw new AssertionError(`${prefix(message)}${difference}`, { actual, expected });
}

/** Throws unless the two lists hold the same items, in any order (compared deeply). */
export function assertSameMembers(actual: readonly unknown[], expected: readonly unknown[], message?: string): void {
  const rest = [...actual];
  const missing: unknown[] = [];
  for (const item of expected) {
    const i = rest.findIndex((candidate) => findDifference(candidate, item) === null);
    if (i === -1) missing.push(item);
    else rest.splice(i, 1);
  }
  if (missing.length > 0 || rest.length > 0) {
    const parts = [missing.length ? `missing ${show(missing)}` : '', rest.length ? `unexpected ${show(rest)}` : ''].filter(Boolean);
    throw new AssertionError(`${prefix(message)}${parts.join('; ')}`, {
      actual: [...actual].map(show).sort(), expected: [...expected].map(show).sort(),
    });
  }
}

/** Throws unless `list` holds an item deeply equal to `item`. */
export function assertIncludes(list: readonly unknown[], item: unknown, message?: string): void {
  if (!list.some((candidate) => findDifference(candidate, item) === null)) {
    throw new AssertionError(`${prefix(message)}expected ${show(list)} to include ${show(item)}`);
  }
}

/** Throws when `list` holds an item deeply equal to `item`. */
export function assertExcludes(list: readonly unknown[], item: unknown, message?: string): void {
  if (list.some((candidate) => findDifference(candidate, item) === null)) {
    throw new AssertionError(`${prefix(message)}expected ${show(list)} not to include ${show(item)}`);
  }
}

/** Awaits `promise` (or calls and awaits `fn`) and returns what it rejected with; throws if it resolved. */
export async function rejects(promise: Promise<unknown> | (() => Promise<unknown>), message?: string): Promise<unknown> {
  let value: unknown;
  try {
    value = await (typeof promise === 'function' ? promise() : promise);
  } catch (error) {
    return error;
  }
  throw new AssertionError(`${prefix(message)}expected a rejection, but it resolved with ${show(value)}`);
}

/**
 * Awaits `promise` and returns its rejection after checking that it carries
 * `code` (a `LifecycleError`'s code, or any error's string `code`).
 */
export async function rejectsWithCode<E extends { code: unknown } = { code: string; message: string }>(
  promise: Promise<unknown> | (() => Promise<unknown>),
  code: string,
  message?: string,
): Promise<E> {
  const error = await rejects(promise, message ?? `expected a rejection with code ${show(code)}`);
  const actual = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  if (actual !== code) {
    const text = error instanceof Error ? `${error.name}: ${error.message}` : show(error);
    throw new AssertionError(`${prefix(message)}expected a rejection with code ${show(code)}, got code ${show(actual)} (${text})`, {
      actual, expected: code,
    });
  }
  return error as E;
}
