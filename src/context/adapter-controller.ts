/**
 * `AdapterController`: the adapter for a Lit element — its own `.adapter`,
 * else the nearest provider's — wrapped in the boundary. The boundary (and
 * with it zod and the schemas) is loaded by `import()` the first time an
 * adapter is used, so an element that never gets one never pays for it.
 */
import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { GuardedAdapter } from '../adapter/boundary.js';
import { LifecycleError } from '../adapter/errors.js';
import { adapterContext, ensureContextRoot, timeoutContext } from './contexts.js';

type Host = ReactiveControllerHost & HTMLElement;

/** The adapter for a Lit element: its own `.adapter`, else the nearest provider's, guarded by the boundary. */
export class AdapterController implements ReactiveController {
  private readonly consumer: ContextConsumer<typeof adapterContext, Host>;
  private readonly timeout: ContextConsumer<typeof timeoutContext, Host>;
  private lastRaw: unknown;
  private lastTimeout: number | undefined;
  private guarded: Promise<GuardedAdapter | LifecycleError> | undefined;

  constructor(
    private readonly host: Host,
    private readonly own: (() => unknown) | undefined,
  ) {
    this.consumer = new ContextConsumer(host, { context: adapterContext, subscribe: true });
    this.timeout = new ContextConsumer(host, { context: timeoutContext, subscribe: true });
    host.addController(this);
  }

  /** The element's own adapter, else the provider's, as given (not yet checked); undefined when there is none. */
  get rawAdapter(): unknown {
    const raw = this.own?.() ?? this.consumer.value;
    return raw === null ? undefined : raw;
  }

  /** Whether an adapter (own or provided) is present. */
  get hasAdapter(): boolean {
    return this.rawAdapter !== undefined;
  }

  /**
   * The adapter to call: `rawAdapter` wrapped in the boundary; a
   * `LifecycleError` when that object is not an adapter (`invalid-data`) or
   * the boundary could not load (`network`); undefined when there is none.
   * The same promise is returned until the adapter (or the provider's
   * `timeout`) changes.
   */
  adapter(): Promise<GuardedAdapter | LifecycleError | undefined> {
    const raw = this.rawAdapter;
    const timeout = this.timeout.value;
    if (raw !== this.lastRaw || timeout !== this.lastTimeout || (raw !== undefined && !this.guarded)) {
      this.lastRaw = raw;
      this.lastTimeout = timeout;
      this.guarded = raw === undefined ? undefined : guard(raw, timeout);
    }
    return this.guarded ?? Promise.resolve(undefined);
  }

  hostConnected(): void {
    ensureContextRoot(this.host);
  }

  hostDisconnected(): void {
    // Forget the old provider's adapter: if reconnected elsewhere, the new one answers.
    this.consumer.value = undefined;
    this.timeout.value = undefined;
  }
}

/** Loads the boundary and wraps `raw`; never rejects. A failed load is retried on the next change of adapter. */
async function guard(raw: unknown, timeoutMs: number | undefined): Promise<GuardedAdapter | LifecycleError> {
  try {
    const { guardAdapter } = await import('../adapter/boundary.js');
    return guardAdapter(raw, timeoutMs);
  } catch (error) {
    if (error instanceof LifecycleError) return error; // not an adapter: invalid-data
    // The boundary's module did not load: the network is the usual reason.
    return new LifecycleError('network', 'The kit could not load its adapter boundary.', { operation: 'adapter', retryable: true, cause: error });
  }
}
