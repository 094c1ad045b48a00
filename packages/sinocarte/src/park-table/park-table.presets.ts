import type { ColumnType, LocalizedText, TableColumn } from '../lib/table-columns.js';
import { LANGS } from '../i18n/langs.js';
import { tableMessages } from '../i18n/table.js';
import type { PartMessages } from '../i18n/messages.js';

/**
 * Column presets of `<sino-park-table>`: the same element shows the parks, the partnerships or the offices.
 * A host can start from one and change it: `table.columns = presets.parks.filter((c) => c.key !== 'url')`.
 * Headers and value labels come from the language files (src/i18n, `table.columns` and `table.values`),
 * gathered here into `{ fr, en, zh }` objects like those a host passes in its own columns.
 */

type TableMessages = PartMessages<'table'>;
type Columns = TableMessages['columns'];

/**
 * One text in every language, read from each language file when it is read: a language's strings arrive when
 * an element first shows it (i18n/load.ts), after this module has run.
 */
function text(read: (t: TableMessages) => string): LocalizedText {
  const label = {};
  // A prototype-less descriptor: a page that polluted Object.prototype.set must not stop the table.
  for (const lang of LANGS) Object.defineProperty(label, lang, { __proto__: null, enumerable: true, get: () => read(tableMessages[lang]) } as PropertyDescriptor);
  return label as LocalizedText;
}

/** The labels of a coded field's values, each in every language. */
function values(group: keyof TableMessages['values']): Record<string, LocalizedText> {
  const keys = Object.keys(tableMessages[LANGS[0]].values[group]);
  return Object.fromEntries(keys.map((key) => [key, text((t) => (t.values[group] as Record<string, string>)[key])]));
}

/** The columns of a preset, each `[key, type, other settings]`, with its header in every language. */
function columns<P extends keyof Columns>(preset: P, list: [key: keyof Columns[P] & string, type: ColumnType, settings?: Partial<TableColumn>][]): readonly TableColumn[] {
  return list.map(([key, type, settings]) => ({ key, label: text((t) => t.columns[preset][key] as string), type, ...settings }));
}

export const parkColumns = columns('parks', [
  ['name', 'text', { rowHeader: true }],
  ['provinceId', 'region'],
  ['city', 'text'],
  ['year', 'year', { filterable: true }],
  ['areaKm2', 'number', { format: 'number' }],
  ['revenue', 'number', { format: 'revenue', referenceYear: 2002 }],
  ['sectors', 'tags', { format: 'sectors', filterable: true }],
  ['url', 'url', { historical: true }],
]);

export const partnershipColumns = columns('partnerships', [
  ['french.name', 'text', { rowHeader: true }],
  ['french.level', 'text', { labels: values('frenchLevels') }],
  ['chinese.name', 'text'],
  ['chinese.provinceId', 'region'],
  ['date', 'date'],
  ['kind', 'text', { labels: values('partnershipKinds') }],
  ['themes', 'tags', { labels: values('themes') }],
  ['status', 'text', { labels: values('partnershipStatuses') }],
]);

export const officeColumns = columns('offices', [
  ['collectivity', 'text', { rowHeader: true }],
  ['city', 'text'],
  ['provinceId', 'region'],
  ['partner', 'text'],
  ['type', 'text', { labels: values('officeTypes') }],
  // The staff's phrase in every language (the record also has its counts and roles).
  ['staff', 'text', { key: 'staff.label' }],
  ['period', 'date', { format: 'period' }],
  ['status', 'text', { labels: values('officeStatuses') }],
]);

export type PresetName = 'parks' | 'partnerships' | 'offices';

/** The named presets: `table.columns = presets.partnerships`. */
export const presets: Readonly<Record<PresetName, readonly TableColumn[]>> = {
  parks: parkColumns,
  partnerships: partnershipColumns,
  offices: officeColumns,
};
