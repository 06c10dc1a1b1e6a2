import { expect } from '@open-wc/testing';
import type * as z from 'zod/mini';
import * as schemas from '../../src/adapter/schemas.js';
import { LifecycleError } from '../../src/adapter/errors.js';
import { parseWith, toDataIssues } from '../../src/adapter/parse.js';
import { DEFAULT_POLICY, planDeactivation, resolvePolicy } from '../../src/rules/index.js';
import {
  ACTOR, auditEntry, customer, customerDetail, customerRef, deactivation, inactiveCustomer, invoice, location,
  service, subscription,
} from '../rules/fixtures.js';

/** Marks a field to delete in `change`. */
const MISSING = Symbol('missing');

/** A deep copy of `value` with the field at `path` ("a.b.0.c") set to `next`, or removed. */
function change(value: unknown, path: string, next: unknown): unknown {
  const copy = structuredClone(value) as Record<string, unknown>;
  const keys = path.split('.');
  const last = keys.pop() as string;
  let target = copy as Record<string, unknown>;
  for (const key of keys) target = target[key] as Record<string, unknown>;
  if (next === MISSING) delete target[last];
  else target[last] = next;
  return copy;
}

/** What `parseWith` throws for `value`, or a failure if it does not throw. */
function parseError(schema: z.ZodMiniType<unknown>, value: unknown): LifecycleError {
  try {
    parseWith(schema, value, 'invalid-data', 'getCustomer');
  } catch (error) {
    expect(error).to.be.instanceOf(LifecycleError);
    return error as LifecycleError;
  }
  throw new Error('expected parseWith to throw');
}

/** [what is wrong, the value, where, the message]; the value is built from the first valid example. */
type Bad = [string, (valid: unknown) => unknown, string, string];

interface Case {
  schema: z.ZodMiniType<unknown>;
  valid: unknown[];
  bad: Bad[];
}

const set = (path: string, next: unknown) => (valid: unknown) => change(valid, path, next);
const drop = (path: string) => (valid: unknown) => change(valid, path, MISSING);
const value = (v: unknown) => () => v;

const KEY = 'key-00000001';
const SCHEDULE = { startDate: '2026-01-01', endDate: null, deactivateOnEndDate: false };
const STATUS_MESSAGE = 'expected one of "active", "inactive"';
const TARGETS = [{ customerId: 'c-1', version: 3 }];
const RESULT = { operationId: 'op-1', results: [{ id: 'c-1', outcome: 'done' }], undoUntil: '2026-03-10T12:00:30Z' };
const impact = () => planDeactivation(customerDetail({ locations: [location()] }), resolvePolicy());

const CASES: Record<string, Case> = {
  IdSchema: {
    schema: schemas.IdSchema,
    valid: ['c-1'],
    bad: [
      ['an empty id', value(''), '(root)', 'expected at least 1 character'],
      ['a number', value(42), '(root)', 'expected string'],
      ['an over-long id', value('x'.repeat(201)), '(root)', 'expected at most 200 characters'],
    ],
  },
  TextSchema: {
    schema: schemas.TextSchema,
    valid: ['', 'Moved away'],
    bad: [
      ['null', value(null), '(root)', 'expected string'],
      ['an over-long text', value('x'.repeat(2001)), '(root)', 'expected at most 2000 characters'],
    ],
  },
  NameSchema: {
    schema: schemas.NameSchema,
    valid: ['Acme Ltd'],
    bad: [['an empty name', value(''), '(root)', 'expected at least 1 character']],
  },
  InstantSchema: {
    schema: schemas.InstantSchema,
    valid: ['2026-03-01T09:30:00Z', '2026-03-01T09:30:00.123+02:00'],
    bad: [
      ['a bare date', value('2026-03-01'), '(root)', 'expected a valid datetime'],
      ['an instant without a time zone', value('2026-03-01T09:30:00'), '(root)', 'expected a valid datetime'],
      ['a Date object', value(new Date('2026-03-01T09:30:00Z')), '(root)', 'expected string'],
    ],
  },
  DateSchema: {
    schema: schemas.DateSchema,
    valid: ['2026-02-28', '2028-02-29'],
    bad: [
      ['a day that does not exist', value('2026-02-30'), '(root)', 'expected a valid date'],
      ['a local date format', value('01/03/2026'), '(root)', 'expected a valid date'],
    ],
  },
  VersionSchema: {
    schema: schemas.VersionSchema,
    valid: [0, 7],
    bad: [
      ['a negative version', value(-1), '(root)', 'expected at least 0'],
      ['a fraction', value(1.5), '(root)', 'expected an integer'],
      ['a numeric string', value('3'), '(root)', 'expected number'],
    ],
  },
  IdempotencyKeySchema: {
    schema: schemas.IdempotencyKeySchema,
    valid: [KEY],
    bad: [['a short key', value('abc'), '(root)', 'expected at least 8 characters']],
  },
  MoneySchema: {
    schema: schemas.MoneySchema,
    valid: [{ amount: 12.5, currency: 'USD' }, { amount: -3, currency: 'EUR' }],
    bad: [
      ['a lower-case currency', set('currency', 'usd'), 'currency', 'must be a three-letter ISO 4217 code'],
      ['a currency name', set('currency', 'Euro'), 'currency', 'must be a three-letter ISO 4217 code'],
      ['an infinite amount', set('amount', Infinity), 'amount', 'expected number'],
      ['an amount as text', set('amount', '12.50'), 'amount', 'expected number'],
    ],
  },
  ActorSchema: {
    schema: schemas.ActorSchema,
    valid: [ACTOR],
    bad: [
      ['an empty id', set('id', ''), 'id', 'expected at least 1 character'],
      ['a missing name', drop('name'), 'name', 'expected string'],
    ],
  },
  DeactivationSchema: {
    schema: schemas.DeactivationSchema,
    valid: [deactivation(), deactivation({ reason: null, undoUntil: '2026-03-02T10:00:30Z' })],
    bad: [
      ['a bad instant', set('at', 'yesterday'), 'at', 'expected a valid datetime'],
      ['a missing actor', drop('by'), 'by', 'expected object'],
      ['an empty operation id', set('operationId', ''), 'operationId', 'expected at least 1 character'],
    ],
  },
  CustomerSchema: {
    schema: schemas.CustomerSchema,
    valid: [customer(), inactiveCustomer({ kind: 'person', companyId: 'c-9', suspended: true, lastInteractionAt: null })],
    bad: [
      ['a bad status', set('status', 'archived'), 'status', STATUS_MESSAGE],
      ['a bad kind', set('kind', 'robot'), 'kind', 'expected one of "person", "company"'],
      ['a negative version', set('version', -1), 'version', 'expected at least 0'],
      ['a bad currency', set('balance.currency', 'US'), 'balance.currency', 'must be a three-letter ISO 4217 code'],
      ['suspended as text', set('suspended', 'no'), 'suspended', 'expected boolean'],
      ['a missing deactivation (null is required)', drop('deactivation'), 'deactivation', 'expected object'],
      ['a bad interaction instant', set('lastInteractionAt', '2026-03-01 09:30'), 'lastInteractionAt', 'expected a valid datetime'],
    ],
  },
  CustomerRefSchema: {
    schema: schemas.CustomerRefSchema,
    valid: [customerRef()],
    bad: [['a bad status', set('status', 'gone'), 'status', STATUS_MESSAGE]],
  },
  LocationSchema: {
    schema: schemas.LocationSchema,
    valid: [location(), location({ address: null, status: 'inactive', deactivatedByOperation: 'op-1' })],
    bad: [
      ['a missing label', drop('label'), 'label', 'expected string'],
      ['a bad status', set('status', 'closed'), 'status', STATUS_MESSAGE],
      ['a negative version', set('version', -2), 'version', 'expected at least 0'],
    ],
  },
  ScheduleSchema: {
    schema: schemas.ScheduleSchema,
    valid: [SCHEDULE, { startDate: '2026-01-01', endDate: '2026-12-31', deactivateOnEndDate: true }],
    bad: [
      ['a bad end date', set('endDate', '2026-13-01'), 'endDate', 'expected a valid date'],
      ['an instant as start date', set('startDate', '2026-01-01T00:00:00Z'), 'startDate', 'expected a valid date'],
      ['a missing flag', drop('deactivateOnEndDate'), 'deactivateOnEndDate', 'expected boolean'],
    ],
  },
  ServiceSchema: {
    schema: schemas.ServiceSchema,
    valid: [service(), service({ kind: 'on-request', status: 'inactive', deactivatedByOperation: 'op-1' })],
    bad: [
      ['a bad kind', set('kind', 'weekly'), 'kind', 'expected one of "recurring", "on-request"'],
      ['a bad start date', set('schedule.startDate', 'soon'), 'schedule.startDate', 'expected a valid date'],
      ['an empty location id', set('locationId', ''), 'locationId', 'expected at least 1 character'],
    ],
  },
  InvoiceSchema: {
    schema: schemas.InvoiceSchema,
    valid: [invoice(), invoice({ status: 'draft', onHold: true })],
    bad: [
      ['a bad status', set('status', 'overdue'), 'status', 'expected one of "draft", "unpaid", "paid", "void"'],
      ['a bad currency', set('total.currency', 'EURO'), 'total.currency', 'must be a three-letter ISO 4217 code'],
      ['a missing hold flag', drop('onHold'), 'onHold', 'expected boolean'],
    ],
  },
  SubscriptionSchema: {
    schema: schemas.SubscriptionSchema,
    valid: [subscription(), subscription({ status: 'cancelled' })],
    bad: [['a bad status', set('status', 'paused'), 'status', 'expected one of "active", "cancelled"']],
  },
  AuditEntrySchema: {
    schema: schemas.AuditEntrySchema,
    valid: [auditEntry(), auditEntry({ action: 'invoices-held', from: null, to: null, reason: 'Asked to' })],
    bad: [
      ['a bad action', set('action', 'archived'), 'action', `expected one of ${schemas.AUDIT_ACTIONS.map((a) => `"${a}"`).join(', ')}`],
      ['an empty cascaded id', set('cascade.services', ['s-1', '']), 'cascade.services.1', 'expected at least 1 character'],
      ['a bad from status', set('from', 'deleted'), 'from', STATUS_MESSAGE],
    ],
  },
  CustomerLinksSchema: {
    schema: schemas.CustomerLinksSchema,
    valid: [{ company: null, contacts: [] }, { company: customerRef({ kind: 'company' }), contacts: [customerRef()] }],
    bad: [
      ['a contact with a bad status', set('contacts', [customerRef({ status: 'x' as 'active' })]), 'contacts.0.status', STATUS_MESSAGE],
      ['contacts as an object', set('contacts', {}), 'contacts', 'expected array'],
    ],
  },
  CustomerDetailSchema: {
    schema: schemas.CustomerDetailSchema,
    valid: [customerDetail(), customerDetail({ locations: [location()], services: [service()], invoices: [invoice()] })],
    bad: [
      ['a bad customer status', set('customer.status', 'archived'), 'customer.status', STATUS_MESSAGE],
      ['a bad end date of the second service', (v) => change(
        change(v, 'services', [service(), service({ id: 's-2' })]), 'services.1.schedule.endDate', '31/12/2026'),
      'services.1.schedule.endDate', 'expected a valid date'],
      ['a missing audit trail', drop('audit'), 'audit', 'expected array'],
    ],
  },
  RuleNoticeSchema: {
    schema: schemas.RuleNoticeSchema,
    valid: [{ rule: 'D3', reason: 'cascade', fix: null }, { rule: 'X1', reason: 'delete-active', fix: 'deactivate-first' }],
    bad: [
      ['a bad rule id', set('rule', 'D33'), 'rule', 'must be a rule id such as D3'],
      ['an empty reason', set('reason', ''), 'reason', 'expected at least 1 character'],
      ['a missing fix (null is required)', drop('fix'), 'fix', 'expected string'],
    ],
  },
  CheckSchema: {
    schema: schemas.CheckSchema,
    valid: [{ allowed: true, blockers: [], warnings: [{ rule: 'B1', reason: 'no-bulk-billing', fix: null }] }],
    bad: [
      ['allowed as text', set('allowed', 'yes'), 'allowed', 'expected boolean'],
      ['a warning without a rule', set('warnings.0.rule', undefined), 'warnings.0.rule', 'expected string'],
    ],
  },
  ImpactSchema: {
    schema: schemas.ImpactSchema,
    valid: [impact()],
    bad: [
      ['a missing check result', drop('check.allowed'), 'check.allowed', 'expected boolean'],
      ['a location without a name', set('locations.0.name', ''), 'locations.0.name', 'expected at least 1 character'],
    ],
  },
  PreviewSchema: {
    schema: schemas.PreviewSchema,
    valid: [{ action: 'deactivate', impacts: [impact()], missing: ['c-404'] }],
    bad: [
      ['an unknown action', set('action', 'archive'), 'action', 'expected one of "deactivate", "reactivate", "delete"'],
      ['a bad customer in an impact', set('impacts.0.customer.version', -1), 'impacts.0.customer.version', 'expected at least 0'],
    ],
  },
  TargetSchema: {
    schema: schemas.TargetSchema,
    valid: [{ customerId: 'c-1', version: 3 }, { customerId: 'c-1' }],
    bad: [
      ['a negative version', set('version', -1), 'version', 'expected at least 0'],
      ['an empty id', set('customerId', ''), 'customerId', 'expected at least 1 character'],
    ],
  },
  DeactivateInputSchema: {
    schema: schemas.DeactivateInputSchema,
    valid: [{ targets: TARGETS, idempotencyKey: KEY, actor: ACTOR, cancelSubscriptions: false, holdInvoices: true, reason: null }],
    bad: [
      ['no targets', set('targets', []), 'targets', 'expected at least 1 item'],
      ['a short idempotency key', set('idempotencyKey', 'abc'), 'idempotencyKey', 'expected at least 8 characters'],
      ['a missing hold choice', drop('holdInvoices'), 'holdInvoices', 'expected boolean'],
    ],
  },
  ReactivateInputSchema: {
    schema: schemas.ReactivateInputSchema,
    valid: [{ targets: TARGETS, idempotencyKey: KEY, actor: ACTOR, releaseInvoices: false, restoreCascade: true, reason: 'Back' }],
    bad: [
      ['restore as text', set('restoreCascade', 'yes'), 'restoreCascade', 'expected boolean'],
      ['a target with a bad version', set('targets.0.version', 2.5), 'targets.0.version', 'expected an integer'],
    ],
  },
  DeleteInputSchema: {
    schema: schemas.DeleteInputSchema,
    valid: [{ targets: [{ customerId: 'c-1' }, { customerId: 'c-2' }], idempotencyKey: KEY, actor: ACTOR }],
    bad: [['an actor without a name', set('actor.name', ''), 'actor.name', 'expected at least 1 character']],
  },
  UndoInputSchema: {
    schema: schemas.UndoInputSchema,
    valid: [{ operationId: 'op-1', idempotencyKey: KEY, actor: ACTOR }],
    bad: [['an empty operation id', set('operationId', ''), 'operationId', 'expected at least 1 character']],
  },
  ReactivateLocationInputSchema: {
    schema: schemas.ReactivateLocationInputSchema,
    valid: [{ customerId: 'c-1', locationId: 'l-1', version: 2, idempotencyKey: KEY, actor: ACTOR }],
    bad: [['a numeric location id', set('locationId', 5), 'locationId', 'expected string']],
  },
  ServiceChangeSchema: {
    schema: schemas.ServiceChangeSchema,
    valid: [{ serviceId: 's-1', schedule: SCHEDULE }, { serviceId: 's-1', version: 1, schedule: SCHEDULE }],
    bad: [['an end date as words', set('schedule.endDate', 'soon'), 'schedule.endDate', 'expected a valid date']],
  },
  ReactivateServicesInputSchema: {
    schema: schemas.ReactivateServicesInputSchema,
    valid: [{ customerId: 'c-1', changes: [{ serviceId: 's-1', schedule: SCHEDULE }], idempotencyKey: KEY, actor: ACTOR }],
    bad: [
      ['no changes', set('changes', []), 'changes', 'expected at least 1 item'],
      ['a change without a schedule', drop('changes.0.schedule'), 'changes.0.schedule', 'expected object'],
    ],
  },
  ReleaseInvoicesInputSchema: {
    schema: schemas.ReleaseInvoicesInputSchema,
    valid: [
      { customerId: 'c-1', invoiceIds: ['i-1'], idempotencyKey: KEY, actor: ACTOR },
      { customerId: 'c-1', invoiceIds: ['i-1', 'i-2', 'i-3'], idempotencyKey: KEY, actor: ACTOR },
    ],
    bad: [
      ['no invoices', set('invoiceIds', []), 'invoiceIds', 'expected at least 1 item'],
      ['an invoice twice', set('invoiceIds', ['i-1', 'i-2', 'i-1']), 'invoiceIds.2', 'repeats item 0 ("i-1"); ask for each invoice once'],
      ['an empty invoice id', set('invoiceIds', ['i-1', '']), 'invoiceIds.1', 'expected at least 1 character'],
      ['no customer', drop('customerId'), 'customerId', 'expected string'],
    ],
  },
  ErrorInfoSchema: {
    schema: schemas.ErrorInfoSchema,
    valid: [{ code: 'network', message: 'offline' }],
    bad: [['an empty code', set('code', ''), 'code', 'expected at least 1 character']],
  },
  OutcomeSchema: {
    schema: schemas.OutcomeSchema,
    valid: [
      { id: 'c-1', outcome: 'done' },
      { id: 'c-2', outcome: 'blocked', blockers: [{ rule: 'X1', reason: 'delete-active', fix: 'deactivate-first' }] },
      { id: 'c-3', outcome: 'failed', error: { code: 'network', message: 'offline' } },
    ],
    bad: [
      ['an unknown outcome', set('outcome', 'skipped'), 'outcome', 'expected one of "done", "blocked", "failed"'],
      ['a failure without its error', value({ id: 'c-3', outcome: 'failed' }), 'error', 'expected object'],
      ['a block without blockers', value({ id: 'c-2', outcome: 'blocked' }), 'blockers', 'expected array'],
    ],
  },
  MutationResultSchema: {
    schema: schemas.MutationResultSchema,
    valid: [RESULT, { ...RESULT, undoUntil: null, results: [] }],
    bad: [
      ['a bad undo deadline', set('undoUntil', 'in 30 s'), 'undoUntil', 'expected a valid datetime'],
      ['a result with an unknown outcome', set('results.0.outcome', 'ok'), 'results.0.outcome', 'expected one of "done", "blocked", "failed"'],
    ],
  },
  ListQuerySchema: {
    schema: schemas.ListQuerySchema,
    valid: [{ status: 'dormant', query: 'acme', dormantDays: 180, offset: 0, limit: 50 }, { status: 'all', offset: 100, limit: 1000 }],
    bad: [
      ['a zero limit', set('limit', 0), 'limit', 'expected more than 0'],
      ['a huge limit', set('limit', 5000), 'limit', 'expected at most 1000'],
      ['a bad status filter', set('status', 'deleted'), 'status', 'expected one of "active", "inactive", "all", "dormant"'],
      ['a negative offset', set('offset', -1), 'offset', 'expected at least 0'],
    ],
  },
  CustomerPageSchema: {
    schema: schemas.CustomerPageSchema,
    valid: [{ items: [customer()], total: 1, offset: 0, limit: 50 }],
    bad: [
      ['a negative total', set('total', -1), 'total', 'expected at least 0'],
      ['an item with a bad status', set('items.0.status', 'gone'), 'items.0.status', STATUS_MESSAGE],
    ],
  },
  CountQuerySchema: {
    schema: schemas.CountQuerySchema,
    valid: [{}, { query: 'acme', dormantDays: 30 }],
    bad: [['zero dormant days', set('dormantDays', 0), 'dormantDays', 'expected more than 0']],
  },
  CountsSchema: {
    schema: schemas.CountsSchema,
    valid: [{ active: 3, inactive: 1, all: 4 }, { active: 3, inactive: 1, all: 4, dormant: 2 }],
    bad: [
      ['a fractional count', set('inactive', 1.5), 'inactive', 'expected an integer'],
      ['a missing count', drop('all'), 'all', 'expected number'],
    ],
  },
  BatchIdsSchema: {
    schema: schemas.BatchIdsSchema,
    valid: [['c-1'], Array.from({ length: 100 }, (_, i) => `c-${i}`)],
    bad: [
      ['no ids', value([]), '(root)', 'expected at least 1 item'],
      ['101 ids', value(Array.from({ length: 101 }, (_, i) => `c-${i}`)), '(root)', 'expected at most 100 items'],
      ['an id twice', value(['c-1', 'c-2', 'c-1']), '2', 'repeats item 0 ("c-1"); ask for each customer once'],
    ],
  },
  CustomerBatchSchema: {
    schema: schemas.CustomerBatchSchema,
    valid: [[], [customer()]],
    bad: [['a customer with a bad status', value([{ ...customer(), status: 'x' }]), '0.status', STATUS_MESSAGE]],
  },
  CustomerChangeSchema: {
    schema: schemas.CustomerChangeSchema,
    valid: [
      { type: 'updated', customerId: 'c-1', customer: customer(), operationId: 'op-1' },
      { type: 'deleted', customerId: 'c-1', operationId: null },
    ],
    bad: [
      ['an unknown type', set('type', 'created'), 'type', 'expected one of "updated", "deleted"'],
      ['a customer with a bad status', set('customer.status', 'x'), 'customer.status', STATUS_MESSAGE],
    ],
  },
  CustomerIdSchema: {
    schema: schemas.CustomerIdSchema,
    valid: ['c-1'],
    bad: [['an empty id', value(''), '(root)', 'expected at least 1 character']],
  },
  CustomerIdsSchema: {
    schema: schemas.CustomerIdsSchema,
    valid: [['c-1', 'c-2']],
    bad: [
      ['no ids', value([]), '(root)', 'expected at least 1 item'],
      ['an empty id among them', value(['c-1', '']), '1', 'expected at least 1 character'],
    ],
  },
  PolicySchema: {
    schema: schemas.PolicySchema,
    valid: [{ ...DEFAULT_POLICY }],
    bad: [
      ['a bad deletion policy', set('deletion', 'sometimes'), 'deletion', 'expected one of "never", "inactive-only"'],
      ['a typed count from 1', set('typedCountFrom', 1), 'typedCountFrom', 'expected at least 2'],
      ['an undo of more than a day', set('undoSeconds', 90_000), 'undoSeconds', 'expected at most 86400'],
      ['zero dormant days', set('dormantDays', 0), 'dormantDays', 'expected more than 0'],
    ],
  },
  PolicyOverridesSchema: {
    schema: schemas.PolicyOverridesSchema,
    valid: [{}, { cascade: false, dormantDays: null }],
    bad: [['a bad balance guard', value({ balanceGuard: 'maybe' }), 'balanceGuard', 'expected one of "allow", "warn", "block"']],
  },
  DatasetSchema: {
    schema: schemas.DatasetSchema,
    valid: [{
      customers: [customer()], locations: [location()], services: [service()], invoices: [invoice()],
      subscriptions: [subscription()], audit: [auditEntry()],
    }],
    bad: [
      ['a service with a bad kind', set('services.0.kind', 'daily'), 'services.0.kind', 'expected one of "recurring", "on-request"'],
      ['a missing audit table', drop('audit'), 'audit', 'expected array'],
    ],
  },
};

describe('adapter schemas', () => {
  it('has a case for every exported schema', () => {
    const exported = Object.keys(schemas).filter((name) => name.endsWith('Schema')).sort();
    expect(Object.keys(CASES).sort()).to.deep.equal(exported);
  });

  for (const [name, { schema, valid, bad }] of Object.entries(CASES)) {
    describe(name, () => {
      it('accepts valid examples', () => {
        for (const example of valid) {
          const result = schema.safeParse(example);
          expect(result.success, `${JSON.stringify(example)}: ${JSON.stringify(result.error?.issues)}`).to.equal(true);
        }
      });

      for (const [what, make, path, message] of bad) {
        it(`rejects ${what} with "${path}: ${message}"`, () => {
          const error = parseError(schema, make(valid[0]));
          expect(error.code).to.equal('invalid-data');
          expect(error.issues).to.deep.include({ path, message });
          expect(error.message).to.include(`  ${path}: ${message}`);
        });
      }
    });
  }
});

describe('parseWith', () => {
  it('returns the parsed value, without keys the schema does not know', () => {
    const parsed = parseWith(schemas.ActorSchema, { ...ACTOR, password: 'x' }, 'invalid-data', 'getCustomer');
    expect(parsed).to.deep.equal(ACTOR);
  });

  it('throws invalid-data naming the adapter method and each problem, one per line', () => {
    const bad = change(change(customerDetail(), 'customer.status', 'archived'), 'customer.version', -1);
    const error = parseError(schemas.CustomerDetailSchema, bad);
    expect(error.operation).to.equal('getCustomer');
    expect(error.message).to.equal(
      "The adapter's getCustomer returned invalid data:\n" +
      `  customer.status: ${STATUS_MESSAGE}\n` +
      '  customer.version: expected at least 0',
    );
    expect(error.issues).to.deep.equal([
      { path: 'customer.status', message: STATUS_MESSAGE },
      { path: 'customer.version', message: 'expected at least 0' },
    ]);
  });

  it('throws invalid-input saying what the kit was about to send, and not worth a retry', () => {
    let thrown: unknown;
    try {
      parseWith(schemas.UndoInputSchema, { operationId: 'op-1', idempotencyKey: 'k', actor: ACTOR }, 'invalid-input', 'undo');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).to.be.instanceOf(LifecycleError);
    const error = thrown as LifecycleError;
    expect(error.code).to.equal('invalid-input');
    expect(error.retryable).to.equal(false);
    expect(error.message).to.equal('undo was called with invalid data:\n  idempotencyKey: expected at least 8 characters');
  });

  it('reports a missing value as the root', () => {
    expect(parseError(schemas.CustomerDetailSchema, undefined).issues).to.deep.equal([{ path: '(root)', message: 'expected object' }]);
  });
});

describe('toDataIssues', () => {
  it('turns zod issues into a path and a readable message', () => {
    const result = schemas.ScheduleSchema.safeParse({ startDate: '2026-01-01', endDate: 'soon', deactivateOnEndDate: 1 });
    expect(result.success).to.equal(false);
    expect(toDataIssues(result.error?.issues ?? [])).to.deep.equal([
      { path: 'endDate', message: 'expected a valid date' },
      { path: 'deactivateOnEndDate', message: 'expected boolean' },
    ]);
  });

  it('keeps the message a schema gave its custom check', () => {
    const result = schemas.MoneySchema.safeParse({ amount: 1, currency: 'dollars' });
    expect(toDataIssues(result.error?.issues ?? [])).to.deep.equal([
      { path: 'currency', message: 'must be a three-letter ISO 4217 code' },
    ]);
  });
});
