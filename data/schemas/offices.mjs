import { z } from 'zod';
import { sourced, localized, regionId, partialDate, id } from './common.mjs';

/** Roles of office staff: international volunteer (VIE), intern, employee, representative, director, or person (role not given). */
export const staffRoles = ['vie', 'intern', 'employee', 'representative', 'director', 'person'];

export const schema = z
  .object({
    id: id.describe('Stable id, "office-<collectivity>-<city>", e.g. office-aquitaine-wuhan'),
    collectivity: z.string().min(1).describe('French collectivity (or body) that runs the office; for the reciprocal office, the French host'),
    partnershipId: id.optional().describe('Id of the related record in partnerships.json, when the link is stated'),
    partner: z.string().min(1).nullable().describe('Chinese partner named for the office; null when the source names none (flag missing)'),
    city: z.string().min(1).nullable().describe('City where the office is (pinyin); null when not stated'),
    provinceId: regionId.describe('Province-level division of the office (regions.json id); for the reciprocal office in France, the partner province'),
    type: z
      .enum(['economic-office', 'representation', 'house', 'vie-post', 'other'])
      .describe('economic-office: business support antenna; representation: institutional representative or liaison office; house: "Maison" of a French territory; vie-post: a lone international volunteer (VIE) post; other: project office'),
    staff: z
      .object({
        members: z
          .array(
            z
              .object({
                count: z.number().int().positive().describe('How many'),
                role: z.enum(staffRoles).describe(`Role: ${staffRoles.join(', ')} (person: the source gives no role)`),
                origin: z.enum(['french', 'chinese']).optional().describe('Nationality when the source gives it'),
                fullTime: z.literal(true).optional().describe('Set when the source says full-time'),
                secondedBy: z.string().min(1).optional().describe('Body that seconds the person, when stated'),
                becomes: z.enum(staffRoles).optional().describe('Role the person is due to take, when stated'),
              })
              .strict(),
          )
          .min(1)
          .describe('Who works there: counts and roles, no personal names'),
        contract: z.literal('local').optional().describe('Set when the source says the staff are on local contracts'),
        label: z
          .object({ fr: z.string().min(1), en: z.string().min(1), zh: z.string().min(1) })
          .strict()
          .describe('The same in a short phrase, in French, English and Chinese (the Chinese is the project’s translation)'),
      })
      .strict()
      .optional()
      .describe('Staffing as the source gives it: counts and roles, with a localized summary'),
    status: z.enum(['current', 'historical', 'planned']).describe('Situation at the time of the report (2010-2011)'),
    period: z
      .object({
        from: partialDate.optional().describe('Opening date (YYYY, YYYY-MM or YYYY-MM-DD)'),
        to: partialDate.optional().describe('Closing date, for historical offices'),
      })
      .strict()
      .optional()
      .describe('Opening and closing dates when given'),
    inFrance: z.literal(true).optional().describe('Set only for a reciprocal office of a Chinese partner hosted in France'),
    note: localized.optional().describe('Short description of missions and set-up in our own words'),
    zh: z
      .object({ partner: z.string().min(1).optional().describe('The partner in characters'), city: z.string().min(1).optional().describe('The city in characters') })
      .strict()
      .optional()
      .describe('Chinese text of the fields named by their path: partner and city in characters, shown in Chinese (flagged translated)'),
    ...sourced,
  })
  .strict();

export const description =
  'Offices of French local authorities in China (economic antennas, representations, "Maisons", VIE posts) around 2010-2011: current, historical and planned, from the 2011 evaluation report.';
