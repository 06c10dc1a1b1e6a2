/**
 * The demo's actions menu: a menu button following the WAI-ARIA menu button
 * pattern. The button opens a `role="menu"` list; arrow keys move (wrapping),
 * Home/End jump, a letter moves to the next item starting with it, Enter or
 * Space chooses, Escape closes and returns focus to the button, Tab closes.
 * A disabled item stays in the list (focusable, `aria-disabled`) with its
 * reason shown under it. Choosing fires `demo-menu-select` with the item's id.
 */
import { LitElement, css, html, nothing } from 'lit';
import { property, query, queryAll, state } from 'lit/decorators.js';

export interface MenuItem {
  id: string;
  label: string;
  /** Shown but not choosable; `hint` says why. */
  disabled?: boolean;
  hint?: string;
}

export class DemoMenuSelectEvent extends CustomEvent<{ id: string }> {
  constructor(id: string) {
    super('demo-menu-select', { detail: { id }, bubbles: true, composed: true });
  }
}

let nextId = 0;

export class DemoMenu extends LitElement {
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  static override styles = css`
    :host { position: relative; display: inline-block; }
    button {
      font: inherit; color: inherit; background: transparent; cursor: pointer;
      border: 1px solid var(--demo-border, #818b98); border-radius: 0.375rem; padding: 0.2rem 0.55rem; min-width: 2.25rem; min-height: 2rem;
    }
    button:hover { background: var(--demo-hover, #8882); }
    button:focus-visible, [role='menuitem']:focus-visible { outline: 2px solid var(--demo-focus, #0b57d0); outline-offset: 2px; }
    [role='menu'] {
      position: absolute; inset-inline-end: 0; top: calc(100% + 0.25rem); z-index: 10; margin: 0; padding: 0.25rem;
      list-style: none; min-width: 13rem; text-align: start;
      background: var(--demo-surface, #fff); color: var(--demo-text, #1f2328);
      border: 1px solid var(--demo-border, #818b98); border-radius: 0.375rem; box-shadow: 0 4px 16px #0003;
    }
    [role='menu'][hidden] { display: none; }
    [role='menuitem'] { padding: 0.4rem 0.6rem; border-radius: 0.25rem; cursor: pointer; }
    [role='menuitem']:hover, [role='menuitem']:focus { background: var(--demo-hover, #8882); }
    [role='menuitem'][aria-disabled='true'] { cursor: default; color: var(--demo-muted, #59636e); }
    .hint { display: block; font-size: 0.8125rem; color: var(--demo-muted, #59636e); }
  `;

  /** The button's accessible name ("Actions for José Álvarez"). */
  @property() label = '';

  /** The button's visible text (default: the three dots). */
  @property() text = '⋯';

  /** The items, in order. */
  @property({ attribute: false }) items: MenuItem[] = [];

  @state() private expanded = false;

  @query('button') private button!: HTMLButtonElement;
  @queryAll('[role="menuitem"]') private menuItems!: NodeListOf<HTMLElement>;

  private readonly menuId = `demo-menu-${++nextId}`;

  private readonly onOutside = (event: PointerEvent) => {
    if (!event.composedPath().includes(this)) this.close(false);
  };

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('pointerdown', this.onOutside);
  }

  /** Opens the menu and focuses its first (or last) item. */
  async openMenu(focus: 'first' | 'last' = 'first'): Promise<void> {
    if (this.items.length === 0) return;
    this.expanded = true;
    document.addEventListener('pointerdown', this.onOutside);
    await this.updateComplete;
    const items = [...this.menuItems];
    items[focus === 'first' ? 0 : items.length - 1]?.focus();
  }

  /** Closes the menu; with `refocus`, focus goes back to the button. */
  close(refocus = true): void {
    if (!this.expanded) return;
    this.expanded = false;
    document.removeEventListener('pointerdown', this.onOutside);
    if (refocus) this.button.focus();
  }

  private onButtonKey(event: KeyboardEvent): void {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      void this.openMenu(event.key === 'ArrowDown' ? 'first' : 'last');
    }
  }

  private onButtonClick(): void {
    if (this.expanded) this.close();
    else void this.openMenu();
  }

  private onMenuKey(event: KeyboardEvent): void {
    const items = [...this.menuItems];
    const current = items.indexOf(this.shadowRoot!.activeElement as HTMLElement);
    const move = (index: number) => items[(index + items.length) % items.length]?.focus();
    switch (event.key) {
      case 'ArrowDown': move(current + 1); break;
      case 'ArrowUp': move(current - 1); break;
      case 'Home': move(0); break;
      case 'End': move(items.length - 1); break;
      case 'Escape': this.close(); break;
      case 'Tab': this.close(); return; // from the button, Tab's own move goes on to the next control
      case 'Enter':
      case ' ': this.choose(this.items[current]); break;
      default: {
        if (event.key.length !== 1 || event.ctrlKey || event.metaKey || event.altKey) return;
        const letter = event.key.toLocaleLowerCase();
        const order = [...items.slice(current + 1), ...items.slice(0, current + 1)];
        order.find((item) => item.textContent!.trim().toLocaleLowerCase().startsWith(letter))?.focus();
      }
    }
    event.preventDefault();
  }

  private choose(item: MenuItem | undefined): void {
    if (!item || item.disabled) return;
    this.close();
    this.dispatchEvent(new DemoMenuSelectEvent(item.id));
  }

  protected override render() {
    return html`
      <button type="button" aria-haspopup="menu" aria-expanded=${this.expanded ? 'true' : 'false'} aria-controls=${this.menuId}
        aria-label=${this.label || nothing} @click=${this.onButtonClick} @keydown=${this.onButtonKey}>${this.text}</button>
      <ul role="menu" id=${this.menuId} aria-label=${this.label || nothing} ?hidden=${!this.expanded} @keydown=${this.onMenuKey}>
        ${this.items.map((item, i) => html`
          <li role="menuitem" tabindex="-1" aria-disabled=${item.disabled ? 'true' : 'false'}
            aria-label=${item.hint ? item.label : nothing} aria-describedby=${item.hint ? `${this.menuId}-hint-${i}` : nothing}
            @click=${() => this.choose(item)}>${item.label}${item.hint
              ? html`<span class="hint" id=${`${this.menuId}-hint-${i}`}>${item.hint}</span>` : nothing}</li>`)}
      </ul>`;
  }
}

if (!customElements.get('demo-menu')) customElements.define('demo-menu', DemoMenu);

declare global {
  interface HTMLElementTagNameMap {
    'demo-menu': DemoMenu;
  }
  interface HTMLElementEventMap {
    'demo-menu-select': DemoMenuSelectEvent;
  }
}
