import { expect } from '@open-wc/testing';
import { composeImage, escapeXml, wrapText, type ImageParts } from './export-image.js';

const parts = (over: Partial<ImageParts> = {}): ImageParts => ({
  drawing: '<svg viewBox="0 0 400 300" width="400" height="300"><rect width="400" height="300" fill="#eee"/></svg>',
  width: 400,
  height: 300,
  heading: 'Les parcs <TORCH> & leurs régions',
  description: '',
  legendTitle: 'Parcs (liste de 2004)',
  legend: [
    { label: '1', fill: 'rgb(253, 212, 158)' },
    { label: '5–6', fill: 'rgb(127, 0, 0)' },
  ],
  source: 'Source : Ambassade de France en Chine, 2004',
  note: '',
  font: "system-ui, 'Segoe UI', sans-serif",
  colors: { text: 'rgb(27, 31, 36)', muted: 'rgb(89, 99, 110)', background: 'rgb(255, 255, 255)' },
  ...over,
});

describe('wrapText', () => {
  it('cuts at spaces to fit the width, and cuts a long CJK sentence where it overflows', () => {
    expect(wrapText('un deux trois quatre', 60, 10)).to.deep.equal(['un deux', 'trois', 'quatre']);
    expect(wrapText('court', 500, 15)).to.deep.equal(['court']);
    const chinese = wrapText('中国地区地图中国地区地图', 60, 10);
    expect(chinese.join('')).to.equal('中国地区地图中国地区地图');
    for (const line of chinese) expect(line.length).to.be.at.most(6);
    expect(wrapText('   ', 100, 10)).to.deep.equal([]);
  });
});

describe('composeImage', () => {
  it('makes one valid SVG file with the heading above the drawing and the source below, text escaped', () => {
    const image = composeImage(parts());
    const doc = new DOMParser().parseFromString(image.svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts[0]).to.equal('Les parcs <TORCH> & leurs régions');
    expect(texts.at(-1)).to.equal('Source : Ambassade de France en Chine, 2004');
    expect(texts).to.include('5–6');
    const y = (text: string) => Number([...doc.querySelectorAll('text')].find((t) => t.textContent === text)!.getAttribute('y'));
    const drawing = doc.querySelector('svg svg')!;
    expect(y(texts[0]!)).to.be.below(Number(drawing.getAttribute('y')));
    expect(y(texts.at(-1)!)).to.be.above(Number(drawing.getAttribute('y')) + 300);
    expect(image.width).to.equal(432);
    expect(image.height).to.be.above(y(texts.at(-1)!));
    expect(Number(doc.documentElement.getAttribute('height'))).to.equal(image.height);
    // Its look is in the file: a <style> of its own, no reference to the page.
    expect(doc.querySelector('style')!.textContent).to.contain("font-family: system-ui, 'Segoe UI', sans-serif");
  });

  it('leaves out what is empty', () => {
    const image = composeImage(parts({ heading: '', legend: [], source: '' }));
    const doc = new DOMParser().parseFromString(image.svg, 'image/svg+xml');
    expect(doc.querySelectorAll('text')).to.have.length(0);
    expect(image.height).to.equal(16 + 300 + 8 + 16);
  });

  it('escapes what XML would read as markup', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).to.equal('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });
});
