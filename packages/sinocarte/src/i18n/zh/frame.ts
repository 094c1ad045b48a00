/** Simplified Chinese: the strings of `frame` (see ../zh.ts). */
import type { Messages } from '../messages.js';

export const frame = {
  source: { one: '来源：{list}', other: '来源：{list}', separator: '；' },
} satisfies Messages['frame'];
