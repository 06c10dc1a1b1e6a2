/**
 * Invoker Commands for `<deactivate-dialog>`: `<button commandfor="{id}"
 * command="--show">` opens it (and `--close` closes it), natively where the
 * browser has them and by reading the click where it has not.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

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

/** Hands the host every command meant for it, native or read from a click, while it is connected. */
export class InvokerCommands implements ReactiveController {
  private stop: () => void = () => undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement, private readonly onCommand: (command: Command) => void) {
    host.addController(this);
    host.addEventListener('command', (event) => onCommand(readCommand(event)));
  }

  hostConnected(): void {
    this.stop = listenForInvokers(this.host, this.onCommand);
  }

  hostDisconnected(): void {
    this.stop();
  }
}
