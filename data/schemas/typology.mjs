// Schema of data/typology.json: the typology of Franco-Chinese decentralised cooperation programmes
// (evaluation-2011, chapter 7). ONE object, not an array: two planes, the programmes placed on them,
// the six coordination types of Tableau 24 and the phase typologies used as a contrast.
import { z } from 'zod';
import { flag, id, localized, regionId, sourced } from './common.mjs';

export const description =
  'Typology of Franco-Chinese decentralised cooperation programmes from chapter 7 of the 2011 evaluation: two planes (objectives, coordination) whose diagrams are lost, the programmes the text discusses with editorial positions, the six coordination types of Tableau 24 and the phase typologies the chapter contrasts with. A single object, not an array.';

const axisEnd = localized.describe('Label of this end of the axis');
const axis = z
  .object({
    label: localized.describe('What the axis measures'),
    min: axisEnd.describe('Label at -1'),
    max: axisEnd.describe('Label at +1'),
  })
  .strict();

const quadrant = z
  .object({
    id: id.describe('Quadrant id, unique within the plane'),
    x: z.enum(['min', 'max']).describe('Side of the x axis the quadrant lies on'),
    y: z.enum(['min', 'max']).describe('Side of the y axis the quadrant lies on'),
    label: localized.describe('Name of the quadrant: the report’s own wording where it names the type, otherwise a descriptive label flagged inferred'),
    ...sourced,
  })
  .strict();

const plane = z
  .object({
    label: localized.describe('Name of the plane'),
    figure: z.string().min(1).describe('Figure of the report that drew the plane (lost in the text: only caption, axes and examples survive)'),
    axes: z.object({ x: axis.describe('Horizontal axis'), y: axis.describe('Vertical axis') }).strict().describe('The two axes, each running from -1 (min) to +1 (max)'),
    quadrants: z.array(quadrant).length(4).describe('The four quadrants'),
    ...sourced,
  })
  .strict();

const coord = z.number().min(-1).max(1);
const position = z
  .object({
    x: coord.describe('Editorial x position in [-1, 1]'),
    y: coord.describe('Editorial y position in [-1, 1]'),
    reason: localized.describe('Which words of the report justify the placement (our paraphrase, with line numbers)'),
  })
  .strict();

const programme = z
  .object({
    id: id.regex(/^prog-/).describe('Programme id, prefixed prog-'),
    label: localized.describe('Short name of the programme (French collectivity – Chinese partner)'),
    type: localized.describe('Type the report assigns to it in chapter 7'),
    description: localized.describe('One or two sentences in our own words'),
    provinceIds: z.array(regionId).min(1).describe('Chinese partner provinces / municipalities (ids in regions.json)'),
    partnershipIds: z.array(id).optional().describe('Ids of the partnerships dataset (pship-<french>-<chinese>) the programme covers'),
    coordinationTypeIds: z.array(id).optional().describe('Ids of the Tableau 24 coordination types the programme illustrates'),
    positions: z
      .object({
        objectives: position.optional().describe('Position on the objectives plane'),
        coordination: position.optional().describe('Position on the coordination plane'),
      })
      .strict()
      .describe('Editorial placements: the report gives no coordinates (its diagrams are lost)'),
    ...sourced,
  })
  .strict();

const coordinationType = z
  .object({
    id: id.regex(/^coord-/).describe('Coordination type id, prefixed coord-'),
    label: localized.describe('Name of the type as in Tableau 24'),
    description: localized.describe('What the type covers, in our own words'),
    examples: z
      .array(
        z
          .object({
            label: localized.describe('The example initiative (collectivities, groups or agreements; no personal names)'),
            programmeIds: z.array(id).optional().describe('Programmes of this dataset the example refers to'),
          })
          .strict(),
      )
      .min(1)
      .describe('Examples listed in Tableau 24'),
    ...sourced,
  })
  .strict();

const phaseTypology = z
  .object({
    id: id.describe('Typology id'),
    label: localized.describe('Which evaluation the typology comes from (no personal names)'),
    year: z.number().int().describe('Year of that evaluation'),
    steps: z
      .array(
        z
          .object({
            order: z.number().int().positive().describe('Rank of the phase (1 = earliest)'),
            label: localized.describe('Name of the phase'),
            description: localized.optional().describe('What the phase consists of, in our own words'),
          })
          .strict(),
      )
      .min(1)
      .describe('Ordered phases'),
    ...sourced,
  })
  .strict();

export const schema = z
  .object({
    planes: z
      .object({
        objectives: plane.describe('Figure 14: targeting of objectives × place of economic development'),
        coordination: plane.describe('Figure 15: vertical (State–collectivities) × horizontal (between collectivities) coordination'),
      })
      .strict()
      .describe('The two typology planes'),
    programmes: z.array(programme).min(1).describe('Programmes discussed in chapter 7, with editorial positions'),
    coordinationTypes: z.array(coordinationType).length(6).describe('The six coordination types of Tableau 24'),
    phases: z
      .object({
        typologies: z.array(phaseTypology).min(1).describe('Phase typologies of earlier evaluations (Mali, Burkina Faso)'),
        contrast: localized.describe('The report’s point, in our words, on how Franco-Chinese cooperation relates to those phases'),
        ...sourced,
      })
      .strict()
      .describe('Phase typologies used by the report as a contrast'),
  })
  .strict();
