/// <reference types="vite/client" />
// The story gallery: every story of every stories file, rendered with the
// same helper the stories test uses. Language and theme switches apply to all.
import { renderStory, storiesOf, type StoriesModule } from '../stories/render.js';

const modules = import.meta.glob<StoriesModule>('../stories/*.stories.ts', { eager: true });
const gallery = document.querySelector<HTMLElement>('#gallery')!;
const lang = document.querySelector<HTMLSelectElement>('#lang')!;
const theme = document.querySelector<HTMLSelectElement>('#theme')!;

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
    renderStory(meta, story, canvas).catch((error: unknown) => {
      canvas.textContent = `This story failed: ${String(error)}`;
    });
  }
  gallery.append(section);
}

lang.addEventListener('change', () => (document.documentElement.lang = lang.value));
theme.addEventListener('change', () => (document.documentElement.style.colorScheme = theme.value));
