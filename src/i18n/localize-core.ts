/**
 * `LocalizeCore`: gives a Lit element the messages and formatting of its
 * locale, with the English it falls back to given by the element (its own
 * messages only, so it does not carry the whole catalogue). The locale comes from the provider's `localeContext` when it
 * sets one, else from the nearest `lang` (re-read on connect and whenever a
 * `lang` attribute changes in the document: one shared MutationObserver).
 * Until a catalogue has loaded, the element renders English, never blanks.
 */
import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ensureContextRoot, localeContext } from '../context/contexts.js';
import { loadCatalog, loadedCatalog, onMessagesChange, type MessageOverrides } from './registry.js';
import type { Catalog, MessageKey } from './en.js';
import type { MessageParams } from './format.js';
import { createLocalizerWith, type DateInput, type Localizer } from './localizer-core.js';
import { nearestLang, toLocale, watchLang, type Locale } from './locale.js';
import type { Money } from '../adapter/types.js';

/** What the controller may read from its host. */
export interface LocalizeOptions {
  /** The element's own overrides (e.g. its `.messages` property); read before each render, they win over all others. */
  messages?: () => unknown;
}

/** A valid BCP 47 tag for `Intl`, or `fallback`. */
function intlTag(tag: string, fallback: string): string {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? fallback;
  } catch {
    return fallback;
  }
}

/** Messages and `Intl` formatting for a Lit element, following its locale. */
export class LocalizeCore implements ReactiveController, Localizer {
  private localizer: Localizer;
  private readonly context: ContextConsumer<typeof localeContext, ReactiveControllerHost & HTMLElement>;
  private ownValue: unknown;
  private ownOverrides: MessageOverrides = {};
  private contextOverrides: MessageOverrides | undefined;
  private key = '';
  private unlisten: (() => void) | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** The English messages this element shows (its fallback, and the keys its `.messages` may override). */
    private readonly english: Partial<Catalog>,
    private readonly options: LocalizeOptions = {},
  ) {
    this.localizer = createLocalizerWith(english, 'en');
    this.context = new ContextConsumer(host, { context: localeContext, subscribe: true, callback: () => this.refresh() });
    // Last: on a connected host (a controller added later), this runs hostConnected at once.
    host.addController(this);
  }

  /** The locale whose messages are shown now (English while another one loads). */
  get locale(): Locale {
    return this.localizer.locale;
  }

  /** The locale asked for: from the provider, else the nearest `lang`. */
  get requestedLocale(): Locale {
    return this.context?.value?.locale ?? toLocale(nearestLang(this.host)) ?? 'en';
  }

  hostConnected(): void {
    ensureContextRoot(this.host);
    const unwatch = watchLang(() => this.refresh(), this.host.ownerDocument);
    const unlisten = onMessagesChange(() => this.host.requestUpdate());
    this.unlisten = () => {
      unwatch();
      unlisten();
    };
    this.refresh();
  }

  hostDisconnected(): void {
    this.unlisten?.();
    if (this.context) this.context.value = undefined;
  }

  hostUpdate(): void {
    const value = this.options.messages?.();
    if (value === this.ownValue) return;
    this.ownValue = value;
    this.ownOverrides = value === undefined || value === null ? {} : this.toOverrides(value);
    this.key = '';
    this.refresh(false);
  }

  /**
   * Re-reads the locale and rebuilds the messages when something changed,
   * requesting a render (unless `render` is false: called during one).
   */
  refresh(render = true): void {
    const tag = nearestLang(this.host);
    const wanted = this.requestedLocale;
    const catalog = wanted === 'en' ? this.english : loadedCatalog(wanted);
    if (!catalog) {
      loadCatalog(wanted).then(
        () => this.refresh(),
        (error: unknown) => console.warn(`customer-lifecycle-kit: could not load the "${wanted}" messages; showing English.`, error),
      );
    }
    const locale = catalog ? wanted : 'en';
    const intl = toLocale(tag) === locale ? intlTag(tag, locale) : locale;
    const overrides = this.context?.value?.overrides;
    const key = `${locale}|${intl}`;
    if (key === this.key && overrides === this.contextOverrides) return;
    this.key = key;
    this.contextOverrides = overrides;
    this.localizer = createLocalizerWith(this.english, locale, {
      intlLocale: intl, overrides: { ...overrides, ...this.ownOverrides }, catalog: locale === 'en' ? this.english : undefined,
    });
    if (render) this.host.requestUpdate();
  }

  /** The entries of the element's own `.messages` that it shows, as strings; warns about the rest. */
  private toOverrides(value: unknown): MessageOverrides {
    if (typeof value !== 'object' || value === null) return {};
    const kept: [string, string][] = [];
    for (const [key, text] of Object.entries(value)) {
      if (Object.hasOwn(this.english, key) && typeof text === 'string') kept.push([key, text]);
      else console.warn(`customer-lifecycle-kit: .messages: ignored "${key}" (not a message of this element, or not a string).`);
    }
    // Defined, not assigned: an assignment would run a setter (or meet a getter) that Object.prototype has for the key.
    return Object.fromEntries(kept);
  }

  /** See `Localizer.t`. */
  t(key: MessageKey, params?: MessageParams): string {
    return this.localizer.t(key, params);
  }
  /** See `Localizer.formatDate`. */
  formatDate(value: DateInput, options?: Intl.DateTimeFormatOptions): string {
    return this.localizer.formatDate(value, options);
  }
  /** See `Localizer.formatDateTime`. */
  formatDateTime(value: DateInput, options?: Intl.DateTimeFormatOptions): string {
    return this.localizer.formatDateTime(value, options);
  }
  /** See `Localizer.formatMoney`. */
  formatMoney(money: Money, options?: Intl.NumberFormatOptions): string {
    return this.localizer.formatMoney(money, options);
  }
  /** See `Localizer.formatNumber`. */
  formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
    return this.localizer.formatNumber(value, options);
  }
  /** See `Localizer.formatList`. */
  formatList(items: Iterable<string>, options?: Intl.ListFormatOptions): string {
    return this.localizer.formatList(items, options);
  }
}
