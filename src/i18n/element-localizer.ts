/**
 * `ElementLocalizer`: the messages and formatting of a Lit element's locale,
 * with the English it falls back to given by the element (its own messages
 * only, so it does not carry the whole catalogue). The locale is the one the
 * element is given (`settings()`: the provider's, read by the element's
 * `LifecycleController`), else the nearest `lang` — re-read on connect and
 * whenever a `lang` attribute changes in the document (one shared
 * MutationObserver). Until a catalogue has loaded, the element renders
 * English, never blanks.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Money } from '../adapter/types.js';
import { loadCatalog, loadedCatalog, onMessagesChange, pickOverrides, type MessageOverrides } from './catalogs.js';
import type { Catalog, MessageKey } from './en.js';
import type { MessageParams } from './format.js';
import { localizerFor, type DateInput, type Localizer } from './localizer.js';
import { nearestLang, toLocale, watchLang, type Locale } from './locale.js';

/** The locale and messages an element is given from outside (by `<lifecycle-provider>`). */
export interface LocaleSettings {
  /** When set, wins over the nearest `lang`. */
  locale?: Locale | undefined;
  /** Messages that win over the catalogue and `setMessages`. */
  overrides?: MessageOverrides | undefined;
}

/** What the controller reads from its host, whenever it needs them. */
export interface ElementLocalizerOptions {
  /** The element's own overrides (its `.messages` property); read before each render, they win over all others. */
  messages?: () => unknown;
  /** The locale and overrides given from outside; call `refresh()` when they change. */
  settings?: () => LocaleSettings | undefined;
  /**
   * The rest of the element's English, loaded on connect: until it is there,
   * the element shows what `english` has, and its own `.messages` wait for it.
   */
  rest?: () => Promise<Partial<Catalog>>;
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
export class ElementLocalizer implements ReactiveController, Localizer {
  private localizer: Localizer;
  private ownValue: unknown;
  private ownOverrides: MessageOverrides = {};
  private givenOverrides: MessageOverrides | undefined;
  private key = '';
  private unlisten: (() => void) | undefined;
  /** The English this element shows (its fallback, and the keys its `.messages` may override); `rest` and `addEnglish` add to it. */
  private english: Partial<Catalog>;
  private loadingRest: Promise<void> | undefined;
  private complete: boolean;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    english: Partial<Catalog>,
    private readonly options: ElementLocalizerOptions = {},
  ) {
    // No prototype: `rest` sets every key of the catalogue, and on a page whose Object.prototype
    // has one of them as a getter without a setter, setting it on a plain object throws.
    this.english = options.rest ? Object.assign(Object.create(null) as Partial<Catalog>, english) : english;
    this.complete = !options.rest;
    this.localizer = localizerFor(this.english, 'en');
    // Last: on a connected host (a controller added later), this runs hostConnected at once.
    host.addController(this);
  }

  /** The locale whose messages are shown now (English while another one loads). */
  get locale(): Locale {
    return this.localizer.locale;
  }

  /** The locale asked for: the one given, else the nearest `lang`. */
  get requestedLocale(): Locale {
    return this.options.settings?.()?.locale ?? toLocale(nearestLang(this.host)) ?? 'en';
  }

  /** Resolves once the element's whole English is there (at once without `rest`; a failed load is tried again). */
  ready(): Promise<void> {
    if (this.complete || !this.options.rest) return Promise.resolve();
    this.loadingRest ??= this.options.rest().then(
      (rest) => {
        Object.assign(this.english, rest);
        this.complete = true;
        this.key = '';
        this.refresh();
      },
      () => {
        this.loadingRest = undefined;
      },
    );
    return this.loadingRest;
  }

  /** Adds English the element shows from now on (a part loaded later, such as the bound badge's Retry). */
  addEnglish(more: Partial<Catalog>): void {
    this.english = Object.assign(Object.create(null) as Partial<Catalog>, this.english, more);
    this.key = '';
    this.refresh();
  }

  hostConnected(): void {
    void this.ready();
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
  }

  hostUpdate(): void {
    const value = this.complete ? this.options.messages?.() : undefined;
    if (value === this.ownValue) return;
    this.ownValue = value;
    this.ownOverrides = value === undefined || value === null ? {} : pickOverrides(value, this.english, '.messages');
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
    const overrides = this.options.settings?.()?.overrides;
    const key = `${locale}|${intl}`;
    if (key === this.key && overrides === this.givenOverrides) return;
    this.key = key;
    this.givenOverrides = overrides;
    this.localizer = localizerFor(this.english, locale, {
      intlLocale: intl, overrides: { ...overrides, ...this.ownOverrides }, catalog: locale === 'en' ? this.english : undefined,
    });
    if (render) this.host.requestUpdate();
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
