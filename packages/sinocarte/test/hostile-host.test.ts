import { expect } from '@open-wc/testing';
import { loadHostilePage, until, type HostileWindow } from './fixtures/hostile-helpers.js';
import { VERSION } from '../src/version.js';
import { defineElement } from '../src/internal/define.js';
import * as groupsOfThisCopy from '../src/internal/group.js';
import type { GroupMessage } from '../src/internal/group.js';

/**
 * Issue 15, "several copies on one page" and hostile hosts: what the host's page does around Sinocarte — a second
 * copy under Trusted Types, a registry that refuses a tag, a polluted Object.prototype, another copy's linked
 * views — never breaks the other elements. Page-level cases load the built embed file in an iframe.
 */

type Page = Awaited<ReturnType<typeof loadHostilePage>>;

/** Loads a fixture page that may not draw all four elements (loadHostilePage waits for all four). */
async function loadPage(src: string) {
  const frame = document.createElement('iframe');
  frame.width = '940';
  frame.height = '2400';
  frame.src = src;
  document.body.append(frame);
  const win = await until(() => frame.contentWindow?.location.pathname === src && frame.contentWindow.document.readyState === 'complete' && (frame.contentWindow as HostileWindow & { refusedErrors?: { code: string; message: string }[] }), 'the page');
  return { frame, win, doc: win.document, remove: () => frame.remove() };
}

describe('hostile host: several copies, refusals, pollution', function () {
  this.timeout(30_000);
  let page: Page | Awaited<ReturnType<typeof loadPage>> | undefined;
  afterEach(() => {
    page?.remove();
    page = undefined;
  });

  it('Trusted Types enforced and embed.js loaded twice: no "policy already exists", every element draws', async () => {
    page = await loadHostilePage('/packages/sinocarte/test/fixtures/hostile-copies.html');
    expect(page.win.pageErrors, 'uncaught errors').to.deep.equal([]);
    expect(page.win.cspViolations, 'CSP and Trusted Types violations').to.deep.equal([]);
  });

  it('a registry that refuses <sino-timeline> keeps every other tag, and says so', async () => {
    page = await loadPage('/packages/sinocarte/test/fixtures/hostile-refuse.html');
    const { win, doc } = page;
    await until(() => win.customElements.get('sino-atlas'), 'sino-atlas registered', 5000);
    for (const tag of ['sino-province-map', 'sino-park-table', 'sino-typology', 'sino-atlas']) expect(win.customElements.get(tag), tag).not.to.equal(undefined);
    expect(win.customElements.get('sino-timeline')).to.equal(undefined);
    await until(() => (doc.querySelector('sino-province-map')?.shadowRoot?.querySelectorAll('path.region').length ?? 0) === 34, 'the map draws');
    expect(win.pageErrors, 'uncaught errors').to.deep.equal([]);
    expect(win.refusedErrors!.map((e) => e.code)).to.deep.equal(['load-failed']);
    expect(win.refusedErrors![0].message).to.contain('sino-timeline');
  });

  it('a polluted Object.prototype.value does not stop any tag from registering', async () => {
    page = await loadHostilePage('/packages/sinocarte/test/fixtures/hostile-polluted.html');
    for (const tag of ['sino-province-map', 'sino-park-table', 'sino-timeline', 'sino-typology', 'sino-atlas']) expect(page.win.customElements.get(tag), tag).not.to.equal(undefined);
    expect(page.win.pageErrors, 'uncaught errors').to.deep.equal([]);
    // The page keeps what it had: the embed file gave the polluted key back.
    expect((page.win.Object.prototype as Record<string, unknown>).value).to.equal('polluted');
  });

  for (const [build, fixture] of [
    ['the npm entries (sinocarte/province-map, sinocarte/park-table)', 'hostile-polluted-npm.html'],
    ['the lazy loader', 'hostile-polluted-lazy.html'],
  ] as const) {
    it(`a polluted Object.prototype (value, writable, get, set) does not stop ${build} from registering and drawing`, async () => {
      const loaded = await loadPage(`/packages/sinocarte/test/fixtures/${fixture}`);
      page = loaded;
      const { win, doc } = loaded;
      const map = () => doc.querySelector('sino-province-map')?.shadowRoot?.querySelectorAll('path.region').length ?? 0;
      const rows = () => doc.querySelector('sino-park-table')?.shadowRoot?.querySelectorAll('tbody tr').length ?? 0;
      await until(() => map() === 34 && rows() > 0, 'the map and the table drawn', 10_000).catch((e: Error) => {
        throw new Error(`${e.message} (map: ${map()}, rows: ${rows()}, errors: ${win.pageErrors})`);
      });
      for (const tag of ['sino-province-map', 'sino-park-table']) expect(win.customElements.get(tag), tag).not.to.equal(undefined);
      expect(win.pageErrors, 'uncaught errors').to.deep.equal([]);
      // The page keeps what it had.
      expect((win.Object.prototype as Record<string, unknown>).value).to.equal('polluted');
      expect((win.Object.prototype as Record<string, unknown>).get).to.equal('polluted');
    });
  }

  it('linked views reach across copies: a group joined in one copy hears a message posted by another', async () => {
    // A second instance of the group module: what a second copy of Sinocarte (embed file, lazy chunk) holds.
    const otherCopy = (await import(/* @vite-ignore */ `${new URL('../src/internal/group.ts', import.meta.url).pathname}?second-copy`)) as typeof groupsOfThisCopy;
    expect(otherCopy.joinGroup, 'a distinct module instance').not.to.equal(groupsOfThisCopy.joinGroup);
    const received: GroupMessage[] = [];
    const member = { receive: (message: GroupMessage) => received.push(message) };
    groupsOfThisCopy.joinGroup(document, 'across-copies', member);
    try {
      const message: GroupMessage = { type: 'select', kind: 'province', id: 'CN-SC', regions: ['CN-SC'] };
      otherCopy.postToGroup(document, 'across-copies', message, {});
      expect(received).to.deep.equal([message]);
      expect(otherCopy.groupSize(document, 'across-copies')).to.equal(1);
    } finally {
      groupsOfThisCopy.leaveGroup(document, 'across-copies', member);
    }
  });

  it('a second, different version meeting a defined tag warns once on the console; the same version is silent', () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    try {
      class Old extends HTMLElement {
        static sinocarteVersion = '0.0.1';
      }
      customElements.define('sino-version-probe', Old);
      class Mine extends HTMLElement {}
      defineElement('sino-version-probe', Mine);
      defineElement('sino-version-probe', Mine);
      expect(warnings.filter((w) => w.includes('sino-version-probe'))).to.have.length(1);
      expect(warnings[0]).to.contain('0.0.1').and.to.contain(VERSION);
      class Same extends HTMLElement {
        static sinocarteVersion = VERSION;
      }
      customElements.define('sino-version-same', Same);
      defineElement('sino-version-same', class extends HTMLElement {});
      expect(warnings.filter((w) => w.includes('sino-version-same'))).to.deep.equal([]);
    } finally {
      console.warn = warn;
    }
  });

  it('the version a copy reports is the package version', async () => {
    // The test server turns JSON into a module; a variable specifier keeps tsc from resolving it.
    const url = '/packages/sinocarte/package.json';
    const pkg = (await import(/* @vite-ignore */ url)) as { default: { version: string } };
    expect(VERSION).to.equal(pkg.default.version);
  });
});
