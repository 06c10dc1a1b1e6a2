/**
 * The records an adapter reads: one list of valid values each, the
 * primitives, a customer with its locations, services, invoices,
 * subscriptions and audit trail, the change feed, the batch read, and a
 * whole data set.
 */
import * as z from 'zod/mini';
import { eachOnce } from './parse.js';

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
