// Reflow (WCAG 1.4.10) and zoom: every story, in English and in the longer
// Spanish, at a 320 px wide viewport and at 640 px (a 1280 px screen at 200 %
// zoom). Nothing scrolls sideways, no part of the kit overflows or clips its
// content, every control lies inside the viewport's width, and an open
// dialog fits the viewport with every action reachable.
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { storiesOf, type StoriesModule } from '../../stories/render.js';
import * as badge from '../../stories/customer-status-badge.stories.js';
import * as dialog from '../../stories/deactivate-dialog.stories.js';
import * as filter from '../../stories/inactive-filter.stories.js';
import * as serviceForm from '../../stories/service-reactivate-form.stories.js';
import { deepElements, finishAnimations, kitElements, resetCombination, showStory, type Lang } from './support.js';
import { capabilities, requireCommand } from '../support/capabilities.js';

const modules = [badge, dialog, filter, serviceForm] as unknown as StoriesModule[];

const VIEWPORTS = [
  { name: '320 px wide', width: 320, height: 640 },
  { name: '200 % zoom of 1280 × 800', width: 640, height: 400 },
] as const;

const CONTROLS = 'button, input, select, textarea, a[href], [role="radio"]';
/** Rounding of fractional layout: half a pixel either way is not an overflow. */
const SLACK = 1;

/** Every rendered part of the kit under `canvas`, hosts included. */
const rendered = (canvas: Element) =>
  kitElements(canvas).flatMap((host) => [host, ...deepElements(host.shadowRoot!)]).filter((el) => el.checkVisibility());

const label = (el: Element) => `${el.localName}${el.getAttribute('part') ? `[part="${el.getAttribute('part')}"]` : ''} "${(el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)}"`;

/** The parts whose content is wider than their box while they hide or scroll the rest: clipped, or a scrollbar of their own. */
function clippedSideways(canvas: Element): string[] {
  return rendered(canvas).filter((el) => {
    const style = getComputedStyle(el);
    // A visually hidden text (a 1 px box, for screen readers) clips on purpose.
    const visuallyHidden = el.clientWidth <= 1 && el.clientHeight <= 1;
    return style.overflowX !== 'visible' && !visuallyHidden && el.scrollWidth > el.clientWidth + SLACK;
  }).map((el) => `${label(el)}: ${el.scrollWidth} in ${el.clientWidth}`);
}

/** The controls that reach beyond the viewport's width (or start before it). */
function outsideWidth(canvas: Element, width: number): string[] {
  return rendered(canvas).filter((el) => el.matches(CONTROLS)).filter((el) => {
    const box = el.getBoundingClientRect();
    return box.left < -SLACK || box.right > width + SLACK;
  }).map((el) => `${label(el)}: ${Math.round(el.getBoundingClientRect().left)}…${Math.round(el.getBoundingClientRect().right)}`);
}

let checked = 0;
/** How many open dialogs were measured: every dialog story but the closed one opens its dialog. */
let dialogsMeasured = 0;

for (const viewport of VIEWPORTS) {
  describe(`reflow at ${viewport.name}`, () => {
    before(async function () {
      await requireCommand(this, 'setViewport');
      await setViewport({ width: viewport.width, height: viewport.height });
    });
    after(async () => {
      if (!(await capabilities()).missing.setViewport) await setViewport({ width: 800, height: 600 });
    });
    afterEach(resetCombination);

    for (const module of modules) {
      for (const { id, name } of storiesOf(module)) {
        for (const lang of ['en', 'es'] as Lang[]) {
          it(`${module.default.component} "${name}" (${lang}) fits without scrolling sideways`, async () => {
            expect(window.innerWidth, 'the viewport was set').to.equal(viewport.width);
            const canvas = await showStory(module, id, { lang, theme: 'light' });
            expect(kitElements(canvas), 'the story holds the kit').not.to.be.empty;
            for (const el of rendered(canvas)) finishAnimations(el);
            const page = document.scrollingElement!;
            expect(page.scrollWidth, 'the page scrolls sideways').to.be.at.most(page.clientWidth + SLACK);
            expect(clippedSideways(canvas), 'parts that clip or scroll their content sideways').to.deep.equal([]);
            expect(outsideWidth(canvas, viewport.width), 'controls outside the viewport').to.deep.equal([]);

            const modal = rendered(canvas).find((el): el is HTMLDialogElement => el instanceof HTMLDialogElement && el.open);
            if (modal) {
              dialogsMeasured += 1;
              const box = modal.getBoundingClientRect();
              expect(box.left, 'dialog left edge').to.be.at.least(0);
              expect(box.right, 'dialog right edge').to.be.at.most(viewport.width + SLACK);
              expect(box.top, 'dialog top edge').to.be.at.least(0);
              expect(box.bottom, 'dialog bottom edge').to.be.at.most(viewport.height + SLACK);
              // Taller content scrolls inside the dialog (vertically, which reflow allows); every action can be brought into view there.
              if (modal.scrollHeight > modal.clientHeight + SLACK) expect(getComputedStyle(modal).overflowY).to.be.oneOf(['auto', 'scroll']);
              for (const action of rendered(canvas).filter((el) => el.matches('[part~="actions"] button'))) {
                action.scrollIntoView({ block: 'nearest', inline: 'nearest' });
                const at = action.getBoundingClientRect();
                expect(at.top >= box.top - SLACK && at.bottom <= box.bottom + SLACK, `${label(action)} can be scrolled into the dialog's view`).to.equal(true);
              }
            }
            checked += 1;
          });
        }
      }
    }
  });
}

describe('reflow: the sweep', () => {
  it('checked every story in both languages at both sizes', async function () {
    await requireCommand(this, 'setViewport');
    expect(checked).to.equal(modules.reduce((n, m) => n + storiesOf(m).length, 0) * 2 * VIEWPORTS.length);
    const opened = storiesOf(dialog as unknown as StoriesModule).filter((s) => s.id !== 'Closed').length;
    expect(dialogsMeasured, 'open dialogs measured against the viewport').to.equal(opened * 2 * VIEWPORTS.length);
  });
});
