// Every story of every stories file renders without error and is axe-clean,
// with no rule switched off, in English and Spanish, light and dark: what the
// demo's gallery and Storybook show, under each of their language and theme
// switches, is what this checks. Each combination is also shown to be real:
// in dark the kit's dark palette is on screen (and none of the light one), and
// in Spanish the words differ from the English of the same story.
import { expect } from '@open-wc/testing';
import { storiesOf, type StoriesModule } from '../../stories/render.js';
import * as badge from '../../stories/customer-status-badge.stories.js';
import * as dialog from '../../stories/deactivate-dialog.stories.js';
import * as filter from '../../stories/inactive-filter.stories.js';
import * as serviceForm from '../../stories/service-reactivate-form.stories.js';
import { COMBINATIONS, deepText, kitColours, pageColours, palette, resetCombination, showStory, type Combination } from '../a11y/support.js';

const modules = [badge, dialog, filter, serviceForm] as unknown as StoriesModule[];

/** Whether the story's own markup pins a language other than the page's (a "Spanish" story). */
const pinsLanguage = (canvas: Element, { lang }: Combination) =>
  [...canvas.querySelectorAll('[lang]')].some((el) => el.getAttribute('lang') !== lang);

const { light, dark } = palette();
/** English text of each story, by theme, to compare the Spanish rendering with (null: the story pins its own language). */
const english = new Map<string, string | null>();
let checked = 0;

for (const module of modules) {
  describe(`stories: ${module.default.title}`, () => {
    afterEach(resetCombination);

    for (const { id, name } of storiesOf(module)) {
      for (const combination of COMBINATIONS) {
        const { lang, theme } = combination;
        it(`renders "${name}" accessibly (${lang}, ${theme})`, async () => {
          const canvas = await showStory(module, id, combination);
          expect(canvas.children.length).to.be.greaterThan(0);

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
