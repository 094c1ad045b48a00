import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/sinocarte/src/province-map.js';
import { elementArgTypes, elementDocs, renderElement } from './support.js';

type Args = Record<string, unknown>;

const TAG = 'sino-province-map';
const meta: Meta<Args> = {
  title: 'Components/Province map',
  component: TAG,
  tags: ['autodocs'],
  // Every attribute, property, event, method and CSS property of the element, from its manifest (stories/support.ts).
  argTypes: elementArgTypes(TAG, {
    selected: { control: 'select', options: ['', 'CN-BJ', 'CN-SH', 'CN-GD', 'CN-HB', 'CN-SC', 'CN-SD', 'CN-AH', 'CN-LN', 'HK', 'TW'] },
    highlight: { control: 'select', options: ['', 'CN-SD,CN-HB', 'CN-SC', 'CN-GD,CN-FJ,CN-ZJ'] },
    years: { control: 'select', options: ['', '1988-1991', '1992-', '-1991'] },
    width: { control: { type: 'range', min: 280, max: 1600, step: 20 }, description: 'Width of the container (story only).', table: { category: 'story' } },
  }),
  args: { metric: 'parks', selected: '', 'show-parks': true, lang: '', theme: 'auto', width: 900 },
  render: renderElement(TAG),
  parameters: elementDocs(TAG),
};
export default meta;

type Story = StoryObj<Args>;

/** Number of TORCH hi-tech parks per region (2004 list), with the parks as points. */
export const Parks: Story = {};

/** Revenue of the parks in 2002 (billion yuan). Regions whose parks reported nothing are hatched as "no data". */
export const Revenue: Story = { args: { metric: 'revenue' } };

/** French decentralised-cooperation partnerships per Chinese region (2011 evaluation). */
export const Partnerships: Story = { args: { metric: 'partnerships' } };

/** Offices of French local authorities open in China (2011 evaluation). */
export const Offices: Story = { args: { metric: 'offices', 'show-parks': false } };

/** A region selected by the host: the `selected` attribute. */
export const Selected: Story = { args: { selected: 'CN-HB' } };

export const English: Story = { args: { lang: 'en', metric: 'revenue' } };

export const Chinese: Story = { args: { lang: 'zh' } };

export const Dark: Story = { args: { theme: 'dark' }, parameters: { backgrounds: { value: '#15181d' } } };

/** At phone width (320 px). */
export const Phone: Story = { args: { width: 320 } };

/** The host's own values per region through the `values` property. */
export const CustomValues: Story = {
  args: {
    values: { 'CN-HB': 5, 'CN-SD': 7, 'CN-LN': 4, 'CN-SC': 3, 'CN-AH': 2, 'CN-GD': 1, 'CN-SH': 3, 'CN-JS': 2, 'CN-XZ': 0 },
    'value-label': 'Partenariats (exemple)',
  },
};

/** Bad input: an unknown metric and an unknown region. The element stays alive and says what it ignored. */
export const BadInput: Story = {
  args: { metric: 'gdp', selected: 'CN-XX' },
  parameters: { a11y: { test: 'error' } },
};

/** Partner brand colours, from CSS custom properties only. */
export const PartnerBrand: Story = {
  parameters: { ownCode: true },
  render: () => html`
    <style>
      .brand sino-province-map {
        --sino-map-ramp-0: #dbeafe;
        --sino-map-ramp-1: #93c5fd;
        --sino-map-ramp-2: #3b82f6;
        --sino-map-ramp-3: #1d4ed8;
        --sino-map-ramp-4: #1e3a8a;
        --sino-map-park-fill: #f59e0b;
        --sino-color-accent: #dc2626;
        --sino-font-family: Georgia, serif;
      }
    </style>
    <div class="brand"><sino-province-map></sino-province-map></div>
  `,
};

/**
 * As an editor frames it in an article: heading, description and note by attribute, the source line generated
 * from the documents behind the data, and the Download menu (PNG 1× and 2×, SVG, CSV). On a page whose theme
 * shrinks the root font (`html { font-size: 62.5% }`), the text keeps its size.
 */
export const InAnArticle: Story = {
  args: {
    metric: 'revenue',
    width: 720,
    heading: 'Le chiffre d’affaires des parcs technologiques',
    description: 'En milliards de yuans, par région, en 2002.',
    note: 'Hong Kong, Macao et Taïwan ne figurent pas dans la liste TORCH.',
  },
};

/** The slots take rich content: a heading with emphasis, a source line with a link. */
export const Slots: Story = {
  render: () => html`
    <sino-province-map metric="partnerships">
      <span slot="heading">Les partenariats de coopération <em>décentralisée</em></span>
      <span slot="source">Source : <a href="https://www.diplomatie.gouv.fr/">ministère des Affaires étrangères</a>, 2011</span>
    </sino-province-map>
  `,
};
