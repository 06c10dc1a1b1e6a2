import { css } from 'lit';
import { controls } from '../../styles/controls.js';
import { srOnly, tokens, vars } from '../../styles/tokens.js';

/**
 * A native modal `<dialog>`: the shell draws in the first frame with a body of
 * stable height while the preview loads; the opening fade lasts
 * `--clk-duration` and is 0 under reduced motion (see `tokens`). A name with
 * no space to break at wraps (`overflow-wrap: anywhere`) instead of widening it.
 * A flood of combining marks in a name is cut at the box of its line (title,
 * paragraph, list item, option label) rather than painted over the lines
 * around it; a list item that holds a control is left alone, so that the
 * control's focus ring shows whole. An option lays out as a row: its checkbox,
 * then its label (a box of its own, so that it can clip), then its hint.
 */
export const styles = [tokens, srOnly, controls, css`
  :host {
    display: contents;
    color: ${vars['color-text']};
  }
  dialog {
    box-sizing: border-box;
    width: min(var(--clk-dialog-width, 34rem), calc(100vw - 2rem));
    max-height: calc(100vh - 2rem);
    padding: ${vars['space-4']};
    border: 1px solid ${vars['color-border']};
    border-radius: var(--clk-dialog-radius, ${vars.radius});
    background: ${vars['color-surface']};
    color: ${vars['color-text']};
    font-size: ${vars['font-size-m']};
    overflow: auto;
    overflow-wrap: anywhere;
  }
  dialog[open] {
    animation: clk-dialog-in ${vars.duration} ease-out;
  }
  dialog::backdrop {
    background: var(--clk-dialog-backdrop, rgb(0 0 0 / 0.45));
  }
  @keyframes clk-dialog-in {
    from { transform: translateY(0.5rem); }
  }
  h2 {
    margin: 0 0 ${vars['space-3']};
    font-size: ${vars['font-size-l']};
  }
  h3 {
    margin: ${vars['space-2']} 0 ${vars['space-1']};
    font-size: ${vars['font-size-m']};
  }
  [part~='body'] {
    min-height: var(--clk-dialog-body-min-height, 6rem);
  }
  p, ul {
    margin: 0 0 ${vars['space-2']};
  }
  ul {
    padding-inline-start: 1.25rem;
  }
  h2, p, li:not(:has(button, input)), [part~='option'] label {
    overflow-y: clip;
    overflow-clip-margin: 0.25em;
  }
  [part~='option'] {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: 0.25em;
  }
  [part~='option'] label {
    flex: 1 1 0;
  }
  [part~='hint'] {
    flex-basis: 100%;
    margin: 0 0 0 1.75rem;
    color: ${vars['color-text-muted']};
    font-size: ${vars['font-size-s']};
  }
  [part~='warning'] {
    color: ${vars['color-suspended']};
    font-weight: 600;
  }
  [part~='blockers'], [part~='error']:not(:empty) {
    margin: ${vars['space-2']} 0;
    padding: ${vars['space-2']} ${vars['space-3']};
    border-inline-start: 4px solid ${vars['color-suspended']};
  }
  [part~='option'], [part~='field'] {
    margin: ${vars['space-3']} 0;
  }
  [part~='field'] label {
    display: block;
    margin-bottom: ${vars['space-1']};
  }
  textarea, input:not([type]) {
    box-sizing: border-box;
    width: 100%;
  }
  progress {
    width: 100%;
  }
  [part~='actions'] {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: ${vars['space-2']};
    margin-top: ${vars['space-4']};
  }
  [part~='confirm'] {
    border-color: ${vars['color-accent']};
    background: ${vars['color-accent']};
    color: ${vars['color-on-accent']};
  }
  [part~='confirm'][data-destructive] {
    border-color: ${vars['color-suspended']};
    background: ${vars['color-suspended']};
    color: ${vars['color-surface']};
  }
`];
