/**
 * Text measured as the reader sees it. A reader may override the text spacing (WCAG 1.4.12: letter spacing
 * 0.12em, word spacing 0.16em…); labels drawn in SVG are placed by their measured width, so the measure has to
 * include that spacing, or the labels overlap what follows them. Pure: the natural width comes from the caller.
 */

/** Letter and word spacing, in em of the text they apply to (0: normal). */
export interface TextSpacing {
  letter: number;
  word: number;
}

export const NORMAL_SPACING: TextSpacing = { letter: 0, word: 0 };

/** Width of a text in px. */
export type Measure = (text: string) => number;

/** A measure that adds the spacing: letter spacing after each character, word spacing at each space. */
export function withSpacing(measure: Measure, fontPx: number, spacing: TextSpacing): Measure {
  if (!spacing.letter && !spacing.word) return measure;
  const letter = spacing.letter * fontPx;
  const word = spacing.word * fontPx;
  return (text) => {
    let spaces = 0;
    for (const c of text) if (c === ' ') spaces++;
    return measure(text) + [...text].length * letter + spaces * word;
  };
}

/**
 * A measure that remembers the width of each text it has measured: a label laid out again at every zoom step is
 * measured once (a canvas measure sets the font and shapes the text each time).
 */
export function remembered(measure: Measure): Measure {
  const widths = new Map<string, number>();
  return (text) => {
    let width = widths.get(text);
    if (width === undefined) widths.set(text, (width = measure(text)));
    return width;
  };
}

/** Computed `letter-spacing` and `word-spacing` values (`normal`, `1.8px`) as em of `fontPx`. */
export function spacingFromStyle(letter: string, word: string, fontPx: number): TextSpacing {
  const em = (value: string) => {
    const px = parseFloat(value);
    return Number.isFinite(px) && fontPx > 0 ? px / fontPx : 0;
  };
  return { letter: em(letter), word: em(word) };
}

/**
 * Which labels to write when some would overlap: in the order given (most important first), each label is kept
 * unless its box overlaps one already kept. The others are left to the table alternative.
 */
export function keepApart<T extends { left: number; top: number; right: number; bottom: number }>(boxes: readonly T[]): T[] {
  const kept: T[] = [];
  for (const b of boxes) {
    if (!kept.some((k) => b.left < k.right && k.left < b.right && b.top < k.bottom && k.top < b.bottom)) kept.push(b);
  }
  return kept;
}
