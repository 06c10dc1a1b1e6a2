/**
 * Parsing with the kit's zod schemas: a value checked against its schema, or
 * a `LifecycleError` that lists every problem in words. The boundary uses it
 * on both sides of every adapter call; the kit's own adapters (memory, HTTP)
 * and the msw handlers use it on what they are given.
 */
import * as z from 'zod/mini';
import { LifecycleError, type DataIssue } from './errors.js';

type Issue = z.core.$ZodIssue;

/** " items" / " characters" after a length limit (singular for 1); nothing after a number limit. */
function unit(origin: unknown, limit: unknown): string {
  if (origin !== 'array' && origin !== 'string') return '';
  const word = origin === 'array' ? 'item' : 'character';
  return ` ${word}${Number(limit) === 1 ? '' : 's'}`;
}

function describeIssue(issue: Issue): string {
  const i = issue as Issue & Record<string, unknown>;
  switch (issue.code) {
    case 'invalid_type':
      return i.expected === 'int' ? 'expected an integer' : `expected ${String(i.expected)}`;
    case 'invalid_value':
      return `expected one of ${(i.values as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_format':
      // A pattern's own message ("must be a three-letter ISO 4217 code") says more than "regex".
      if (i.format === 'regex') {
        return issue.message && !issue.message.startsWith('Invalid') ? issue.message : `expected text matching ${String(i.pattern)}`;
      }
      return `expected a valid ${String(i.format)}`;
    case 'too_small':
      return `expected ${i.inclusive === false ? 'more than' : 'at least'} ${String(i.minimum)}${unit(i.origin, i.minimum)}`;
    case 'too_big':
      return `expected ${i.inclusive === false ? 'less than' : 'at most'} ${String(i.maximum)}${unit(i.origin, i.maximum)}`;
    case 'invalid_union':
      // A discriminated union names its allowed discriminator values.
      return Array.isArray(i.options) && i.options.length > 0
        ? `expected one of ${(i.options as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`
        : 'matches none of the allowed shapes';
    case 'unrecognized_keys':
      return `unexpected keys ${(i.keys as string[]).join(', ')}`;
    default:
      return issue.message && issue.message !== 'Invalid input' ? issue.message : 'is not valid';
  }
}

/** zod's issues as readable lines: `customer.status: expected one of "active", "inactive"`. */
export function toDataIssues(issues: readonly Issue[]): DataIssue[] {
  return issues.map((issue) => {
    const message = issue.code === 'custom' && issue.message ? issue.message : describeIssue(issue);
    return { path: issue.path.map(String).join('.') || '(root)', message };
  });
}

/**
 * Parses `value` with `schema`; on failure throws a `LifecycleError` whose
 * message lists every problem. `code` says whose fault it is: `invalid-data`
 * for what the host sent, `invalid-input` for what the kit was about to send.
 */
export function parseWith<T>(
  schema: z.ZodMiniType<T>,
  value: unknown,
  code: 'invalid-data' | 'invalid-input',
  operation: string,
): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = toDataIssues(result.error.issues);
  const where = code === 'invalid-data' ? `The adapter's ${operation} returned` : `${operation} was called with`;
  const lines = issues.map((issue) => `  ${issue.path}: ${issue.message}`).join('\n');
  throw new LifecycleError(code, `${where} invalid data:\n${lines}`, { issues, operation, retryable: code === 'invalid-data' });
}

/** A list check: each id once; a repeat names the item it repeats (`ask for each ${what} once`). */
export const eachOnce = (what: string) => z.superRefine((ids: string[], ctx) => {
  const first = new Map<string, number>();
  ids.forEach((id, i) => {
    const seen = first.get(id);
    if (seen === undefined) first.set(id, i);
    else ctx.addIssue({ code: 'custom', path: [i], input: id, message: `repeats item ${seen} ("${id}"); ask for each ${what} once` });
  });
});
