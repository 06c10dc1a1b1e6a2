import { css } from 'lit';
import { focusRing, srOnly, tokens, vars } from '../../styles/tokens.js';

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
    }
    :host([hidden]) {
      display: none;
    }
    [role='radiogroup'] {
      display: inline-flex;
      border: 1px solid ${vars['color-border']};
      border-radius: ${vars.radius};
      overflow: hidden;
    }
    [role='radio'] {
      display: inline-flex;
      align-items: center;
      gap: ${vars['space-1']};
      margin: 0;
      padding: ${vars['space-1']} ${vars['space-3']};
      border: 0;
      border-inline-start: 1px solid ${vars['color-border']};
      background: ${vars['color-surface']};
      color: inherit;
      cursor: pointer;
      min-block-size: 2.25rem;
      transition: background-color ${vars.duration};
    }
    [role='radio']:first-child {
      border-inline-start: 0;
    }
    [role='radio'][aria-checked='true'] {
      background: ${vars['color-accent']};
      color: ${vars['color-on-accent']};
      font-weight: 600;
    }
    [role='radio']:focus-visible,
    .toggle:focus-visible,
    .retry:focus-visible {
      ${focusRing}
      outline-offset: -4px;
    }
    [part~='count'] {
      display: inline-block;
      min-inline-size: 2ch;
      font-variant-numeric: tabular-nums;
      opacity: 0.85;
    }
    :host([disabled]) {
      opacity: 0.6;
      pointer-events: none;
    }
    .toggle,
    .retry {
      border: 0;
      padding: ${vars['space-1']} 0;
      background: none;
      color: ${vars['color-accent']};
      text-decoration: underline;
      cursor: pointer;
      min-block-size: 1.5rem;
    }
    [part~='error'] {
      color: ${vars['color-text-muted']};
      font-size: ${vars['font-size-s']};
    }
  `,
];
