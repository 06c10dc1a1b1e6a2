/**
 * The catalogues loaded so far and the host's overrides, without the English
 * catalogue itself: the presentational badge reads them and stays small.
 * `catalog.ts` builds the public API (English included) on top of this.
 */
import type { Catalog, MessageKey } from './en.js';
import type { Locale } from './locale.js';

/** Some messages, replacing the built-in ones. */
export type MessageOverrides = Partial<Record<MessageKey, string>>;

/**
 * `table[key]` when the table itself has it, else undefined (also for a table that is
 * undefined or null): a key an extension of `Object.prototype` added is not a message.
 */
export function own<T>(table: Readonly<Partial<Record<string, T>>> | null | undefined, key: string): T | undefined {
  return table !== null && table !== undefined && Object.hasOwn(table, key) ? table[key] : undefined;
}

const loading = new Map<Locale, Promise<Catalog>>();
const loaded = new Map<Locale, Catalog>();
const hostMessages = new Map<Locale, MessageOverrides>();
const listeners = new Set<() => void>();

/**
 * The catalogue of `locale`, loading it on first use (cached; a failed load
 * is retried on the next call).
 */
export function loadCatalog(locale: Locale): Promise<Catalog> {
  let promise = loading.get(locale);
  if (!promise) {
    const load = locale === 'es' ? import('./es.js').then((m) => m.es) : import('./en.js').then((m) => m.en);
    promise = load.then((catalog: Catalog) => {
      loaded.set(locale, catalog);
      return catalog;
    });
    promise.catch(() => loading.delete(locale));
    loading.set(locale, promise);
  }
  return promise;
}

/** The catalogue of `locale` if it has already loaded by `loadCatalog`, else undefined. */
export function loadedCatalog(locale: Locale): Catalog | undefined {
  return loaded.get(locale);
}

/** Stores checked overrides for `locale` and tells the listeners. */
export function storeHostMessages(locale: Locale, overrides: MessageOverrides): void {
  hostMessages.set(locale, overrides);
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
