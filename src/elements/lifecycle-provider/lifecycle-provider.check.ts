/**
 * The provider's checks of host values: `.policy` and `.actor` against their
 * zod schemas, `.messages` against the catalogue's keys. Loaded by `import()`
 * the first time a host sets one of them, so that a provider given only an
 * adapter, a preset and a locale never loads zod.
 */
import type * as z from 'zod/mini';
import { toDataIssues } from '../../adapter/parse.js';
import type { DataIssue } from '../../adapter/errors.js';
import { ActorSchema, PolicyOverridesSchema } from '../../adapter/schemas.js';
import type { Actor, PolicyOverrides } from '../../adapter/types.js';

export { toOverrides } from '../../i18n/host.js';

/** A parsed value, or the readable problems that kept it out. */
export type Checked<T> = { ok: true; value: T } | { ok: false; issues: DataIssue[] };

function check<T>(schema: z.ZodMiniType<T>, value: unknown): Checked<T> {
  const result = schema.safeParse(value);
  return result.success ? { ok: true, value: result.data } : { ok: false, issues: toDataIssues(result.error.issues) };
}

export const checkPolicy = (value: unknown): Checked<PolicyOverrides> => check(PolicyOverridesSchema, value);
export const checkActor = (value: unknown): Checked<Actor> => check(ActorSchema, value);
