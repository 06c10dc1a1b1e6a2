/**
 * Focus in `<deactivate-dialog>`: where focus was (to return it on close), and
 * the Tab wrap of the WAI-ARIA modal dialog pattern.
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

/**
 * Focus of a modal `<dialog>`: where it was when opened (the opener), moved
 * inside on showing, and returned to the opener on closing.
 */
export class ModalFocus {
  private opener: HTMLElement | null = null;

  /** Remembers `opener`, or the focused element; with `keep`, an opener already remembered stays. */
  remember(opener?: HTMLElement | null, keep = false): void {
    if (keep && this.opener) return;
    this.opener = opener ?? deepActive();
  }

  /**
   * Shows `dialog` as a modal while `open` (again, when it was moved in the page) and focuses `initial`; closes it
   * when not, and focuses the opener. Returns whether focus went back to the opener when it closed the dialog.
   */
  sync(open: boolean, dialog: HTMLDialogElement | null, initial: () => HTMLElement | null): boolean | undefined {
    if (open && dialog?.isConnected && (!dialog.open || !dialog.matches(':modal'))) {
      if (dialog.open) dialog.close(); // open but no longer modal: it was moved in the page
      dialog.showModal();
      initial()?.focus();
    } else if (!open && dialog?.open) {
      dialog.close();
      const opener = this.opener;
      this.opener = null;
      // An opener that is gone, hidden or disabled takes no focus.
      if (opener?.isConnected) opener.focus();
      return opener !== null && deepActive() === opener;
    }
    return undefined;
  }
}
