import type { LocalizedText, TableColumn } from '../lib/table-columns.js';
import { LANGS, tableMessages, type PartMessages } from '../i18n/index.js';

/**
 * Column presets of `<sino-park-table>`: the same element shows the parks, the partnerships or the offices.
 * A host can start from one and change it: `table.columns = presets.parks.filter((c) => c.key !== 'url')`.
 * Headers and value labels come from the language files (src/i18n, `table.columns` and `table.values`),
 * gathered here into `{ fr, en, zh }` objects like those a host passes in its own columns.
 */

type TableMessages = PartMessages<'table'>;
type Columns = TableMessages['columns'];

/** One text in every language, read from each language file. */
function text(read: (t: TableMessages) => string): LocalizedText {
  return Object.fromEntries(LANGS.map((lang) => [lang, read(tableMessages[lang])])) as unknown as LocalizedText;
}

/** The header of a preset's column, in every language. */
function header<P extends keyof Columns>(preset: P, key: keyof Columns[P] & string): LocalizedText {
  return text((t) => t.columns[preset][key] as string);
}

/** The labels of a coded field's values, each in every language. */
function values(group: keyof TableMessages['values']): Record<string, LocalizedText> {
  const keys = Object.keys(tableMessages[LANGS[0]].values[group]);
  return Object.fromEntries(keys.map((key) => [key, text((t) => (t.values[group] as Record<string, string>)[key])]));
}

export const parkColumns: readonly TableColumn[] = [
  { key: 'name', label: header('parks', 'name'), type: 'text', rowHeader: true },
  { key: 'provinceId', label: header('parks', 'provinceId'), type: 'region' },
  { key: 'city', label: header('parks', 'city'), type: 'text' },
  { key: 'year', label: header('parks', 'year'), type: 'year', filterable: true },
  { key: 'areaKm2', label: header('parks', 'areaKm2'), type: 'number', format: 'number' },
  { key: 'revenue', label: header('parks', 'revenue'), type: 'number', format: 'revenue', referenceYear: 2002 },
  { key: 'sectors', label: header('parks', 'sectors'), type: 'tags', format: 'sectors', filterable: true },
  { key: 'url', label: header('parks', 'url'), type: 'url', historical: true },
];

const partnershipKinds = values('partnershipKinds');
const frenchLevels = values('frenchLevels');
const partnershipStatuses = values('partnershipStatuses');
const themes = values('themes');

export const partnershipColumns: readonly TableColumn[] = [
  { key: 'french.name', label: header('partnerships', 'french.name'), type: 'text', rowHeader: true },
  { key: 'french.level', label: header('partnerships', 'french.level'), type: 'text', labels: frenchLevels },
  { key: 'chinese.name', label: header('partnerships', 'chinese.name'), type: 'text' },
  { key: 'chinese.provinceId', label: header('partnerships', 'chinese.provinceId'), type: 'region' },
  { key: 'date', label: header('partnerships', 'date'), type: 'date' },
  { key: 'kind', label: header('partnerships', 'kind'), type: 'text', labels: partnershipKinds },
  { key: 'themes', label: header('partnerships', 'themes'), type: 'tags', labels: themes },
  { key: 'status', label: header('partnerships', 'status'), type: 'text', labels: partnershipStatuses },
];

const officeTypes = values('officeTypes');
const officeStatuses = values('officeStatuses');

export const officeColumns: readonly TableColumn[] = [
  { key: 'collectivity', label: header('offices', 'collectivity'), type: 'text', rowHeader: true },
  { key: 'city', label: header('offices', 'city'), type: 'text' },
  { key: 'provinceId', label: header('offices', 'provinceId'), type: 'region' },
  { key: 'partner', label: header('offices', 'partner'), type: 'text' },
  { key: 'type', label: header('offices', 'type'), type: 'text', labels: officeTypes },
  { key: 'staff', label: header('offices', 'staff'), type: 'text' },
  { key: 'period', label: header('offices', 'period'), type: 'date', format: 'period' },
  { key: 'status', label: header('offices', 'status'), type: 'text', labels: officeStatuses },
];

export type PresetName = 'parks' | 'partnerships' | 'offices';

/** The named presets: `table.columns = presets.partnerships`. */
export const presets: Readonly<Record<PresetName, readonly TableColumn[]>> = {
  parks: parkColumns,
  partnerships: partnershipColumns,
  offices: officeColumns,
};
