import { css } from 'lit';
import { focusRing, srOnly, tokens, vars } from '../../styles/tokens.js';

// Comments stay out of the CSS, which ships as written:
// - segments wrap onto more lines where the row does not fit (320 px, 200 % zoom); each draws its start and top line one
//   pixel outside itself, so lines show between segments and between rows, and the group clips those along its own edge;
// - a long label (a host's message) wraps inside its segment, which shrinks to the row rather than stick out of it;
// - the focus ring is drawn inside a segment: on the chosen one's fill it takes the colour of the text on it
//   (HighlightText in forced colours), or it would not show.
export const styles = [
  tokens,
  srOnly,
  css`
    :host {
      display: inline-flex;
      flex-wrap: wrap;
      align-items: center;
      gap: ${vars['space-2']};
      color: ${vars['color-text']};
      overflow-wrap: anywhere;
    }
    :host([hidden]) {
      display: none;
    }
    [role='radiogroup'] {
      display: inline-flex;
      flex-wrap: wrap;
      max-inline-size: 100%;
      border: 1px solid ${vars['color-border']};
      border-radius: ${vars.radius};
      overflow: hidden;
    }
    [role='radio'] {
      display: inline-flex;
      flex: 1 1 auto;
      justify-content: center;
      align-items: center;
      gap: ${vars['space-1']};
      margin: -1px 0 0;
      margin-inline-start: -1px;
      padding: ${vars['space-1']} ${vars['space-3']};
      border: 0;
      border-inline-start: 1px solid ${vars['color-border']};
      border-block-start: 1px solid ${vars['color-border']};
      background: ${vars['color-surface']};
      color: inherit;
      cursor: pointer;
      min-block-size: 2.25rem;
      transition: background-color ${vars.duration};
    }
    /* Chosen: filled, and a bar that is not colour alone; no change of weight, so no segment changes width. */
    [role='radio'][aria-checked='true'] {
      background: ${vars['color-accent']};
      color: ${vars['color-on-accent']};
      box-shadow: inset 0 -3px 0 currentColor;
    }
    @media (forced-colors: active) {
      [role='radio'][aria-checked='true'] {
        forced-color-adjust: none;
        background: Highlight;
        color: HighlightText;
      }
    }
    [role='radio']:focus-visible,
    .link:focus-visible {
      ${focusRing}
      outline-offset: -4px;
    }
    [role='radio'][aria-checked='true']:focus-visible {
      outline-color: currentColor;
    }
    /* A pill three digits wide from the start: loading (empty) shows its place, and up to 999 nothing moves when it fills. */
    [part~='count'] {
      display: inline-block;
      box-sizing: content-box;
      min-inline-size: 3ch;
      padding: 0 ${vars['space-1']};
      border-radius: 1em;
      background: color-mix(in srgb, currentColor 12%, transparent);
      font-variant-numeric: tabular-nums;
      text-align: center;
    }
    :host(:disabled) {
      opacity: 0.6;
      pointer-events: none;
    }
    .link {
      border: 0;
      padding: ${vars['space-1']} 0;
      background: none;
      color: ${vars['color-accent']};
      text-decoration: underline;
      cursor: pointer;
      min-block-size: 1.5rem;
    }
    [part~='error'],
    [part~='hint'] {
      color: ${vars['color-text-muted']};
      font-size: ${vars['font-size-s']};
    }
    [part~='hint'] {
      margin: 0.25rem 0 0;
    }
  `,
];
