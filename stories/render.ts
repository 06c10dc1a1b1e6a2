/**
 * Renders one story of a CSF file into a container: the demo's gallery and
 * the stories test both use it, so what the gallery shows is what is tested.
 */
import { render } from 'lit';
import type { Args, Meta, StoryObj } from './csf.js';

/**
 * How the stories' host-page buttons look: drawn from the page's own colours, so
 * they read in light and dark alike (an engine's default button may not: WebKitGTK
 * draws white on light grey under `color-scheme: dark`).
 */
export const HOST_BUTTON = 'font: inherit; color: inherit; background: transparent; border: 1px solid currentColor; border-radius: 0.25rem; padding: 0.25rem 0.75rem;';

/** A stories module: its default export and its named stories. */
export type StoriesModule = { default: Meta } & Record<string, unknown>;

/** One story of a module, with the name it is shown under. */
export interface NamedStory {
  id: string;
  name: string;
  story: StoryObj;
}

const isStory = (value: unknown): value is StoryObj =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** "SuspendedAndDeactivated" → "Suspended and deactivated". */
function storyName(exportName: string): string {
  const words = exportName.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The named stories of a module, in export order. */
export function storiesOf(module: StoriesModule): NamedStory[] {
  return Object.entries(module)
    .filter(([key, value]) => key !== 'default' && isStory(value))
    .map(([key, value]) => ({ id: key, name: (value as StoryObj).name ?? storyName(key), story: value as StoryObj }));
}

/** Renders `story` (its args over the meta's) into `container`, then runs its `play` unless told not to. */
export async function renderStory(meta: Meta, story: StoryObj, container: HTMLElement, options: { play?: boolean } = {}): Promise<void> {
  const args: Args = { ...meta.args, ...story.args };
  const draw = story.render ?? meta.render;
  if (!draw) throw new Error(`${meta.title}: a story needs a render function (on the story or the meta).`);
  render(draw(args), container);
  if (options.play !== false) await story.play?.({ canvasElement: container });
}

/** Resolves once `ready` holds for `el`'s shadow root, re-checked on every change of its content: no frames, no timers. */
export async function when(el: HTMLElement & { updateComplete: Promise<unknown> }, ready: (root: ShadowRoot) => boolean): Promise<void> {
  await el.updateComplete;
  const root = el.shadowRoot!;
  if (!ready(root)) {
    await new Promise<void>((resolve) => {
      const observer = new MutationObserver(() => {
        if (!ready(root)) return;
        observer.disconnect();
        resolve();
      });
      observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
    });
  }
  await el.updateComplete;
}
