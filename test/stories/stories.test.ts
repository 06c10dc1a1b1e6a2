// Every story of every stories file renders without error and is axe-clean:
// what the demo's gallery shows is what this checks.
import { expect, fixtureSync, html } from '@open-wc/testing';
import { renderStory, storiesOf, type StoriesModule } from '../../stories/render.js';
import * as badge from '../../stories/customer-status-badge.stories.js';
import * as filter from '../../stories/inactive-filter.stories.js';
import * as serviceForm from '../../stories/service-reactivate-form.stories.js';

const modules: StoriesModule[] = [badge, filter, serviceForm];

/** Waits until every Lit element in `root` (and their shadow roots) has finished updating. */
async function settled(root: Element): Promise<void> {
  const elements = [...root.querySelectorAll('*')].filter(
    (el): el is Element & { updateComplete: Promise<unknown> } => 'updateComplete' in el,
  );
  await Promise.all(elements.map((el) => el.updateComplete));
}

for (const module of modules) {
  describe(`stories: ${module.default.title}`, () => {
    for (const { name, story } of storiesOf(module)) {
      it(`renders "${name}" accessibly`, async () => {
        const canvas = fixtureSync<HTMLDivElement>(html`<div></div>`);
        await renderStory(module.default, story, canvas);
        await settled(canvas);
        expect(canvas.children.length).to.be.greaterThan(0);
        await expect(canvas).to.be.accessible();
      });
    }
  });
}
