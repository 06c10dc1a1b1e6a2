// Names, roles and states of the interactive parts, as assistive technology
// gets them: roles and accessible names computed by axe-core (through shadow
// roots), states read from the ARIA and native attributes a screen reader
// announces, and every id reference (aria-describedby, aria-labelledby,
// label for=…) resolving to text in the same tree.
import { expect } from '@open-wc/testing';
import { storiesOf, type StoriesModule } from '../../stories/render.js';
import * as badge from '../../stories/customer-status-badge.stories.js';
import * as dialog from '../../stories/deactivate-dialog.stories.js';
import * as filter from '../../stories/inactive-filter.stories.js';
import * as serviceForm from '../../stories/service-reactivate-form.stories.js';
import { deepElements, deepText, exposed, kitElements, reads, resetCombination, showStory } from './support.js';

const modules = [badge, dialog, filter, serviceForm] as unknown as StoriesModule[];
const [badges, dialogs, filters, forms] = modules as [StoriesModule, StoriesModule, StoriesModule, StoriesModule];

const IDREFS = ['aria-describedby', 'aria-labelledby', 'aria-controls', 'aria-errormessage', 'aria-owns'];
const FOCUSABLE = 'button, input, select, textarea, a[href], [tabindex]';
/** The kit's controls: native ones and anything with a widget role. */
const CONTROLS = 'button, input, select, textarea, a[href], [role="radio"], [role="checkbox"], [role="switch"], [role="tab"], [role="option"]';

/** Every element of the kit's shadow roots under `canvas`. */
const parts = (canvas: Element) => kitElements(canvas).flatMap((host) => deepElements(host.shadowRoot!));

/** The part of the one kit element in `canvas` matching `selector` (throws when there is none). */
function part<T extends Element = HTMLElement>(canvas: Element, selector: string): T {
  const found = parts(canvas).find((el) => el.matches(selector));
  if (!found) throw new Error(`no ${selector} in: ${deepText(canvas)}`);
  return found as T;
}

/** The parts whose role and name read `role "name"`. */
async function named(canvas: Element, read: string): Promise<HTMLElement> {
  const all = parts(canvas).filter((el): el is HTMLElement => el instanceof HTMLElement && el.matches(`${FOCUSABLE}, [role], dialog, progress, fieldset`));
  const exposures = await exposed(all);
  const found = all.filter((_, i) => `${exposures[i]!.role} "${exposures[i]!.name}"` === read);
  if (found.length !== 1) throw new Error(`${found.length} parts read ${read}`);
  return found[0]!;
}

/** The text of what `el`'s `aria-describedby` points at, in its own tree. */
function description(el: Element): string {
  const root = el.getRootNode() as ShadowRoot | Document;
  return (el.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean)
    .map((id) => root.getElementById(id)?.textContent?.replace(/\s+/g, ' ').trim() ?? `(missing #${id})`).join(' ');
}

async function typeInto(field: HTMLInputElement | HTMLTextAreaElement, value: string): Promise<void> {
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  await (field.getRootNode() as ShadowRoot & { host: Element & { updateComplete: Promise<unknown> } }).host.updateComplete;
}

describe('names, roles and states', () => {
  afterEach(resetCombination);

  describe('every story', () => {
    let stories = 0;
    /** How many controls each stories file's stories showed, by component: a file whose stories show none checked nothing. */
    const controlsSeen = new Map<string, number>();
    for (const module of modules) {
      for (const { id, name } of storiesOf(module)) {
        it(`${module.default.component} "${name}": every control has a role and a name, every id reference resolves to text`, async () => {
          const canvas = await showStory(module, id);
          // What is not rendered (a closed dialog's content) is not exposed either.
          expect(kitElements(canvas), 'the story shows the kit').not.to.be.empty;
          const controls = parts(canvas).filter((el) => el.matches(CONTROLS) && el.checkVisibility());
          controlsSeen.set(module.default.component, (controlsSeen.get(module.default.component) ?? 0) + controls.length);
          for (const [i, { role, name: accessibleName }] of (await exposed(controls)).entries()) {
            const what = controls[i]!.outerHTML.slice(0, 120);
            expect(role, `role of ${what}`).to.be.a('string').and.not.equal('');
            expect(accessibleName, `name of ${what}`).not.to.equal('');
          }
          // Anything else in the Tab order (the bound badge, focusable for its description) says something.
          for (const el of parts(canvas).filter((e) => e.matches('[tabindex="0"]') && !e.matches(CONTROLS) && e.checkVisibility())) {
            expect(deepText(el), `text of ${el.outerHTML.slice(0, 120)}`).not.to.equal('');
          }
          for (const el of [...canvas.querySelectorAll('*'), ...parts(canvas)]) {
            const root = el.getRootNode() as ShadowRoot | Document;
            for (const attribute of IDREFS) {
              for (const ref of (el.getAttribute(attribute) ?? '').split(/\s+/).filter(Boolean)) {
                const target = root.getElementById(ref);
                expect(target, `${attribute}="${ref}" on ${el.localName} resolves`).to.not.equal(null);
                expect(deepText(target!), `${attribute}="${ref}" has text`).not.to.equal('');
              }
            }
            if (el instanceof HTMLLabelElement && el.htmlFor) expect(el.control, `label for="${el.htmlFor}" labels a control`).to.not.equal(null);
          }
          stories += 1;
        });
      }
    }
    it('covered every story', () => {
      expect(stories).to.equal(modules.reduce((n, m) => n + storiesOf(m).length, 0));
      for (const module of modules) expect(controlsSeen.get(module.default.component), `controls named in ${module.default.title}`).to.be.above(0);
    });
  });

  describe('<deactivate-dialog>', () => {
    it('is a modal dialog named by its title; each option is a checkbox described by its hint', async () => {
      const canvas = await showStory(dialogs, 'Deactivate');
      const modal = await named(canvas, 'dialog "Deactivate José Álvarez?"');
      expect(modal.matches(':modal')).to.equal(true);
      const cancel = await named(canvas, 'checkbox "Also cancel its active subscription (Analytics add-on)"') as HTMLInputElement;
      expect(description(cancel)).to.match(/cannot be undone/i);
      expect(description(await named(canvas, 'checkbox "Put 2 open invoices on hold"'))).to.contain('INV-');
      expect(cancel.checked).to.equal(false);
      cancel.click();
      expect(cancel.checked, 'ticking it is announced as checked').to.equal(true);
      // The irreversible option is named on the confirm button too.
      expect((await named(canvas, 'button "Deactivate and cancel subscriptions"')).getAttribute('aria-disabled')).to.equal('false');
      expect((await named(canvas, 'button "Cancel"')).getAttribute('aria-disabled')).to.equal('false');
      expect(part(canvas, '[role="alert"]').textContent!.trim(), 'no error').to.equal('');
    });

    it('marks the reason required (G7) and keeps the action aria-disabled, still focusable, until one is given', async () => {
      const canvas = await showStory(dialogs, 'ReasonRequired');
      const reason = await named(canvas, 'textbox "Reason"') as HTMLTextAreaElement;
      expect(reason.required).to.equal(true);
      const confirm = await named(canvas, 'button "Deactivate"');
      expect(confirm.getAttribute('aria-disabled')).to.equal('true');
      expect(confirm.matches(':disabled')).to.equal(false);
      await typeInto(reason, 'Moved abroad');
      expect(confirm.getAttribute('aria-disabled')).to.equal('false');
    });

    it('names the typed-count field (G6) and enables the action only for the right count', async () => {
      const canvas = await showStory(dialogs, 'BulkDeactivate');
      const typed = await named(canvas, 'textbox "Type 4 to confirm"') as HTMLInputElement;
      const confirm = await named(canvas, 'button "Deactivate 4 customers"');
      expect(confirm.getAttribute('aria-disabled')).to.equal('true');
      await typeInto(typed, '3');
      expect(confirm.getAttribute('aria-disabled')).to.equal('true');
      await typeInto(typed, '4');
      expect(confirm.getAttribute('aria-disabled')).to.equal('false');
    });

    it('is an alert dialog for a delete (X2)', async () => {
      const canvas = await showStory(dialogs, 'Delete');
      expect((await named(canvas, 'alertdialog "Delete Jiménez Landscaping Inc.?"')).matches(':modal')).to.equal(true);
      await named(canvas, 'button "Delete for good"');
    });

    it('describes the alert dialog of a delete by what cannot be undone and the balance that goes (X2, G5)', async () => {
      const canvas = await showStory(dialogs, 'DeleteWhatGoes');
      const modal = await named(canvas, 'alertdialog "Delete Emma Kovač?"');
      expect(description(modal)).to.equal('Deleting cannot be undone. The customer and its history will be gone for good. ' +
        'This customer still has an open balance. Open balance: €364.88. Settle the open balance first.');
    });

    it('while running, shows a named progress bar and marks every control disabled', async () => {
      const canvas = await showStory(dialogs, 'Running');
      await named(canvas, 'progressbar "Deactivating…"');
      expect(part(canvas, '[role="status"]').textContent).to.contain('Deactivating…');
      for (const read of ['button "Cancel"', 'button "Deactivate"']) expect((await named(canvas, read)).getAttribute('aria-disabled'), read).to.equal('true');
      for (const read of ['checkbox "Put 2 open invoices on hold"', 'textbox "Reason (optional)"']) expect((await named(canvas, read)).matches(':disabled'), read).to.equal(true);
    });

    it('announces a failure in its alert region, with Retry', async () => {
      const canvas = await showStory(dialogs, 'ActionFailed');
      expect(part(canvas, '[role="alert"]').textContent).to.contain('Could not connect');
      await named(canvas, 'button "Retry"');
    });

    it('once done, is named by what happened and says who did it in its status region (D7)', async () => {
      const canvas = await showStory(dialogs, 'Done');
      await named(canvas, 'dialog "José Álvarez deactivated"');
      expect(part(canvas, '[role="status"]').textContent!.replace(/\s+/g, ' ')).to.match(/Recorded: deactivated on .+ by Ana Torres/);
      await named(canvas, 'button "Undo"');
      expect(await reads((await named(canvas, 'button "Close"')))).to.equal('button "Close"');
    });
  });

  describe('<inactive-filter>', () => {
    it('is a named radio group: one radio checked, the only one in the Tab order', async () => {
      const canvas = await showStory(filters, 'Active');
      await named(canvas, 'radiogroup "Customer status"');
      const radios = await Promise.all(['Active', 'Inactive', 'All'].map((n) => named(canvas, `radio "${n}"`)));
      expect(radios.map((r) => r.getAttribute('aria-checked'))).to.deep.equal(['true', 'false', 'false']);
      expect(radios.map((r) => r.tabIndex)).to.deep.equal([0, -1, -1]);
      radios[1]!.click();
      await canvas.querySelector('inactive-filter')!.updateComplete;
      expect(radios.map((r) => r.getAttribute('aria-checked'))).to.deep.equal(['false', 'true', 'false']);
      expect(radios.map((r) => r.tabIndex)).to.deep.equal([-1, 0, -1]);
    });

    it('takes its own group name from label', async () => {
      const canvas = await showStory(filters, 'CustomLabel');
      await named(canvas, 'radiogroup "Show customers"');
    });

    it('says each count in the radio\'s name', async () => {
      const canvas = await showStory(filters, 'WithCounts');
      for (const read of ['radio "Active , 44 customers"', 'radio "Inactive , 6 customers"', 'radio "All , 50 customers"', 'radio "Dormant , 19 customers"']) await named(canvas, read);
    });

    it('is marked disabled as a group and per radio', async () => {
      const canvas = await showStory(filters, 'Disabled');
      expect((await named(canvas, 'radiogroup "Customer status"')).getAttribute('aria-disabled')).to.equal('true');
      for (const n of ['Active', 'Inactive', 'All']) expect((await named(canvas, `radio "${n}"`)).matches(':disabled'), n).to.equal(true);
      expect((await named(canvas, 'radio "Inactive"')).getAttribute('aria-checked')).to.equal('true');
    });

    it('announces a failed count with a named way to count again', async () => {
      const canvas = await showStory(filters, 'CountsFailed');
      expect(part(canvas, '[role="alert"]').textContent).to.match(/\S/);
      await named(canvas, 'button "Count again"');
    });

    it('in the seed 001 toggle, is a button that says what it will show (not a pressed state)', async () => {
      const canvas = await showStory(filters, 'Seed001Toggle');
      const toggle = await named(canvas, 'button "Show inactive customers"');
      expect(toggle.hasAttribute('aria-pressed'), 'a button whose label changes has no pressed state').to.equal(false);
      toggle.click();
      await canvas.querySelector('inactive-filter')!.updateComplete;
      expect(await reads(toggle)).to.equal('button "Show active customers"');
    });

    it('speaks Spanish in its names', async () => {
      const canvas = await showStory(filters, 'Active', { lang: 'es', theme: 'light' });
      const group = parts(canvas).find((el) => el.matches('[role="radiogroup"]'))!;
      const [read] = await exposed([group]);
      expect(read!.name).not.to.equal('Customer status');
      expect(await reads(parts(canvas).find((el) => el.matches('[aria-checked="true"]'))!)).to.equal('radio "Activos"');
    });
  });

  describe('<service-reactivate-form>', () => {
    it('groups services by location, each checkbox named by its service; what R2 blocks is disabled', async () => {
      const canvas = await showStory(forms, 'DeactivatedServices');
      await named(canvas, 'group "Head office"');
      await named(canvas, 'group "Warehouse – Inactive"');
      expect((await named(canvas, 'combobox "Configured services"') as HTMLSelectElement).value).to.equal('inactive');
      expect((await named(canvas, 'checkbox "Reactivate Window cleaning"')).matches(':disabled')).to.equal(true);
      expect((await named(canvas, 'checkbox "Reactivate Pool cleaning"')).matches(':disabled')).to.equal(false);
      expect((await named(canvas, 'button "Save"')).matches(':disabled'), 'nothing chosen yet').to.equal(true);
    });

    it('marks the end date to remove invalid (R3), described by the message that says why', async () => {
      const canvas = await showStory(forms, 'EndDateToRemove');
      const date = await named(canvas, 'textbox "End date"');
      expect(date.getAttribute('aria-invalid')).to.equal('true');
      expect(description(date)).to.match(/end date/i);
      const chosen = await named(canvas, 'checkbox "Reactivate Pool cleaning"') as HTMLInputElement;
      expect(chosen.checked).to.equal(true);
      expect(chosen.getAttribute('aria-invalid')).to.equal('false');
      expect((await named(canvas, 'checkbox "Reactivate Pest control"')).getAttribute('aria-invalid')).to.equal('false');
      expect((await named(canvas, 'button "Save"')).matches(':disabled')).to.equal(false);
    });

    it('offers reactivating the customer first, by name (R2)', async () => {
      const canvas = await showStory(forms, 'CustomerInactive');
      await named(canvas, 'button "Reactivate Zoë Müller"');
      expect((await named(canvas, 'checkbox "Reactivate Lawn care"')).matches(':disabled')).to.equal(true);
    });
  });

  describe('<customer-status-badge>', () => {
    it('says its status in text, also when compact (icons are hidden from assistive technology)', async () => {
      const canvas = await showStory(badges, 'Compact');
      const bases = parts(canvas).filter((el) => el.matches('[part~="base"]'));
      expect((await exposed(bases)).map((e) => e.name)).to.deep.equal(['Active', 'Deactivated', 'Suspended', 'Suspended and deactivated']);
      for (const icon of parts(canvas).filter((el) => el.localName === 'svg')) expect(icon.getAttribute('aria-hidden')).to.equal('true');
    });

    it('when bound, is focusable and described by who deactivated it and when (D7)', async () => {
      const canvas = await showStory(badges, 'BoundDeactivated');
      const base = part(canvas, '[part~="base"]');
      expect(base.tabIndex).to.equal(0);
      expect(description(base)).to.match(/^Deactivated on .+ by .+/);
    });

    it('offers a named Retry when its adapter failed', async () => {
      const canvas = await showStory(badges, 'Failed');
      await named(canvas, 'button "Retry"');
    });
  });
});
