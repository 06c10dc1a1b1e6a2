/**
 * `LifecycleController`: what an element needs from `<lifecycle-provider>`:
 * the adapter (guarded by the boundary), the policy, the actor, and — through
 * its `localize` controller — the locale and messages. An element's own
 * `.adapter` wins over the provider's. Works without a provider too.
 *
 * The boundary (and with it zod and the schemas) is loaded by `import()` the
 * first time an adapter is used, so an element that is only presentational
 * never pays for it.
 */
import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { GuardedAdapter } from '../adapter/boundary.js';
import { toLifecycleError, type LifecycleError } from '../adapter/errors.js';
import type { Actor, Policy } from '../adapter/types.js';
import { LocalizeController } from '../i18n/localize-controller.js';
import { DEFAULT_POLICY } from '../rules/policy.js';
import { actorContext, adapterContext, ensureContextRoot, policyContext } from './contexts.js';

/** The actor used when no provider names one. */
export const UNKNOWN_ACTOR: Readonly<Actor> = Object.freeze({ id: 'unknown', name: 'Unknown user' });

/** What the controller may read from its host; read whenever the values are used. */
export interface LifecycleOptions {
  /** The element's own adapter (its `.adapter` property); wins over the provider's. */
  adapter?: () => unknown;
  /** The element's own message overrides (its `.messages` property). */
  messages?: () => unknown;
}

type Host = ReactiveControllerHost & HTMLElement;

/** Adapter, policy, actor and messages for a Lit element, from its own properties or the nearest provider. */
export class LifecycleController implements ReactiveController {
  /** Messages and formatting in the element's locale. */
  readonly localize: LocalizeController;
  private readonly adapterConsumer: ContextConsumer<typeof adapterContext, Host>;
  private readonly policyConsumer: ContextConsumer<typeof policyContext, Host>;
  private readonly actorConsumer: ContextConsumer<typeof actorContext, Host>;
  private lastRaw: unknown;
  private guarded: Promise<GuardedAdapter | LifecycleError> | undefined;

  constructor(
    private readonly host: Host,
    private readonly options: LifecycleOptions = {},
  ) {
    const consume = <C extends typeof adapterContext | typeof policyContext | typeof actorContext>(context: C) =>
      new ContextConsumer(host, { context, subscribe: true });
    this.adapterConsumer = consume(adapterContext);
    this.policyConsumer = consume(policyContext);
    this.actorConsumer = consume(actorContext);
    this.localize = new LocalizeController(host, { messages: options.messages });
    // Last: on a connected host (a controller added later), this runs hostConnected at once.
    host.addController(this);
  }

  /** The element's own adapter, else the provider's, as given (not yet checked); undefined when there is none. */
  get rawAdapter(): unknown {
    const raw = this.options.adapter?.() ?? this.adapterConsumer.value;
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
   * The same promise is returned until the adapter changes.
   */
  adapter(): Promise<GuardedAdapter | LifecycleError | undefined> {
    const raw = this.rawAdapter;
    if (raw !== this.lastRaw || (raw !== undefined && !this.guarded)) {
      this.lastRaw = raw;
      this.guarded = raw === undefined ? undefined : guard(raw);
    }
    return this.guarded ?? Promise.resolve(undefined);
  }

  /** The provider's policy, else the kit's default. */
  get policy(): Policy {
    return this.policyConsumer.value ?? DEFAULT_POLICY;
  }

  /** The provider's actor, else `UNKNOWN_ACTOR`. */
  get actor(): Actor {
    return this.actorConsumer.value ?? UNKNOWN_ACTOR;
  }

  hostConnected(): void {
    ensureContextRoot(this.host);
  }

  hostDisconnected(): void {
    // Forget the old provider's values: if reconnected elsewhere, the new one answers.
    this.adapterConsumer.value = undefined;
    this.policyConsumer.value = undefined;
    this.actorConsumer.value = undefined;
  }
}

/** Loads the boundary and wraps `raw`; never rejects. A failed load is retried on the next change of adapter. */
async function guard(raw: unknown): Promise<GuardedAdapter | LifecycleError> {
  try {
    const { guardAdapter } = await import('../adapter/boundary.js');
    return guardAdapter(raw);
  } catch (error) {
    return toLifecycleError(error, 'adapter');
  }
}
