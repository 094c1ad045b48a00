// Schema of data/events.json: one dated event of the Franco-Chinese cooperation timeline.
import { z } from 'zod';
import { sourced, localized, regionId, partialDate, id } from './common.mjs';

/** Event categories with their display labels. */
export const categories = {
  relations: { fr: 'Relations bilatérales', en: 'Bilateral relations', zh: '双边关系' },
  'law-france': { fr: 'Droit français', en: 'French law', zh: '法国法律' },
  institutions: { fr: 'Institutions de la coopération', en: 'Cooperation institutions', zh: '合作机构' },
  'china-policy': { fr: 'Politiques chinoises', en: 'Chinese policy', zh: '中国政策' },
  'five-year-plan': { fr: 'Plans quinquennaux', en: 'Five-year plans', zh: '五年规划' },
  torch: { fr: 'Programme Torch', en: 'TORCH programme', zh: '火炬计划' },
  park: { fr: 'Création de parcs', en: 'Park foundings', zh: '高新区设立' },
  partnership: { fr: 'Partenariats', en: 'Partnerships', zh: '合作伙伴关系' },
  rencontres: { fr: 'Rencontres de la coopération décentralisée', en: 'Decentralised-cooperation Rencontres', zh: '中法地方合作会议' },
  'comite-chine': { fr: 'Comité Chine de la CNCD', en: 'CNCD China Committee', zh: '中国委员会' },
  agreement: { fr: 'Accords bilatéraux', en: 'Bilateral agreements', zh: '双边协定' },
  research: { fr: 'Recherche et innovation', en: 'Research and innovation', zh: '科研与创新' },
};

export const category = z.enum(Object.keys(categories));

export const schema = z
  .object({
    id: id.regex(/^ev-\d{4}-/, 'event ids start with ev-<year>-').describe('Stable id: ev-<year>-<slug>'),
    date: partialDate.describe('Start date at the precision the source gives: YYYY, YYYY-MM or YYYY-MM-DD (never padded)'),
    endDate: partialDate.optional().describe('End date of a span (plan period, multi-day meeting, programme), same format'),
    category: category.describe('Timeline lane; labels in the `categories` export'),
    title: localized.describe('Short title in our own words'),
    description: localized.optional().describe('One sentence of context in our own words'),
    provinceIds: z.array(regionId).describe('Chinese regions concerned (ids of data/regions.json); empty when national or in France'),
    parkIds: z.array(id.regex(/^park-/)).min(1).optional().describe('TORCH parks concerned (ids of data/parks.json)'),
    partnershipIds: z.array(id.regex(/^pship-/)).min(1).optional().describe('Partnerships concerned (ids of data/partnerships.json)'),
    ...sourced,
  })
  .strict()
  .refine((r) => !r.endDate || r.endDate >= r.date, { message: 'endDate must not precede date', path: ['endDate'] })
  .refine((r) => r.id.startsWith(`ev-${r.date.slice(0, 4)}-`), { message: 'id year must match date', path: ['id'] });

export const description =
  'Timeline of dated events, 1954–2030, from all five documents: Franco-Chinese relations, French laws and institutions of decentralised cooperation, Chinese zones and five-year plans, the TORCH programme and park foundings, Rencontres, China Committee meetings, agreements and partnerships.';
