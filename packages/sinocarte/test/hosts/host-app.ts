import { expect } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { parks } from '@sinocarte/data/parks';
import { pointInRegion, until } from '../fixtures/hostile-helpers.js';

/**
 * Shared by react-host.test.ts and vue-host.test.ts: the app scripts/check-packages.mjs built with Vite from the
 * sources in this folder and the `npm pack` tarballs (.cache/<name>-app/). Each app passes `values` to the map
 * and `region` to the table as properties, listens to `sino-select` and shows the last selected id.
 */

type HostWindow = Window & { hostApp?: { framework: string; version: string }; pageErrors?: string[] };

/** The regions the apps give values for (hosts/react/main.jsx, hosts/vue/App.vue). */
const WITH_VALUES = ['CN-BJ', 'CN-GD', 'CN-HB', 'CN-SC', 'CN-SH'];

export function describeHostApp(framework: 'react' | 'vue', major: string) {
  const page = `/.cache/${framework}-app/index.html`;

  describe(`sinocarte in a ${framework} app built with Vite from the packed tarball`, function () {
    this.timeout(20_000);
    let frame: HTMLIFrameElement;
    let win: HostWindow;

    before(async () => {
      const probe = await fetch(page);
      expect(probe.ok, `the ${framework} app exists: run \`node scripts/check-packages.mjs\``).to.equal(true);
      frame = document.createElement('iframe');
      frame.title = `${framework} app`;
      frame.width = '1000';
      frame.height = '2400';
      frame.src = page;
      document.body.append(frame);
      frame.style.border = '0';
      frame.style.display = 'block';
      win = await until(() => frame.contentWindow?.location.pathname === page && frame.contentWindow.document.readyState === 'complete' && (frame.contentWindow as HostWindow), 'the page');
    });

    after(() => frame?.remove());

    const doc = () => win.document;
    const map = () => doc().querySelector('sino-province-map')!;
    const table = () => doc().querySelector('sino-park-table')!;
    const rows = () => table().shadowRoot?.querySelectorAll('tbody tr[data-row]') ?? [];
    const shown = () => doc().querySelector('#selection')?.textContent?.replace(/\s+/g, ' ').trim();

    it(`is a ${framework} ${major} app whose elements render`, async () => {
      expect(win.hostApp?.framework).to.equal(framework);
      expect(win.hostApp?.version, `${framework} version`).to.match(new RegExp(`^${major}\\.`));
      await until(() => map().shadowRoot?.querySelectorAll('path.region').length === 34, 'the 34 regions');
      await until(() => rows().length > 0, 'the table rows');
      // The framework rendered the elements (they are inside its root, not in the static HTML).
      expect(doc().querySelector('#root sino-province-map, #app sino-province-map')).to.equal(map());
      expect(shown()).to.equal('Sélection : aucune');
    });

    it('passes an object property (`values`): only the regions it gives have data', async () => {
      const regions = [...map().shadowRoot!.querySelectorAll('path.region')];
      const withData = regions.filter((r) => !r.classList.contains('nodata')).map((r) => r.getAttribute('data-id')).sort();
      expect(withData).to.deep.equal(WITH_VALUES);
      expect(map().values, 'the property, not a "[object Object]" attribute').to.be.an('object');
      expect(map().hasAttribute('values')).to.equal(false);
      expect(map().shadowRoot!.querySelector('[part="legend"]')!.textContent).to.contain('Projets');
      // `region` is the app's state, '' at first: the table shows the whole preset.
      expect(rows().length).to.equal(parks.length);
    });

    it('hears sino-select: a click on a region updates the app state, which filters the table', async () => {
      await sendMouse({ type: 'click', position: pointInRegion(frame, map(), 'CN-HB') });
      await until(() => shown() === 'Sélection : CN-HB', `"Sélection : CN-HB" (shown: ${shown()})`);
      const inHubei = parks.filter((p) => p.provinceId === 'CN-HB');
      await until(() => rows().length === inHubei.length, 'the Hubei parks');
      expect(table().region).to.equal('CN-HB');

      // The table's own sino-select (a park) reaches the app too; the region filter stays.
      table().shadowRoot!.querySelector<HTMLButtonElement>('tbody tr[data-row] button.row-select')!.click();
      await until(() => inHubei.some((p) => shown() === `Sélection : ${p.id}`), `a Hubei park id (shown: ${shown()})`);
      expect(rows().length).to.equal(inHubei.length);
      expect(win.pageErrors, 'uncaught errors (collected by errors.js)').to.deep.equal([]);
    });
  });
}
