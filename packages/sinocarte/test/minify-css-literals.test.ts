// The build minifies the CSS inside every element's `css` literal (scripts/minify-css-literals.mjs).
// These tests let the browser judge: each element's stylesheet, minified, must parse to exactly the same
// rules as the readable source, so a minifier mistake shows up as a changed rule, not as a broken page.
import { expect } from '@open-wc/testing';
import type { CSSResult } from 'lit';
import { minifyCss, minifyCssLiterals } from '../../../scripts/minify-css-literals.mjs';
import { styles as mapStyles } from '../src/province-map/province-map.styles.js';
import { styles as tableStyles } from '../src/park-table/park-table.styles.js';
import { styles as timelineStyles } from '../src/timeline/timeline.styles.js';
import { styles as typologyStyles } from '../src/typology/typology.styles.js';
import { styles as atlasStyles } from '../src/atlas/atlas.styles.js';
import { controlStyles } from '../src/internal/controls.styles.js';
import { SinoElement } from '../src/internal/sino-element.js';

/**
 * The rules the browser parses from a stylesheet. Values holding `var()` stay unparsed in the CSSOM, so
 * the insignificant space after their commas shows through: it is the one difference normalised here.
 */
function rules(text: string): string[] {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  return [...sheet.cssRules].map((rule) => rule.cssText.replace(/, /g, ','));
}

describe('CSS literal minifier', () => {
  const sheets: Record<string, CSSResult> = {
    map: mapStyles,
    table: tableStyles,
    timeline: timelineStyles,
    typology: typologyStyles,
    atlas: atlasStyles,
    controls: controlStyles,
    base: SinoElement.baseStyles as CSSResult,
  };
  for (const [name, sheet] of Object.entries(sheets)) {
    it(`keeps every rule of the ${name} styles and makes them smaller`, () => {
      const source = sheet.cssText;
      const minified = minifyCss(source);
      expect(rules(source).length).to.be.greaterThan(2);
      expect(rules(minified)).to.deep.equal(rules(source));
      expect(minified.length).to.be.lessThan(source.length * 0.8);
    });
  }

  it('keeps quoted text, the space of descendant pseudo-classes and calc() operators', () => {
    const out = minifyCss(`.a :focus-visible , .b > .c {\n  content: ":  , x"; /* note */\n  width: calc(100% - 2px);\n}`);
    expect(out).to.equal('.a :focus-visible,.b>.c{content:":  , x";width:calc(100% - 2px)}');
  });

  it('minifies literals holding escaped backticks (in a comment, say)', () => {
    const source = 'const a = css`\n  /* even \\`* { all: unset }\\` */\n  .x {\n    color: red;\n  }\n`;';
    expect(minifyCssLiterals(source)).to.equal('const a = css`.x{color:red}`;');
  });

  it('rewrites only css literals without interpolation', () => {
    const source = 'const a = css`\n  .x {\n    color: red;\n  }\n`; const b = html`<p>  keep  </p>`; const c = css`.y { ${z} }`;';
    expect(minifyCssLiterals(source)).to.equal('const a = css`.x{color:red}`; const b = html`<p>  keep  </p>`; const c = css`.y { ${z} }`;');
  });
});
