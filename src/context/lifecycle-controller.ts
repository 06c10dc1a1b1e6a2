/**
 * `LifecycleController`: the one way an element reads `<lifecycle-provider>`.
 * It gives the element its adapter (its own `.adapter`, else the provider's,
 * guarded by the boundary), the provider's `timeout`, policy and actor, and —
 * through `localize` — its locale and messages (its own `.messages` win).
 * Without a provider, the element's own properties and the kit's defaults
 * apply. Moved under another provider, the element reads that one.
 *
 * The boundary (and with it zod and the schemas) is loaded by `import()` the
 * first time an adapter is used, so an element that is only presentational
 * never pays for it.
 */
import { ContextConsumer, type Context } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { GuardedAdapter } from '../adapter/boundary.js';
import { LifecycleError } from '../adapter/errors.js';
import type { Actor, LifecycleAdapter, Policy } from '../adapter/types.js';
import type { Catalog } from '../i18n/en.js';
import { ElementLocalizer } from '../i18n/element-localizer.js';
import { DEFAULT_POLICY } from '../rules/policy.js';
import { actorContext, adapterContext, ensureContextRoot, hasProvider, localeContext, policyContext, timeoutContext, whenProvider } from './contexts.js';

/** The actor used when no provider names one. */
export const UNKNOWN_ACTOR: Readonly<Actor> = Object.freeze({ id: 'unknown', name: 'Unknown user' });

/** What the controller reads from its host, whenever the values are used. */
export interface LifecycleOptions {
  /** The English messages the element shows: its fallback, and the keys its `.messages` may override. */
  english: Partial<Catalog>;
  /** The rest of its English, loaded on connect (see `ElementLocalizerOptions.rest`); adapters wait for it. */
  rest?: () => Promise<Partial<Catalog>>;
  /** The element's own message overrides (its `.messages` property). */
  messages?: () => unknown;
  /** The element's own adapter (its `.adapter` property); wins over the provider's. Given, the element reads adapters. */
  adapter?: () => LifecycleAdapter | undefined;
  /**
   * For elements shown by the thousand (the badge): ask for context only once a
   * provider is on the page, and only for the locale (and, after `readAdapter`, the adapter).
   */
  lazy?: boolean;
}

type Host = ReactiveControllerHost & HTMLElement;

/** Adapter, timeout, policy, actor, locale and messages for a Lit element, from its own properties or the nearest provider. */
export class LifecycleController implements ReactiveController {
  /** Messages and formatting in the element's locale. */
  readonly localize: ElementLocalizer;
  private readonly consumers = new Map<Context<unknown, unknown>, ContextConsumer<Context<unknown, unknown>, Host>>();
  private ownAdapter: (() => LifecycleAdapter | undefined) | undefined;
  private readsAdapter = false;
  private asking = false;
  private cancelWait: (() => void) | undefined;
  private lastRaw: LifecycleAdapter | undefined;
  private lastTimeout: number | undefined;
  private guarded: Promise<GuardedAdapter | LifecycleError> | undefined;

  constructor(private readonly host: Host, private readonly options: LifecycleOptions) {
    this.localize = new ElementLocalizer(host, options.english, {
      messages: options.messages,
      rest: options.rest,
      settings: () => this.value(localeContext),
    });
    if (options.adapter) this.readAdapter(options.adapter);
    if (!options.lazy || hasProvider(host)) this.ask();
    // Last: on a connected host (a controller added later), this runs hostConnected at once.
    host.addController(this);
  }

  /** Starts reading adapters: `own` (the element's `.adapter`) wins over the provider's. */
  readAdapter(own: () => LifecycleAdapter | undefined): void {
    this.ownAdapter = own;
    if (this.readsAdapter) return;
    this.readsAdapter = true;
    if (this.asking) this.askAdapter();
  }

  hostConnected(): void {
    if (!this.asking) this.cancelWait = whenProvider(this.host, () => this.ask());
  }

  hostDisconnected(): void {
    this.cancelWait?.();
    // Forget the old provider's values: if reconnected elsewhere, the new one answers.
    for (const consumer of this.consumers.values()) consumer.value = undefined;
  }

  /**
   * The element's own adapter, else the provider's, as given: not yet checked (a host's script may set any value;
   * the boundary checks it when it is used); undefined when there is none.
   */
  get rawAdapter(): LifecycleAdapter | undefined {
    const raw = this.ownAdapter?.() ?? this.value(adapterContext);
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
   * `timeout`) changes. It settles once the element's words are all there
   * (see `rest`), so that whatever the adapter answers can be said.
   */
  adapter(): Promise<GuardedAdapter | LifecycleError | undefined> {
    const raw = this.rawAdapter;
    const timeout = this.value(timeoutContext);
    if (raw !== this.lastRaw || timeout !== this.lastTimeout || (raw !== undefined && !this.guarded)) {
      this.lastRaw = raw;
      this.lastTimeout = timeout;
      this.guarded = raw === undefined ? undefined : Promise.all([guard(raw, timeout), this.localize.ready()]).then(([guarded]) => guarded);
    }
    return this.guarded ?? Promise.resolve(undefined);
  }

  /** The provider's policy; undefined without a provider. */
  get providedPolicy(): Policy | undefined {
    return this.value(policyContext);
  }

  /** The provider's policy, else the kit's default. */
  get policy(): Policy {
    return this.providedPolicy ?? DEFAULT_POLICY;
  }

  /** The provider's actor, else `UNKNOWN_ACTOR`. */
  get actor(): Actor {
    return this.value(actorContext) ?? UNKNOWN_ACTOR;
  }

  /** Starts the context consumers (once: each asks again by itself on every reconnect). */
  private ask(): void {
    if (this.asking) return;
    ensureContextRoot(this.host);
    this.asking = true;
    this.consume(localeContext, () => this.localize.refresh());
    if (this.readsAdapter) this.askAdapter();
    if (!this.options.lazy) {
      this.consume(policyContext);
      this.consume(actorContext);
    }
  }

  private askAdapter(): void {
    this.consume(adapterContext);
    this.consume(timeoutContext);
  }

  private consume<T>(context: Context<unknown, T>, changed?: () => void): void {
    const consumer = new ContextConsumer(this.host, { context, subscribe: true, callback: changed });
    this.consumers.set(context as Context<unknown, unknown>, consumer as ContextConsumer<Context<unknown, unknown>, Host>);
  }

  private value<T>(context: Context<unknown, T>): T | undefined {
    return this.consumers.get(context as Context<unknown, unknown>)?.value as T | undefined;
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
