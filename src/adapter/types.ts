/**
 * The adapter contract: the one interface a host implements so that the
 * elements can read customers and carry out the lifecycle (see README,
 * "The adapter contract"). Every type is inferred from its zod schema.
 */
import type * as z from 'zod/mini';
import type * as S from './schemas.js';

export type CustomerStatus = (typeof S.CUSTOMER_STATUSES)[number];
export type CustomerKind = (typeof S.CUSTOMER_KINDS)[number];
export type RecordStatus = (typeof S.RECORD_STATUSES)[number];
export type ServiceKind = (typeof S.SERVICE_KINDS)[number];
export type InvoiceStatus = (typeof S.INVOICE_STATUSES)[number];
export type SubscriptionStatus = (typeof S.SUBSCRIPTION_STATUSES)[number];
export type StatusFilter = (typeof S.STATUS_FILTERS)[number];
export type LifecycleAction = (typeof S.LIFECYCLE_ACTIONS)[number];
export type AuditAction = (typeof S.AUDIT_ACTIONS)[number];

export type Money = z.output<typeof S.MoneySchema>;
export type Actor = z.output<typeof S.ActorSchema>;
export type Deactivation = z.output<typeof S.DeactivationSchema>;
export type Customer = z.output<typeof S.CustomerSchema>;
export type CustomerRef = z.output<typeof S.CustomerRefSchema>;
export type Location = z.output<typeof S.LocationSchema>;
export type Schedule = z.output<typeof S.ScheduleSchema>;
export type Service = z.output<typeof S.ServiceSchema>;
export type Invoice = z.output<typeof S.InvoiceSchema>;
export type Subscription = z.output<typeof S.SubscriptionSchema>;
export type AuditEntry = z.output<typeof S.AuditEntrySchema>;
export type CustomerLinks = z.output<typeof S.CustomerLinksSchema>;
export type CustomerDetail = z.output<typeof S.CustomerDetailSchema>;
export type RuleNotice = z.output<typeof S.RuleNoticeSchema>;
export type Check = z.output<typeof S.CheckSchema>;
export type Impact = z.output<typeof S.ImpactSchema>;
export type Preview = z.output<typeof S.PreviewSchema>;
export type Target = z.output<typeof S.TargetSchema>;
export type DeactivateInput = z.output<typeof S.DeactivateInputSchema>;
export type ReactivateInput = z.output<typeof S.ReactivateInputSchema>;
export type DeleteInput = z.output<typeof S.DeleteInputSchema>;
export type UndoInput = z.output<typeof S.UndoInputSchema>;
export type ReactivateLocationInput = z.output<typeof S.ReactivateLocationInputSchema>;
export type ServiceChange = z.output<typeof S.ServiceChangeSchema>;
export type ReactivateServicesInput = z.output<typeof S.ReactivateServicesInputSchema>;
export type ReleaseInvoicesInput = z.output<typeof S.ReleaseInvoicesInputSchema>;
export type ErrorInfo = z.output<typeof S.ErrorInfoSchema>;
export type Outcome = z.output<typeof S.OutcomeSchema>;
export type MutationResult = z.output<typeof S.MutationResultSchema>;
export type ListQuery = z.output<typeof S.ListQuerySchema>;
export type CustomerPage = z.output<typeof S.CustomerPageSchema>;
export type CountQuery = z.output<typeof S.CountQuerySchema>;
export type Counts = z.output<typeof S.CountsSchema>;
export type CustomerChange = z.output<typeof S.CustomerChangeSchema>;
export type Policy = z.output<typeof S.PolicySchema>;
export type PolicyOverrides = z.output<typeof S.PolicyOverridesSchema>;
export type Dataset = z.output<typeof S.DatasetSchema>;
export type DeletionPolicy = (typeof S.DELETION_POLICIES)[number];
export type BalanceGuard = (typeof S.BALANCE_GUARDS)[number];
export type ReasonPolicy = (typeof S.REASON_POLICIES)[number];
export type InactiveListing = (typeof S.INACTIVE_LISTINGS)[number];

/** Passed to every adapter method. Abort it and the method should stop and reject. */
export interface CallOptions {
  signal: AbortSignal;
}

/** Called with every change the adapter knows of; returns nothing. */
export type ChangeListener = (change: CustomerChange) => void;

/**
 * What a host implements. Return plain data (it is parsed by the schemas in
 * `schemas.ts`); reject with a `LifecycleError` to choose the error code, or
 * with anything else to have it classified (network, aborted, unknown).
 */
export interface LifecycleAdapter {
  /** One customer with its locations, services, invoices, subscriptions, links and audit trail. */
  getCustomer(customerId: string, options: CallOptions): Promise<CustomerDetail>;
  /** What an action would change for each customer, and whether the rules allow it (G1). */
  preview(action: LifecycleAction, customerIds: string[], options: CallOptions): Promise<Preview>;
  /** Deactivate one or many customers (D1–D8). */
  deactivate(input: DeactivateInput, options: CallOptions): Promise<MutationResult>;
  /** Reactivate one or many customers (R1–R5, G3). */
  reactivate(input: ReactivateInput, options: CallOptions): Promise<MutationResult>;
  /** Undo a deactivation within its grace period (G4). */
  undo(input: UndoInput, options: CallOptions): Promise<MutationResult>;
  /** Delete one or many inactive customers (X1–X3). */
  deleteCustomers(input: DeleteInput, options: CallOptions): Promise<MutationResult>;
  /** Reactivate one location of an active customer (R2). */
  reactivateLocation(input: ReactivateLocationInput, options: CallOptions): Promise<MutationResult>;
  /** Reactivate services with their schedule changes (R2, R3); one outcome per service. */
  reactivateServices(input: ReactivateServicesInput, options: CallOptions): Promise<MutationResult>;
  /**
   * Optional: release invoices on hold of one active customer by hand (R4),
   * one or all at once; one outcome per invoice, its id the invoice's. The
   * service form offers release only when the adapter has it.
   */
  releaseInvoices?(input: ReleaseInvoicesInput, options: CallOptions): Promise<MutationResult>;
  /**
   * Optional batch read: the customers (without their details) among
   * `customerIds` — at most `MAX_BATCH_READ` (100) ids, each once. An id that
   * names no customer is left out of the answer. Bound badges read through it
   * when it is there: a page of many badges then makes one call per hundred
   * customers instead of one per badge.
   */
  getCustomers?(customerIds: string[], options: CallOptions): Promise<Customer[]>;
  /** A page of customers by status and text (F1, F3, G8). */
  listCustomers(query: ListQuery, options: CallOptions): Promise<CustomerPage>;
  /** How many customers each status filter holds. */
  countCustomers(query: CountQuery, options: CallOptions): Promise<Counts>;
  /** Optional change feed: call `listener` on every change; return the unsubscribe. */
  subscribe?(listener: ChangeListener): () => void;
  /**
   * Optional: how long the kit waits for any one call before it gives up with
   * `timeout` (and aborts the call's signal), in milliseconds. Default
   * `DEFAULT_TIMEOUT_MS` (30 s); `Infinity` waits for ever.
   */
  readonly timeoutMs?: number;
}
