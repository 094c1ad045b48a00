/** English: the strings of `common` (see ../en.ts). */
import type { Messages } from '../messages.js';

export const common = {
  unknownTheme: 'Unknown theme "{value}": automatic theme.',
  linkHighlighted: '{n} highlighted by the linked selection',
  linkLinked: 'linked to the selection',
  unreadable: 'Some data could not be read and was left out.',
  unreadableRecords: '{n} unreadable entr(y/ies) left out.',
  dataLoadFailed: 'The data could not be downloaded ({error}).',
} satisfies Messages['common'];
