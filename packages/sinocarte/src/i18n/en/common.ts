/** English: the strings of `common` (see ../en.ts). */
import type { Messages } from '../messages.js';

export const common = {
  languageName: 'English',
  intlLocale: 'en-GB',
  unknownTheme: 'Unknown theme "{value}": automatic theme.',
  linkHighlighted: '{n} highlighted by the linked selection',
  linkLinked: 'linked to the selection',
} satisfies Messages['common'];
