import { expect, fixture, html } from '@open-wc/testing';
import '../timeline.js';
import '../park-table.js';

/**
 * Chinese text needs a font with Chinese glyphs: the font stack names the common ones of each system
 * (macOS, Windows, Linux and Android), and puts them first on a Chinese page so that Chinese punctuation
 * and digits come from the same font as the characters around them.
 */
const CJK = ['PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC'];

const fontOf = (el: Element) => getComputedStyle(el.shadowRoot!.querySelector('.base') ?? el).fontFamily;
const families = (stack: string) => stack.split(',').map((f) => f.trim().replace(/^["']|["']$/g, ''));

describe('the font stack', () => {
  it('names common Chinese fonts on every page', async () => {
    const el = await fixture(html`<sino-park-table lang="fr"></sino-park-table>`);
    const stack = families(fontOf(el));
    for (const font of CJK) expect(stack, font).to.include(font);
  });

  it('puts them before the Latin system fonts on a Chinese page', async () => {
    const el = await fixture(html`<sino-timeline lang="zh"></sino-timeline>`);
    const stack = families(fontOf(el));
    expect(CJK).to.include(stack[0]);
    expect(stack.indexOf('Microsoft YaHei')).to.be.lessThan(stack.indexOf('Segoe UI'));
  });

  it('leaves the host’s own font alone', async () => {
    const el = await fixture(html`<sino-timeline lang="zh" style="--sino-font-family: Georgia, serif"></sino-timeline>`);
    expect(families(fontOf(el))[0]).to.equal('Georgia');
  });
});
