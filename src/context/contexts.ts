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
import type { LocaleSettings } from '../i18n/element-localizer.js';

/** The host's adapter, as given (the consumer guards it). */
export const adapterContext = createContext<LifecycleAdapter | undefined>(Symbol.for('customer-lifecycle-kit/adapter'));

/** The resolved lifecycle policy. */
export const policyContext = createContext<Policy>(Symbol.for('customer-lifecycle-kit/policy'));

/** The provider's locale and message overrides. */
export type LocaleContextValue = LocaleSettings;

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

/** The `<lifecycle-provider>` elements connected in each document (by `Symbol.for`, so bundled copies share it). */
const PRESENT = Symbol.for('customer-lifecycle-kit/providers');
/** Fired on a document when a provider connects in it. */
const PROVIDER_EVENT = 'customer-lifecycle-kit-provider';

type Tracked = Document & { [PRESENT]?: Set<Element> };

/** Called by `<lifecycle-provider>` on connect and disconnect: keeps its document's set of providers. */
export function trackProvider(provider: Element, connected: boolean): void {
  const doc = provider.ownerDocument as Tracked;
  const present = (doc[PRESENT] ??= new Set());
  if (!connected) {
    present.delete(provider);
    return;
  }
  present.add(provider);
  doc.dispatchEvent(new Event(PROVIDER_EVENT));
}

/** Whether a provider is connected in `el`'s document. */
export function hasProvider(el: Element): boolean {
  return !!(el.ownerDocument as Tracked)[PRESENT]?.size;
}

/**
 * Calls `ready` at once when a provider is connected in `el`'s document,
 * else when the first one connects there; returns the cancel. Elements that
 * appear by the thousand (the badge) ask for context only once there is a
 * provider to answer, so a page without one pays no request per badge.
 */
export function whenProvider(el: Element, ready: () => void): () => void {
  const doc = el.ownerDocument;
  if (hasProvider(el)) {
    ready();
    return () => {};
  }
  const listener = () => ready();
  doc.addEventListener(PROVIDER_EVENT, listener, { once: true });
  return () => doc.removeEventListener(PROVIDER_EVENT, listener);
}
