import { expect, fixture, html } from '@open-wc/testing';
import { until } from './fixtures/hostile-helpers.js';

type EmbedWindow = Window & { cspViolations: string[]; pageErrors: string[] };

describe('sinocarte/embed in a plain HTML page', () => {
  it('renders <sino-province-map> with its 34 regions, under a strict CSP, loaded twice, with no error', async () => {
    const frame = await fixture<HTMLIFrameElement>(
      html`<iframe title="embed" src="/packages/sinocarte/test/fixtures/embed.html" width="900" height="800"></iframe>`,
    );
    const win = await until(() => frame.contentWindow?.document.readyState === 'complete' && (frame.contentWindow as EmbedWindow), 'the page');
    const map = await until(() => win.document.querySelector('sino-province-map'), 'the element');
    const regions = await until(() => {
      const paths = map.shadowRoot?.querySelectorAll('path.region');
      return paths && paths.length > 0 && paths;
    }, 'the regions');
    expect(regions.length).to.equal(34);
    expect(win.customElements.get('sino-province-map')).to.equal(map.constructor);
    expect(map.shadowRoot!.querySelector('[aria-selected="true"]')!.getAttribute('data-id')).to.equal('CN-SC');
    expect(map.shadowRoot!.querySelectorAll('circle.park').length).to.equal(53);
    expect(win.cspViolations, 'CSP violations').to.deep.equal([]);
    expect(win.pageErrors, 'uncaught errors').to.deep.equal([]);
  });

  it('renders the park table with the parks of the region it is given', async () => {
    const frame = await fixture<HTMLIFrameElement>(
      html`<iframe title="embed" src="/packages/sinocarte/test/fixtures/embed.html" width="1000" height="1600"></iframe>`,
    );
    const win = await until(() => frame.contentWindow?.document.readyState === 'complete' && (frame.contentWindow as EmbedWindow), 'the page');
    const { parks } = await import('@sinocarte/data/parks');
    const table = await until(() => win.document.querySelector('sino-park-table'), 'the table');
    const rows = await until(() => {
      const r = table.shadowRoot?.querySelectorAll('tbody tr');
      return r && r.length > 0 && r;
    }, 'the rows');
    const inGuangdong = parks.filter((p) => p.provinceId === 'CN-GD');
    expect(rows.length).to.equal(inGuangdong.length);
    for (const park of inGuangdong) expect(table.shadowRoot!.textContent).to.contain(park.name);
    expect(win.cspViolations, 'CSP violations').to.deep.equal([]);
  });

  it('renders the timeline with every event of the data package and the typology with its programmes', async () => {
    const frame = await fixture<HTMLIFrameElement>(
      html`<iframe title="embed" src="/packages/sinocarte/test/fixtures/embed.html" width="1000" height="1600"></iframe>`,
    );
    const win = await until(() => frame.contentWindow?.document.readyState === 'complete' && (frame.contentWindow as EmbedWindow), 'the page');
    const { events } = await import('@sinocarte/data/events');
    const { typology } = await import('@sinocarte/data/typology');
    const timeline = await until(() => win.document.querySelector('sino-timeline'), 'the timeline');
    await until(() => timeline.shadowRoot?.querySelector('svg'), 'the timeline drawing');
    // The ordered-list alternative lists every event once the range no longer hides any.
    timeline.setAttribute('range', '1960-2031');
    timeline.shadowRoot!.querySelector<HTMLButtonElement>('.list-toggle')!.click();
    const items = await until(() => {
      const li = timeline.shadowRoot!.querySelectorAll('ol li');
      return li.length > 0 && li;
    }, 'the event list');
    expect(items.length).to.equal(events.length);
    const typologyEl = await until(() => win.document.querySelector('sino-typology'), 'the typology');
    const points = await until(() => {
      const p = typologyEl.shadowRoot?.querySelectorAll('[data-id]');
      return p && p.length > 0 && p;
    }, 'the typology points');
    const onPlane = typology.programmes.filter((p: { positions: Record<string, unknown> }) => p.positions.coordination).length;
    expect(new Set([...points].map((p) => p.getAttribute('data-id'))).size).to.equal(onPlane);
    expect(win.cspViolations, 'CSP violations').to.deep.equal([]);
    expect(win.pageErrors, 'uncaught errors').to.deep.equal([]);
  });

  it('shows what the lazy pages fetch on first use from the file itself: the typology\'s types view (styled) and the partnerships', async () => {
    const frame = await fixture<HTMLIFrameElement>(
      html`<iframe title="embed" src="/packages/sinocarte/test/fixtures/embed.html" width="1000" height="1600"></iframe>`,
    );
    const win = await until(() => frame.contentWindow?.document.readyState === 'complete' && (frame.contentWindow as EmbedWindow), 'the page');
    // Other than the page's own files: the embed file (twice), the CSP listener, the test server's socket.
    const requests = () => win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((path) => !/\/(dist\/embed|fixtures\/csp-listener|__web-dev-server__web-socket)\.js$/.test(path));
    const typologyEl = await until(() => win.document.querySelector('sino-typology'), 'the typology');
    typologyEl.setAttribute('lang', 'zh');
    typologyEl.setAttribute('view', 'types');
    const cards = await until(() => {
      const c = typologyEl.shadowRoot?.querySelectorAll('.card');
      return c && c.length > 0 && c;
    }, 'the types view');
    expect(cards.length).to.equal(6);
    expect(win.getComputedStyle(typologyEl.shadowRoot!.querySelector('.cards')!).display, 'its styles').to.equal('grid');
    expect(typologyEl.shadowRoot!.querySelector('.card-title')!.getAttribute('lang'), 'in Chinese').to.equal('zh');
    const table = await until(() => win.document.querySelector('sino-park-table'), 'the table');
    table.removeAttribute('region');
    table.setAttribute('preset', 'partnerships');
    const { partnerships } = await import('@sinocarte/data/partnerships');
    await until(() => table.shadowRoot!.textContent!.includes(partnerships[0].french.name) && table, 'the partnerships');
    expect(requests(), 'nothing else fetched').to.deep.equal([]);
    expect(win.cspViolations, 'CSP violations').to.deep.equal([]);
    expect(win.pageErrors, 'uncaught errors').to.deep.equal([]);
  });

  it('is one file that asks for nothing else', async () => {
    const source = await (await fetch('/packages/sinocarte/dist/embed.js')).text();
    expect(source.length).to.be.greaterThan(50_000);
    expect(source, 'no bare or relative imports left').not.to.match(/\bimport\s*[\w{*][^;]*?from\s*["']/);
    expect(source, 'no dynamic imports').not.to.match(/\bimport\(/);
    expect(source, 'no eval').not.to.match(/\beval\(|new Function\(/);
  });
});
