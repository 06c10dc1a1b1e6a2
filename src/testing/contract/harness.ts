/**
 * What every contract check stands on: a fresh adapter over the contract data
 * set, called through the kit's boundary (`guardAdapter`) so that results are
 * schema-checked and every rejection is judged by its `LifecycleError` code;
 * a clock the check moves by hand; and short helpers for the calls and the
 * outcomes.
 */
import { guardAdapter, type GuardedAdapter } from '../../adapter/boundary.js';
import type {
  Actor, CountQuery, Counts, CustomerDetail, CustomerPage, Dataset, DeactivateInput, DeleteInput, LifecycleAction,
  LifecycleAdapter, ListQuery, MutationResult, Policy, PolicyOverrides, Preview, ReactivateInput,
  ReactivateLocationInput, ReactivateServicesInput, ReleaseInvoicesInput, ServiceChange, Target, UndoInput,
} from '../../adapter/types.js';
import { resolvePolicy, type PresetName } from '../../rules/policy.js';
import { CONTRACT_NOW, contractDataset } from '../fixtures.js';

export * from './outcomes.js';

/** What the suite hands to `create` for each check. */
export interface ContractSetup {
  /** The contract data set (a fresh copy): load it as the adapter's data. */
  data: Dataset;
  /** The policy this check needs: the adapter must enforce it. */
  policy: Policy;
  /** The clock: the adapter must read the time from it (checks move it; they never sleep). */
  now: () => Date;
}

export interface ContractOptions {
  /** The name the suite is registered under. */
  name: string;
  /** Makes a fresh adapter holding `setup.data`, enforcing `setup.policy`, reading time from `setup.now`. */
  create: (setup: ContractSetup) => LifecycleAdapter | Promise<LifecycleAdapter>;
}

/** A policy as a check asks for it: a preset name or overrides of the default. */
export type PolicyChoice = PresetName | PolicyOverrides;

/** Thrown by a check that does not apply to the adapter (e.g. no change feed). */
export class ContractSkip extends Error {
  override readonly name = 'ContractSkip';
}

/** What a check is given: a way to start its session, and a way to say it does not apply. */
export interface CheckContext {
  /** A fresh adapter over the contract data set, enforcing the policy (default: the kit's default). */
  start(policy?: PolicyChoice): Promise<Session>;
  /** Ends the check as not applicable to this adapter. */
  skip(reason: string): never;
}

/** One check of the contract, before it is bound to an adapter. */
export interface CheckDefinition {
  /** A sentence, starting with the rule id(s) of `docs/rules.md` where one applies. */
  name: string;
  run(ctx: CheckContext): Promise<void>;
}

/** The actor every check acts as. */
export const CONTRACT_ACTOR: Readonly<Actor> = Object.freeze({ id: 'u-contract', name: 'Contract Checker' });

let keyCounter = 0;
/** A fresh idempotency key. */
export function newKey(): string {
  keyCounter += 1;
  return `contract-key-${String(keyCounter).padStart(6, '0')}`;
}

/** A clock that only moves when told to. */
export class ManualClock {
  private t: number;
  constructor(start: string | Date = CONTRACT_NOW) {
    this.t = new Date(start).getTime();
  }
  readonly now = (): Date => new Date(this.t);
  /** Moves the clock on by `seconds`. */
  advance(seconds: number): void {
    this.t += seconds * 1000;
  }
  /** Today (UTC) as `YYYY-MM-DD`. */
  today(): string {
    return new Date(this.t).toISOString().slice(0, 10);
  }
}

type Targets = readonly (string | Target)[];
const toTargets = (targets: Targets): Target[] =>
  targets.map((t) => (typeof t === 'string' ? { customerId: t } : { ...t }));
const signal = () => new AbortController().signal;

/** One adapter under test, with shorthands for its calls. */
export class Session {
  constructor(
    /** The adapter through the boundary: parsed results, `LifecycleError`s. */
    readonly adapter: GuardedAdapter,
    /** The adapter as the host made it. */
    readonly raw: LifecycleAdapter,
    readonly policy: Policy,
    readonly clock: ManualClock,
  ) {}

  get(customerId: string): Promise<CustomerDetail> {
    return this.adapter.getCustomer(customerId, signal());
  }

  preview(action: LifecycleAction, customerIds: string[]): Promise<Preview> {
    return this.adapter.preview(action, customerIds, signal());
  }

  deactivate(targets: Targets, input: Partial<Omit<DeactivateInput, 'targets'>> = {}): Promise<MutationResult> {
    return this.adapter.deactivate({
      targets: toTargets(targets), idempotencyKey: newKey(), actor: { ...CONTRACT_ACTOR },
      cancelSubscriptions: false, holdInvoices: false, reason: null, ...input,
    }, signal());
  }

  reactivate(targets: Targets, input: Partial<Omit<ReactivateInput, 'targets'>> = {}): Promise<MutationResult> {
    return this.adapter.reactivate({
      targets: toTargets(targets), idempotencyKey: newKey(), actor: { ...CONTRACT_ACTOR },
      releaseInvoices: false, restoreCascade: false, reason: null, ...input,
    }, signal());
  }

  remove(targets: Targets, input: Partial<Omit<DeleteInput, 'targets'>> = {}): Promise<MutationResult> {
    return this.adapter.deleteCustomers({
      targets: toTargets(targets), idempotencyKey: newKey(), actor: { ...CONTRACT_ACTOR }, ...input,
    }, signal());
  }

  undo(operationId: string, input: Partial<Omit<UndoInput, 'operationId'>> = {}): Promise<MutationResult> {
    return this.adapter.undo({ operationId, idempotencyKey: newKey(), actor: { ...CONTRACT_ACTOR }, ...input }, signal());
  }

  reactivateLocation(
    customerId: string,
    locationId: string,
    input: Partial<Omit<ReactivateLocationInput, 'customerId' | 'locationId'>> = {},
  ): Promise<MutationResult> {
    return this.adapter.reactivateLocation({
      customerId, locationId, idempotencyKey: newKey(), actor: { ...CONTRACT_ACTOR }, ...input,
    }, signal());
  }

  reactivateServices(customerId: string, changes: ServiceChange[], input: Partial<Omit<ReactivateServicesInput, 'customerId' | 'changes'>> = {}): Promise<MutationResult> {
    return this.adapter.reactivateServices({
      customerId, changes, idempotencyKey: newKey(), actor: { ...CONTRACT_ACTOR }, ...input,
    }, signal());
  }

  /** The optional `releaseInvoices`, through the boundary (which rejects `invalid-input` when the adapter has none). */
  releaseInvoices(
    customerId: string,
    invoiceIds: string[],
    input: Partial<Omit<ReleaseInvoicesInput, 'customerId' | 'invoiceIds'>> = {},
  ): Promise<MutationResult> {
    return this.adapter.releaseInvoices({
      customerId, invoiceIds, idempotencyKey: newKey(), actor: { ...CONTRACT_ACTOR }, ...input,
    }, signal());
  }

  list(query: Partial<ListQuery> = {}): Promise<CustomerPage> {
    return this.adapter.listCustomers({ status: 'all', offset: 0, limit: 1000, ...query }, signal());
  }

  /** The ids a status filter lists (one big page). */
  async listIds(query: Partial<ListQuery> = {}): Promise<string[]> {
    return (await this.list(query)).items.map((c) => c.id);
  }

  count(query: CountQuery = {}): Promise<Counts> {
    return this.adapter.countCustomers(query, signal());
  }
}

/** Makes the session of one check: a fresh adapter over a fresh data set, with the policy it needs. */
export async function startSession(options: ContractOptions, choice: PolicyChoice = 'default'): Promise<Session> {
  const policy = resolvePolicy(choice);
  const clock = new ManualClock();
  const raw = await options.create({ data: contractDataset(clock.now()), policy: { ...policy }, now: clock.now });
  return new Session(guardAdapter(raw), raw, policy, clock);
}

