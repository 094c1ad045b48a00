/** English: the strings of `atlas` (see ../en.ts). */
import type { Messages } from '../messages.js';

export const atlas = {
  title: 'Atlas of Franco-Chinese cooperation',
  help: 'Select a region, a park, a programme or a period: the four views follow.',
  panels: { map: 'Map of the regions', typology: 'Typology of the programmes', timeline: 'Timeline' },
  tables: { parks: 'TORCH hi-tech parks', partnerships: 'Decentralised cooperation partnerships', offices: 'Offices of French local authorities' },
  language: 'Language',
  theme: 'Theme',
  themes: { auto: 'Auto', light: 'Light', dark: 'Dark' },
  reset: 'Clear all',
  resetDone: 'Selections and filters cleared',
} satisfies Messages['atlas'];
