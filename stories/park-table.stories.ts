import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { parks as bundledParks } from '@sinocarte/data/parks';
import { partnerships as bundledPartnerships } from '@sinocarte/data/partnerships';
import { presets as bundledPresets, type TableColumn } from '../packages/sinocarte/src/park-table.js';
import { elementArgTypes, elementDocs, named, renderElement } from './support.js';

// How "Show code" writes the bundled data: the import a host would write.
const parks = named(bundledParks, 'parks', "import { parks } from '@sinocarte/data/parks';");
const partnerships = named(bundledPartnerships, 'partnerships', "import { partnerships } from '@sinocarte/data/partnerships';");
const presets = { partnerships: named(bundledPresets.partnerships, 'presets.partnerships', "import { presets } from 'sinocarte/elements';") };

type Args = Record<string, unknown>;

const TAG = 'sino-park-table';
const meta: Meta<Args> = {
  title: 'Components/Park table',
  component: TAG,
  tags: ['autodocs'],
  // Every attribute, property, event, method and CSS property of the element, from its manifest (stories/support.ts).
  argTypes: elementArgTypes(TAG, {
    region: { control: 'select', options: ['', 'CN-GD', 'CN-JS', 'CN-SD', 'CN-HB', 'CN-SN', 'CN-BJ', 'CN-SH'] },
    sector: { control: 'select', options: ['', 'ict', 'biomedicine', 'new-materials', 'software', 'economy', 'culture'] },
    width: { control: { type: 'range', min: 280, max: 1600, step: 20 }, description: 'Width of the container (story only).', table: { category: 'story' } },
  }),
  args: { preset: 'parks', query: '', region: '', sector: '', years: '', sort: '', selected: '', 'csv-layout': 'auto', lang: '', theme: 'auto', width: 1200 },
  render: renderElement(TAG),
  parameters: elementDocs(TAG),
};
export default meta;

type Story = StoryObj<Args>;

/** The 53 TORCH national hi-tech parks of the 2004 list. Click a header to sort, Shift + click for a second key. */
export const Parks: Story = {};

/** Filters set by the host through attributes: `region="CN-GD"`, `sector="ict"`. */
export const Filtered: Story = { args: { region: 'CN-GD', sector: 'ict' } };

/** Sorted by year, newest first, then by name: `sort="-year,name"`. */
export const Sorted: Story = { args: { sort: '-year,name' } };

/**
 * The partnerships of the 2011 evaluation with the `partnerships` preset. From script:
 * `table.columns = presets.partnerships; table.rows = partnerships` (or just `preset="partnerships"`).
 */
export const Partnerships: Story = {
  args: { preset: 'partnerships', columns: presets.partnerships, rows: partnerships },
};

/** The offices of French local authorities in China (2011), with `preset="offices"`. */
export const Offices: Story = { args: { preset: 'offices' } };

/** Your own columns: any records, any subset of columns, labels per language. */
export const CustomColumns: Story = {
  args: {
    caption: 'Parcs et chiffre d’affaires',
    sort: '-revenue',
    columns: [
      { key: 'name', label: { fr: 'Parc', en: 'Park' }, rowHeader: true },
      { key: 'city', label: { fr: 'Ville', en: 'City' } },
      { key: 'year', label: { fr: 'Année', en: 'Year' }, type: 'year' },
      { key: 'revenue', label: { fr: 'CA (Md ¥)', en: 'Revenue (bn ¥)' }, format: 'revenue' },
    ] satisfies TableColumn[],
    rows: parks,
  },
};

export const English: Story = { args: { lang: 'en', sort: 'name' } };

export const Chinese: Story = { args: { lang: 'zh' } };

export const Dark: Story = { args: { theme: 'dark' }, parameters: { backgrounds: { value: '#15181d' } } };

/** At phone width: a list of cards with the same data, sort and filters. */
export const Phone: Story = { args: { width: 360 } };

/** 100,000 rows (the 53 parks repeated): only the visible rows are in the DOM. */
export const HundredThousandRows: Story = {
  // 100,000 rows are too many for an arg (Storybook copies args to its manager): built in the render.
  parameters: {
    ownCode: true,
    docs: {
      source: {
        code: `import { parks } from '@sinocarte/data/parks';
const table = document.querySelector('sino-park-table');
table.rows = Array.from({ length: 100_000 }, (_, i) => {
  const p = parks[i % parks.length];
  return { ...p, id: \`\${p.id}-\${i}\`, name: \`\${p.name} \${Math.floor(i / parks.length) + 1}\`, year: p.year + (i % 7) };
});`,
      },
    },
  },
  render: (args) => {
    const rows = Array.from({ length: 100_000 }, (_, i) => {
      const p = parks[i % parks.length];
      return { ...p, id: `${p.id}-${i}`, name: `${p.name} ${Math.floor(i / parks.length) + 1}`, year: p.year + (i % 7) };
    });
    return html`<sino-park-table lang=${args.lang || nothing} theme=${args.theme} .rows=${rows}></sino-park-table>`;
  },
};

/** Bad input: two rows set aside, wrong types shown as n.d., HTML as text, a `javascript:` URL as text, unknown filter values. */
export const BadInput: Story = {
  args: {
    sector: 'quantum-foam',
    years: 'soon',
    rows: [
      ...parks.slice(0, 4),
      { id: 'park-x', name: '<img src=x onerror=alert(1)>', city: 'Nowhere', provinceId: 'CN-XX', year: 'nineteen', areaKm2: -1, revenue: 'lots', url: 'javascript:alert(1)', sectors: ['ict', 3] },
      { id: 'park-y', name: 'Data URL', city: 'Somewhere', provinceId: 'CN-GD', year: 1999, url: 'data:text/html,<b>hi</b>' },
      null,
      { name: 'no id' },
    ],
  },
};

/** Partner brand colours, from CSS custom properties only. */
export const PartnerBrand: Story = {
  parameters: { ownCode: true },
  render: () => html`
    <style>
      .brand sino-park-table {
        --sino-color-accent: #1d4ed8;
        --sino-color-surface: #eff6ff;
        --sino-table-chip-background: #dbeafe;
        --sino-table-chip-color: #1e3a8a;
        --sino-table-max-height: 24rem;
        --sino-font-family: Georgia, serif;
      }
    </style>
    <div class="brand"><sino-park-table sort="name"></sino-park-table></div>
  `,
};


/** With a heading and a note; the source line follows the rows in view (filter by region to see it stay). */
export const WithHeading: Story = {
  args: {
    heading: 'Les parcs technologiques nationaux TORCH',
    description: 'Les 53 parcs de la liste de 2004 : ville, année de création, surface, chiffre d’affaires.',
    note: 'n.d. : non disponible dans la source.',
  },
};
