// The build minifies the markup inside every element's `html` and `svg` literals (scripts/minify-html-literals.mjs).
// These tests let the browser judge: the minified markup must give the same elements, attributes and rendered
// text as the indented source, so a minifier mistake shows up as a changed page.
import { expect } from '@open-wc/testing';
import { minifyHtmlParts } from '../../../scripts/minify-html-literals.mjs';

/** What a reader gets from some markup: the elements and attributes, and the text as rendered (innerText). */
function rendered(markup: string): { tree: string; text: string } {
  const host = document.createElement('div');
  host.style.position = 'absolute';
  host.style.left = '-10000px';
  host.innerHTML = markup;
  document.body.append(host);
  const tree = [...host.querySelectorAll('*')].map((el) => `${el.localName}[${[...el.attributes].map((a) => `${a.name}=${a.value}`).join(' ')}]`).join('\n');
  const text = host.innerText;
  host.remove();
  return { tree, text };
}

/** The pieces of a template, as a tagged template gives them, with a value put in place of each expression. */
const join = (parts: readonly string[]) => parts.join('VALUE');

const CASES: Record<string, string[]> = {
  'indented blocks and inline elements side by side': [
    `\n      <div class="base" part="base">\n        <p>\n          <span>one</span>\n          <span>two</span>\n        </p>\n        <button\n          type="button"\n          aria-label="Zoom"\n        >\n          +\n        </button>\n      </div>\n    `,
  ],
  'expressions in text, in attributes and as an element binding': [
    `\n  <ul class="list ${''}`,
    `">\n    <li\n      data-id=`,
    `\n      ?hidden=`,
    `\n    >`,
    ` items\n      <b>`,
    `</b>\n    </li>\n  </ul>\n`,
  ],
  'quoted values, pre, textarea and comments kept as they are': [
    `<p title="two\n   lines">a  b</p>\n  <pre>  keep\n    this  </pre>\n  <textarea>  and\n this </textarea>\n  <!-- a\n   comment -->\n  <p>end</p>`,
  ],
  'svg with text': [`\n  <svg viewBox="0 0 10 10">\n    <g\n      class="x"\n    >\n      <text x="1" y="2">\n        label\n      </text>\n    </g>\n  </svg>\n`],
};

describe('HTML literal minifier', () => {
  for (const [name, parts] of Object.entries(CASES)) {
    it(`${name}: same elements, attributes and rendered text, fewer characters`, () => {
      const minified = minifyHtmlParts(parts);
      expect(minified.length, 'as many pieces: the bindings stay where they were').to.equal(parts.length);
      const before = rendered(join(parts));
      const after = rendered(join(minified));
      expect(after.tree).to.equal(before.tree);
      expect(after.text).to.equal(before.text);
      expect(join(minified).length).to.be.lessThan(join(parts).length);
    });
  }

  it('writes what is expected on a small case', () => {
    expect(minifyHtmlParts(['\n  <p\n    class="a  b"\n  >\n    x  y\n  </p>\n  <input ', '\n  />\n'])).to.deep.equal([' <p class="a  b"> x  y </p> <input ', '/> ']);
  });

  it('keeps everything inside pre and textarea, whatever their case', () => {
    const source = '<PRE>\n  a\n</PRE>\n<textarea rows="2">\n  b\n</textarea>';
    expect(minifyHtmlParts([source])).to.deep.equal(['<PRE>\n  a\n</PRE> <textarea rows="2">\n  b\n</textarea>']);
  });
});
