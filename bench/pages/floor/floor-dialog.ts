/**
 * The floor of the deactivate flow: a confirmation written by hand around a
 * native `<dialog>` in a shadow root — a title, the consequence, a reason
 * field, an acknowledgement checkbox, Cancel and Deactivate. `show()` opens
 * it modal with Cancel focused; Deactivate is enabled once the box is
 * ticked. No adapter, no preview, no localisation: what the kit's dialog is
 * judged against.
 */
const sheet = new CSSStyleSheet();
sheet.replaceSync(`dialog{max-inline-size:32rem;border:1px solid #888;border-radius:.5rem;padding:1.25rem}
dialog::backdrop{background:rgb(0 0 0 / .4)}h2{margin:0 0 .75rem;font-size:1.25rem}
textarea{display:block;inline-size:100%;margin-block:.5rem}footer{display:flex;justify-content:end;gap:.5rem;margin-block-start:1rem}`);

export class FloorDialog extends HTMLElement {
  #root = this.attachShadow({ mode: 'open' });
  #dialog?: HTMLDialogElement;
  #cancel?: HTMLButtonElement;

  /** Opens the dialog modal, Cancel focused. */
  show(): void {
    if (!this.#dialog) this.#build();
    this.#dialog!.showModal();
    this.#cancel!.focus();
  }

  close(): void {
    this.#dialog?.close();
  }

  get dialog(): HTMLDialogElement | undefined {
    return this.#dialog;
  }

  #build(): void {
    const root = this.#root;
    root.adoptedStyleSheets = [sheet];
    root.innerHTML = `<dialog aria-labelledby="t"><h2 id="t">Deactivate ${this.getAttribute('name') ?? 'customer'}?</h2>
<p>Their locations and services are deactivated with them, and open invoices are put on hold.</p>
<label>Reason<textarea rows="3"></textarea></label>
<label><input type="checkbox"> I understand</label>
<footer><button part="cancel">Cancel</button><button part="confirm" disabled>Deactivate</button></footer></dialog>`;
    this.#dialog = root.querySelector('dialog')!;
    this.#cancel = root.querySelector<HTMLButtonElement>('[part=cancel]')!;
    const confirm = root.querySelector<HTMLButtonElement>('[part=confirm]')!;
    root.querySelector('input')!.addEventListener('change', (event) => {
      confirm.disabled = !(event.target as HTMLInputElement).checked;
    });
    this.#cancel.addEventListener('click', () => this.close());
  }
}
customElements.define('floor-dialog', FloorDialog);

declare global {
  interface HTMLElementTagNameMap {
    'floor-dialog': FloorDialog;
  }
}
