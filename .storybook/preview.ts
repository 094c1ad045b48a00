import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
// Generated from the elements' JSDoc by `npm run manifest -w sinocarte` (run by `npm start`): docs are written once.
import manifest from '../packages/sinocarte/custom-elements.json' with { type: 'json' };

setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {
    controls: { expanded: true, matchers: { color: /(background|color)$/i } },
    a11y: { test: 'error' },
    options: { storySort: { order: ['Introduction', 'Components'] } },
  },
  globalTypes: {
    lang: {
      description: 'Language of the elements',
      toolbar: { title: 'Langue', icon: 'globe', items: ['fr', 'en', 'zh'], dynamicTitle: true },
    },
  },
  initialGlobals: { lang: 'fr' },
  decorators: [
    (story, context) => {
      document.documentElement.lang = context.globals.lang ?? 'fr';
      return story();
    },
  ],
};

export default preview;
