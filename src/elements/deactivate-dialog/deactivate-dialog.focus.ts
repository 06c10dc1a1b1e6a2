/**
 * Focus and opening helpers of `<deactivate-dialog>`: where focus was, the
 * Tab wrap of the WAI-ARIA modal dialog pattern, and the invoker-command
 * wiring (`<button commandfor="…" command="--show">`).
 */

/** The focused element, looking through open shadow roots. */
export function deepActive(root: Document | ShadowRoot = document): HTMLElement | null {
  let active = root.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

const TABBABLE = 'button, input, textarea, select, a[href], [tabindex]:not([tabindex="-1"])';

/** APG modal dialog: Tab from the last control goes to the first, Shift+Tab from the first to the last. */
export function wrapTab(event: KeyboardEvent, container: HTMLElement): void {
  if (event.key !== 'Tab') return;
  const items = [...container.querySelectorAll<HTMLElement>(TABBABLE)]
    .filter((e) => !e.matches(':disabled') && e.getClientRects().length > 0);
  const first = items[0];
  const last = items[items.length - 1];
  if (!first || !last) return;
  const active = (container.getRootNode() as ShadowRoot | Document).activeElement;
  const target = event.shiftKey ? (active === first || !items.includes(active as HTMLElement) ? last : null)
    : (active === last ? first : null);
  if (target) {
    event.preventDefault();
    target.focus();
  }
}

/** What an invoker command asks: `show` (`--show`, `--open`), `close` (`--close`), or nothing we know. */
export interface Command {
  command: 'show' | 'close' | null;
  source: HTMLElement | null;
}

/** Reads a `command` event (Invoker Commands) without depending on its type being in the DOM library. */
export function readCommand(event: Event): Command {
  const { command, source } = event as Event & { command?: unknown; source?: unknown };
  const name = command === '--show' || command === '--open' ? 'show' : command === '--close' ? 'close' : null;
  return { command: name, source: source instanceof HTMLElement ? source : null };
}

/** "a b,c" → ["a", "b", "c"]: the `customer-ids` attribute. */
export const idsConverter = {
  fromAttribute: (value: string | null): string[] => (value ?? '').split(/[\s,]+/).filter(Boolean),
  toAttribute: (value: string[]): string => value.join(' '),
};
