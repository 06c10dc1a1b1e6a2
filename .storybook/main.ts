/**
 * Storybook for the kit (`npm run storybook`, `npm run build-storybook`): the
 * CSF 3 files of `stories/`, the same ones the demo's gallery and the stories
 * test read, rendered by the web-components renderer on vite.
 */
import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/*.stories.ts'],
  core: {
    // The machines that build this have no open network: no telemetry, no news.
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
  },
  viteFinal(config) {
    return {
      ...config,
      // Storybook merges the project's vite.config.ts, whose serve branch is the
      // demo's; its public dir (the msw worker) is not for the stories.
      publicDir: false,
      // Decorators stay TypeScript's experimental ones (tsconfig.json:
      // experimentalDecorators, useDefineForClassFields false); vite's Oxc
      // transform does not lower standard decorators and would leave raw `@`
      // in the output. Said here too, for any file no tsconfig covers.
      oxc: { ...(typeof config.oxc === 'object' ? config.oxc : {}), decorator: { legacy: true } },
    };
  },
};

export default config;
