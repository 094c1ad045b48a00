import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { messages } from '../src/i18n/index.js';
import { until } from './fixtures/hostile-helpers.js';
import { FRAME_ELEMENTS, FRAME_HEIGHTS, FRAME_KINDS } from '../src/embed-frame/options.js';

/**
 * The iframe way of embedding, end to end: a partner page with a strict CSP (test/fixtures/iframe-host.html)
 * frames the ready pages of docs/embed/ and loads the built host script (dist/iframe-host.js). Needs
 * `npm run build` (which runs scripts/build-docs-embed.mjs) first.
 */

type HostWindow = Window & { cspViolations: string[]; pageErrors: string[] };
interface ReportLike {
  body: { effectiveDirective?: string; blockedURL?: string } | null;
}
type ReportingWindow = Window & {
  ReportingObserver: new (cb: (reports: ReportLike[]) => void, options: { types: string[]; buffered: boolean }) => {
    observe(): void;
    takeRecords(): ReportLike[];
    disconnect(): void;
  };
};

/** An iframe of this test page, once `src` has loaded in it. */
async function openFrame(src: string, width = 1000, height = 900): Promise<HTMLIFrameElement> {
  const frame = await fixture<HTMLIFrameElement>(html`<iframe title="test frame" src=${src} width=${width} height=${height}></iframe>`);
  const page = new URL(src, location.href).pathname.split('/').pop()!;
  return until(() => loaded(frame, page) && frame, page);
}

async function openHost(): Promise<HostWindow> {
  return (await openFrame('/packages/sinocarte/test/fixtures/iframe-host.html')).contentWindow as HostWindow;
}

/** The generator page, once its script has written the code. */
async function openGenerator(width: number): Promise<{ frame: HTMLIFrameElement; doc: Document }> {
  const frame = await openFrame('/docs/embed/generator.html', width, 800);
  const doc = await until(() => frame.contentDocument!.getElementById('iframe-code') && frame.contentDocument!, 'the generator');
  return { frame, doc };
}

/** Sets a generator control as a reader would (a checkbox is ticked or not) and lets the page update. */
function setControl(doc: Document, id: string, value: string | boolean): void {
  const control = doc.getElementById(id) as HTMLInputElement | HTMLSelectElement;
  if (typeof value === 'boolean') (control as HTMLInputElement).checked = value;
  else control.value = value;
  control.dispatchEvent(new Event('change', { bubbles: true }));
}

/** The code in one of the generator's text areas, parsed. */
const generatedCode = (doc: Document, id: string) => new DOMParser().parseFromString((doc.getElementById(id) as HTMLTextAreaElement).value, 'text/html');

/** Has the iframe finished loading this page (and not the initial about:blank, which is "complete" too)? */
function loaded(frame: HTMLIFrameElement, page: string): boolean {
  const win = frame.contentWindow;
  return !!win && win.location.pathname.endsWith(page) && win.document.readyState === 'complete';
}

function frameOf(host: Window, id: string): HTMLIFrameElement {
  return host.document.getElementById(id) as HTMLIFrameElement;
}

/** The element of an embed page, once it has rendered something. */
async function elementIn(frame: HTMLIFrameElement, tag: string, ready = 'svg, table, [role="status"]'): Promise<HTMLElement> {
  return until(() => {
    const element = frame.contentDocument?.querySelector<HTMLElement>(tag);
    return element?.shadowRoot?.querySelector(ready) && element;
  }, `<${tag}> in #${frame.id}`);
}

/** Height of an embed page's content, as its script measures it. */
function contentHeight(frame: HTMLIFrameElement): number {
  return Math.ceil(frame.contentDocument!.body.getBoundingClientRect().height);
}

/** Waits until the iframe is as tall as its content (within 2 px) and the height has held for a few frames. */
async function settled(frame: HTMLIFrameElement): Promise<number> {
  let stable = 0;
  await until(() => {
    stable = Math.abs(frame.clientHeight - contentHeight(frame)) <= 2 ? stable + 1 : 0;
    return stable >= 5;
  }, `#${frame.id} to take its content's height (iframe ${frame.clientHeight}, content ${contentHeight(frame)})`);
  return frame.clientHeight;
}

/** The CSP violations a window has seen since it loaded (buffered reports: no listener needed beforehand). */
async function cspReports(win: Window): Promise<string[]> {
  const seen: ReportLike[] = [];
  const observer = new (win as ReportingWindow).ReportingObserver((reports) => seen.push(...reports), { types: ['csp-violation'], buffered: true });
  observer.observe();
  await aTimeout(100);
  seen.push(...observer.takeRecords());
  observer.disconnect();
  return seen.map((r) => `${r.body?.effectiveDirective}: ${r.body?.blockedURL}`);
}

/** The next resize message the host page receives from a frame's window. */
function nextResize(host: Window, frame: HTMLIFrameElement): Promise<number> {
  return new Promise((resolve) => {
    const listener = (event: MessageEvent) => {
      if (event.source === frame.contentWindow && event.data?.type === 'sinocarte:resize') {
        host.removeEventListener('message', listener);
        resolve(event.data.height);
      }
    };
    host.addEventListener('message', listener);
  });
}

describe('embedding by iframe (docs/embed pages + dist/iframe-host.js)', () => {
  it('applies the URL options: English, dark, Hubei selected on the map; Guangdong parks in the table', async () => {
    const host = await openHost();
    const map = await elementIn(frameOf(host, 'map'), 'sino-province-map', 'path.region');
    const selected = await until(() => map.shadowRoot!.querySelector('[aria-selected="true"]'), 'the selected region');
    expect(selected.getAttribute('data-id')).to.equal('CN-HB');
    expect(map.getAttribute('theme')).to.equal('dark');
    expect(map.shadowRoot!.textContent).to.contain(messages('en').map.metricParks).and.not.contain(messages('fr').map.metricParks);
    expect(frameOf(host, 'map').contentDocument!.documentElement.lang).to.equal('en');

    const table = await elementIn(frameOf(host, 'table'), 'sino-park-table', 'tbody tr, .card');
    const { parks } = await import('@sinocarte/data/parks');
    const count = parks.filter((p) => p.provinceId === 'CN-GD').length;
    expect(count).to.be.greaterThan(1);
    expect(table.getAttribute('region')).to.equal('CN-GD');
    await until(() => table.shadowRoot!.querySelector('[part~="count"]')?.textContent?.includes(String(count)), 'the count of Guangdong parks');
    expect(table.shadowRoot!.textContent).to.contain(messages('en').table.search).and.not.contain(messages('fr').table.search);

    const timeline = await elementIn(frameOf(host, 'timeline'), 'sino-timeline', 'svg');
    expect([timeline.getAttribute('range'), timeline.getAttribute('region'), timeline.getAttribute('lang')]).to.deep.equal(['1980-2011', 'CN-HB', 'en']);
    const typology = await elementIn(frameOf(host, 'typology'), 'sino-typology', 'svg');
    expect(typology.getAttribute('plane')).to.equal('coordination');
  });

  it('ignores bad options, and the element still reports what it finds wrong itself', async () => {
    const host = await openHost();
    const map = await elementIn(frameOf(host, 'bad'), 'sino-province-map', 'path.region');
    // metric=bogus and lang=klingon never reached the element: it keeps its defaults, says nothing about them.
    expect(map.getAttribute('lang') ?? '').to.equal('');
    expect(map.shadowRoot!.textContent).to.contain(messages('fr').map.metricParks);
    expect((map as HTMLElement & { metric: string }).metric).to.equal('parks');
    expect(map.hasAttribute('colour')).to.equal(false);
    // region=CN-ZZ has the shape of a region id: the element is given it and reports it is unknown.
    const note = await until(() => map.shadowRoot!.querySelector('[part="message"]')?.textContent?.includes('CN-ZZ'), 'the element’s note');
    expect(note).to.equal(true);
    expect(map.shadowRoot!.querySelector('[part="message"]')!.textContent).not.to.contain('bogus');
  });

  it('sizes each iframe to the height its page reports, and follows the content when it changes', async () => {
    const host = await openHost();
    const tags = { map: 'sino-province-map', table: 'sino-park-table', timeline: 'sino-timeline', typology: 'sino-typology' };
    for (const [id, tag] of Object.entries(tags)) {
      const frame = frameOf(host, id);
      await elementIn(frame, tag);
      const height = await settled(frame);
      expect(height, id).to.be.greaterThan(250);
      // The host acknowledged, so the page hides the scrollbars that would only flicker while it catches up.
      expect(frame.contentDocument!.documentElement.hasAttribute('data-sized'), id).to.equal(true);
    }

    // Content change inside: a search that matches nothing leaves the table much shorter.
    const tableFrame = frameOf(host, 'table');
    const before = tableFrame.clientHeight;
    const reported = nextResize(host, tableFrame);
    const table = tableFrame.contentDocument!.querySelector('sino-park-table')!;
    table.setAttribute('query', 'zzzzzzzz');
    const height = await reported;
    await until(() => Math.abs(tableFrame.clientHeight - height) <= 2, `the table iframe to take the reported ${height} px`);
    expect(height).to.be.lessThan(before - 50);
    expect(await settled(tableFrame)).to.be.closeTo(height, 2);

    // Layout change from outside: a narrower map is a shorter map (its aspect ratio is fixed).
    const mapFrame = frameOf(host, 'map');
    const wide = mapFrame.clientHeight;
    mapFrame.width = '420';
    await until(() => mapFrame.clientHeight < wide - 100, 'the map iframe to shrink with its content');
    expect(await settled(mapFrame)).to.be.lessThan(wide - 100);
  });

  it('ignores messages from any window but the iframe’s own, and malformed ones', async () => {
    const host = await openHost();
    const map = frameOf(host, 'map');
    await elementIn(map, 'sino-province-map', 'path.region');
    const mapHeight = await settled(map);
    const rogue = frameOf(host, 'rogue');
    const stranger = frameOf(host, 'stranger');
    await until(() => loaded(rogue, 'rogue-frame.html') && loaded(stranger, 'rogue-frame.html'), 'the rogue frames');
    const strangerHeight = stranger.clientHeight;
    const forged = { type: 'sinocarte:resize', version: 1, id: 'map', height: 1234 };

    host.postMessage(forged, '*'); // from this test's window: not a frame of the host page
    stranger.contentWindow!.postMessage({ forge: { ...forged, height: 777 } }, '*'); // a frame not marked data-sinocarte
    rogue.contentWindow!.postMessage({ forge: { ...forged, height: 'tall' } }, '*'); // malformed
    rogue.contentWindow!.postMessage({ forge: { ...forged, version: 2 } }, '*'); // unknown version
    rogue.contentWindow!.postMessage({ forge: forged }, '*'); // a marked frame claiming the map's id
    // The last one is well formed from a marked frame: it resizes that frame — its own — and only that one.
    await until(() => rogue.clientHeight === 1234, 'the rogue frame to take its own reported height');
    await aTimeout(200);
    expect(map.clientHeight).to.be.closeTo(mapHeight, 2);
    expect(stranger.clientHeight).to.equal(strangerHeight);
    expect(map.contentDocument!.body.getBoundingClientRect().height).to.be.closeTo(mapHeight, 2);
  });

  it('re-dispatches the reader’s selection on the iframe element', async () => {
    const host = await openHost();
    const frame = frameOf(host, 'map');
    const map = await elementIn(frame, 'sino-province-map', 'path.region');
    const received = new Promise<CustomEvent>((resolve) => frame.addEventListener('sino-select', (e) => resolve(e as CustomEvent), { once: true }));
    const sichuan = map.shadowRoot!.querySelector('path.region[data-id="CN-SC"]')!;
    sichuan.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    const event = await received;
    // The map's sino-select detail is { kind, id }: the frame adds only which frame it came from.
    expect(event.detail).to.deep.equal({ kind: 'province', id: 'CN-SC', frame: 'map' });
  });

  it('causes no CSP violation, on the host page or in any embed page', async () => {
    const host = await openHost();
    for (const id of ['map', 'table', 'timeline', 'typology', 'bad']) {
      const frame = frameOf(host, id);
      await until(() => frame.contentDocument?.querySelector('[data-frame]') && frame.contentDocument.querySelector('main > *')?.shadowRoot, `#${id}`);
      await settled(frame);
      expect(await cspReports(frame.contentWindow!), `CSP violations in #${id}`).to.deep.equal([]);
    }
    expect(host.cspViolations, 'CSP violations on the host page').to.deep.equal([]);
    expect(await cspReports(host), 'CSP reports on the host page').to.deep.equal([]);
    expect(host.pageErrors, 'uncaught errors on the host page').to.deep.equal([]);

    // The probe itself sees violations: an inline style in a frame under the same policy is reported.
    const rogue = frameOf(host, 'rogue');
    await until(() => loaded(rogue, 'rogue-frame.html'), 'the rogue frame');
    rogue.contentDocument!.body.insertAdjacentHTML('beforeend', '<p style="color: red">inline</p>');
    expect(await cspReports(rogue.contentWindow!)).to.have.length(1);
  });

  it('the atlas page creates <sino-atlas> with the URL options (when the embed registers it)', async function () {
    const probe = await openFrame('/docs/embed/atlas.html?lang=en&region=CN-HB&metric=offices&theme=dark&id=atlas');
    const win = probe.contentWindow!;
    await aTimeout(50);
    if (!win.customElements.get('sino-atlas')) {
      // The atlas is built in parallel; until dist/embed.js registers it there is nothing to check here.
      this.skip();
    }
    const atlas = await until(() => win.document.querySelector('sino-atlas'), 'the atlas');
    expect(['lang', 'region', 'metric', 'theme'].map((name) => atlas.getAttribute(name))).to.deep.equal(['en', 'CN-HB', 'offices', 'dark']);
    await until(() => atlas.shadowRoot?.childElementCount, 'the atlas to render');
    expect(await cspReports(win)).to.deep.equal([]);
  });
});

describe('the built iframe scripts', () => {
  it('are self-contained files without eval', async () => {
    for (const file of ['/packages/sinocarte/dist/iframe-host.js', '/packages/sinocarte/dist/frame-page.js', '/docs/embed/frame-page.js', '/docs/embed/sinocarte-embed.js']) {
      const response = await fetch(file);
      expect(response.ok, file).to.equal(true);
      const source = await response.text();
      expect(source, `${file}: no imports left`).not.to.match(/\bimport\s*[\w{*][^;]*?from\s*["']|\bimport\(/);
      expect(source, `${file}: no eval`).not.to.match(/\beval\(|new Function\(/);
    }
  });
});

describe('iframes that always size (issue 12)', function () {
  this.timeout(30_000);

  it('a host script that arrives after the frames have posted still sizes them, over a theme’s `iframe { height: auto !important }`, sandboxed ones included', async () => {
    const host = (await openFrame('/packages/sinocarte/test/fixtures/iframe-late-host.html', 800)).contentWindow!;
    const map = frameOf(host, 'map');
    const sandboxed = frameOf(host, 'sandboxed');
    // The sandboxed page is cross-origin (opaque): its height is known from what it posts (recorded by the page).
    const recorded = host as unknown as { resizes: { source: Window; height: number; at: number }[] };
    const last = (frame: HTMLIFrameElement) => recorded.resizes.filter((r) => r.source === frame.contentWindow).at(-1);
    await elementIn(map, 'sino-province-map', 'path.region');
    await until(() => {
      const posted = last(sandboxed);
      return posted && posted.height > 300 && host.performance.now() - posted.at > 1000;
    }, 'the sandboxed frame to post a stable height', 15_000);
    await aTimeout(500);
    // The theme wins over the height attributes while no script sizes the frames.
    expect(map.clientHeight, 'the theme shrinks the map frame').to.be.lessThan(200);
    expect(sandboxed.clientHeight, 'the theme shrinks the sandboxed frame').to.be.lessThan(200);

    // Now the host script arrives, long after every frame has posted its height.
    const script = host.document.createElement('script');
    script.src = '/packages/sinocarte/dist/iframe-host.js';
    host.document.head.append(script);

    expect(await settled(map)).to.be.greaterThan(300);
    await until(() => Math.abs(sandboxed.clientHeight - last(sandboxed)!.height) <= 2, 'the sandboxed frame to take its height');
    expect(sandboxed.clientHeight).to.be.greaterThan(300);
    expect(map.style.getPropertyPriority('height'), 'set as an inline !important declaration').to.equal('important');
  });
});

describe('the no-script fallback and the generator (issue 12)', function () {
  this.timeout(60_000);

  it('each element’s default iframe height fits its embed page in a 720 px article column, without wasting half of it', async () => {
    for (const kind of FRAME_KINDS) {
      const frame = await openFrame(`/docs/embed/${kind}.html`, 720, 300);
      await elementIn(frame, FRAME_ELEMENTS[kind].tag, kind === 'atlas' ? '*' : 'svg, table');
      let last = -1;
      let stable = 0;
      await until(() => {
        const height = contentHeight(frame);
        stable = height === last ? stable + 1 : 0;
        last = height;
        return stable >= 30;
      }, `${kind} to reach its height`);
      expect(FRAME_HEIGHTS[kind], `${kind}: content ${last} px`).to.be.at.least(last);
      expect(FRAME_HEIGHTS[kind], `${kind}: content ${last} px`).to.be.at.most(Math.ceil(last * 1.2) + 40);
      frame.remove();
    }
  });

  it('the generator offers title, source, group, height and, for the table, search, sort and caption; its code never breaks inside a word', async () => {
    const { frame, doc } = await openGenerator(375);
    setControl(doc, 'opt-element', 'table');
    setControl(doc, 'opt-preset', 'partnerships');
    for (const name of ['heading', 'source', 'group', 'height', 'query', 'sort', 'caption']) {
      const control = doc.querySelector<HTMLInputElement>(`#options [name="${name}"]`);
      expect(control, name).to.not.equal(null);
      expect(control!.closest<HTMLElement>('[data-kinds]')?.hidden ?? false, `${name} shown for the table`).to.equal(false);
      expect(doc.querySelector(`label[for="${control!.id}"]`)?.textContent?.trim(), `${name} has a label`).to.not.equal('');
    }
    expect(generatedCode(doc, 'iframe-code').querySelector('iframe')!.title).to.match(/partenariats/i);

    setControl(doc, 'opt-heading', 'Nos partenariats');
    setControl(doc, 'opt-height', '1500');
    const updated = generatedCode(doc, 'iframe-code').querySelector('iframe')!;
    expect([updated.title, updated.getAttribute('height')]).to.deep.equal(['Nos partenariats', '1500']);
    expect(new URL(updated.src).searchParams.get('heading')).to.equal('Nos partenariats');

    for (const area of doc.querySelectorAll('textarea')) {
      const style = frame.contentWindow!.getComputedStyle(area);
      expect([area.getAttribute('wrap'), style.whiteSpace, style.overflowWrap], area.id).to.deep.equal(['off', 'pre', 'normal']);
    }
  });
  it('the generator offers the metric switch (map, atlas), description, note and share; the map’s frame title follows its metric', async () => {
    const { doc } = await openGenerator(1000);
    const set = (id: string, value: string | boolean) => setControl(doc, id, value);
    const parse = (id: string) => generatedCode(doc, id);
    for (const kind of ['map', 'atlas'] as const) {
      set('opt-element', kind);
      const metricSwitch = doc.getElementById('opt-metric-switch') as HTMLInputElement;
      expect(metricSwitch.closest<HTMLElement>('[data-kinds]')!.hidden, `${kind}: switch offered`).to.equal(false);
      expect(doc.querySelector('label[for="opt-metric-switch"]')!.textContent!.trim()).to.not.equal('');
      expect(parse('script-code').querySelector(FRAME_ELEMENTS[kind].tag)!.hasAttribute('metric-switch'), `${kind}: the default is not written`).to.equal(false);
      set('opt-metric-switch', false);
      expect(parse('script-code').querySelector(FRAME_ELEMENTS[kind].tag)!.getAttribute('metric-switch'), kind).to.equal('off');
      expect(new URL(parse('iframe-code').querySelector('iframe')!.src).searchParams.get('metric-switch'), kind).to.equal('off');
      set('opt-metric-switch', true);
    }
    set('opt-element', 'table');
    expect((doc.getElementById('opt-metric-switch') as HTMLElement).closest<HTMLElement>('[data-kinds]')!.hidden, 'no switch on a table').to.equal(true);

    set('opt-element', 'map');
    set('opt-metric', 'partnerships');
    set('opt-description', 'Nombre de partenariats par région.');
    set('opt-note', 'Hong Kong et Macao comptent à part.');
    set('opt-share', true);
    const element = parse('script-code').querySelector('sino-province-map')!;
    expect([element.getAttribute('description'), element.getAttribute('note'), element.getAttribute('share')]).to.deep.equal([
      'Nombre de partenariats par région.',
      'Hong Kong et Macao comptent à part.',
      '',
    ]);
    const iframe = parse('iframe-code').querySelector('iframe')!;
    const query = new URL(iframe.src).searchParams;
    expect([query.get('description'), query.get('note'), query.has('share')]).to.deep.equal(['Nombre de partenariats par région.', 'Hong Kong et Macao comptent à part.', false]);
    expect(iframe.title).to.match(/partenariats/i).and.not.match(/parcs/i);
    // The preview shows them.
    const preview = doc.getElementById('preview-frame') as HTMLIFrameElement;
    const map = await until(() => {
      const el = preview.contentDocument?.querySelector('sino-province-map');
      return el?.getAttribute('note') === 'Hong Kong et Macao comptent à part.' && el.shadowRoot?.querySelector('.frame-note') && el;
    }, 'the preview with the note');
    expect(map.shadowRoot!.querySelector('.frame-description')!.textContent!.trim()).to.equal('Nombre de partenariats par région.');
  });
});
