/**
 * What every story gets: the elements' documentation from the manifest
 * (controls, the docs tables) and a language switch in the toolbar.
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
  },
  initialGlobals: { lang: 'en' },
  decorators: [
    (story, context) => {
      document.documentElement.lang = typeof context.globals['lang'] === 'string' ? context.globals['lang'] : 'en';
      return story();
    },
  ],
  parameters: {
    controls: { expanded: true },
  },
};

export default preview;
