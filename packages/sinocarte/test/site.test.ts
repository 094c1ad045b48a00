import { expect } from '@open-wc/testing';
import { until } from './fixtures/hostile-helpers.js';

/**
 * The publishable site (`npm run build:site` → site/, which `npm test` builds before the browser tests): every
 * internal link works, and a page of another origin embeds the atlas from the site's own files, by script and
 * by iframe. The test page (http://localhost) plays the partner; the site is served from http://127.0.0.1.
 */
const SITE = '/site/';

async function built(): Promise<boolean> {
  return (await fetch(`${SITE}index.html`, { method: 'HEAD' })).ok;
}

describe('the built site', function () {
  this.timeout(120_000);

  before(async function () {
    if (!(await built())) {
      console.warn('site/ is not built (npm run build:site): the site tests are skipped');
      this.skip();
    }
  });

  it('every internal link, script, stylesheet, image and frame of every page resolves, anchors included', async () => {
    const start = new URL(`${SITE}index.html`, location.href);
    const pages = new Map<string, Document | null>();
    const checked = new Map<string, boolean>();
    const broken: string[] = [];
    const queue: URL[] = [start];
    let links = 0;

    const load = async (url: URL): Promise<Document | null> => {
      const key = url.href.split('#')[0];
      if (pages.has(key)) return pages.get(key)!;
      const response = await fetch(key);
      const doc = response.ok && (response.headers.get('content-type') ?? '').includes('html') ? new DOMParser().parseFromString(await response.text(), 'text/html') : null;
      pages.set(key, doc);
      checked.set(key, response.ok);
      return doc;
    };

    while (queue.length) {
      const page = queue.shift()!;
      const doc = await load(page);
      if (!doc) continue;
      const refs = [...doc.querySelectorAll('a[href], link[href], script[src], img[src], iframe[src]')].map((el) => el.getAttribute('href') ?? el.getAttribute('src')!);
      for (const ref of refs) {
        const url = new URL(ref, page);
        if (url.origin !== location.origin || !url.pathname.startsWith(SITE)) continue;
        links++;
        const key = url.href.split('#')[0];
        if (!checked.has(key)) {
          const isPage = /\.html$|\/$/.test(url.pathname);
          // Pages are crawled (Storybook's own pages only checked: its links are made by its script).
          if (isPage && !page.pathname.startsWith(`${SITE}storybook/`)) {
            queue.push(url);
            await load(url);
          } else {
            checked.set(key, (await fetch(key, { method: 'HEAD' })).ok);
          }
        }
        if (!checked.get(key)) broken.push(`${page.pathname} → ${ref}`);
        else if (url.hash && url.hash.length > 1) {
          const target = pages.get(key) ?? (await load(url));
          const id = decodeURIComponent(url.hash.slice(1));
          if (target && !target.getElementById(id) && !target.getElementsByName(id).length) broken.push(`${page.pathname} → ${ref} (no #${id})`);
        }
      }
    }
    expect(pages.size, 'pages crawled').to.be.greaterThan(20);
    expect(links, 'links followed').to.be.greaterThan(100);
    expect(broken).to.deep.equal([]);
  });

  it('has the docs, the embed pages, the generator, Storybook, the built files and the data downloads', async () => {
    for (const path of ['docs/index.html', 'docs/getting-started.html', 'docs/size-budgets.html', 'docs/elements/province-map.html', 'docs/embed/atlas.html', 'docs/embed/generator.html', 'storybook/index.html', 'dist/embed.js', 'dist/lazy/loader.js', 'dist/iframe-host.js', 'data/parks.csv', 'data/parks.json', 'data/china.topo.json', 'data/index.html']) {
      expect((await fetch(`${SITE}${path}`, { method: 'HEAD' })).ok, path).to.equal(true);
    }
  });

  it('a page of another origin shows the atlas from the site’s files, by script and by iframe (sized to its content)', async () => {
    const site = new URL(SITE, location.href);
    site.hostname = site.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
    expect(site.origin).not.to.equal(location.origin);

    // By script: the site's embed.js, cross-origin, as a module.
    const script = document.createElement('script');
    script.type = 'module';
    script.src = new URL('dist/embed.js', site).href;
    document.head.append(script);
    const atlas = document.createElement('sino-atlas');
    atlas.setAttribute('lang', 'en');
    document.body.append(atlas);
    await until(() => customElements.get('sino-atlas') && atlas.shadowRoot?.querySelector('sino-province-map'), 'the atlas by script', 20_000);
    const map = atlas.shadowRoot!.querySelector('sino-province-map')!;
    await until(() => map.shadowRoot?.querySelectorAll('path.region').length, 'the atlas map’s regions', 20_000);

    // By iframe: the site's embed page and its host script.
    const frame = document.createElement('iframe');
    frame.setAttribute('data-sinocarte', '');
    frame.title = 'Atlas';
    frame.width = '720';
    frame.height = '300';
    frame.src = new URL('docs/embed/atlas.html?lang=en&id=atlas', site).href;
    document.body.append(frame);
    const host = document.createElement('script');
    host.src = new URL('dist/iframe-host.js', site).href;
    document.head.append(host);
    let reported = 0;
    addEventListener('message', (event: MessageEvent) => {
      if (event.source === frame.contentWindow && event.data?.type === 'sinocarte:resize') reported = event.data.height;
    });
    await until(() => reported > 1000 && Math.abs(frame.clientHeight - reported) <= 2, `the atlas iframe to be sized (${frame.clientHeight} / ${reported})`, 30_000);
    atlas.remove();
    frame.remove();
  });
});
