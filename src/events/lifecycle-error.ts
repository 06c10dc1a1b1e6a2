/**
 * `lifecycle-error`: an adapter call behind a user's action failed. Fired for
 * host telemetry; the element also shows the error where it makes sense.
 */
import type { LifecycleError } from '../adapter/errors.js';

/** The detail of `lifecycle-error`. */
export interface LifecycleErrorDetail {
  /** What went wrong, with its code and readable issues. */
  error: LifecycleError;
}

/** Fired (bubbling, composed) when an element meets an error. */
export class LifecycleErrorEvent extends CustomEvent<LifecycleErrorDetail> {
  constructor(error: LifecycleError) {
    super('lifecycle-error', { detail: { error }, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'lifecycle-error': LifecycleErrorEvent;
  }
}
