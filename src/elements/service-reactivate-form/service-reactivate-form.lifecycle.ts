/**
 * `FormLifecycle`: what `<service-reactivate-form>` needs from its own
 * properties or the nearest provider — adapter, policy, actor, messages.
 * Up front the form carries only its loading and no-adapter messages; the
 * rest of its English (and the shared reasons, fixes, errors and actions)
 * comes with the English catalogue, loaded on connect by `import()`, so the
 * whole catalogue is not part of the form's first load. The host's
 * `.messages` apply once it is there.
 */
import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { GuardedAdapter } from '../../adapter/boundary.js';
import type { LifecycleError } from '../../adapter/errors.js';
import type { Actor } from '../../adapter/types.js';
import { AdapterController } from '../../context/adapter-controller.js';
import { UNKNOWN_ACTOR } from '../../context/actor.js';
import { actorContext, policyContext } from '../../context/contexts.js';
import type { Catalog } from '../../i18n/en.js';
import { LocalizeCore } from '../../i18n/localize-core.js';
import { loadCatalog } from '../../i18n/registry.js';
import { serviceFormFirstMessages } from '../../i18n/service-form.js';

type Host = ReactiveControllerHost & HTMLElement;

/** Adapter, policy, actor and messages of the form. */
export class FormLifecycle implements ReactiveController {
  /** Messages and formatting in the form's locale. */
  readonly localize: LocalizeCore;
  // No prototype: `Object.assign` below sets every key of the catalogue, and on a page whose
  // Object.prototype has one of them as a getter without a setter, setting it on a plain object throws.
  private readonly english: Partial<Catalog> = Object.assign(Object.create(null) as Partial<Catalog>, serviceFormFirstMessages);
  private englishLoaded = false;
  private readonly adapters: AdapterController;
  private readonly policyConsumer: ContextConsumer<typeof policyContext, Host>;
  private readonly actorConsumer: ContextConsumer<typeof actorContext, Host>;
  private sharedMessages: Promise<void> | undefined;

  constructor(private readonly host: Host, adapter: () => unknown, messages: () => unknown) {
    this.adapters = new AdapterController(host, adapter);
    this.policyConsumer = new ContextConsumer(host, { context: policyContext, subscribe: true });
    this.actorConsumer = new ContextConsumer(host, { context: actorContext, subscribe: true });
    this.localize = new LocalizeCore(host, this.english, { messages: () => (this.englishLoaded ? messages() : undefined) });
    host.addController(this);
  }

  hostConnected(): void {
    void this.loadEnglish();
  }

  /** Loads the English catalogue once (again after a failed load). */
  private loadEnglish(): Promise<void> {
    this.sharedMessages ??= loadCatalog('en').then(
      (en) => {
        Object.assign(this.english, en);
        this.englishLoaded = true;
        this.host.requestUpdate();
      },
      () => {
        this.sharedMessages = undefined;
      },
    );
    return this.sharedMessages;
  }

  /** The form's own adapter, else the provider's, as given. */
  get rawAdapter(): unknown {
    return this.adapters.rawAdapter;
  }

  get hasAdapter(): boolean {
    return this.adapters.hasAdapter;
  }

  /** The adapter guarded by the boundary, once the shared English messages are there too. */
  async adapter(): Promise<GuardedAdapter | LifecycleError | undefined> {
    const [adapter] = await Promise.all([this.adapters.adapter(), this.loadEnglish()]);
    return adapter;
  }

  /** R4: whether the adapter can release invoices by hand — it has the optional `releaseInvoices` (false when reading it throws). */
  get canRelease(): boolean {
    try {
      return typeof (this.rawAdapter as { releaseInvoices?: unknown } | undefined)?.releaseInvoices === 'function';
    } catch {
      return false;
    }
  }

  /** G3: whether the provider's policy offers to restore what a deactivation switched off (the default policy does). */
  get restoreOffer(): boolean {
    return this.policyConsumer.value?.restoreOffer ?? true;
  }

  /** The provider's actor, else `UNKNOWN_ACTOR`. */
  get actor(): Actor {
    return this.actorConsumer.value ?? UNKNOWN_ACTOR;
  }
}
