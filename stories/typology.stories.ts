import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../packages/sinocarte/src/typology.js';
import { elementArgTypes, elementDocs, renderElement } from './support.js';
import type { TypologyDiagram } from '../packages/sinocarte/src/typology.js';

type Args = Record<string, unknown>;

const TAG = 'sino-typology';
const meta: Meta<Args> = {
  title: 'Components/Typology',
  component: TAG,
  tags: ['autodocs'],
  // Every attribute, property, event and CSS property of the element, from its manifest (stories/support.ts).
  argTypes: elementArgTypes(TAG, {
    selected: {
      control: 'select',
      options: ['', 'prog-franche-comte-anhui', 'prog-bordeaux-wuhan', 'prog-alpes-sichuan', 'prog-groupe-liaoning', 'prog-brest-qingdao'],
    },
    highlight: { control: 'select', options: ['', 'prog-bordeaux-wuhan,prog-alpes-sichuan', 'prog-brest-qingdao'] },
    width: { control: { type: 'range', min: 280, max: 1600, step: 20 }, description: 'Width of the container (story only).', table: { category: 'story' } },
  }),
  args: { plane: 'objectives', view: 'plane', selected: '', lang: '', theme: 'auto', width: 1000 },
  render: renderElement(TAG),
  parameters: elementDocs(TAG),
};
export default meta;

type Story = StoryObj<Args>;

/** Figure 14 redrawn: how diffuse or integrated the objectives are, against the place of the economy. */
export const ObjectivesPlane: Story = {};

/** Figure 15 redrawn: vertical (State–collectivities) against horizontal (between collectivities) coordination. */
export const CoordinationPlane: Story = { args: { plane: 'coordination' } };

/** The six coordination types of Tableau 24, and the phase typologies of the Mali and Burkina Faso evaluations. */
export const TypesView: Story = { args: { view: 'types', selected: 'prog-bordeaux-wuhan' } };

/** A programme selected by the host. */
export const Selected: Story = { args: { selected: 'prog-franche-comte-anhui' } };

export const English: Story = { args: { lang: 'en', plane: 'coordination' } };

export const Chinese: Story = { args: { lang: 'zh' } };

export const Dark: Story = { args: { theme: 'dark' }, parameters: { backgrounds: { value: '#15181d' } } };

/** At phone width: when names do not fit, points get numbers and a key lists them. */
export const Phone: Story = { args: { width: 320 } };

const ownTypology: TypologyDiagram = {
  title: { fr: 'Projets d’un réseau de villes', en: 'Projects of a city network' },
  note: { fr: 'Positions fixées par l’équipe du réseau.', en: 'Positions set by the network’s team.' },
  axes: {
    x: { label: { fr: 'Échelle', en: 'Scale' }, min: { fr: 'Quartier', en: 'Neighbourhood' }, max: { fr: 'Métropole', en: 'Metropolis' } },
    y: { label: { fr: 'Financement', en: 'Funding' }, min: { fr: 'Public', en: 'Public' }, max: { fr: 'Privé', en: 'Private' } },
  },
  quadrants: [
    { x: 'min', y: 'min', label: { fr: 'Services de proximité', en: 'Local services' } },
    { x: 'max', y: 'min', label: { fr: 'Grands équipements', en: 'Major facilities' } },
    { x: 'min', y: 'max', label: { fr: 'Initiatives citoyennes', en: 'Citizen initiatives' } },
    { x: 'max', y: 'max', label: { fr: 'Partenariats d’affaires', en: 'Business partnerships' } },
  ],
  items: [
    { id: 'tram', label: 'Tramway', x: 0.8, y: -0.7, type: { fr: 'Transport', en: 'Transport' } },
    { id: 'garden', label: { fr: 'Jardins partagés', en: 'Shared gardens' }, x: -0.8, y: 0.2 },
    { id: 'fablab', label: 'Fablab', x: -0.3, y: 0.6, description: { fr: 'Atelier ouvert de fabrication numérique.', en: 'Open digital fabrication workshop.' } },
    { id: 'expo', label: { fr: 'Salon des start-up', en: 'Start-up fair' }, x: 0.6, y: 0.8 },
    { id: 'library', label: { fr: 'Médiathèque', en: 'Media library' }, x: -0.1, y: -0.5 },
    { id: 'port', label: { fr: 'Zone portuaire', en: 'Port area' }, x: 0.9, y: 0.1, regions: ['CN-SD'] },
  ],
};

/** The element as a general two-axis diagram: the host's own typology through the `data` property. */
export const CustomTypology: Story = { args: { data: ownTypology } };

/** Bad input: a coordinate out of range is clamped, an item without a label or with NaN is set aside; each is said. */
export const BadInput: Story = {
  args: {
    data: {
      ...ownTypology,
      items: [...ownTypology.items, { id: 'far', label: 'Hors cadre', x: 3, y: 0.2 }, { id: 'nan', label: 'NaN', x: Number.NaN, y: 0 }, { id: 'anonymous', x: 0, y: 0 }],
    },
  },
};

/** With a heading and a note, the source line of the 2011 evaluation, and the Download menu. */
export const WithHeading: Story = {
  args: { heading: 'Typologie des programmes de coopération', note: 'Positions lues sur les figures de l’évaluation de 2011.' },
};
