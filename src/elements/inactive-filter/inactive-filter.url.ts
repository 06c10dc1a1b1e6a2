/**
 * `sync-url`: keeps a value in the page's query string. The user's choices
 * push a history entry (so back and forward step through them); other changes
 * replace the current one; back/forward (`popstate`) report the value found.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class UrlSync implements ReactiveController {
  /** The next write is the user's choice: a new history entry. */
  push = false;
  private readonly onPopState = () => {
    const name = this.name();
    if (name !== undefined) this.popped(this.read(name));
  };

  constructor(
    host: ReactiveControllerHost,
    /** The parameter's name; undefined: no syncing. */
    private readonly name: () => string | undefined,
    /** Back or forward: the parameter's value now (null when absent). */
    private readonly popped: (found: string | null) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.onPopState);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.onPopState);
  }

  /** The parameter's value in the current URL, or null. */
  read(name: string): string | null {
    return new URL(location.href).searchParams.get(name);
  }

  /** Puts `value` in the URL unless it is there already, or absent and `value` is the default. */
  write(value: string, defaultValue: string): void {
    const push = this.push;
    this.push = false;
    const name = this.name();
    if (name === undefined) return;
    const url = new URL(location.href);
    const found = url.searchParams.get(name);
    if (found === value || (found === null && value === defaultValue)) return;
    url.searchParams.set(name, value);
    if (push) history.pushState(history.state, '', url);
    else history.replaceState(history.state, '', url);
  }
}
