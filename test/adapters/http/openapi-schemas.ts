/**
 * The JSON Schemas of the REST contract's bodies, generated from the kit's
 * zod schemas: `openapi.json` must hold exactly these as its
 * `components.schemas` (the openapi test checks it), so the document cannot
 * drift from what the adapter and the handlers parse. Described as input
 * (what a parser accepts): unknown members are allowed and ignored.
 */
import * as z from 'zod/mini';
import * as S from '../../../src/adapter/schemas.js';
import { ProblemSchema } from '../../../src/adapters/http/index.js';

/** The request bodies: the adapter's inputs without what travels in the path or the headers. */
const bodies = {
  PreviewRequest: z.object({ action: z.enum(S.LIFECYCLE_ACTIONS), customerIds: S.CustomerIdsSchema }),
  CustomerLookupRequest: z.object({ customerIds: S.BatchIdsSchema }),
  DeactivateRequest: z.omit(S.DeactivateInputSchema, { idempotencyKey: true }),
  ReactivateRequest: z.omit(S.ReactivateInputSchema, { idempotencyKey: true }),
  UndoRequest: z.omit(S.UndoInputSchema, { idempotencyKey: true }),
  DeleteRequest: z.omit(S.DeleteInputSchema, { idempotencyKey: true }),
  ReactivateLocationRequest: z.omit(S.ReactivateLocationInputSchema, { idempotencyKey: true, customerId: true, locationId: true }),
  ReactivateServicesRequest: z.omit(S.ReactivateServicesInputSchema, { idempotencyKey: true, customerId: true }),
  ReleaseInvoicesRequest: z.omit(S.ReleaseInvoicesInputSchema, { idempotencyKey: true, customerId: true }),
};

/** Every named schema of the document, by its component name. */
export function componentSchemas(): Record<string, unknown> {
  const registry = z.registry<{ id: string }>();
  const named: Record<string, z.core.$ZodType> = {
    Money: S.MoneySchema, Actor: S.ActorSchema, Deactivation: S.DeactivationSchema, Customer: S.CustomerSchema,
    CustomerRef: S.CustomerRefSchema, Location: S.LocationSchema, Schedule: S.ScheduleSchema, Service: S.ServiceSchema,
    Invoice: S.InvoiceSchema, Subscription: S.SubscriptionSchema, AuditEntry: S.AuditEntrySchema,
    CustomerLinks: S.CustomerLinksSchema, CustomerDetail: S.CustomerDetailSchema,
    AuditPage: z.object({ items: z.array(S.AuditEntrySchema) }),
    RuleNotice: S.RuleNoticeSchema, Check: S.CheckSchema, Impact: S.ImpactSchema, Preview: S.PreviewSchema,
    Target: S.TargetSchema, ServiceChange: S.ServiceChangeSchema, ErrorInfo: S.ErrorInfoSchema, Outcome: S.OutcomeSchema,
    MutationResult: S.MutationResultSchema,
    MutationResponse: z.extend(S.MutationResultSchema, { changes: z.array(S.CustomerChangeSchema) }),
    CustomerChange: S.CustomerChangeSchema, CustomerPage: S.CustomerPageSchema, Counts: S.CountsSchema,
    CustomerLookup: z.object({ customers: S.CustomerBatchSchema }),
    Problem: ProblemSchema,
    ...bodies,
  };
  for (const [id, schema] of Object.entries(named)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, { target: 'draft-2020-12', io: 'input', uri: (id) => `#/components/schemas/${id}` });
  // Each schema's own `$id` and `$schema` are left out: the document names them by their key.
  return Object.fromEntries(Object.entries(schemas).map(([id, { $id: _id, $schema: _s, ...schema }]) => [id, schema]));
}
