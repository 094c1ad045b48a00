// Shared by the data tests: every dataset by name, and a walk over every object and string in them.
import * as data from '@sinocarte/data';

/** Array datasets by package subpath name (regions, parks, province-innovation …). */
export const arrayDatasets: Record<string, readonly { id: string }[]> = {
  regions: data.regions,
  documents: data.documents,
  sectors: data.sectors,
  parks: data.parks,
  'province-innovation': data.provinceInnovation,
  'region-groups': data.regionGroups,
  partnerships: data.partnerships,
  offices: data.offices,
  events: data.events,
  recommendations: data.recommendations,
  'figure-series': data.figureSeries,
  figures: data.figures,
  discrepancies: data.discrepancies,
};

/** Every dataset, the single-object typology included. */
export const allDatasets: Record<string, unknown> = { ...arrayDatasets, typology: data.typology };

export type Node = Record<string, unknown>;

const isObject = (value: unknown): value is Node => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Calls `visit` for every plain object under `value`, with its dotted path (array items as [i]). */
export function eachObject(value: unknown, path: string, visit: (node: Node, path: string) => void): void {
  if (Array.isArray(value)) value.forEach((item, i) => eachObject(item, `${path}[${i}]`, visit));
  else if (isObject(value)) {
    visit(value, path);
    for (const [key, child] of Object.entries(value)) eachObject(child, `${path}.${key}`, visit);
  }
}

/** Calls `visit` for every string under `value`, with the key that holds it and its path. */
export function eachString(value: unknown, path: string, visit: (text: string, key: string, path: string) => void, key = ''): void {
  if (typeof value === 'string') visit(value, key, path);
  else if (Array.isArray(value)) value.forEach((item, i) => eachString(item, `${path}[${i}]`, visit, key));
  else if (isObject(value)) for (const [k, child] of Object.entries(value)) eachString(child, `${path}.${k}`, visit, k);
}

/** A readable list of offenders for an assertion message, cut short when long. */
export const listed = (items: readonly string[], max = 15) =>
  items.length <= max ? items.join('; ') : `${items.slice(0, max).join('; ')} … and ${items.length - max} more`;
