/**
 * What the operations of the contract send and answer: the rules' checks,
 * the impact preview (G1), the mutations' inputs and their per-item
 * results (G6), and the list and count queries.
 */
import * as z from 'zod/mini';
import { eachOnce } from './parse.js';
import {
  ActorSchema, CustomerRefSchema, CustomerSchema, IdempotencyKeySchema, IdSchema, InstantSchema, InvoiceSchema, LIFECYCLE_ACTIONS,
  NameSchema, ScheduleSchema, STATUS_FILTERS, TextSchema, VersionSchema,
} from './schemas.records.js';

// ------------------------------------------------------------------ rule checks
/** Why an action is not allowed, or what to warn about (G2). */
export const RuleNoticeSchema = /* @__PURE__ */ z.object({
  /** The rule of the domain that decides it (D1…G8). */
  rule: z.string().check(z.regex(/^[A-Z]\d$/, 'must be a rule id such as D3')),
  /** A stable reason code; elements translate it. */
  reason: z.string().check(z.minLength(1)),
  /** A stable code of the way out, or null when there is none. */
  fix: z.nullable(z.string().check(z.minLength(1))),
});

export const CheckSchema = /* @__PURE__ */ z.object({
  allowed: z.boolean(),
  /** Why not (when not allowed). */
  blockers: z.array(RuleNoticeSchema),
  /** What to know before going ahead. */
  warnings: z.array(RuleNoticeSchema),
});

// --------------------------------------------------------------------- preview
const RefListSchema = /* @__PURE__ */ z.array(z.object({ id: IdSchema, name: NameSchema }));

/** What one lifecycle action would change for one customer (G1). */
export const ImpactSchema = /* @__PURE__ */ z.object({
  customer: CustomerSchema,
  check: CheckSchema,
  /** Locations that change status with it (D3 when deactivating, G3 when restoring); when deleting, all of them (G1). */
  locations: RefListSchema,
  /** Services that change status with it; when deleting, all of them (G1). */
  services: RefListSchema,
  /** Active subscriptions that may be cancelled (D4; empty when the plan has none); when deleting, all of them. */
  subscriptions: RefListSchema,
  /**
   * Open invoices that may be put on hold (D5) or, when reactivating, released (R4); when deleting,
   * the unpaid and held invoices that go with it (`onHold` says which are held).
   */
  invoices: z.array(InvoiceSchema),
  /** Linked contacts or company that will NOT change (D6). */
  linkedUnchanged: z.array(CustomerRefSchema),
  /** Locations and services that stay as they are on reactivation (R2). */
  staysInactive: z.object({ locations: RefListSchema, services: RefListSchema }),
  /** Subscriptions cancelled before, which never come back (R5). */
  cancelledSubscriptions: RefListSchema,
  /**
   * When deleting (G1, X2): how many entries of its audit trail can no longer be read once it is gone.
   * Optional: absent for other actions, and from an adapter that does not say (then the count is not shown).
   */
  auditCount: z.optional(z.number().check(z.int(), z.nonnegative())),
});

export const PreviewSchema = /* @__PURE__ */ z.object({
  action: z.enum(LIFECYCLE_ACTIONS),
  impacts: z.array(ImpactSchema),
  /** Customer ids that could not be found. */
  missing: z.array(IdSchema),
});

// ------------------------------------------------------------------- mutations
export const TargetSchema = /* @__PURE__ */ z.object({
  customerId: IdSchema,
  /** The version the user saw; omit to skip the concurrency check. */
  version: z.optional(VersionSchema),
});

const MutationBase = {
  targets: z.array(TargetSchema).check(z.minLength(1), z.maxLength(10000)),
  /** One key per confirmation, reused on retry: the same key never acts twice. */
  idempotencyKey: IdempotencyKeySchema,
  actor: ActorSchema,
};

export const DeactivateInputSchema = /* @__PURE__ */ z.object({
  ...MutationBase,
  /** Cancel active subscriptions too (D4; irreversible). */
  cancelSubscriptions: z.boolean(),
  /** Put open invoices on hold (D5). */
  holdInvoices: z.boolean(),
  reason: z.nullable(TextSchema),
});

export const ReactivateInputSchema = /* @__PURE__ */ z.object({
  ...MutationBase,
  /** Release invoices that are on hold (R4: otherwise they stay on hold). */
  releaseInvoices: z.boolean(),
  /** Also restore what the customer's deactivation switched off (G3). */
  restoreCascade: z.boolean(),
  reason: z.nullable(TextSchema),
});

export const DeleteInputSchema = /* @__PURE__ */ z.object({ ...MutationBase });

export const UndoInputSchema = /* @__PURE__ */ z.object({
  operationId: IdSchema,
  idempotencyKey: IdempotencyKeySchema,
  actor: ActorSchema,
});

export const ReactivateLocationInputSchema = /* @__PURE__ */ z.object({
  customerId: IdSchema,
  locationId: IdSchema,
  version: z.optional(VersionSchema),
  idempotencyKey: IdempotencyKeySchema,
  actor: ActorSchema,
});

export const ServiceChangeSchema = /* @__PURE__ */ z.object({
  serviceId: IdSchema,
  version: z.optional(VersionSchema),
  /** The schedule after the change (R3: end date removed or moved on). */
  schedule: ScheduleSchema,
});

export const ReactivateServicesInputSchema = /* @__PURE__ */ z.object({
  customerId: IdSchema,
  changes: z.array(ServiceChangeSchema).check(z.minLength(1), z.maxLength(10000)),
  idempotencyKey: IdempotencyKeySchema,
  actor: ActorSchema,
});

/**
 * Releasing invoices on hold by hand (R4: "ya no está en espera"), one or
 * several of one customer's at once. The optional `releaseInvoices` method.
 */
export const ReleaseInvoicesInputSchema = /* @__PURE__ */ z.object({
  customerId: IdSchema,
  /** The invoices to release: 1 to 10,000 of the customer's, each once. Invoices carry no version. */
  invoiceIds: z.array(IdSchema).check(z.minLength(1), z.maxLength(10000), eachOnce('invoice')),
  idempotencyKey: IdempotencyKeySchema,
  actor: ActorSchema,
});

/** The error an outcome carries, as plain data. */
export const ErrorInfoSchema = /* @__PURE__ */ z.object({
  code: z.string().check(z.minLength(1)),
  message: TextSchema,
});

export const OutcomeSchema = /* @__PURE__ */ z.discriminatedUnion('outcome', [
  z.object({ id: IdSchema, outcome: z.literal('done') }),
  z.object({ id: IdSchema, outcome: z.literal('blocked'), blockers: z.array(RuleNoticeSchema) }),
  z.object({ id: IdSchema, outcome: z.literal('failed'), error: ErrorInfoSchema }),
]);

/** The per-item result of every mutation (G6): done, blocked with reason, failed. */
export const MutationResultSchema = /* @__PURE__ */ z.object({
  operationId: IdSchema,
  results: z.array(OutcomeSchema),
  /** Until when the operation can be undone (G4); null when it cannot. */
  undoUntil: z.nullable(InstantSchema),
});

// ----------------------------------------------------------------- list, count
export const ListQuerySchema = /* @__PURE__ */ z.object({
  status: z.enum(STATUS_FILTERS),
  /** Free text matched against the name (case- and accent-insensitive). */
  query: z.optional(z.string().check(z.maxLength(200))),
  /** Days without interaction that make an active customer dormant (G8). */
  dormantDays: z.optional(z.number().check(z.int(), z.positive())),
  offset: z.number().check(z.int(), z.nonnegative()),
  limit: z.number().check(z.int(), z.positive(), z.maximum(1000)),
});

export const CustomerPageSchema = /* @__PURE__ */ z.object({
  items: z.array(CustomerSchema),
  total: z.number().check(z.int(), z.nonnegative()),
  offset: z.number().check(z.int(), z.nonnegative()),
  limit: z.number().check(z.int(), z.positive()),
});

export const CountQuerySchema = /* @__PURE__ */ z.object({
  query: z.optional(z.string().check(z.maxLength(200))),
  dormantDays: z.optional(z.number().check(z.int(), z.positive())),
});

const CountSchema = /* @__PURE__ */ z.number().check(z.int(), z.nonnegative());
export const CountsSchema = /* @__PURE__ */ z.object({
  active: CountSchema,
  inactive: CountSchema,
  all: CountSchema,
  /** Present when `dormantDays` was given. */
  dormant: z.optional(CountSchema),
});

