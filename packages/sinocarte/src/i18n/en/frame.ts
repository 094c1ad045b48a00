/** English: the strings of `frame` (see ../en.ts). */
import type { Messages } from '../messages.js';

export const frame = {
  source: { one: 'Source: {list}', other: 'Sources: {list}', separator: '; ' },
  download: {
    label: 'Download',
    png: 'PNG image',
    png2: 'PNG image, high resolution (2×)',
    svg: 'SVG image (vector)',
    titleColumn: 'Title',
    csv: 'Data (CSV)',
    saved: '{file} downloaded.',
    refused: 'This page prevents creating the image (its security policy): try the SVG image.',
  },
  fullscreen: { enter: 'Full screen', exit: 'Exit full screen' },
  share: { invalid: 'Link ignored: “{key} = {value}” is not a valid value.' },
} satisfies Messages['frame'];
