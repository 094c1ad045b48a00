import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { parks } from '@sinocarte/data/parks';
import { partnerships } from '@sinocarte/data/partnerships';
import { presets, type TableColumn } from '../packages/sinocarte/src/park-table.js';

interface Args {
  preset: string;
  query: string;
  region: string;
  sector: string;
  years: string;
  sort: string;
  selected: string;
  'csv-layout': string;
  lang: string;
  theme: string;
  width: number;
}

const log = (e: CustomEvent) => console.info(e.type, e.detail);

const meta: Meta<Args> = {
  title: 'Components/Park table',
  component: 'sino-park-table',
  tags: ['autodocs'],
  argTypes: {
    preset: { control: 'inline-radio', options: ['parks', 'partnerships', 'offices'], description: 'Columns and bundled rows.' },
    query: { control: 'text', description: 'Free-text search (accents, case and punctuation ignored).' },
    region: { control: 'select', options: ['', 'CN-GD', 'CN-JS', 'CN-SD', 'CN-HB', 'CN-SN', 'CN-BJ', 'CN-SH'], description: 'Region filter.' },
    sector: { control: 'select', options: ['', 'ict', 'biomedicine', 'new-materials', 'software', 'economy', 'culture'], description: 'Sector (or theme) filter.' },
    years: { control: 'text', description: 'Year range, e.g. `1988-1991`.' },
    sort: { control: 'text', description: 'Sort keys, e.g. `-year,name`.' },
    selected: { control: 'text', description: 'Id of the selected row.' },
    'csv-layout': { control: 'inline-radio', options: ['auto', 'french', 'international'] },
    lang: { control: 'inline-radio', options: ['', 'fr', 'en', 'zh'], description: 'Language (empty: the page’s).' },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    width: { control: { type: 'range', min: 280, max: 1600, step: 20 }, description: 'Width of the container (story only).' },
  },
  args: { preset: 'parks', query: '', region: '', sector: '', years: '', sort: '', selected: '', 'csv-layout': 'auto', lang: '', theme: 'auto', width: 1200 },
  render: (args, { globals }) => html`
    <div ${ref((el) => el && ((el as HTMLElement).style.maxWidth = `${args.width}px`))}>
      <sino-park-table
        preset=${args.preset}
        query=${args.query}
        region=${args.region}
        sector=${args.sector}
        years=${args.years}
        sort=${args.sort}
        selected=${args.selected || nothing}
        csv-layout=${args['csv-layout']}
        lang=${args.lang || globals.lang || nothing}
        theme=${args.theme}
        @sino-select=${log}
        @sino-filter=${log}
        @sino-error=${log}
      ></sino-park-table>
    </div>
  `,
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
  args: { preset: 'partnerships' },
  render: (args) => html`<sino-park-table
    lang=${args.lang || nothing}
    theme=${args.theme}
    query=${args.query}
    sort=${args.sort}
    .columns=${presets.partnerships}
    .rows=${partnerships}
    @sino-select=${log}
  ></sino-park-table>`,
};

/** The offices of French local authorities in China (2011), with `preset="offices"`. */
export const Offices: Story = { args: { preset: 'offices' } };

/** Your own columns: any records, any subset of columns, labels per language. */
export const CustomColumns: Story = {
  render: (args) => {
    const columns: TableColumn[] = [
      { key: 'name', label: { fr: 'Parc', en: 'Park' }, rowHeader: true },
      { key: 'city', label: { fr: 'Ville', en: 'City' } },
      { key: 'year', label: { fr: 'Année', en: 'Year' }, type: 'year' },
      { key: 'revenue', label: { fr: 'CA (Md ¥)', en: 'Revenue (bn ¥)' }, format: 'revenue' },
    ];
    return html`<sino-park-table lang=${args.lang || nothing} theme=${args.theme} caption="Parcs et chiffre d’affaires" .columns=${columns} .rows=${parks} sort="-revenue"></sino-park-table>`;
  },
};

export const English: Story = { args: { lang: 'en', sort: 'name' } };

export const Chinese: Story = { args: { lang: 'zh' } };

export const Dark: Story = { args: { theme: 'dark' }, parameters: { backgrounds: { value: '#15181d' } } };

/** At phone width: a list of cards with the same data, sort and filters. */
export const Phone: Story = { args: { width: 360 } };

/** 100,000 rows (the 53 parks repeated): only the visible rows are in the DOM. */
export const HundredThousandRows: Story = {
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
  render: () => {
    const rows = [
      ...parks.slice(0, 4),
      { id: 'park-x', name: '<img src=x onerror=alert(1)>', city: 'Nowhere', provinceId: 'CN-XX', year: 'nineteen', areaKm2: -1, revenue: 'lots', url: 'javascript:alert(1)', sectors: ['ict', 3] },
      { id: 'park-y', name: 'Data URL', city: 'Somewhere', provinceId: 'CN-GD', year: 1999, url: 'data:text/html,<b>hi</b>' },
      null,
      { name: 'no id' },
    ];
    return html`<sino-park-table .rows=${rows} sector="quantum-foam" years="soon"></sino-park-table>`;
  },
};

/** Partner brand colours, from CSS custom properties only. */
export const PartnerBrand: Story = {
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
  render: () => html`<sino-park-table
    heading="Les parcs technologiques nationaux TORCH"
    description="Les 53 parcs de la liste de 2004 : ville, année de création, surface, chiffre d’affaires."
    note="n.d. : non disponible dans la source."
  ></sino-park-table>`,
};
