// Every story of every stories file renders without error and is axe-clean,
// with no rule switched off, in English and Spanish, light and dark: what the
// demo's gallery and Storybook show, under each of their language and theme
// switches, is what this checks. Each combination is also shown to be real:
// in dark the kit's dark palette is on screen (and none of the light one), and
// in Spanish the words differ from the English of the same story.
import { expect, fixtureSync, html } from '@open-wc/testing';
import { renderStory, storiesOf, type StoriesModule } from '../../stories/render.js';
import type { Meta } from '../../stories/csf.js';
import { loadCatalog } from '../../src/i18n/registry.js';
import * as badge from '../../stories/customer-status-badge.stories.js';
import * as dialog from '../../stories/deactivate-dialog.stories.js';
import * as filter from '../../stories/inactive-filter.stories.js';
import * as serviceForm from '../../stories/service-reactivate-form.stories.js';
import { applyCombination, COMBINATIONS, deepText, kitColours, pageColours, palette, resetCombination, settled, showsLoading, stillLoading, type Combination } from '../a11y/support.js';
import { until } from '../support/until.js';

const modules = [badge, dialog, filter, serviceForm] as unknown as StoriesModule[];

/**
 * The meta a story renders with under `combination`. A stories file with a
 * `lang` control (the dialog's, which sets it on its provider) gets the
 * combination's language through that control, as a Storybook user would pick
 * it; a story that sets its own language keeps it.
 */
const metaFor = (meta: Meta, { lang }: Combination): Meta => (meta.argTypes?.['lang'] ? { ...meta, args: { ...meta.args, lang } } : meta);

/** Whether the story's own markup pins a language other than the page's (a "Spanish" story). */
const pinsLanguage = (canvas: Element, { lang }: Combination) =>
  [...canvas.querySelectorAll('[lang]')].some((el) => el.getAttribute('lang') !== lang);

/** Stories of a load that never ends (their adapter's answer is a promise left pending). */
const STAYS_LOADING = new Set(['customer-status-badge/Loading', 'inactive-filter/CountsLoading', 'service-reactivate-form/Loading']);

const { light, dark } = palette();
/** English text of each story, by theme, to compare the Spanish rendering with (null: the story pins its own language). */
const english = new Map<string, string | null>();
let checked = 0;

for (const module of modules) {
  describe(`stories: ${module.default.title}`, () => {
    afterEach(resetCombination);

    for (const { id, name, story } of storiesOf(module)) {
      for (const combination of COMBINATIONS) {
        const { lang, theme } = combination;
        it(`renders "${name}" accessibly (${lang}, ${theme})`, async () => {
          applyCombination(combination);
          const canvas = fixtureSync<HTMLDivElement>(html`<div></div>`);
          await renderStory(metaFor(module.default, combination), story, canvas);
          await settled(canvas);
          expect(canvas.children.length).to.be.greaterThan(0);

          await loadCatalog(lang);
          await settled(canvas);
          // A story is checked in the state it is named for: once its adapter answered, unless it shows a load that never ends.
          if (STAYS_LOADING.has(`${module.default.component}/${id}`)) await until(() => showsLoading(canvas), 'the story shows no load');
          else await until(() => !stillLoading(canvas), 'the story is still loading');
          await settled(canvas);

          // Colours the host page itself paints (white text on the dark canvas) are not the kit's.
          const page = pageColours();
          const colours = kitColours(canvas);
          const shown = (set: Set<string>) => [...set].filter((c) => colours.has(c) && !page.includes(c));
          expect(shown(theme === 'dark' ? dark : light), `the ${theme} palette is on screen`).not.to.be.empty;
          expect(shown(theme === 'dark' ? light : dark), `no ${theme === 'dark' ? 'light' : 'dark'}-only colour in ${theme}`).to.deep.equal([]);

          const text = deepText(canvas);
          const key = `${module.default.title}/${id}/${theme}`;
          if (lang === 'en') english.set(key, pinsLanguage(canvas, combination) ? null : text);
          else {
            expect(english.has(key), 'the English rendering ran first').to.equal(true);
            const before = english.get(key);
            if (before !== null) expect(text, 'Spanish words, not the English ones').not.to.equal(before);
          }

          await expect(canvas).to.be.accessible();
          checked += 1;
        });
      }
    }
  });
}

describe('stories: the sweep', () => {
  it('checked every story under all four combinations', () => {
    const stories = modules.reduce((n, m) => n + storiesOf(m).length, 0);
    expect(checked).to.equal(stories * COMBINATIONS.length);
  });
});
