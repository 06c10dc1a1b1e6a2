/**
 * The catalogues and the host's overrides, shared by every element of the
 * page. No catalogue is bundled here: English and Spanish are loaded with a
 * dynamic `import()` the first time they are asked for, once, so an element
 * that carries only its own English (the badge, the filter) stays small.
 * `host.ts` adds what needs the whole English catalogue (`setMessages`,
 * `isMessageKey`, `createLocalizer`).
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

/**
 * The entries of a host's `value` whose key `known` has and whose text is a
 * string; warns (naming `source`) about the rest. Anything that is not an object gives `{}`.
 */
export function pickOverrides(value: unknown, known: Readonly<Record<string, unknown>>, source: string): MessageOverrides {
  if (typeof value !== 'object' || value === null) return {};
  const kept: [string, string][] = [];
  for (const [key, text] of Object.entries(value)) {
    if (Object.hasOwn(known, key) && typeof text === 'string') kept.push([key, text]);
    else console.warn(`customer-lifecycle-kit: ${source}: ignored "${key}" (unknown key or not a string).`);
  }
  // Defined, not assigned: an assignment would run a setter (or meet a getter) that Object.prototype has for the key.
  return Object.fromEntries(kept);
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

/** The catalogue of `locale` once `loadCatalog` has loaded it, else undefined. */
export function loadedCatalog(locale: Locale): Catalog | undefined {
  return loaded.get(locale);
}

/** Stores checked overrides for `locale` and tells the listeners (see `setMessages`). */
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
