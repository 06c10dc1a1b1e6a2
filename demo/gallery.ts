/// <reference types="vite/client" />
// The story gallery: every story of every stories file, rendered with the
// same helper the stories test uses. Language and theme switches apply to all,
// the gallery's own labels included.
import { formatMessage } from 'customer-lifecycle-kit/i18n';
import { renderStory, storiesOf, type StoriesModule } from '../stories/render.js';
import { applyTheme, toTheme } from './demo-theme.js';
import { demoText, translatePage, type DemoLang } from './demo-text.js';

const modules = import.meta.glob<StoriesModule>('../stories/*.stories.ts', { eager: true });
const gallery = document.querySelector<HTMLElement>('#gallery')!;
const lang = document.querySelector<HTMLSelectElement>('#lang')!;
const theme = document.querySelector<HTMLSelectElement>('#theme')!;
const currentLang = (): DemoLang => (lang.value === 'es' ? 'es' : 'en');
/** The Play buttons, with the name of their story, relabelled when the language changes. */
const playButtons: { button: HTMLButtonElement; name: string }[] = [];
const playLabel = (name: string) => formatMessage(demoText(currentLang()).play, { name });

for (const module of Object.values(modules)) {
  const meta = module.default;
  const section = document.createElement('section');
  section.className = 'stories';
  const heading = document.createElement('h2');
  heading.textContent = meta.title;
  section.append(heading);
  for (const { id, name, story } of storiesOf(module)) {
    const figure = document.createElement('figure');
    figure.id = `${meta.component}--${id}`;
    const caption = document.createElement('figcaption');
    caption.textContent = name;
    const canvas = document.createElement('div');
    canvas.className = 'canvas';
    figure.append(caption, canvas);
    section.append(figure);
    // A story's interaction (opening a modal dialog, say) runs when asked, one at a time.
    const play = story.play;
    if (play) {
      const run = document.createElement('button');
      run.type = 'button';
      run.textContent = playLabel(name);
      playButtons.push({ button: run, name });
      run.addEventListener('click', () => void Promise.resolve(play({ canvasElement: canvas })).catch(fail(canvas)));
      caption.append(' ', run);
    }
    renderStory(meta, story, canvas, { play: false }).catch(fail(canvas));
  }
  gallery.append(section);
}

/** Shows a story's failure in its canvas. */
function fail(canvas: HTMLElement) {
  return (error: unknown) => {
    canvas.textContent = formatMessage(demoText(currentLang()).storyFailed, { error: String(error) });
  };
}

lang.addEventListener('change', () => {
  document.documentElement.lang = currentLang();
  translatePage(currentLang());
  for (const { button, name } of playButtons) button.textContent = playLabel(name);
});
theme.addEventListener('change', () => applyTheme(toTheme(theme.value)));
