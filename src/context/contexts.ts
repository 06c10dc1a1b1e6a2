/**
 * The services the provider hands down by @lit/context. Keys are
 * `Symbol.for('customer-lifecycle-kit/…')`, so two bundled copies of the kit
 * still find each other's providers.
 *
 * The ordering trap (a consumer upgraded before its provider never hears of
 * it) is avoided by `ensureContextRoot`: the kit's consumer controllers call it
 * on connect, before their first request, so one `ContextRoot` on the
 * document keeps unanswered requests and replays them when a provider connects.
 */
import { ContextRoot, createContext } from '@lit/context';
import type { Actor, LifecycleAdapter, Policy } from '../adapter/types.js';
import type { MessageOverrides } from '../i18n/catalog.js';
import type { Locale } from '../i18n/locale.js';

/** The host's adapter, as given (the consumer guards it). */
export const adapterContext = createContext<LifecycleAdapter | undefined>(Symbol.for('customer-lifecycle-kit/adapter'));

/** The resolved lifecycle policy. */
export const policyContext = createContext<Policy>(Symbol.for('customer-lifecycle-kit/policy'));

/** The provider's locale and message overrides. */
export interface LocaleContextValue {
  /** When set, wins over the nearest `lang`. */
  locale?: Locale | undefined;
  /** Messages that win over the catalogue and `setMessages`. */
  overrides?: MessageOverrides | undefined;
}

/** The locale and message overrides from the provider. */
export const localeContext = createContext<LocaleContextValue>(Symbol.for('customer-lifecycle-kit/locale'));

/** The current user, recorded with every change (D7, G7). */
export const actorContext = createContext<Actor | undefined>(Symbol.for('customer-lifecycle-kit/actor'));

/** The provider's `timeout` (ms) for every adapter call made below it. */
export const timeoutContext = createContext<number | undefined>(Symbol.for('customer-lifecycle-kit/timeout'));

const rooted = new WeakSet<Document>();

/**
 * Attaches one `ContextRoot` to the element's document (once per document),
 * so context requests made before a provider is defined are answered later.
 */
export function ensureContextRoot(el: Element): void {
  const doc = el.ownerDocument;
  if (rooted.has(doc)) return;
  const root = doc.documentElement;
  if (!(root instanceof HTMLElement)) return;
  rooted.add(doc);
  new ContextRoot().attach(root);
}

/**
 * Set on `globalThis` (a count) once a `<lifecycle-provider>` has connected on
 * the page, and announced with `PROVIDER_EVENT` on `window`: elements that
 * appear by the thousand (the badge) ask for context only once there is a
 * provider to answer. Symbol and event name are shared by bundled copies.
 */
export const PROVIDERS = Symbol.for('customer-lifecycle-kit/providers');
export const PROVIDER_EVENT = 'customer-lifecycle-kit-provider';
