import { css } from '@lit/reactive-element';
import { srOnly, tokens, vars } from '../../styles/tokens.js';

/** The badge keeps to one line; a label longer than its column (a host's message) wraps inside it instead. */
export const styles = [
  tokens,
  srOnly,
  css`
    :host {
      display: inline-flex;
      vertical-align: middle;
    }
    :host([hidden]) {
      display: none;
    }
    .base {
      --_tone: ${vars['color-active']};
      --_line: var(--_tone);
      display: inline-flex;
      align-items: center;
      gap: 0.35em;
      box-sizing: border-box;
      min-block-size: 1.75em;
      padding: 0.1em 0.6em 0.1em 0.45em;
      border: 1px solid var(--_tone);
      border-inline-start: 0.25em solid var(--_line);
      border-radius: ${vars.radius};
      color: ${vars['color-text']};
      background: ${vars['color-surface']};
      font-size: var(--clk-badge-font-size, ${vars['font-size-s']});
      line-height: 1.2;
      white-space: nowrap;
      position: relative;
    }
    svg {
      inline-size: 1.1em;
      block-size: 1.1em;
      flex: none;
      fill: none;
      stroke: currentColor;
      stroke-width: 2;
      stroke-linecap: round;
      stroke-linejoin: round;
    }
    .label {
      white-space: normal;
      overflow-wrap: anywhere;
    }
    .icon {
      color: var(--_tone);
    }
    .second {
      display: none;
      color: ${vars['color-deactivated']};
    }
    .base[data-tone='deactivated'] {
      --_tone: ${vars['color-deactivated']};
    }
    .base[data-tone='suspended'],
    .base[data-tone='suspended-deactivated'] {
      --_tone: ${vars['color-suspended']};
    }
    .base[data-tone='suspended-deactivated'] .second {
      display: inline;
    }
    .base[data-tone='dormant'] {
      --_tone: ${vars['color-dormant']};
    }
    .base[data-tone='unknown'],
    .base[data-tone='loading'] {
      --_tone: ${vars['color-border']};
    }
    .base[data-tone='loading'] {
      min-inline-size: var(--clk-badge-min-width, 7em);
    }
    .compact {
      padding-inline: 0.3em;
    }
    .compact .label {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
  `,
];
