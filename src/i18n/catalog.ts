/**
 * Catalogues and host overrides. English is bundled; Spanish is loaded with a
 * dynamic `import()` the first time it is asked for, once. Hosts can override
 * any message per locale with `setMessages`; elements listen for changes.
 */
import { en, type Catalog, type MessageKey } from './en.js';
import type { Locale } from './locale.js';

/** Some messages, replacing the built-in ones. */
export type MessageOverrides = Partial<Record<MessageKey, string>>;

const loading = new Map<Locale, Promise<Catalog>>([['en', Promise.resolve(en)]]);
const loaded = new Map<Locale, Catalog>([['en', en]]);
const hostMessages = new Map<Locale, MessageOverrides>();
const listeners = new Set<() => void>();

/** Whether `key` is a message key of the kit. */
export function isMessageKey(key: unknown): key is MessageKey {
  return typeof key === 'string' && Object.hasOwn(en, key);
}

/**
 * The catalogue of `locale`, loading it on first use (cached; a failed load
 * is retried on the next call).
 */
export function loadCatalog(locale: Locale): Promise<Catalog> {
  let promise = loading.get(locale);
  if (!promise) {
    promise = import('./es.js').then(({ es }) => {
      loaded.set(locale, es);
      return es;
    });
    promise.catch(() => loading.delete(locale));
    loading.set(locale, promise);
  }
  return promise;
}

/** The catalogue of `locale` if it has already loaded, else undefined. */
export function loadedCatalog(locale: Locale): Catalog | undefined {
  return loaded.get(locale);
}

/**
 * Keeps the entries of a host's value that are known keys with string
 * values; warns about the rest. Anything that is not an object gives `{}`.
 */
export function toOverrides(value: unknown, source = 'messages'): MessageOverrides {
  const result: MessageOverrides = {};
  if (typeof value !== 'object' || value === null) return result;
  for (const [key, text] of Object.entries(value)) {
    if (isMessageKey(key) && typeof text === 'string') result[key] = text;
    else console.warn(`customer-lifecycle-kit: ${source}: ignored "${key}" (unknown key or not a string).`);
  }
  return result;
}

/**
 * Replaces the host's overrides for `locale` (pass `{}` to clear them).
 * Connected elements re-render.
 */
export function setMessages(locale: Locale, overrides: MessageOverrides): void {
  hostMessages.set(locale, toOverrides(overrides, `setMessages('${locale}')`));
  for (const listener of listeners) listener();
}

/** The host's overrides for `locale` set with `setMessages`. */
export function hostOverrides(locale: Locale): MessageOverrides {
  return hostMessages.get(locale) ?? {};
}

/** Calls `listener` after every `setMessages`; returns the unsubscribe. */
export function onMessagesChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
