/** English: the strings of `frame` (see ../en.ts). */
import type { Messages } from '../messages.js';

export const frame = {
  source: { one: 'Source: {list}', other: 'Sources: {list}', separator: '; ' },
} satisfies Messages['frame'];
