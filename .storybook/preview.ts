/**
 * What every story gets: the elements' documentation from the manifest
 * (controls, the docs tables), and language and theme switches in the toolbar.
 */
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';

setCustomElementsManifest(manifest);

const preview: Preview = {
  globalTypes: {
    lang: {
      description: 'The page language the elements follow (the nearest `lang` wins)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'es', title: 'Español' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Light or dark: the elements follow --clk-color-scheme (by default the user preference)',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light dark', title: 'System' },
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'en', theme: 'light dark' },
  decorators: [
    (story, context) => {
      const root = document.documentElement;
      root.lang = typeof context.globals['lang'] === 'string' ? context.globals['lang'] : 'en';
      const theme = context.globals['theme'] === 'light' || context.globals['theme'] === 'dark' ? context.globals['theme'] : 'light dark';
      root.style.setProperty('--clk-color-scheme', theme);
      root.style.colorScheme = theme;
      return story();
    },
  ],
  parameters: {
    controls: { expanded: true },
  },
};

export default preview;
