// Keyboard focus through the interactive elements, as a keyboard user meets
// it: real key presses (sendKeys), the order of the parts focused (read
// through shadow roots, by role and accessible name), and on every part of
// the kit's a visible focus ring (outline or box-shadow, ≥ 2px) whose
// contrast against what is behind it is at least 3:1 — in light and dark.
import { expect, fixtureSync, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { StoriesModule } from '../../stories/render.js';
import * as badge from '../../stories/customer-status-badge.stories.js';
import * as dialog from '../../stories/deactivate-dialog.stories.js';
import * as filter from '../../stories/inactive-filter.stories.js';
import * as serviceForm from '../../stories/service-reactivate-form.stories.js';
import { deepActive, focusIndicator, kitElements, reads, resetCombination, showStory, type Theme } from './support.js';
import { until } from '../support/until.js';
import { requireCommand } from '../support/capabilities.js';

const modules = { badge, dialog, filter, serviceForm } as unknown as Record<string, StoriesModule>;

/** Whether `el` is drawn by the kit (inside one of its shadow roots), not by the host page. */
const kitPart = (el: Element, canvas: Element) => kitElements(canvas).some((host) => host.shadowRoot === el.getRootNode());

type Key = 'Tab' | 'Shift+Tab' | 'ArrowRight' | 'ArrowLeft' | 'Home' | 'End' | 'Escape';

async function press(key: Key): Promise<void> {
  if (key !== 'Shift+Tab') return sendKeys({ press: key });
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
}

/**
 * Presses `keys` one by one; after each, reads the focused part and, when it
 * is the kit's, checks that its focus shows: a ring of 2px or more with 3:1
 * against its background.
 */
async function walk(canvas: Element, keys: readonly Key[]): Promise<string[]> {
  const seen: string[] = [];
  for (const key of keys) {
    await press(key);
    const el = deepActive();
    const read = await reads(el);
    seen.push(read);
    if (!el || !kitPart(el, canvas)) continue;
    const ring = focusIndicator(el);
    expect(ring.kind, `${read} shows its focus`).not.to.equal('none');
    expect(ring.width, `${read}: ring width`).to.be.at.least(2);
    expect(ring.ratio, `${read}: ring ${ring.colour} contrast`).to.be.at.least(3);
  }
  return seen;
}

/** Tabs until `target` has focus (at most `max` presses); repeated stops inside one control read once. */
async function walkTo(canvas: Element, target: string, max: number): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < max && seen.at(-1) !== target; i += 1) {
    const [read] = await walk(canvas, ['Tab']);
    if (read !== seen.at(-1)) seen.push(read!);
  }
  return seen;
}

const tabs = (n: number): Key[] => Array.from({ length: n }, () => 'Tab');
const shiftTabs = (n: number): Key[] => Array.from({ length: n }, () => 'Shift+Tab');

/** A focusable place in the page before the story, where a keyboard user comes from. */
function startBefore(canvas: HTMLElement): void {
  const start = fixtureSync<HTMLButtonElement>(html`<button type="button">Before the story</button>`);
  canvas.before(start);
  start.focus();
}

const b = (name: string) => `button "${name}"`;
const box = (name: string) => `checkbox "${name}"`;
const field = (name: string) => `textbox "${name}"`;
const radio = (name: string) => `radio "${name}"`;

for (const theme of ['light', 'dark'] as Theme[]) {
  const combination = { lang: 'en', theme } as const;

  describe(`focus order and visible focus (${theme})`, () => {
    afterEach(resetCombination);

    describe('<deactivate-dialog>', () => {
      const options = [box('Also cancel its active subscription (Analytics add-on)'), box('Put 2 open invoices on hold'), field('Reason (optional)')];

      it('opens from its button with Enter onto Cancel, and Escape gives focus back to the button', async () => {
        const canvas = await showStory(modules['dialog']!, 'Closed', combination);
        startBefore(canvas);
        expect(await walk(canvas, ['Tab'])).to.deep.equal([b('Open')]);
        await sendKeys({ press: 'Enter' });
        const el = canvas.querySelector('deactivate-dialog')!;
        await until(() => el.shadowRoot!.querySelector('[part~="body"]')?.getAttribute('aria-busy') === 'false' && el.shadowRoot!.querySelector('[part~="impact"]'), 'the preview did not load');
        expect(await reads(deepActive())).to.equal(b('Cancel'));
        expect(await walk(canvas, ['Tab'])).to.deep.equal([b('Deactivate')]);
        await press('Escape');
        await until(() => !el.open, 'Escape did not close the dialog');
        expect(await reads(deepActive())).to.equal(b('Open'));
      });

      it('starts on Cancel, then the action, the options and the reason, and wraps with Tab', async () => {
        const canvas = await showStory(modules['dialog']!, 'Deactivate', combination);
        expect(await reads(deepActive())).to.equal(b('Cancel'));
        expect(await walk(canvas, tabs(5))).to.deep.equal([b('Deactivate'), ...options, b('Cancel')]);
      });

      it('goes back through the same parts with Shift+Tab, and wraps', async function () {
        await requireCommand(this, 'holdKey');
        const canvas = await showStory(modules['dialog']!, 'Deactivate', combination);
        expect(await reads(deepActive())).to.equal(b('Cancel'));
        expect(await walk(canvas, shiftTabs(5))).to.deep.equal([...options].reverse().concat(b('Deactivate'), b('Cancel')));
      });

      it('reaches the way out of a blocker (G2)', async () => {
        const canvas = await showStory(modules['dialog']!, 'DeleteActive', combination);
        expect(await walk(canvas, tabs(3))).to.deep.equal([b('Delete for good'), b('Deactivate instead'), b('Cancel')]);
      });

      it('puts Retry after the fields when the action failed', async () => {
        const canvas = await showStory(modules['dialog']!, 'ActionFailed', combination);
        expect(await reads(deepActive())).to.equal(b('Cancel'));
        expect(await walk(canvas, tabs(6))).to.deep.equal([b('Deactivate'), ...options, b('Retry'), b('Cancel')]);
      });

      it('asks for the typed count last in a bulk action (G6)', async () => {
        const canvas = await showStory(modules['dialog']!, 'BulkDeactivate', combination);
        expect(await walk(canvas, tabs(6))).to.deep.equal([
          b('Deactivate 4 customers'), box('Also cancel 2 active subscriptions: Analytics add-on (José Álvarez) and Plan Básico (Ethan Wilson)'),
          box('Put 4 open invoices on hold'), field('Reason (optional)'), field('Type 4 to confirm'), b('Cancel'),
        ]);
      });

      it('lands on Close once done, with Undo beside it', async () => {
        const canvas = await showStory(modules['dialog']!, 'Done', combination);
        expect(await reads(deepActive())).to.equal(b('Close'));
        expect(await walk(canvas, tabs(2))).to.deep.equal([b('Undo'), b('Close')]);
      });

      it('offers retrying the failed customers first after a bulk run', async () => {
        const canvas = await showStory(modules['dialog']!, 'BulkPartlyFailed', combination);
        expect(await reads(deepActive())).to.equal(b('Close'));
        expect(await walk(canvas, tabs(3))).to.deep.equal([b('Retry the failed one'), b('Undo'), b('Close')]);
      });
    });

    describe('<service-reactivate-form>', () => {
      it('goes from the view to each service and the location, then leaves', async () => {
        const canvas = await showStory(modules['serviceForm']!, 'DeactivatedServices', combination);
        startBefore(canvas);
        expect(await walk(canvas, tabs(4))).to.deep.equal([
          'combobox "Configured services"', box('Reactivate Pool cleaning'), box('Reactivate Pest control'), b('Reactivate location'),
        ]);
      });

      it('takes the end date to fix (R3) in place, every part of it, before Save', async () => {
        const canvas = await showStory(modules['serviceForm']!, 'EndDateToRemove', combination);
        startBefore(canvas);
        // A date field is as many Tab stops as the engine makes it (Chromium: month, day, year and a calendar button): one stop here.
        expect(await walkTo(canvas, b('Save'), 14)).to.deep.equal([
          'combobox "Configured services"', box('Reactivate Pool cleaning'), field('End date'),
          box('Deactivate on end date'), box('Reactivate Pest control'), b('Reactivate location'), b('Save'),
        ]);
      });

      it('puts the restore offer (G3) and the customer first (R2)', async () => {
        const restore = await showStory(modules['serviceForm']!, 'RestoreOffer', combination);
        startBefore(restore);
        expect(await walk(restore, tabs(4))).to.deep.equal([
          b('Restore the 2 services that were active before'), 'combobox "Configured services"', box('Reactivate Alarm check'), box('Reactivate Deep cleaning'),
        ]);
        restore.remove();
        const inactive = await showStory(modules['serviceForm']!, 'CustomerInactive', combination);
        startBefore(inactive);
        expect(await walk(inactive, tabs(2))).to.deep.equal([b('Reactivate Zoë Müller'), 'combobox "Configured services"']);
      });
    });

    describe('<inactive-filter>', () => {
      it('is one Tab stop on the chosen segment; arrows, Home and End choose and move focus; Tab goes on to the form', async () => {
        const canvas = await showStory(modules['filter']!, 'InAForm', combination);
        startBefore(canvas);
        expect(await walk(canvas, ['Tab', 'ArrowRight', 'ArrowRight', 'ArrowLeft', 'Home', 'End', 'Tab', 'Tab'])).to.deep.equal([
          radio('Inactive'), radio('All'), radio('Active'), radio('All'), radio('Active'), radio('All'), b('Search'), b('Reset'),
        ]);
        expect(canvas.querySelector('inactive-filter')!.value).to.equal('all');
      });

      it('reads the counts with each segment and reaches "Count again" after a failed count', async () => {
        const counted = await showStory(modules['filter']!, 'WithCounts', combination);
        startBefore(counted);
        expect(await walk(counted, ['Tab', 'ArrowRight', 'ArrowRight', 'ArrowRight'])).to.deep.equal([
          radio('Active , 44 customers'), radio('Inactive , 6 customers'), radio('All , 50 customers'), radio('Dormant , 19 customers'),
        ]);
        counted.remove();
        const failed = await showStory(modules['filter']!, 'CountsFailed', combination);
        startBefore(failed);
        expect(await walk(failed, tabs(2))).to.deep.equal([radio('Active'), b('Count again')]);
      });

      it('is one button in the seed 001 toggle', async () => {
        const canvas = await showStory(modules['filter']!, 'Seed001Toggle', combination);
        startBefore(canvas);
        expect(await walk(canvas, ['Tab'])).to.deep.equal([b('Show inactive customers')]);
      });

      it('is skipped while disabled', async () => {
        const canvas = await showStory(modules['filter']!, 'InDisabledFieldset', combination);
        startBefore(canvas);
        const after = fixtureSync<HTMLButtonElement>(html`<button type="button">After the story</button>`);
        canvas.after(after);
        expect(await walk(canvas, ['Tab'])).to.deep.equal([b('After the story')]);
      });
    });

    describe('<customer-status-badge>', () => {
      it('takes focus when bound, to show who deactivated and when (D7), and its Retry after a failure', async () => {
        const bound = await showStory(modules['badge']!, 'BoundDeactivated', combination);
        startBefore(bound);
        const [read] = await walk(bound, ['Tab']);
        expect(read).to.match(/^span "Deactivated/);
        const tip = deepActive()!.querySelector('[part~="tooltip"]')!;
        expect(getComputedStyle(tip).display, 'the D7 tooltip shows on keyboard focus').not.to.equal('none');
        bound.remove();
        const failed = await showStory(modules['badge']!, 'Failed', combination);
        startBefore(failed);
        expect(await walk(failed, ['Tab'])).to.deep.equal([b('Retry')]);
      });
    });
  });
}
