/** Small helpers of the HTTP adapter tests: inputs, signals, and the error a call rejects with. */
import { expect } from '@open-wc/testing';
import { LifecycleError, type DeactivateInput } from '../../../src/adapter/index.js';
import { CONTRACT_ACTOR, contractDataset, CONTRACT_NOW } from '../../../src/testing/index.js';
import { createMemoryAdapter, type MemoryAdapter } from '../../../src/adapters/memory/index.js';

export const signal = (): { signal: AbortSignal } => ({ signal: new AbortController().signal });

let keys = 0;
/** A fresh idempotency key. */
export const key = (): string => `http-test-key-${String((keys += 1)).padStart(4, '0')}`;

/** A deactivation of `customerIds`. */
export function deactivation(customerIds: string[], overrides: Partial<DeactivateInput> = {}): DeactivateInput {
  return {
    targets: customerIds.map((customerId) => ({ customerId })), idempotencyKey: key(), actor: { ...CONTRACT_ACTOR },
    cancelSubscriptions: false, holdInvoices: false, reason: null, ...overrides,
  };
}

/** A memory adapter over the contract data set at the contract's time. */
export function contractStore(): MemoryAdapter {
  const now = () => new Date(CONTRACT_NOW);
  return createMemoryAdapter({ data: contractDataset(now()), now });
}

/** The `LifecycleError` `promise` rejects with (fails the test if it resolves or rejects with something else). */
export async function failure(promise: Promise<unknown>): Promise<LifecycleError> {
  let error: unknown;
  try {
    await promise;
  } catch (e) {
    error = e;
  }
  expect(error, 'the call should reject with a LifecycleError').to.be.instanceOf(LifecycleError);
  return error instanceof LifecycleError ? error : new LifecycleError('unknown', 'not a LifecycleError');
}

/** A promise and its resolve, to let a test wait for something to happen. */
export function signalled(): { promise: Promise<void>; resolve: () => void } {
  let resolve = () => {};
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}
