import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/sinocarte/src/timeline.js';
import { elementArgTypes, elementDocs, renderElement } from './support.js';

type Args = Record<string, unknown>;

const TAG = 'sino-timeline';
const meta: Meta<Args> = {
  title: 'Components/Timeline',
  component: TAG,
  tags: ['autodocs'],
  // Every attribute, property, event and CSS property of the element, from its manifest (stories/support.ts).
  argTypes: elementArgTypes(TAG, {
    region: { control: 'select', options: ['', 'CN-HB', 'CN-SC', 'CN-SD', 'CN-LN', 'CN-CQ', 'CN-SH', 'CN-BJ', 'CN-GD', 'TW'] },
    highlight: { control: 'select', options: ['', 'CN-HB', 'CN-SD,CN-LN'] },
    width: { control: { type: 'range', min: 280, max: 1600, step: 20 }, description: 'Width of the container (story only).', table: { category: 'story' } },
  }),
  args: { range: '', categories: '', region: '', selected: '', lang: '', theme: 'auto', width: 1100 },
  render: renderElement(TAG),
  parameters: elementDocs(TAG),
};
export default meta;

type Story = StoryObj<Args>;

/** The full history told by the five documents, 1954–2030: every event of the data package. */
export const FullHistory: Story = {};

/** The TORCH programme from 1988 and the founding of its hi-tech parks. */
export const TorchProgramme: Story = { args: { categories: 'torch,park', range: '1986-2004' } };

/**
 * Decentralised cooperation since the first twinnings of 1981: French law and institutions, the Rencontres,
 * the CNCD China Committee and the partnerships themselves.
 */
export const DecentralisedCooperation: Story = {
  args: { categories: 'law-france,institutions,rencontres,comite-chine,partnership', range: '1980-2016' },
};

/** A single region: the events linked to Hubei (Wuhan: Bordeaux–Wuhan, the 1st Rencontres, the DUD agreement…). */
export const SingleRegion: Story = { args: { region: 'CN-HB' } };

/** An event opened by the host with the `selected` attribute, zoomed on its period. */
export const Selected: Story = { args: { selected: 'ev-2005-10-rencontres-wuhan', range: '2004-2008' } };

export const English: Story = { args: { lang: 'en' } };

export const Chinese: Story = { args: { lang: 'zh' } };

export const Dark: Story = { args: { theme: 'dark' }, parameters: { backgrounds: { value: '#15181d' } } };

/** At phone width (320 px) the time axis runs down the page. */
export const Phone: Story = { args: { width: 320 } };

/**
 * Bad input: an impossible date, a text date, an end before its start, a duplicate id and an unknown category.
 * Each is set aside or corrected, said in the note and fired as `sino-error`; the rest renders.
 */
export const BadInput: Story = {
  args: {
    events: [
      { provinceIds: [], sources: [], id: 'ev-2009-impossible', date: '2009-13-45', category: 'relations', title: { fr: 'Date impossible', en: 'Impossible date' } },
      { provinceIds: [], sources: [], id: 'ev-2000-text', date: 'mars 2000', category: 'torch', title: { fr: 'Date en toutes lettres', en: 'Date in words' } },
      { provinceIds: [], sources: [], id: 'ev-2010-reversed', date: '2010', endDate: '2005', category: 'partnership', title: { fr: 'Fin avant le début', en: 'End before start' } },
      { provinceIds: [], sources: [], id: 'ev-1990-ok', date: '1990', category: 'park', title: { fr: 'Événement valide', en: 'Valid event' } },
      { provinceIds: [], sources: [], id: 'ev-1990-ok', date: '1991', category: 'park', title: { fr: 'Doublon', en: 'Duplicate' } },
      { provinceIds: [], sources: [], id: 'ev-2001-alien', date: '2001-05', category: 'aliens', title: { fr: 'Catégorie inconnue', en: 'Unknown category' } },
    ],
  },
};

/** Partner brand colours, from CSS custom properties only. */
export const PartnerBrand: Story = {
  parameters: { ownCode: true },
  render: () => html`
    <style>
      .brand sino-timeline {
        --sino-timeline-color-torch: #f59e0b;
        --sino-timeline-color-park: #d97706;
        --sino-color-accent: #dc2626;
        --sino-color-focus: #1d4ed8;
        --sino-font-family: Georgia, serif;
      }
    </style>
    <div class="brand"><sino-timeline categories="torch,park,china-policy,five-year-plan"></sino-timeline></div>
  `,
};

/** With a heading; the source line names the documents behind the events in view, and the Download menu gives the view. */
export const WithHeading: Story = { args: { heading: 'Soixante ans de coopération franco-chinoise', range: '1980-2011' } };
