/** English: the strings of `loader` (see ../en.ts). */
import type { Messages } from '../messages.js';

export const loader = {
  loading: 'Loading…',
  loadFailed: 'This content could not be loaded.',
  retry: 'Try again',
  stringsFailed: 'The interface texts could not be downloaded ({error}): they are shown in French.',
} satisfies Messages['loader'];
