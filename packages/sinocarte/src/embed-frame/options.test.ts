import { expect } from '@open-wc/testing';
import { FRAME_ELEMENTS, FRAME_HEIGHTS, FRAME_KINDS, FRAME_TITLES, buildFrameQuery, frameTitle, iframeSnippet, parseFrameOptions, scriptSnippet, type FrameKind } from './options.js';

describe('embed page options (parseFrameOptions)', () => {
  it('turns the issue’s example URL into the map’s attributes, region becoming the selection', () => {
    const options = parseFrameOptions('map', '?metric=parks&lang=en&theme=dark&region=CN-HB');
    expect(options.tag).to.equal('sino-province-map');
    expect(Object.fromEntries(options.attributes)).to.deep.equal({ lang: 'en', theme: 'dark', metric: 'parks', selected: 'CN-HB' });
    expect(options.warnings).to.deep.equal([]);
    expect(options.id).to.equal('');
  });

  it('ignores unknown options and malformed values, one warning each, and keeps the good ones', () => {
    const options = parseFrameOptions('map', 'metric=bogus&colour=red&lang=klingon&theme=neon&region=hubei&show-parks=no&region=CN-HB');
    expect(options.attributes).to.deep.equal([['selected', 'CN-HB']]);
    expect(options.warnings).to.have.length(6);
    expect(options.warnings.join(' ')).to.contain('"colour"').and.contain('"metric"').and.contain('"theme"').and.contain('"show-parks"');
  });

  it('normalises language tags and leaves empty values out without a warning', () => {
    const options = parseFrameOptions('timeline', 'lang=EN-gb&region=&range=1980-2011');
    expect(options.attributes).to.deep.equal([['lang', 'en'], ['range', '1980-2011']]);
    expect(options.warnings).to.deep.equal([]);
  });

  it('checks shapes, not existence: a well-formed unknown region passes, for the element to report', () => {
    expect(parseFrameOptions('map', 'region=CN-ZZ').attributes).to.deep.equal([['selected', 'CN-ZZ']]);
    for (const bad of ['cn-hb', 'CN-HBX', 'CN-', 'FR', '<b>', 'CN-HB,CN-GD']) {
      expect(parseFrameOptions('map', new URLSearchParams({ region: bad })).attributes, bad).to.deep.equal([]);
    }
    expect(parseFrameOptions('table', 'region=CN-HB,CN-GD,HK').attributes).to.deep.equal([['region', 'CN-HB,CN-GD,HK']]);
  });

  it('accepts only the options of each element', () => {
    expect(parseFrameOptions('typology', 'metric=parks&plane=coordination&view=types').attributes).to.deep.equal([
      ['plane', 'coordination'],
      ['view', 'types'],
    ]);
    expect(parseFrameOptions('table', 'plane=coordination&preset=offices&years=1990-&sort=-year,name').attributes).to.deep.equal([
      ['preset', 'offices'],
      ['years', '1990-'],
      ['sort', '-year,name'],
    ]);
    expect(parseFrameOptions('table', 'years=199&sort=year;drop').attributes).to.deep.equal([]);
    expect(parseFrameOptions('timeline', 'range=1980-03/2011-06&categories=torch,park').attributes).to.deep.equal([
      ['range', '1980-03/2011-06'],
      ['categories', 'torch,park'],
    ]);
    expect(parseFrameOptions('atlas', 'metric=offices&region=TW&selected=x').attributes).to.deep.equal([
      ['metric', 'offices'],
      ['region', 'TW'],
    ]);
  });

  it('keeps free text as text, without control characters, and refuses very long text', () => {
    expect(parseFrameOptions('table', new URLSearchParams({ query: ' <img src=x onerror=alert(1)>\u0007 ' })).attributes).to.deep.equal([
      ['query', '<img src=x onerror=alert(1)>'],
    ]);
    expect(parseFrameOptions('table', new URLSearchParams({ query: 'x'.repeat(101) })).attributes).to.deep.equal([]);
  });

  it('reads the frame id and rejects malformed ones', () => {
    expect(parseFrameOptions('map', 'id=carte-1').id).to.equal('carte-1');
    const bad = parseFrameOptions('map', 'id=a%20b');
    expect(bad.id).to.equal('');
    expect(bad.warnings).to.have.length(1);
  });

  it('every element’s option list is reachable by the URL it builds (round trip)', () => {
    const samples: Record<string, string> = {
      lang: 'zh', theme: 'light', metric: 'revenue', region: 'CN-SC', 'show-parks': 'false', preset: 'partnerships',
      sector: 'ict', years: '1988-1991', query: 'Xi’an', sort: 'name', selected: 'p-1', range: '1990-2000',
      categories: 'torch', plane: 'objectives', view: 'types', caption: 'Parcs du Hubei', heading: 'Les parcs',
      source: 'Source : ministère, 2004', group: 'article-1', 'metric-switch': 'off', description: 'Par région.', note: 'Données de 2004.',
      share: 'true',
    };
    for (const kind of FRAME_KINDS) {
      const query = buildFrameQuery(kind, samples, 'f1');
      const parsed = parseFrameOptions(kind, query);
      expect(parsed.warnings, kind).to.deep.equal([]);
      expect(parsed.id).to.equal('f1');
      // Every option but the script snippet's own (share).
      expect(parsed.attributes.length, kind).to.equal(FRAME_ELEMENTS[kind].options.filter((o) => !o.scriptOnly).length);
    }
  });
});

describe('embed snippets', () => {
  const input = {
    kind: 'map' as const,
    values: { lang: 'en', theme: '', metric: 'parks', region: 'CN-HB', bogus: 'x' },
    pagesBase: 'https://example.org/embed/',
    embedScript: 'https://cdn.jsdelivr.net/npm/sinocarte/dist/embed.js',
    hostScript: 'https://cdn.jsdelivr.net/npm/sinocarte/dist/iframe-host.js',
  };

  it('the script snippet loads the embed file and writes the element with checked attributes', () => {
    expect(scriptSnippet(input)).to.equal(
      '<script type="module" src="https://cdn.jsdelivr.net/npm/sinocarte/dist/embed.js"></script>\n' +
        '<sino-province-map lang="en" metric="parks" selected="CN-HB"></sino-province-map>',
    );
  });

  it('the iframe snippet points at the embed page with a query the page accepts, a title, and the host script', () => {
    const snippet = iframeSnippet({ ...input, id: 'carte' });
    const doc = new DOMParser().parseFromString(snippet, 'text/html');
    const frame = doc.querySelector('iframe')!;
    expect(frame.hasAttribute('data-sinocarte')).to.equal(true);
    expect(frame.getAttribute('title')).to.match(/map/i);
    const src = new URL(frame.getAttribute('src')!);
    expect(src.origin + src.pathname).to.equal('https://example.org/embed/map.html');
    expect(parseFrameOptions('map', src.search)).to.deep.include({ id: 'carte', warnings: [] });
    expect(doc.querySelector('script')!.getAttribute('src')).to.equal(input.hostScript);
    expect(snippet).not.to.contain('style=');
  });

  it('escapes what it writes into attributes', () => {
    const snippet = scriptSnippet({ ...input, kind: 'table', values: { query: '"><script>alert(1)</script>' } });
    const doc = new DOMParser().parseFromString(snippet, 'text/html');
    expect(doc.querySelectorAll('script').length).to.equal(1);
    expect(doc.querySelector('sino-park-table')!.getAttribute('query')).to.equal('"><script>alert(1)</script>');
  });
});

describe('embed generator options (issue 12)', () => {
  const base = { pagesBase: 'https://example.org/embed/', embedScript: 'https://x.org/embed.js', hostScript: 'https://x.org/iframe-host.js' };
  const titleOf = (snippet: string) => new DOMParser().parseFromString(snippet, 'text/html').querySelector('iframe')!.getAttribute('title');

  it('the iframe title follows the table’s preset, in the content’s language', () => {
    expect(titleOf(iframeSnippet({ ...base, kind: 'table', values: { preset: 'partnerships', lang: 'fr' } })))
      .to.match(/partenariats/i)
      .and.not.match(/parcs/i);
    expect(titleOf(iframeSnippet({ ...base, kind: 'table', values: { preset: 'offices', lang: 'en' } }))).to.match(/offices/i);
    expect(titleOf(iframeSnippet({ ...base, kind: 'table', values: { lang: 'en' } }))).to.match(/parks/i);
  });

  it('a title given is the element’s heading and the iframe’s title; a source line, a caption and a group reach the element', () => {
    const values = { heading: 'Les parcs du Hubei', source: 'Source : Ambassade de France en Chine, 2004', caption: 'Parcs', group: 'article' };
    const snippet = iframeSnippet({ ...base, kind: 'table', values });
    expect(titleOf(snippet)).to.equal('Les parcs du Hubei');
    const src = new URL(new DOMParser().parseFromString(snippet, 'text/html').querySelector('iframe')!.getAttribute('src')!);
    expect(parseFrameOptions('table', src.search).attributes).to.deep.equal([
      ['caption', 'Parcs'],
      ['heading', 'Les parcs du Hubei'],
      ['source', 'Source : Ambassade de France en Chine, 2004'],
      ['group', 'article'],
    ]);
    expect(scriptSnippet({ ...base, kind: 'map', values: { heading: 'Carte', group: 'article' } })).to.contain('heading="Carte"').and.contain('group="article"');
    expect(frameTitle('map', { heading: '  ' })).to.equal(frameTitle('map', {}));
  });

  it('the iframe height is the one asked for, else a default per element; nonsense falls back to the default', () => {
    const heightOf = (values: Record<string, string>) =>
      new DOMParser().parseFromString(iframeSnippet({ ...base, kind: 'atlas', values }), 'text/html').querySelector('iframe')!.getAttribute('height');
    expect(heightOf({ height: '2400' })).to.equal('2400');
    for (const bad of ['', '-5', '12', 'tall', '1e9', '300.5']) expect(heightOf({ height: bad }), bad).to.equal(String(FRAME_HEIGHTS.atlas));
  });

  it('the snippet has short lines: no line of the iframe tag holds two long values', () => {
    const snippet = iframeSnippet({ ...base, kind: 'table', values: { preset: 'partnerships', query: 'Lyon' } });
    const lines = snippet.split('\n');
    expect(lines.find((l) => l.includes('src='))).not.to.contain('title=');
  });
});

describe('every attribute an editor may want (issue 12)', () => {
  const base = { pagesBase: 'https://example.org/embed/', embedScript: 'https://x.org/embed.js', hostScript: 'https://x.org/iframe-host.js' };
  const parse = (snippet: string) => new DOMParser().parseFromString(snippet, 'text/html');
  const frameQuery = (kind: FrameKind, values: Record<string, string>) => new URL(parse(iframeSnippet({ ...base, kind, values })).querySelector('iframe')!.src).search;

  it('the map and the atlas take metric-switch (on or off), in the URL and in both snippets', () => {
    for (const kind of ['map', 'atlas'] as const) {
      const query = frameQuery(kind, { 'metric-switch': 'off' });
      expect(parseFrameOptions(kind, query).attributes, kind).to.deep.include(['metric-switch', 'off']);
      expect(parse(scriptSnippet({ ...base, kind, values: { 'metric-switch': 'off' } })).querySelector(FRAME_ELEMENTS[kind].tag)!.getAttribute('metric-switch'), kind).to.equal('off');
    }
    expect(parseFrameOptions('map', 'metric-switch=maybe').warnings).to.have.length(1);
    expect(parseFrameOptions('table', 'metric-switch=off').warnings, 'not a table option').to.have.length(1);
  });

  it('every element takes a description and a note, as text', () => {
    const values = { description: 'En milliards de yuans, par région, en 2002.', note: 'Hong Kong, Macao et Taïwan <b>ne figurent pas</b> dans la liste.' };
    for (const kind of FRAME_KINDS) {
      const attributes = Object.fromEntries(parseFrameOptions(kind, frameQuery(kind, values)).attributes);
      expect([attributes.description, attributes.note], kind).to.deep.equal([values.description, values.note]);
      const element = parse(scriptSnippet({ ...base, kind, values })).querySelector(FRAME_ELEMENTS[kind].tag)!;
      expect(element.getAttribute('note'), kind).to.equal(values.note);
      expect(element.children, 'the note stays text').to.have.length(0);
    }
  });

  it('share is written on the element of the script snippet, not into the iframe’s URL (a frame’s hash is no link a reader copies)', () => {
    for (const kind of FRAME_KINDS) {
      const element = parse(scriptSnippet({ ...base, kind, values: { share: 'true' } })).querySelector(FRAME_ELEMENTS[kind].tag)!;
      expect(element.hasAttribute('share'), kind).to.equal(true);
      expect(element.getAttribute('share'), kind).to.equal('');
      expect(frameQuery(kind, { share: 'true' }), kind).to.not.contain('share');
      expect(parse(scriptSnippet({ ...base, kind, values: { share: 'false' } })).querySelector(FRAME_ELEMENTS[kind].tag)!.hasAttribute('share'), kind).to.equal(false);
    }
  });

  it('the map’s iframe title follows its metric, in the content’s language', () => {
    const titleOf = (values: Record<string, string>) => parse(iframeSnippet({ ...base, kind: 'map', values })).querySelector('iframe')!.title;
    expect(titleOf({ metric: 'partnerships' })).to.match(/partenariats/i).and.not.match(/parcs/i);
    expect(titleOf({ metric: 'offices', lang: 'en' })).to.match(/offices/i).and.not.match(/parks/i);
    expect(titleOf({ metric: 'revenue', lang: 'en' })).to.match(/revenue/i);
    expect(titleOf({ metric: 'partnerships', lang: 'zh' })).to.match(/合作/);
    expect(titleOf({})).to.equal(FRAME_TITLES.map.fr);
    expect(titleOf({ metric: 'offices', heading: 'Nos bureaux' }), 'a heading wins').to.equal('Nos bureaux');
  });
});
