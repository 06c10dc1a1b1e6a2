/**
 * Component Story Format 3, the subset the kit's stories use. The same files
 * are read by the demo's story gallery and by the stories test (every story
 * renders and is axe-clean); the shapes match Storybook's `Meta` / `StoryObj`,
 * so a Storybook set-up can load them unchanged.
 */
import type { TemplateResult } from 'lit';

/** The values a story renders with. */
export type Args = Record<string, unknown>;

/** How a story is drawn from its args. */
export type Render<A extends Args> = (args: A) => TemplateResult;

/** Runs after the story is rendered (interactions, e.g. open a dialog). */
export type Play = (context: { canvasElement: HTMLElement }) => Promise<void> | void;

/** The default export of a stories file. */
export interface Meta<A extends Args = Args> {
  title: string;
  /** The tag the stories show. */
  component: string;
  args?: Partial<A>;
  argTypes?: Record<string, { control?: string | { type: string }; options?: readonly unknown[]; description?: string }>;
  // Method syntax: a meta of specific args is still a `Meta` to the gallery and the test.
  render?(args: A): TemplateResult;
  parameters?: Record<string, unknown>;
}

/** A named export of a stories file: one state of the element. */
export interface StoryObj<A extends Args = Args> {
  name?: string;
  args?: Partial<A>;
  render?(args: A): TemplateResult;
  play?: Play;
  parameters?: Record<string, unknown>;
}
