/**
 * The adapter contract suite: the behaviour every `LifecycleAdapter` must
 * have, checked black-box through the interface and the kit's boundary.
 *
 * ```ts
 * import { describeAdapterContract } from 'customer-lifecycle-kit/testing';
 * describeAdapterContract({
 *   name: 'our REST adapter',
 *   create: ({ data, policy, now }) => createOurAdapter({ seed: data, policy, clock: now }),
 * });
 * ```
 *
 * Each check makes a fresh adapter with `create` — loaded with the contract
 * data set, enforcing the policy the check needs, reading time from the
 * check's clock (moved by hand: nothing sleeps) — and calls it through
 * `guardAdapter`, so results are schema-checked and rejections are judged by
 * their `LifecycleError` code.
 */
import { batchReadingChecks } from './contract/batch-reading.js';
import { deactivateRecordChecks } from './contract/deactivate-record.js';
import { deactivateChecks } from './contract/deactivate.js';
import {
  ContractSkip, startSession, type CheckContext, type CheckDefinition, type ContractOptions,
} from './contract/harness.js';
import { feedChecks, listingChecks } from './contract/listing.js';
import { protocolChecks } from './contract/protocol.js';
import { previewChecks } from './contract/preview.js';
import { reactivateChecks } from './contract/reactivate.js';
import { readingChecks } from './contract/reading.js';
import { releaseChecks } from './contract/release.js';
import { servicesChecks } from './contract/services.js';
import { deleteChecks, undoChecks } from './contract/undo-delete.js';

export {
  CONTRACT_ACTOR, ContractSkip, ManualClock, Session, startSession,
  type CheckContext, type CheckDefinition, type ContractOptions, type ContractSetup, type PolicyChoice,
} from './contract/harness.js';

/** The groups of the suite, in the order they are registered. */
export const CONTRACT_GROUPS: readonly { group: string; checks: readonly CheckDefinition[] }[] = [
  { group: 'reading a customer', checks: readingChecks },
  { group: 'reading customers in a batch (optional getCustomers)', checks: batchReadingChecks },
  { group: 'previewing an action (G1)', checks: previewChecks },
  { group: 'deactivating', checks: deactivateChecks },
  { group: 'what a deactivation records, and bulk deactivation', checks: deactivateRecordChecks },
  { group: 'reactivating customers', checks: reactivateChecks },
  { group: 'reactivating locations and services', checks: servicesChecks },
  { group: 'releasing invoices on hold (optional releaseInvoices, R4)', checks: releaseChecks },
  { group: 'undoing a deactivation (G4)', checks: undoChecks },
  { group: 'deleting', checks: deleteChecks },
  { group: 'listing and counting', checks: listingChecks },
  { group: 'change feed', checks: feedChecks },
  { group: 'idempotency, versions, not-found and abort', checks: protocolChecks },
];

/** One check of the contract, bound to an adapter factory. */
export interface ContractCheck {
  /** The group it belongs to (a `describe` block). */
  group: string;
  /** A sentence, starting with the rule id(s) of `docs/rules.md` where one applies. */
  name: string;
  /** The rule ids the name starts with (`['F3', 'G8']`), or none. */
  rules: string[];
  /** Runs the check: resolves when the adapter passes, rejects (an `AssertionError`, or `ContractSkip`) when not. */
  run(): Promise<void>;
}

/** The rule ids a check name starts with: `"F3 G8 status dormant …"` → `['F3', 'G8']`. */
export function rulesOf(name: string): string[] {
  const match = /^((?:[A-Z]\d\s+)+)/.exec(name);
  return match?.[1] ? match[1].trim().split(/\s+/) : [];
}

/**
 * Every check of the contract as data, bound to `options.create`: run them
 * with any test runner, or one by one (e.g. to prove a broken adapter fails).
 */
export function contractChecks(options: ContractOptions): ContractCheck[] {
  const ctx: CheckContext = {
    start: (policy) => startSession(options, policy),
    skip: (reason) => {
      throw new ContractSkip(reason);
    },
  };
  return CONTRACT_GROUPS.flatMap(({ group, checks }) => checks.map((check) => ({
    group,
    name: check.name,
    rules: rulesOf(check.name),
    run: () => check.run(ctx),
  })));
}

/** The test-runner globals the suite registers with (mocha's, or any runner's with the same shape). */
interface TestGlobals {
  describe(name: string, body: () => void): void;
  it(name: string, body: (this: { skip?: () => void } | undefined) => Promise<void>): void;
}

function testGlobals(): TestGlobals {
  const g = globalThis as { describe?: unknown; it?: unknown };
  if (typeof g.describe !== 'function' || typeof g.it !== 'function') {
    throw new Error('describeAdapterContract needs the global describe() and it() of a test runner (mocha, web-test-runner, jasmine, vitest with globals).');
  }
  return g as unknown as TestGlobals;
}

/**
 * Registers the contract suite with the test runner's global `describe`/`it`:
 * one `describe` for the adapter, one per group, one `it` per check. A check
 * that does not apply (an adapter without the optional change feed, batch
 * read or invoice release) is skipped where the runner can skip, and passes otherwise.
 */
export function describeAdapterContract(options: ContractOptions): void {
  const { describe, it } = testGlobals();
  const checks = contractChecks(options);
  describe(`${options.name} — adapter contract`, () => {
    for (const { group } of CONTRACT_GROUPS) {
      describe(group, () => {
        for (const check of checks.filter((c) => c.group === group)) {
          it(check.name, async function run() {
            try {
              await check.run();
            } catch (error) {
              if (!(error instanceof ContractSkip)) throw error;
              if (typeof this?.skip === 'function') this.skip();
            }
          });
        }
      });
    }
  });
}
