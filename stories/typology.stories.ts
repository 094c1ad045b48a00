import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '../packages/sinocarte/src/typology.js';
import type { TypologyDiagram } from '../packages/sinocarte/src/typology.js';

interface Args {
  plane: string;
  view: string;
  selected: string;
  lang: string;
  theme: string;
  width: number;
}

const meta: Meta<Args> = {
  title: 'Components/Typology',
  component: 'sino-typology',
  tags: ['autodocs'],
  argTypes: {
    plane: { control: 'inline-radio', options: ['objectives', 'coordination'], description: 'Plane of the bundled typology.' },
    view: { control: 'inline-radio', options: ['plane', 'types'], description: 'The diagram, or the coordination types and phases.' },
    selected: {
      control: 'select',
      options: ['', 'prog-franche-comte-anhui', 'prog-bordeaux-wuhan', 'prog-alpes-sichuan', 'prog-groupe-liaoning', 'prog-brest-qingdao'],
      description: 'Id of the selected programme.',
    },
    lang: { control: 'inline-radio', options: ['', 'fr', 'en', 'zh'], description: 'Language (empty: the page’s).' },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    width: { control: { type: 'range', min: 280, max: 1600, step: 20 }, description: 'Width of the container (story only).' },
  },
  args: { plane: 'objectives', view: 'plane', selected: '', lang: '', theme: 'auto', width: 1000 },
  render: (args, { globals }) => html`
    <div ${ref((el) => el && ((el as HTMLElement).style.maxWidth = `${args.width}px`))}>
      <sino-typology
        plane=${args.plane}
        view=${args.view}
        selected=${args.selected || nothing}
        lang=${args.lang || globals.lang || nothing}
        theme=${args.theme}
        @sino-select=${(e: CustomEvent) => console.info('sino-select', e.detail)}
      ></sino-typology>
    </div>
  `,
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
export const CustomTypology: Story = {
  render: (args) => html`<div ${ref((el) => el && ((el as HTMLElement).style.maxWidth = `${args.width}px`))}>
    <sino-typology .data=${ownTypology} lang=${args.lang || nothing} theme=${args.theme}></sino-typology>
  </div>`,
};

/** Bad input: a coordinate out of range is clamped, an item without a label or with NaN is set aside; each is said. */
export const BadInput: Story = {
  render: (args) => html`<sino-typology
    lang=${args.lang || nothing}
    theme=${args.theme}
    .data=${{
      ...ownTypology,
      items: [...ownTypology.items, { id: 'far', label: 'Hors cadre', x: 3, y: 0.2 }, { id: 'nan', label: 'NaN', x: Number.NaN, y: 0 }, { id: 'anonymous', x: 0, y: 0 }],
    } as unknown as TypologyDiagram}
  ></sino-typology>`,
};

/** With a heading and a note, the source line of the 2011 evaluation, and the Download menu. */
export const WithHeading: Story = {
  render: () => html`<sino-typology heading="Typologie des programmes de coopération" note="Positions lues sur les figures de l’évaluation de 2011."></sino-typology>`,
};
