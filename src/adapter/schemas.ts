/**
 * The zod schemas of every value that crosses the adapter boundary, in both
 * directions. The TypeScript types in `types.ts` are inferred from these, so
 * the type a host implements and the check the kit applies cannot drift apart.
 *
 * `zod/mini` keeps the cost in every element's bundle small.
 */
import * as z from 'zod/mini';

// ---------------------------------------------------------------- value lists
// One list of valid values each, shared by types, schemas, stories and tests.
export const CUSTOMER_STATUSES = ['active', 'inactive'] as const;
export const CUSTOMER_KINDS = ['person', 'company'] as const;
export const RECORD_STATUSES = ['active', 'inactive'] as const;
export const SERVICE_KINDS = ['recurring', 'on-request'] as const;
export const INVOICE_STATUSES = ['draft', 'unpaid', 'paid', 'void'] as const;
export const SUBSCRIPTION_STATUSES = ['active', 'cancelled'] as const;
export const STATUS_FILTERS = ['active', 'inactive', 'all', 'dormant'] as const;
export const LIFECYCLE_ACTIONS = ['deactivate', 'reactivate', 'delete'] as const;
export const AUDIT_ACTIONS = [
  'deactivated',
  'reactivated',
  'deleted',
  'deactivation-undone',
  'location-reactivated',
  'services-reactivated',
  'invoices-held',
  'invoices-released',
  'subscriptions-cancelled',
] as const;
export const CHANGE_TYPES = ['updated', 'deleted'] as const;

// ------------------------------------------------------------------ primitives
export const IdSchema = /* @__PURE__ */ z.string().check(z.minLength(1), z.maxLength(200));
export const TextSchema = /* @__PURE__ */ z.string().check(z.maxLength(2000));
export const NameSchema = /* @__PURE__ */ z.string().check(z.minLength(1), z.maxLength(500));
/** An instant: ISO 8601 with a time zone (`2026-03-01T09:30:00Z`). */
export const InstantSchema = /* @__PURE__ */ z.iso.datetime({ offset: true });
/** A calendar date: ISO 8601 `YYYY-MM-DD`. */
export const DateSchema = /* @__PURE__ */ z.iso.date();
/** Optimistic-concurrency version: a counter the adapter bumps on every change. */
export const VersionSchema = /* @__PURE__ */ z.number().check(z.int(), z.nonnegative());
export const IdempotencyKeySchema = /* @__PURE__ */ z.string().check(z.minLength(8), z.maxLength(200));

/** A list check: each id once; a repeat names the item it repeats (`ask for each ${what} once`). */
const eachOnce = (what: string) => z.superRefine((ids: string[], ctx) => {
  const first = new Map<string, number>();
  ids.forEach((id, i) => {
    const seen = first.get(id);
    if (seen === undefined) first.set(id, i);
    else ctx.addIssue({ code: 'custom', path: [i], input: id, message: `repeats item ${seen} ("${id}"); ask for each ${what} once` });
  });
});

export const MoneySchema = /* @__PURE__ */ z.object({
  /** Amount in major units (12.5 = twelve and a half). */
  amount: z.number().check(z.refine(Number.isFinite, 'must be a finite number')),
  /** ISO 4217 currency code. */
  currency: z.string().check(z.regex(/^[A-Z]{3}$/, 'must be a three-letter ISO 4217 code')),
});

export const ActorSchema = /* @__PURE__ */ z.object({ id: IdSchema, name: NameSchema });

// -------------------------------------------------------------------- entities
export const DeactivationSchema = /* @__PURE__ */ z.object({
  /** When the customer was deactivated (D7). */
  at: InstantSchema,
  /** Who deactivated it (D7). */
  by: ActorSchema,
  reason: z.nullable(TextSchema),
  /** The operation that deactivated it: the key of its cascade (G3) and undo (G4). */
  operationId: IdSchema,
  /** Until when the deactivation can still be undone (G4); null when it cannot. */
  undoUntil: z.nullable(InstantSchema),
});

export const CustomerSchema = /* @__PURE__ */ z.object({
  id: IdSchema,
  kind: z.enum(CUSTOMER_KINDS),
  name: NameSchema,
  status: z.enum(CUSTOMER_STATUSES),
  /** Billing suspension, independent of status (S2, S3). */
  suspended: z.boolean(),
  deactivation: z.nullable(DeactivationSchema),
  lastInteractionAt: z.nullable(InstantSchema),
  balance: MoneySchema,
  /** For a person: the company it is linked to (D6). */
  companyId: z.nullable(IdSchema),
  version: VersionSchema,
});

export const CustomerRefSchema = /* @__PURE__ */ z.object({
  id: IdSchema,
  kind: z.enum(CUSTOMER_KINDS),
  name: NameSchema,
  status: z.enum(CUSTOMER_STATUSES),
});

export const LocationSchema = /* @__PURE__ */ z.object({
  id: IdSchema,
  customerId: IdSchema,
  label: NameSchema,
  address: z.nullable(TextSchema),
  status: z.enum(RECORD_STATUSES),
  /** The customer deactivation that switched it off, if any (G3). */
  deactivatedByOperation: z.nullable(IdSchema),
  version: VersionSchema,
});

export const ScheduleSchema = /* @__PURE__ */ z.object({
  startDate: DateSchema,
  endDate: z.nullable(DateSchema),
  deactivateOnEndDate: z.boolean(),
});

export const ServiceSchema = /* @__PURE__ */ z.object({
  id: IdSchema,
  customerId: IdSchema,
  locationId: IdSchema,
  name: NameSchema,
  kind: z.enum(SERVICE_KINDS),
  status: z.enum(RECORD_STATUSES),
  schedule: ScheduleSchema,
  /** The customer deactivation that switched it off, if any (G3). */
  deactivatedByOperation: z.nullable(IdSchema),
  /**
   * The schedule it had before a customer's deactivation gave it today's end date (D3), so that
   * restoring that deactivation brings it back (G3). Absent or null when the cascade left none.
   */
  scheduleBefore: z.optional(z.nullable(ScheduleSchema)),
  version: VersionSchema,
});

export const InvoiceSchema = /* @__PURE__ */ z.object({
  id: IdSchema,
  customerId: IdSchema,
  number: NameSchema,
  status: z.enum(INVOICE_STATUSES),
  total: MoneySchema,
  /** On hold: automatic reminders stopped (D5, R4). */
  onHold: z.boolean(),
});

export const SubscriptionSchema = /* @__PURE__ */ z.object({
  id: IdSchema,
  customerId: IdSchema,
  name: NameSchema,
  status: z.enum(SUBSCRIPTION_STATUSES),
});

export const AuditEntrySchema = /* @__PURE__ */ z.object({
  id: IdSchema,
  at: InstantSchema,
  actor: ActorSchema,
  action: z.enum(AUDIT_ACTIONS),
  customerId: IdSchema,
  /** Customer status before and after, when the entry is a transition (G7). */
  from: z.nullable(z.enum(CUSTOMER_STATUSES)),
  to: z.nullable(z.enum(CUSTOMER_STATUSES)),
  reason: z.nullable(TextSchema),
  operationId: IdSchema,
  /** What cascaded with it: ids of locations, services, invoices, subscriptions. */
  cascade: z.object({
    locations: z.array(IdSchema),
    services: z.array(IdSchema),
    invoices: z.array(IdSchema),
    subscriptions: z.array(IdSchema),
  }),
});

export const CustomerLinksSchema = /* @__PURE__ */ z.object({
  /** The company a person belongs to (D6). */
  company: z.nullable(CustomerRefSchema),
  /** The contacts of a company (D6). */
  contacts: z.array(CustomerRefSchema),
});

/** Everything an element needs to know about one customer. */
export const CustomerDetailSchema = /* @__PURE__ */ z.object({
  customer: CustomerSchema,
  locations: z.array(LocationSchema),
  services: z.array(ServiceSchema),
  invoices: z.array(InvoiceSchema),
  subscriptions: z.array(SubscriptionSchema),
  links: CustomerLinksSchema,
  audit: z.array(AuditEntrySchema),
});

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

// ---------------------------------------------------------------- change feed
export const CustomerChangeSchema = /* @__PURE__ */ z.object({
  type: z.enum(CHANGE_TYPES),
  customerId: IdSchema,
  /** The customer as it is now (absent when deleted). */
  customer: z.optional(CustomerSchema),
  operationId: z.nullable(IdSchema),
});

// ------------------------------------------------------------------------- ids
export const CustomerIdSchema = IdSchema;
export const CustomerIdsSchema = /* @__PURE__ */ z.array(IdSchema).check(z.minLength(1), z.maxLength(10000));

// ------------------------------------------------------------------ batch read
/** The most customers one `getCustomers` call asks for. */
export const MAX_BATCH_READ = 100;
/** The ids of one `getCustomers` call: 1 to `MAX_BATCH_READ`, each once. */
export const BatchIdsSchema = /* @__PURE__ */ z.array(IdSchema).check(z.minLength(1), z.maxLength(MAX_BATCH_READ), eachOnce('customer'));
/** What `getCustomers` answers: the customers found among those asked for, in any order. */
export const CustomerBatchSchema = /* @__PURE__ */ z.array(CustomerSchema).check(z.maxLength(MAX_BATCH_READ));

// ---------------------------------------------------------------------- policy
export const DELETION_POLICIES = ['never', 'inactive-only'] as const;
export const BALANCE_GUARDS = ['allow', 'warn', 'block'] as const;
export const REASON_POLICIES = ['hidden', 'optional', 'required'] as const;
export const INACTIVE_LISTINGS = ['filter', 'separate-list', 'separate-tab'] as const;

/** The lifecycle policy: which of the domain's options a host's product follows. */
export const PolicySchema = /* @__PURE__ */ z.object({
  /** D3: deactivating a customer deactivates its locations and services. */
  cascade: z.boolean(),
  /** X1, X3: whether customers can be deleted at all. */
  deletion: z.enum(DELETION_POLICIES),
  /** D8: several customers can be deactivated in one action. */
  bulkDeactivate: z.boolean(),
  /** X2: several inactive customers can be deleted in one action. */
  bulkDelete: z.boolean(),
  /** D5: offer to put open invoices on hold when deactivating. */
  invoiceHold: z.boolean(),
  /** D4: the host's plan has subscriptions, so cancelling them is offered. */
  subscriptions: z.boolean(),
  /** F1: where inactive customers are listed. */
  inactiveListing: z.enum(INACTIVE_LISTINGS),
  /** G5: what an open balance does to a deactivation. */
  balanceGuard: z.enum(BALANCE_GUARDS),
  /** G7: whether a reason is asked for. */
  reason: z.enum(REASON_POLICIES),
  /** G4: seconds during which a deactivation can be undone; 0 switches undo off. */
  undoSeconds: z.number().check(z.int(), z.nonnegative(), z.maximum(86400)),
  /** G3: offer to restore what a deactivation switched off. */
  restoreOffer: z.boolean(),
  /** G6: destructive bulk actions on at least this many customers ask for the count to be typed. */
  typedCountFrom: z.number().check(z.int(), z.minimum(2)),
  /** G8: days without interaction after which an active customer is dormant; null switches it off. */
  dormantDays: z.nullable(z.number().check(z.int(), z.positive())),
});

/** A partial policy, as a host may give it: merged over a preset. */
export const PolicyOverridesSchema = /* @__PURE__ */ z.partial(PolicySchema);

// --------------------------------------------------------------------- dataset
/**
 * A whole data set as flat tables: what the memory adapter holds, what the
 * generator makes, and what the contract suite loads into an adapter under test.
 */
export const DatasetSchema = /* @__PURE__ */ z.object({
  customers: z.array(CustomerSchema),
  locations: z.array(LocationSchema),
  services: z.array(ServiceSchema),
  invoices: z.array(InvoiceSchema),
  subscriptions: z.array(SubscriptionSchema),
  audit: z.array(AuditEntrySchema),
});
