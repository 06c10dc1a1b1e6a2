import { ContextConsumer, ContextProvider } from '@lit/context';
import { html, LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LifecycleError, type DataIssue } from '../../adapter/errors.js';
import type { Actor, LifecycleAdapter, Policy, PolicyOverrides } from '../../adapter/types.js';
import {
  actorContext, adapterContext, localeContext, policyContext, timeoutContext, trackProvider, type LocaleContextValue,
} from '../../context/contexts.js';
import type { MessageOverrides } from '../../i18n/catalogs.js';
import { toLocale } from '../../i18n/locale.js';
import { DEFAULT_POLICY, PRESET_NAMES, isPresetName, resolvePolicy, type PresetName } from '../../rules/policy.js';
import type * as CheckModule from './lifecycle-provider.check.js';
import type { Checked } from './lifecycle-provider.check.js';
import { styles } from './lifecycle-provider.styles.js';

type Checks = typeof CheckModule;

/**
 * Hands the host's adapter, the lifecycle policy, the locale and the current
 * user to every kit element inside it, by @lit/context. Elements also work
 * without it (set `.adapter` on each).
 *
 * Nesting: an inner provider inherits from the nearest outer one whatever it
 * does not set itself. Its `.policy` overrides apply over its `preset` when
 * set, else over the outer provider's policy; its `.messages` merge over the
 * outer ones.
 *
 * An invalid `.policy`, `preset` or `.actor` is not applied: the previous
 * value is kept, a console warning lists the problems, and `error` holds them
 * (an `invalid-data` `LifecycleError`) until a valid value is set. No event
 * is fired for a value the host set. The checks of `.policy`, `.actor` and
 * `.messages` (zod and the catalogue's keys) load with the first of them the
 * host sets; until they have, the previous values stay, and `updateComplete`
 * waits for them.
 *
 * @summary Provides adapter, policy, locale and actor to the kit's elements inside it.
 * @tag lifecycle-provider
 * @slot - The page content holding the kit's elements.
 */
export class LifecycleProvider extends LitElement {
  static override styles = styles;

  private readonly adapterProvider = new ContextProvider(this, { context: adapterContext, initialValue: undefined });
  private readonly policyProvider = new ContextProvider(this, { context: policyContext, initialValue: resolvePolicy() });
  private readonly localeProvider = new ContextProvider(this, { context: localeContext, initialValue: {} });
  private readonly actorProvider = new ContextProvider(this, { context: actorContext, initialValue: undefined });
  private readonly timeoutProvider = new ContextProvider(this, { context: timeoutContext, initialValue: undefined });

  // The outer provider's values (a provider never answers its own requests).
  private readonly outer = [
    new ContextConsumer(this, { context: adapterContext, subscribe: true, callback: (v) => (this.outerAdapter = v) }),
    new ContextConsumer(this, { context: policyContext, subscribe: true, callback: (v) => (this.outerPolicy = v) }),
    new ContextConsumer(this, { context: localeContext, subscribe: true, callback: (v) => (this.outerLocale = v) }),
    new ContextConsumer(this, { context: actorContext, subscribe: true, callback: (v) => (this.outerActor = v) }),
    new ContextConsumer(this, { context: timeoutContext, subscribe: true, callback: (v) => (this.outerTimeout = v) }),
  ];

  /** The host's adapter (see "The adapter contract" in the README). */
  @property({ attribute: false }) adapter: LifecycleAdapter | undefined;

  /** Policy options merged over `preset` (or the outer provider's policy, or the default). */
  @property({ attribute: false }) policy: PolicyOverrides | undefined;

  /** A named policy: `default`, `seed-000`, `seed-001` or `seed-002`. */
  @property() preset: PresetName | undefined;

  /** `en` or `es` (a tag such as `es-MX` works); wins over `lang`. Unset: each element reads its nearest `lang`. */
  @property() locale: string | undefined;

  /** Messages that replace the built-in ones, by key. */
  @property({ attribute: false }) messages: MessageOverrides | undefined;

  /**
   * How long, in milliseconds, the elements inside wait for any one adapter
   * call before they give up with `timeout` (and offer Retry). Wins over the
   * adapter's `timeoutMs` and the 30 s default; unset, an inner provider
   * takes the outer one's. A value that is not a positive number is ignored,
   * with a warning.
   */
  @property({ type: Number }) timeout: number | undefined;

  /** The current user (`{ id, name }`), recorded with every change. */
  @property({ attribute: false }) actor: Actor | undefined;

  /** Why the last host-set `.policy`, `preset` or `.actor` was rejected; `undefined` while all are valid. */
  get error(): LifecycleError | undefined {
    return this.rejected.policy ?? this.rejected.actor;
  }

  private readonly rejected: { policy?: LifecycleError; actor?: LifecycleError } = {};

  @state() private outerAdapter: LifecycleAdapter | undefined;
  @state() private outerPolicy: Policy | undefined;
  @state() private outerLocale: LocaleContextValue | undefined;
  @state() private outerActor: Actor | undefined;
  @state() private outerTimeout: number | undefined;

  private checks: Checks | undefined;
  private loading: Promise<void> | undefined;
  /** Set once the checks have loaded (or failed to): the next update checks every host value again. */
  private recheck = false;

  override connectedCallback(): void {
    super.connectedCallback();
    trackProvider(this, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    trackProvider(this, false);
  }

  /** Pushes each changed value to the elements below. */
  protected override willUpdate(changed: PropertyValues): void {
    const recheck = this.recheck;
    this.recheck = false;
    const has = (...names: string[]) => recheck || names.some((name) => changed.has(name));
    if (has('adapter', 'outerAdapter')) this.adapterProvider.setValue(this.adapter ?? this.outerAdapter);
    if (has('policy', 'preset', 'outerPolicy')) this.updatePolicy();
    if (has('actor', 'outerActor')) this.updateActor();
    if (has('locale', 'messages', 'outerLocale')) this.updateLocale();
    if (has('timeout', 'outerTimeout')) this.updateTimeout();
  }

  private updateTimeout(): void {
    const given: unknown = this.timeout;
    const valid = typeof given === 'number' && given > 0;
    if (given !== undefined && given !== null && !valid) console.warn(`<lifecycle-provider> timeout must be a positive number of milliseconds; got ${String(given)}. The adapter's timeout applies.`);
    this.timeoutProvider.setValue(valid ? given : this.outerTimeout);
  }

  private updatePolicy(): void {
    const preset: unknown = this.preset;
    if (preset !== undefined && preset !== null && !isPresetName(preset)) {
      this.rejected.policy = this.report('preset', [{ path: '(root)', message: `expected one of ${PRESET_NAMES.join(', ')}` }]);
      return;
    }
    const overrides = this.parse((c) => c.checkPolicy, this.policy, 'policy');
    if (overrides === KEEP) return;
    this.rejected.policy = undefined;
    const base = isPresetName(preset) ? resolvePolicy(preset) : (this.outerPolicy ?? DEFAULT_POLICY);
    this.policyProvider.setValue(resolvePolicy(overrides, base));
  }

  private updateActor(): void {
    const actor = this.parse((c) => c.checkActor, this.actor, 'actor');
    if (actor === KEEP) return;
    this.rejected.actor = undefined;
    this.actorProvider.setValue(actor ?? this.outerActor);
  }

  private updateLocale(): void {
    const checks = this.messages === undefined || this.messages === null ? undefined : this.need();
    if (checks === KEEP) return;
    const outer = this.outerLocale ?? {};
    this.localeProvider.setValue({
      locale: toLocale(this.locale) ?? outer.locale,
      overrides: { ...outer.overrides, ...checks?.toOverrides(this.messages, '<lifecycle-provider>.messages') },
    });
  }

  /** `value` checked (undefined when unset), or `KEEP`: it is invalid (reported), or the checks are still loading. */
  private parse<T>(pick: (checks: Checks) => (value: unknown) => Checked<T>, value: unknown, name: 'policy' | 'actor'): T | undefined | typeof KEEP {
    if (value === undefined || value === null) return undefined;
    const checks = this.need();
    if (checks === KEEP) return KEEP;
    const result = pick(checks)(value);
    if (result.ok) return result.value;
    this.rejected[name] = this.report(name, result.issues);
    return KEEP;
  }

  /** The checks, or `KEEP` while they load (every host value is checked again once they have). */
  private need(): Checks | typeof KEEP {
    if (this.checks) return this.checks;
    this.loading ??= import('./lifecycle-provider.check.js').then(
      (checks) => {
        this.checks = checks;
        this.recheck = true;
        this.requestUpdate();
      },
      // Tried again when the host next sets one of them.
      (error: unknown) => console.warn('<lifecycle-provider> could not load its checks of .policy, .actor and .messages; the previous values are kept.', error),
    ).finally(() => (this.loading = undefined));
    return KEEP;
  }

  /** Also waits for the checks of host values, when they are loading. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.loading) {
      await this.loading;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** Warns with the readable issues; returns them as an `invalid-data` error. */
  private report(name: string, issues: DataIssue[]): LifecycleError {
    const lines = issues.map((issue) => `\n  ${issue.path}: ${issue.message}`).join('');
    const error = new LifecycleError('invalid-data', `<lifecycle-provider> ${name} is invalid; the previous value is kept.${lines}`, {
      issues, operation: name, retryable: false,
    });
    console.warn(error.message);
    return error;
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

const KEEP = Symbol('keep');

declare global {
  interface HTMLElementTagNameMap {
    'lifecycle-provider': LifecycleProvider;
  }
}
