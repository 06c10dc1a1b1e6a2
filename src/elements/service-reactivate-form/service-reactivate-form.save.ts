/**
 * Save and location reactivation, the parts that can wait: validation of the
 * draft (R2, R3) with zod/mini, the adapter input, and reading the results.
 * Loaded by `import()` on the first Save or "Reactivate location", so zod
 * (shared with the adapter boundary's chunk) is not part of the form's
 * up-front size. The rules decide; this module only reports their reasons.
 */
import * as z from 'zod/mini';
import { LifecycleError } from '../../adapter/errors.js';
import type { Actor, CustomerDetail, MutationResult, Outcome, ReactivateServicesInput } from '../../adapter/types.js';
import { checkReactivateService } from '../../rules/reactivate.js';
import { chosenServices, type Draft } from './service-reactivate-form.draft.js';

/** A problem of one service's draft: `invalid-date`, or a rule's reason code with its fix. */
export interface FieldError {
  reason: string;
  fix: string | null;
}

const ChoiceSchema = /* @__PURE__ */ z.object({
  schedule: z.object({
    startDate: z.iso.date(),
    endDate: z.nullable(z.iso.date()),
    deactivateOnEndDate: z.boolean(),
  }),
});

/**
 * The draft checked (R2, R3): the errors by service id, in the order shown,
 * and — when there are none — the one `reactivateServices` input of all choices.
 */
export function prepare(detail: CustomerDetail, draft: Draft, today: string, actor: Actor, keyFor: (intent: unknown) => string) {
  const errors = new Map<string, FieldError>();
  const chosen = chosenServices(draft, detail.services);
  for (const [service, choice] of chosen) {
    if (!ChoiceSchema.safeParse(choice).success) {
      errors.set(service.id, { reason: 'invalid-date', fix: null });
      continue;
    }
    const location = detail.locations.find((l) => l.id === service.locationId);
    const blocker = checkReactivateService(detail.customer, location, service, choice.schedule, today).blockers[0];
    if (blocker) errors.set(service.id, { reason: blocker.reason, fix: blocker.fix });
  }
  const changes = chosen.map(([s, c]) => ({ serviceId: s.id, version: s.version, schedule: c.schedule }));
  const input: ReactivateServicesInput | undefined = errors.size === 0 && changes.length > 0
    ? { customerId: detail.customer.id, changes, actor, idempotencyKey: keyFor({ customerId: detail.customer.id, changes, actor }) }
    : undefined;
  return { errors, input };
}

/** Save's result: the services done, the others' outcomes, and the draft without the done ones (what failed stays). */
export function settle(result: MutationResult, draft: Draft) {
  const done = result.results.filter((r) => r.outcome === 'done').map((r) => r.id);
  const outcomes = new Map<string, Outcome>(result.results.filter((r) => r.outcome !== 'done').map((r) => [r.id, r]));
  const rest = new Map(draft);
  for (const id of done) rest.delete(id);
  return { done, outcomes, rest };
}

/** A location's outcome that is not `done`, as the error shown with Retry (G2: a blocked one keeps its reason). */
export function locationError(result: MutationResult): LifecycleError | undefined {
  const outcome = result.results[0];
  if (!outcome || outcome.outcome === 'done') return undefined;
  if (outcome.outcome === 'blocked') {
    return new LifecycleError('rule-violation', 'Not reactivated.', { reason: outcome.blockers[0]?.reason, operation: 'reactivateLocation' });
  }
  return new LifecycleError('unknown', outcome.error.message, { operation: 'reactivateLocation' });
}
