/**
 * `LocalizeController`: `LocalizeCore` with the whole English catalogue, for
 * elements that show messages of every area (the dialog, the service form).
 * The locale comes from the provider's `localeContext` when it sets one, else
 * from the nearest `lang`; until a catalogue has loaded, the element renders
 * English, never blanks.
 */
import type { ReactiveControllerHost } from 'lit';
import { en } from './en.js';
import { LocalizeCore, type LocalizeOptions } from './localize-core.js';

export { LocalizeCore, type LocalizeOptions } from './localize-core.js';

/** Messages and `Intl` formatting for a Lit element, following its locale. */
export class LocalizeController extends LocalizeCore {
  constructor(host: ReactiveControllerHost & HTMLElement, options: LocalizeOptions = {}) {
    super(host, en, options);
  }
}
