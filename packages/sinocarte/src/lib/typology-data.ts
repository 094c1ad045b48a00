/**
 * The general format of a two-axis typology diagram, its validator, and the adapter from the bundled
 * `typology` dataset (chapter 7 of the 2011 evaluation) to it. Pure: no DOM.
 */
import type { TypologyPlanes } from '@sinocarte/data/base/typology-planes';
import type { Lang } from '../internal/i18n.js';
import { isLocalizable, pickText as pickLocalized } from './localized-text.js';
import { forEachReadable, readList, UNREADABLE } from './read.js';
import { asText, clip, MAX_LABEL } from './text.js';

/** Text a host may give in one language (a plain string) or several (`{ fr, en, zh }`). */
export type DiagramText = string | { fr?: string; en?: string; zh?: string };

/** One axis: what it measures and the labels of its two ends (-1 and +1). */
export interface DiagramAxis {
  /** What the axis measures (optional). */
  label?: DiagramText;
  /** Label of the -1 end (left for x, bottom for y). */
  min: DiagramText;
  /** Label of the +1 end (right for x, top for y). */
  max: DiagramText;
}

/** A named quadrant: which side of each axis it lies on. */
export interface DiagramQuadrant {
  x: 'min' | 'max';
  y: 'min' | 'max';
  label: DiagramText;
}

/** A point of the diagram. */
export interface DiagramItem {
  /** Stable id: used by `selected`, `sino-select` and to animate items shared by two diagrams. Defaults to `item-<index>`. */
  id?: string;
  /** Name shown next to the point. Required: an item without one is set aside. */
  label: DiagramText;
  /** Position on the horizontal axis, in [-1, 1]. */
  x: number;
  /** Position on the vertical axis, in [-1, 1] (+1 at the top). */
  y: number;
  /** Type or category shown in the tooltip and the table. */
  type?: DiagramText;
  /** A sentence or two shown in the tooltip. */
  description?: DiagramText;
  /** Why the item sits where it does (shown in the table). */
  reason?: DiagramText;
  /** Where it comes from (shown in the tooltip and the table). */
  source?: DiagramText;
  /** Region ids (`CN-HB`…) the item is linked to; passed on in `sino-select`. */
  regions?: string[];
}

/**
 * What a host passes to `<sino-typology>` through its `data` property: a general two-axis diagram,
 * not tied to the bundled chapter.
 *
 * ```js
 * el.data = {
 *   title: { fr: 'Ma typologie', en: 'My typology' },
 *   axes: { x: { min: 'Local', max: 'Global' }, y: { min: 'Informel', max: 'Formel' } },
 *   quadrants: [{ x: 'max', y: 'max', label: 'Institutions' }],
 *   items: [{ id: 'a', label: 'Projet A', x: 0.4, y: -0.2 }],
 * };
 * ```
 */
export interface TypologyDiagram {
  /** Title of the diagram. */
  title?: DiagramText;
  /** A note always shown under the diagram (e.g. how the positions were chosen). */
  note?: DiagramText;
  axes: { x: DiagramAxis; y: DiagramAxis };
  quadrants?: DiagramQuadrant[];
  items: DiagramItem[];
}

/** An item that passed validation: id assigned, coordinates finite and inside [-1, 1]. */
export interface ValidItem extends DiagramItem {
  id: string;
  /** True when a coordinate was outside [-1, 1] and was brought back to the edge. */
  clamped: boolean;
}

export interface ValidDiagram extends TypologyDiagram {
  quadrants: DiagramQuadrant[];
  items: ValidItem[];
}

/** What was wrong with the input; the element turns these into localized notes and `sino-error`. */
export type DiagramProblem =
  | { code: 'invalid-data'; reason: 'not-an-object' | 'no-axes' | 'no-items'; }
  | { code: 'invalid-data'; reason: 'bad-axis'; axis: 'x' | 'y' }
  | { code: 'invalid-data'; reason: 'bad-quadrant'; index: number }
  | { code: 'invalid-data'; reason: 'bad-item' | 'no-label'; index: number }
  | { code: 'invalid-data'; reason: 'duplicate-id'; index: number; id: string }
  | { code: 'invalid-value'; reason: 'not-a-number'; index: number; item: string; axis: 'x' | 'y'; value: string }
  | { code: 'invalid-value'; reason: 'clamped'; index: number; item: string; axis: 'x' | 'y'; value: number };

export interface ValidationResult {
  /** The usable diagram: null only when the input is not an object at all. */
  diagram: ValidDiagram | null;
  problems: DiagramProblem[];
}

/** The text in a language, falling back (zh → en → fr, fr → en → zh), with the language it is actually in. */
export function pickText(text: DiagramText | undefined, lang: Lang): { text: string; lang: Lang } {
  if (typeof text === 'string') return { text: clip(text, MAX_LABEL), lang };
  return pickLocalized(text, lang) ?? { text: '', lang };
}

/** True for a non-empty string or an object with at least one non-empty language. */
export function isText(value: unknown): value is DiagramText {
  return typeof value === 'string' ? value.trim().length > 0 : isLocalizable(value);
}

const clamp = (v: number) => Math.max(-1, Math.min(1, v));
const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/**
 * Checks a host's diagram. Never throws. Keeps every valid part: items with a coordinate outside
 * [-1, 1] are clamped to the edge (and flagged), items with a non-numeric coordinate or no label are set
 * aside, bad quadrants are dropped, a missing axis end gets an empty label.
 */
export function validateDiagram(input: unknown): ValidationResult {
  try {
    return check(input);
  } catch {
    // A getter or a Proxy trap that throws on the diagram itself (its items are read one by one below).
    return { diagram: null, problems: [{ code: 'invalid-data', reason: 'not-an-object' }] };
  }
}

function check(input: unknown): ValidationResult {
  const problems: DiagramProblem[] = [];
  if (!isRecord(input)) return { diagram: null, problems: [{ code: 'invalid-data', reason: 'not-an-object' }] };

  const axes = { x: { min: '', max: '' } as DiagramAxis, y: { min: '', max: '' } as DiagramAxis };
  if (!isRecord(input.axes)) {
    problems.push({ code: 'invalid-data', reason: 'no-axes' });
  } else {
    for (const name of ['x', 'y'] as const) {
      const axis = input.axes[name];
      if (!isRecord(axis) || !isText(axis.min) || !isText(axis.max)) problems.push({ code: 'invalid-data', reason: 'bad-axis', axis: name });
      if (isRecord(axis)) {
        axes[name] = {
          min: isText(axis.min) ? axis.min : '',
          max: isText(axis.max) ? axis.max : '',
          ...(isText(axis.label) ? { label: axis.label } : {}),
        };
      }
    }
  }

  const quadrants: DiagramQuadrant[] = [];
  if (input.quadrants !== undefined) {
    const list = Array.isArray(input.quadrants) ? input.quadrants : [input.quadrants];
    forEachReadable(list, (q, index) => {
      const sides = ['min', 'max'];
      if (isRecord(q) && sides.includes(q.x as string) && sides.includes(q.y as string) && isText(q.label)) {
        if (!quadrants.some((other) => other.x === q.x && other.y === q.y)) quadrants.push({ x: q.x as 'min' | 'max', y: q.y as 'min' | 'max', label: q.label });
        else problems.push({ code: 'invalid-data', reason: 'bad-quadrant', index });
      } else {
        problems.push({ code: 'invalid-data', reason: 'bad-quadrant', index });
      }
    }, (index) => problems.push({ code: 'invalid-data', reason: 'bad-quadrant', index }));
  }

  const items: ValidItem[] = [];
  const ids = new Set<string>();
  const list = readList(input.items);
  if (list === null || list === UNREADABLE) {
    problems.push({ code: 'invalid-data', reason: 'no-items' });
  } else {
    forEachReadable(list, (raw, index) => {
      if (!isRecord(raw)) {
        problems.push({ code: 'invalid-data', reason: 'bad-item', index });
        return;
      }
      if (!isText(raw.label)) {
        problems.push({ code: 'invalid-data', reason: 'no-label', index });
        return;
      }
      const name = pickText(raw.label, 'en').text;
      let id = typeof raw.id === 'string' && raw.id.trim() ? raw.id.trim() : `item-${index}`;
      if (ids.has(id)) {
        problems.push({ code: 'invalid-data', reason: 'duplicate-id', index, id });
        id = `${id}-${index}`;
      }
      let clamped = false;
      let usable = true;
      const coords = { x: 0, y: 0 };
      for (const axis of ['x', 'y'] as const) {
        const value = raw[axis];
        if (typeof value !== 'number' || !Number.isFinite(value)) {
          problems.push({ code: 'invalid-value', reason: 'not-a-number', index, item: name, axis, value: asText(value) });
          usable = false;
        } else if (value < -1 || value > 1) {
          problems.push({ code: 'invalid-value', reason: 'clamped', index, item: name, axis, value });
          coords[axis] = clamp(value);
          clamped = true;
        } else {
          coords[axis] = value;
        }
      }
      if (!usable) return;
      ids.add(id);
      const item: ValidItem = { id, label: raw.label, x: coords.x, y: coords.y, clamped };
      for (const key of ['type', 'description', 'reason', 'source'] as const) if (isText(raw[key])) item[key] = raw[key] as DiagramText;
      if (Array.isArray(raw.regions)) item.regions = raw.regions.filter((r): r is string => typeof r === 'string');
      items.push(item);
    }, (index) => problems.push({ code: 'invalid-data', reason: 'bad-item', index }));
  }

  const diagram: ValidDiagram = { axes, quadrants, items };
  if (isText(input.title)) diagram.title = input.title;
  if (isText(input.note)) diagram.note = input.note;
  return { diagram, problems };
}

export type PlaneId = 'objectives' | 'coordination';
export const PLANES: readonly PlaneId[] = ['objectives', 'coordination'];

/** Unique section references of a record's sources, in order: "§7.2.1 · Tableau 24". */
export function sourceRefs(sources: readonly { ref: string }[]): string {
  return [...new Set(sources.map((s) => s.ref))].join(' · ');
}

/**
 * One plane of the bundled typology in the general format: the programmes placed on that plane
 * become the items (programmes without a position there are left out).
 */
export function diagramFromTypology(typology: TypologyPlanes, plane: PlaneId): ValidDiagram {
  const p = typology.planes[plane];
  return {
    title: p.label,
    axes: { x: p.axes.x, y: p.axes.y },
    quadrants: p.quadrants.map((q) => ({ x: q.x, y: q.y, label: q.label })),
    items: typology.programmes.flatMap((prog) => {
      const position = prog.positions[plane];
      if (!position) return [];
      return [
        {
          id: prog.id,
          label: prog.label,
          x: clamp(position.x),
          y: clamp(position.y),
          clamped: false,
          type: prog.type,
          description: prog.description,
          reason: position.reason,
          source: sourceRefs(prog.sources),
          regions: [...prog.provinceIds],
        },
      ];
    }),
  };
}
