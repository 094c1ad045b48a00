import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../packages/sinocarte/src/atlas.js';
import { elementArgTypes, elementDocs, renderElement } from './support.js';

type Args = Record<string, unknown>;

const TAG = 'sino-atlas';
const meta: Meta<Args> = {
  title: 'Components/Atlas',
  component: TAG,
  tags: ['autodocs'],
  // Every attribute, property, event and CSS property of the element, from its manifest (stories/support.ts).
  argTypes: elementArgTypes(TAG, {
    region: { control: 'select', options: ['', 'CN-GD', 'CN-HB', 'CN-SD', 'CN-SC', 'CN-JS', 'CN-LN'] },
    width: { control: { type: 'range', min: 280, max: 1600, step: 20 }, description: 'Width of the container (story only).', table: { category: 'story' } },
  }),
  args: { region: '', metric: 'parks', lang: '', theme: 'auto', width: 1280 },
  render: renderElement(TAG),
  parameters: elementDocs(TAG),
};
export default meta;

type Story = StoryObj<Args>;

/** The four views, linked: select a region on the map, a park in the table, a programme, or zoom the timeline. */
export const Atlas: Story = {};

/** Opens on Shandong: the table lists its parks, its events and programmes stand out. */
export const WithRegion: Story = { args: { region: 'CN-SD' } };

/** The map coloured by partnerships. */
export const Partnerships: Story = { args: { metric: 'partnerships', region: 'CN-HB' } };

export const English: Story = { args: { lang: 'en' } };

export const Dark: Story = { args: { theme: 'dark' }, parameters: { backgrounds: { value: '#15181d' } } };

/** At phone width (360 px): everything stacked. */
export const Phone: Story = { args: { width: 360 } };

/**
 * Linked views without the atlas: any elements with the same `group` attribute. This is the snippet of
 * docs/linked-views.md — a map and a table, no script.
 */
export const GroupAttribute: Story = {
  parameters: { ownCode: true },
  render: (args) => html`
    <div class="story-group">
      <sino-province-map group="demo" lang=${args.lang || nothing} theme=${args.theme}></sino-province-map>
      <sino-park-table group="demo" lang=${args.lang || nothing} theme=${args.theme}></sino-park-table>
    </div>
  `,
};

/** With a heading and a description above the four views, and the source line of all of them below. */
export const WithHeading: Story = {
  args: { heading: 'La Chine des parcs et des partenariats', description: 'Cliquez une région : le tableau, la frise et la typologie la suivent.' },
};
