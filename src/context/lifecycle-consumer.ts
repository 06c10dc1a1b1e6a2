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
import { AdapterController } from './adapter-controller.js';
import type { LifecycleError } from '../adapter/errors.js';
import type { Actor, Policy } from '../adapter/types.js';
import { LocalizeController } from '../i18n/localize-controller.js';
import { DEFAULT_POLICY } from '../rules/policy.js';
import { UNKNOWN_ACTOR } from './actor.js';
import { actorContext, policyContext } from './contexts.js';

export { UNKNOWN_ACTOR };

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
  private readonly adapters: AdapterController;
  private readonly policyConsumer: ContextConsumer<typeof policyContext, Host>;
  private readonly actorConsumer: ContextConsumer<typeof actorContext, Host>;

  constructor(host: Host, options: LifecycleOptions = {}) {
    this.adapters = new AdapterController(host, options.adapter);
    this.policyConsumer = new ContextConsumer(host, { context: policyContext, subscribe: true });
    this.actorConsumer = new ContextConsumer(host, { context: actorContext, subscribe: true });
    this.localize = new LocalizeController(host, { messages: options.messages });
    // Last: on a connected host (a controller added later), this runs hostConnected at once.
    host.addController(this);
  }

  /** The element's own adapter, else the provider's, as given (not yet checked). */
  get rawAdapter(): unknown {
    return this.adapters.rawAdapter;
  }

  /** Whether an adapter (own or provided) is present. */
  get hasAdapter(): boolean {
    return this.adapters.hasAdapter;
  }

  /** The adapter to call, guarded by the boundary (see `AdapterController.adapter`). */
  adapter(): Promise<GuardedAdapter | LifecycleError | undefined> {
    return this.adapters.adapter();
  }

  /** The provider's policy, else the kit's default. */
  get policy(): Policy {
    return this.policyConsumer.value ?? DEFAULT_POLICY;
  }

  /** The provider's actor, else `UNKNOWN_ACTOR`. */
  get actor(): Actor {
    return this.actorConsumer.value ?? UNKNOWN_ACTOR;
  }

  hostDisconnected(): void {
    // Forget the old provider's values: if reconnected elsewhere, the new one answers.
    this.policyConsumer.value = undefined;
    this.actorConsumer.value = undefined;
  }
}
