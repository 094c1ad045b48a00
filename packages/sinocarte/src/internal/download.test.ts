import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { parks } from '@sinocarte/data/parks';
import '../province-map.js';
import '../timeline.js';
import '../typology.js';
import type { SinoProvinceMap } from '../province-map/province-map.component.js';

/** The download menu: the map as an image with its title and source, and its values as CSV. */

async function renderMap(template = html`<sino-province-map heading="Les parcs TORCH" lang="fr"></sino-province-map>`): Promise<SinoProvinceMap> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:640px">${template}</div>`);
  const el = wrapper.querySelector('sino-province-map')!;
  for (let i = 0; i < 60 && !el.shadowRoot!.querySelector('svg.map path.region'); i++) await nextFrame();
  await el.updateComplete;
  return el;
}

/** The menu's list arrives with its writers the first time its button is focused or the menu opens. */
async function listed(root: ShadowRoot): Promise<void> {
  for (let i = 0; i < 100 && !root.querySelector('.download-item'); i++) await nextFrame();
}

/** Catches the files the element saves (its `<a download>` clicks) instead of letting the browser save them. */
function catchDownloads(el: Element): { files: { name: string; blob: Promise<Blob> }[] } {
  const caught = { files: [] as { name: string; blob: Promise<Blob> }[] };
  el.shadowRoot!.addEventListener(
    'click',
    (e) => {
      const link = e.target as HTMLAnchorElement;
      if (link.localName !== 'a' || !link.download) return;
      e.preventDefault();
      caught.files.push({ name: link.download, blob: fetch(link.href).then((r) => r.blob()) });
    },
    true,
  );
  return caught;
}

describe('the download menu', function () {
  this.timeout(20_000);

  it('gives the map as an SVG file with its heading, legend and source line, and every region', async () => {
    const el = await renderMap();
    const svg = await el.toSVG();
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).to.include('Les parcs TORCH');
    expect(texts).to.include('Source\u00a0: Ambassade de France en Chine, 2004');
    expect(texts).to.include('Parcs technologiques TORCH (liste de 2004)');
    expect(doc.querySelectorAll('path[data-id]')).to.have.length(34);
    // Each region keeps its colour in the file (an attribute, not a class of the page).
    const guangdong = doc.querySelector('path[data-id="CN-GD"]')!;
    const onScreen = getComputedStyle(el.shadowRoot!.querySelector('path.region[data-id="CN-GD"]')!).fill;
    expect(guangdong.getAttribute('fill')).to.equal(onScreen);
    expect(guangdong.hasAttribute('class')).to.equal(false);
  });

  it('wraps the image’s texts within its width, measured in the font it is drawn with (a phone-wide map)', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:343px">
      <sino-province-map
        lang="fr"
        heading="Les parcs technologiques TORCH, région par région"
        description="Nombre de parcs nationaux par région, selon la liste de 2004."
        note="Hong Kong, Macao et Taïwan ne figurent pas dans la liste TORCH."
      ></sino-province-map>
    </div>`);
    const el = wrapper.querySelector('sino-province-map')!;
    for (let i = 0; i < 60 && !el.shadowRoot!.querySelector('svg.map path.region'); i++) await nextFrame();
    await el.updateComplete;
    const doc = new DOMParser().parseFromString(await el.toSVG(), 'image/svg+xml');
    const width = Number(doc.documentElement.getAttribute('width'));
    // Drawn as the file would be: the SVG in the page, each text line's own box against the image's edge.
    const host = document.createElement('div');
    host.append(document.importNode(doc.documentElement, true));
    document.body.append(host);
    try {
      const texts = [...host.querySelectorAll<SVGTextElement>('svg > text')];
      expect(texts.map((t) => t.getAttribute('class'))).to.include.members(['heading', 'description', 'source']);
      for (const text of texts) {
        const box = text.getBBox();
        expect(box.x + box.width, `"${text.textContent}" (${text.getAttribute('class')})`).to.be.at.most(width - 8);
      }
    } finally {
      host.remove();
    }
  });

  it('keeps the menu beside the fullscreen button at the right of the footer, also when the source and a note fill the line', async () => {
    for (const width of [720, 480, 343]) {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width:${width}px">
        <sino-province-map lang="fr" note="Hong Kong, Macao et Taïwan ne figurent pas dans la liste TORCH."></sino-province-map>
      </div>`);
      const el = wrapper.querySelector('sino-province-map')!;
      for (let i = 0; i < 60 && !el.shadowRoot!.querySelector('svg.map path.region'); i++) await nextFrame();
      await el.updateComplete;
      const rect = (selector: string) => el.shadowRoot!.querySelector(selector)!.getBoundingClientRect();
      const footer = rect('.frame-footer');
      const fullscreen = rect('.fullscreen-button');
      const menu = rect('.download-menu summary');
      expect(Math.abs(menu.top + menu.height / 2 - (fullscreen.top + fullscreen.height / 2)), `${width} px: on one line`).to.be.below(2);
      expect(fullscreen.right, `${width} px: the menu after the button`).to.be.at.most(menu.left);
      expect(footer.right - menu.right, `${width} px: at the right`).to.be.below(2);
    }
  });

  it('gives a PNG that decodes to the image at 1× and 2×', async () => {
    const el = await renderMap();
    const width = Number(new DOMParser().parseFromString(await el.toSVG(), 'image/svg+xml').documentElement.getAttribute('width'));
    const height = Number(new DOMParser().parseFromString(await el.toSVG(), 'image/svg+xml').documentElement.getAttribute('height'));
    const one = await createImageBitmap((await el.toPNG(1))!);
    expect([one.width, one.height]).to.deep.equal([width, height]);
    const two = await createImageBitmap((await el.toPNG(2))!);
    expect([two.width, two.height]).to.deep.equal([width * 2, height * 2]);
    // Not a blank canvas: the map is drawn (some pixel in the middle is not the white background).
    const canvas = new OffscreenCanvas(one.width, one.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(one, 0, 0);
    const pixels = context.getImageData(0, Math.round(height / 2), width, 1).data;
    let coloured = 0;
    for (let i = 0; i < pixels.length; i += 4) if (pixels[i] < 250 || pixels[i + 1] < 250 || pixels[i + 2] < 250) coloured++;
    expect(coloured, 'coloured pixels across the middle').to.be.greaterThan(width / 4);
  });

  it('gives the region values as CSV, in the French layout in French', async () => {
    const el = await renderMap();
    const lines = (await el.toCSV()).replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).to.equal('Région;id;Parcs technologiques TORCH (liste de 2004);Parcs');
    expect(lines).to.have.length(34 + 2);
    const guangdong = lines.find((l) => l.includes(';CN-GD;'))!;
    expect(guangdong.split(';')[2]).to.equal(String(parks.filter((p) => p.provinceId === 'CN-GD').length));
    el.metric = 'revenue';
    el.lang = 'en';
    await el.updateComplete;
    const anhui = (await el.toCSV()).split('\r\n').find((l) => l.includes(',CN-AH,'))!;
    expect(anhui).to.match(/^Anhui,CN-AH,17\.6,/);
  });

  it('opens with the keyboard, saves the chosen file, and closes with Escape', async () => {
    const el = await renderMap();
    const caught = catchDownloads(el);
    const root = el.shadowRoot!;
    const details = root.querySelector<HTMLDetailsElement>('details[part~="download"]')!;
    const summary = details.querySelector('summary')!;
    summary.focus();
    await sendKeys({ press: 'Enter' });
    expect(details.open).to.equal(true);
    await listed(root);
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement?.getAttribute('data-kind')).to.equal('png');
    await sendKeys({ press: 'Escape' });
    expect(details.open).to.equal(false);
    expect(root.activeElement).to.equal(summary);
    // The CSV item: one file, named after the view, holding the values.
    await sendKeys({ press: 'Enter' });
    root.querySelector<HTMLButtonElement>('[data-kind="csv"]')!.focus();
    await sendKeys({ press: 'Enter' });
    for (let i = 0; i < 100 && caught.files.length < 1; i++) await nextFrame();
    await el.updateComplete;
    expect(caught.files.map((f) => f.name)).to.deep.equal(['sinocarte-map-parks.csv']);
    expect(await (await caught.files[0].blob).text()).to.contain('Guangdong');
    expect(root.querySelector('.download-status')!.textContent).to.equal('sinocarte-map-parks.csv téléchargé.');
    // The PNG at 2×.
    details.open = true;
    root.querySelector<HTMLButtonElement>('[data-kind="png2"]')!.click();
    for (let i = 0; i < 50 && caught.files.length < 2; i++) await nextFrame();
    expect(caught.files[1].name).to.equal('sinocarte-map-parks@2x.png');
    expect((await caught.files[1].blob).type).to.equal('image/png');
  });

  it('works on first press right after the first paint: the keyboard opens it, Tab reaches its items, Escape closes it', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:640px"><sino-province-map lang="fr"></sino-province-map></div>`);
    const el = wrapper.querySelector('sino-province-map')!;
    const root = el.shadowRoot!;
    // The first frame where the footer's menu exists: no waiting for anything else.
    for (let i = 0; i < 100 && !root.querySelector('details[part~="download"]'); i++) await nextFrame();
    const details = root.querySelector<HTMLDetailsElement>('details[part~="download"]')!;
    const summary = details.querySelector('summary')!;
    summary.focus();
    await sendKeys({ press: 'Enter' });
    expect(details.open, 'opened by Enter').to.equal(true);
    await sendKeys({ press: 'Escape' });
    expect(details.open, 'closed by Escape').to.equal(false);
    expect(root.activeElement, 'the focus back on its button').to.equal(summary);
    await sendKeys({ press: 'Enter' });
    await listed(root);
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement?.getAttribute('data-kind'), 'Tab reaches the first item').to.equal('png');
    await sendKeys({ press: 'Escape' });
    expect(details.open).to.equal(false);
  });

  for (const [tag, csvText, sourceText] of [
    ['sino-timeline', 'Intitulé', 'Sources\u00a0: '],
    ['sino-typology', 'Programme', 'Source\u00a0: Ministère des Affaires étrangères et européennes, 2011'],
  ] as const) {
    it(`<${tag}> gives its drawing as SVG with the source line, and its items as CSV`, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width:800px"></div>`);
      const el = document.createElement(tag);
      el.setAttribute('heading', 'Titre de la vue');
      wrapper.append(el);
      const root = el.shadowRoot!;
      for (let i = 0; i < 80 && !root.querySelector('rect.event, g.point'); i++) await nextFrame();
      await (el as unknown as SinoProvinceMap).updateComplete;
      const caught = catchDownloads(el);
      root.querySelector<HTMLDetailsElement>('details[part~="download"]')!.open = true;
      await listed(root);
      root.querySelector<HTMLButtonElement>('[data-kind="svg"]')!.click();
      root.querySelector<HTMLButtonElement>('[data-kind="csv"]')!.click();
      for (let i = 0; i < 100 && caught.files.length < 2; i++) await nextFrame();
      expect(caught.files.map((f) => f.name.split('.').pop())).to.deep.equal(['svg', 'csv']);
      for (const f of caught.files) expect(f.name).to.match(new RegExp(`^sinocarte-${tag.slice(5)}[a-z-]*\\.`));
      const svg = new DOMParser().parseFromString(await (await caught.files[0].blob).text(), 'image/svg+xml');
      expect(svg.querySelector('parsererror')).to.equal(null);
      const texts = [...svg.querySelectorAll('text')].map((t) => t.textContent!);
      expect(texts[0]).to.equal('Titre de la vue');
      expect(texts.some((t) => t.startsWith(sourceText)), texts.slice(-3).join(' / ')).to.equal(true);
      const csv = await (await caught.files[1].blob).text();
      expect(csv.split('\r\n')[0]).to.contain(csvText);
      expect(csv.split('\r\n').length).to.be.greaterThan(5);
    });
  }

  it('has no accessibility violations, open or closed', async () => {
    const el = await renderMap();
    await expect(el).to.be.accessible();
    el.shadowRoot!.querySelector<HTMLDetailsElement>('details[part~="download"]')!.open = true;
    await listed(el.shadowRoot!);
    await expect(el).to.be.accessible();
  });
});
