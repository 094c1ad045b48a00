// The elements' copies of the records (issue 12): `base/<dataset>` holds the French texts, `texts/en` and
// `texts/zh` the English and Chinese keyed by the French, so that a French page downloads neither. Together they
// must give back the published records exactly, and the published records stay whole and trilingual.
import { expect } from '@open-wc/testing';
import * as data from '@sinocarte/data';
import { parks as parksExport } from '@sinocarte/data/parks';
import { events as eventsExport } from '@sinocarte/data/events';
import { texts as en } from '@sinocarte/data/texts/en';
import { texts as zh } from '@sinocarte/data/texts/zh';
import { regions } from '@sinocarte/data/base/regions';
import { documents } from '@sinocarte/data/base/documents';
import { sectors } from '@sinocarte/data/base/sectors';
import { parks } from '@sinocarte/data/base/parks';
import { provinceInnovation } from '@sinocarte/data/base/province-innovation';
import { regionGroups } from '@sinocarte/data/base/region-groups';
import { partnerships } from '@sinocarte/data/base/partnerships';
import { offices } from '@sinocarte/data/base/offices';
import { events } from '@sinocarte/data/base/events';
import { recommendations } from '@sinocarte/data/base/recommendations';
import { typology } from '@sinocarte/data/base/typology';
import { figureSeries } from '@sinocarte/data/base/figure-series';
import { figures } from '@sinocarte/data/base/figures';
import { texts as enRegions } from '@sinocarte/data/texts/en/regions';
import { texts as zhRegions } from '@sinocarte/data/texts/zh/regions';
import { texts as enDocuments } from '@sinocarte/data/texts/en/documents';
import { texts as zhDocuments } from '@sinocarte/data/texts/zh/documents';
import { texts as enSectors } from '@sinocarte/data/texts/en/sectors';
import { texts as zhSectors } from '@sinocarte/data/texts/zh/sectors';
import { texts as enParks } from '@sinocarte/data/texts/en/parks';
import { texts as zhParks } from '@sinocarte/data/texts/zh/parks';
import { texts as enProvinceInnovation } from '@sinocarte/data/texts/en/province-innovation';
import { texts as zhProvinceInnovation } from '@sinocarte/data/texts/zh/province-innovation';
import { texts as enRegionGroups } from '@sinocarte/data/texts/en/region-groups';
import { texts as zhRegionGroups } from '@sinocarte/data/texts/zh/region-groups';
import { texts as enPartnerships } from '@sinocarte/data/texts/en/partnerships';
import { texts as zhPartnerships } from '@sinocarte/data/texts/zh/partnerships';
import { texts as enOffices } from '@sinocarte/data/texts/en/offices';
import { texts as zhOffices } from '@sinocarte/data/texts/zh/offices';
import { texts as enEvents } from '@sinocarte/data/texts/en/events';
import { texts as zhEvents } from '@sinocarte/data/texts/zh/events';
import { texts as enRecommendations } from '@sinocarte/data/texts/en/recommendations';
import { texts as zhRecommendations } from '@sinocarte/data/texts/zh/recommendations';
import { texts as enTypology } from '@sinocarte/data/texts/en/typology';
import { texts as zhTypology } from '@sinocarte/data/texts/zh/typology';
import { texts as enFigureSeries } from '@sinocarte/data/texts/en/figure-series';
import { texts as zhFigureSeries } from '@sinocarte/data/texts/zh/figure-series';
import { texts as enFigures } from '@sinocarte/data/texts/en/figures';
import { texts as zhFigures } from '@sinocarte/data/texts/zh/figures';
import { allDatasets, eachObject, listed, type Node } from './helpers.js';

const base: Record<string, unknown> = {
  regions,
  documents,
  sectors,
  parks,
  'province-innovation': provinceInnovation,
  'region-groups': regionGroups,
  partnerships,
  offices,
  events,
  recommendations,
  typology,
  'figure-series': figureSeries,
  figures,
};

/** Each dataset's own tables (texts/<lang>/<dataset>), what the elements fetch. */
const own: Record<string, { en: Readonly<Record<string, string>>; zh: Readonly<Record<string, string>> }> = {
  'regions': { en: enRegions, zh: zhRegions },
  'documents': { en: enDocuments, zh: zhDocuments },
  'sectors': { en: enSectors, zh: zhSectors },
  'parks': { en: enParks, zh: zhParks },
  'province-innovation': { en: enProvinceInnovation, zh: zhProvinceInnovation },
  'region-groups': { en: enRegionGroups, zh: zhRegionGroups },
  'partnerships': { en: enPartnerships, zh: zhPartnerships },
  'offices': { en: enOffices, zh: zhOffices },
  'events': { en: enEvents, zh: zhEvents },
  'recommendations': { en: enRecommendations, zh: zhRecommendations },
  'typology': { en: enTypology, zh: zhTypology },
  'figure-series': { en: enFigureSeries, zh: zhFigureSeries },
  'figures': { en: enFigures, zh: zhFigures },
};

const LANG_KEYS = new Set(['fr', 'en', 'zh']);
/** A text as the records hold it: `{ fr, en?, zh? }` and nothing else. */
const isText = (node: Node) => typeof node.fr === 'string' && Object.keys(node).every((key) => LANG_KEYS.has(key));

/** The fields whose Chinese forms the Chinese table holds (keys `<path>\u0000<value>`). */
const formPaths = [...new Set(Object.keys(zh).filter((key) => key.includes('\u0000')).map((key) => key.split('\u0000')[0]))];
const at = (node: Node, path: string): unknown => path.split('.').reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Node)[key] : undefined), node);

type Tables = (typeof own)[string];

/**
 * The base records with each text's missing languages taken from the tables, as the elements read them
 * (lib/localized-text.ts).
 */
function joined(value: unknown, tables: Tables = { en, zh }): unknown {
  if (Array.isArray(value)) return value.map((item) => joined(item, tables));
  if (!value || typeof value !== 'object') return value;
  const node = value as Node;
  if (isText(node)) {
    const fr = node.fr as string;
    return { ...node, ...(node.en === undefined && fr in tables.en ? { en: tables.en[fr] } : {}), ...(node.zh === undefined && fr in tables.zh ? { zh: tables.zh[fr] } : {}) };
  }
  return Object.fromEntries(Object.entries(node).map(([key, item]) => [key, joined(item, tables)]));
}

/** A record with its Chinese forms back: the elements look them up for a record's own fields (`withChinese`). */
function withForms(record: unknown, tables: Tables = { en, zh }): unknown {
  const node = record as Node;
  const out = joined(node, tables) as Node;
  const forms = Object.fromEntries(
    formPaths.flatMap((path) => {
      const field = at(node, path);
      const key = `${path}\u0000${String(field)}`;
      return typeof field === 'string' && Object.hasOwn(tables.zh, key) ? [[path, tables.zh[key]]] : [];
    }),
  );
  if (Object.keys(forms).length) out.zh = { ...forms, ...(out.zh as Node | undefined) };
  return out;
}

/** Sorted keys, so that two objects compare whatever their key order. */
const canonical = (value: unknown): unknown =>
  Array.isArray(value) ? value.map(canonical) : value && typeof value === 'object' ? Object.fromEntries(Object.keys(value).sort().map((k) => [k, canonical((value as Node)[k])])) : value;

describe('the elements’ copies of the records (base, texts/en, texts/zh)', () => {
  it('give back every published record exactly, once joined with the English and Chinese tables', () => {
    for (const [name, records] of Object.entries(base)) {
      const back = Array.isArray(records) ? records.map((record) => withForms(record)) : joined(records);
      expect(canonical(back), name).to.deep.equal(canonical(allDatasets[name]));
    }
  });

  it('give back every published record exactly from its own dataset’s tables alone (texts/<lang>/<dataset>, what an element fetches)', () => {
    for (const [name, records] of Object.entries(base)) {
      const back = Array.isArray(records) ? records.map((record) => withForms(record, own[name]!)) : joined(records, own[name]);
      expect(canonical(back), name).to.deep.equal(canonical(allDatasets[name]));
    }
  });

  it('carry French only in the base records (the regions keep their English names), so a French page downloads no English or Chinese', () => {
    const english: string[] = [];
    for (const [name, records] of Object.entries(base)) {
      eachObject(records, name, (node, path) => {
        if (isText(node) && (node.zh !== undefined || (node.en !== undefined && !(name === 'regions' && path.endsWith('.name'))))) english.push(path);
        else if (!isText(node) && node.zh !== undefined) english.push(`${path}.zh`);
      });
    }
    // A French text translated two ways keeps its translations inline (no table entry may be wrong for one use).
    const ambiguous = english.filter((path) => !path.startsWith('regions'));
    expect(ambiguous.length, listed(ambiguous)).to.be.below(20);
    expect(Object.keys(en).length).to.be.greaterThan(500);
  });

  it('leave the npm exports whole: every text of @sinocarte/data, /parks and /events in French, English and Chinese', () => {
    expect(parksExport).to.equal(data.parks);
    expect(eventsExport).to.equal(data.events);
    const missing: string[] = [];
    eachObject({ parks: parksExport, events: eventsExport, ...allDatasets }, 'data', (node, path) => {
      if (isText(node) && !(typeof node.en === 'string' && typeof node.zh === 'string')) missing.push(path);
    });
    expect(missing, listed(missing)).to.deep.equal([]);
  });
});
