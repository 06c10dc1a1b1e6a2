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

function commandName(command: unknown): Command['command'] {
  return command === '--show' || command === '--open' ? 'show' : command === '--close' ? 'close' : null;
}

/** Reads a `command` event (Invoker Commands) without depending on its type being in the DOM library. */
export function readCommand(event: Event): Command {
  const { command, source } = event as Event & { command?: unknown; source?: unknown };
  return { command: commandName(command), source: source instanceof HTMLElement ? source : null };
}

/** Whether the browser runs Invoker Commands itself (Chrome 135+, Firefox 144+, Safari 26.2+; not WebKitGTK 2.50). */
export const nativeCommands = typeof HTMLButtonElement !== 'undefined' && 'commandForElement' in HTMLButtonElement.prototype;

/**
 * Where the browser has no Invoker Commands, reads a click on a
 * `<button commandfor="{host id}" command="…">` of the host's own tree as that
 * command, as the browser would: not for a click the page cancelled, nor for
 * a button of a form whose `type` is submit or reset. A button with
 * `commandfor` and no `type` is a plain button (HTML), so it does not submit
 * its form here either. Returns the function that stops it.
 */
export function listenForInvokers(host: HTMLElement, onCommand: (command: Command) => void, native = nativeCommands): () => void {
  if (native) return () => undefined;
  const root = host.getRootNode() as Document | ShadowRoot;
  const listener = (event: Event): void => {
    if (event.defaultPrevented || !host.id || host.getRootNode() !== root) return;
    const source = event.composedPath().find((node): node is HTMLButtonElement =>
      node instanceof HTMLButtonElement && node.getAttribute('commandfor') === host.id);
    const type = source?.getAttribute('type')?.toLowerCase();
    if (!source || source.getRootNode() !== root || (source.form && (type === 'submit' || type === 'reset'))) return;
    const command = commandName(source.getAttribute('command'));
    if (!command) return;
    if (source.form && type !== 'button') event.preventDefault();
    onCommand({ command, source });
  };
  root.addEventListener('click', listener);
  return () => root.removeEventListener('click', listener);
}

/** "a b,c a" → ["a", "b", "c"]: the `customer-ids` attribute, each id once. */
/** Whether two lists of ids are the same ids in the same order (a host re-binding its selection on every render). */
export const sameIds = (a: readonly string[] | undefined, b: readonly string[] | undefined): boolean =>
  a === b || (a !== undefined && b !== undefined && a.length === b.length && a.every((id, i) => id === b[i]));

export const idsConverter = {
  fromAttribute: (value: string | null): string[] => [...new Set((value ?? '').split(/[\s,]+/).filter(Boolean))],
  toAttribute: (value: string[]): string => value.join(' '),
};
