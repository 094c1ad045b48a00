/**
 * Storybook's controls are live: each story file's own render and args (no Storybook build), every control of
 * an element's attributes set to each of its values, and what the element shows must change. The controls come
 * from the manifest (stories/support.ts), so an attribute added to an element is tested here untouched; a text
 * control takes the value a story gives it, or one of SAMPLES.
 */
import { expect } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import type { Args, ArgTypes } from '@storybook/web-components-vite';
import * as atlas from '../../../stories/atlas.stories.js';
import * as provinceMap from '../../../stories/province-map.stories.js';
import * as parkTable from '../../../stories/park-table.stories.js';
import * as timeline from '../../../stories/timeline.stories.js';
import * as typology from '../../../stories/typology.stories.js';
import { declarationOf, elementCode } from '../../../stories/support.js';

/** Values for text controls that no story sets (a filter, a range, a selection the data has). */
const SAMPLES: Record<string, Record<string, unknown>> = {
  '*': { heading: 'Titre', description: 'Une description.', source: 'Une source', note: 'Une note.' },
  'sino-province-map': { selected: 'CN-HB', group: 'demo' },
  'sino-park-table': { query: 'wuhan', years: '1988-1991', sort: '-year', selected: 'park-wuhan-east-lake', kind: 'office', filename: 'parcs', caption: 'Parcs', group: 'demo' },
  'sino-timeline': { range: '1980-1990', categories: 'torch', selected: 'ev-2005-10-rencontres-wuhan', group: 'demo' },
  'sino-typology': { group: 'demo' },
  'sino-atlas': { group: 'demo' },
};

interface StoryModule {
  default: { component?: string; args?: Args; argTypes?: Partial<ArgTypes>; render?: (args: Args, context: never) => TemplateResult };
  [story: string]: unknown;
}
const modules = [provinceMap, parkTable, timeline, typology, atlas] as unknown as StoryModule[];

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
/** What the element shows and holds: its attributes, its public fields, its shadow DOM. */
async function state(container: HTMLElement, tag: string) {
  const el = container.querySelector(tag) as (HTMLElement & { updateComplete?: Promise<unknown> }) | null;
  expect(el, `<${tag}> rendered`).to.not.equal(null);
  await el!.updateComplete;
  await frame();
  await frame();
  const fields = Object.fromEntries((declarationOf(tag).members ?? []).filter((m) => m.kind === 'field').map((m) => [m.name, (el as unknown as Record<string, unknown>)[m.name]]));
  return {
    attributes: [...el!.attributes].map((a) => `${a.name}=${a.value}`).join(' '),
    fields: JSON.stringify(fields, (_, v) => (Array.isArray(v) && v.length > 20 ? `[${v.length}]` : v)),
    shadow: el!.shadowRoot?.innerHTML.replace(/<!--[^>]*-->/g, '') ?? '',
  };
}

/** The values a control is tried with: its options, both booleans, or a text value from a story or SAMPLES. */
function valuesOf(mod: StoryModule, tag: string, name: string, argType: ArgTypes[string]): unknown[] {
  if (argType.options) return [...argType.options];
  if (argType.control === 'boolean') return [true, false];
  const fromStories = Object.values(mod)
    .map((story) => (story as { args?: Args })?.args?.[name])
    .filter((v) => typeof v === 'string' && v !== '');
  const sample = SAMPLES[tag]?.[name] ?? SAMPLES['*'][name];
  return [...new Set([...fromStories, ...(sample !== undefined ? [sample] : [])])];
}

describe('Storybook controls (stories/*.stories.ts, through their own render and args)', () => {
  let container: HTMLDivElement;
  beforeEach(() => {
    container = document.createElement('div');
    container.style.width = '900px';
    document.body.append(container);
  });
  afterEach(() => {
    render(null, container);
    container.remove();
  });

  for (const mod of modules) {
    const tag = mod.default.component!;
    it(`<${tag}>: every attribute control changes the element`, async function () {
      this.timeout(120_000);
      const { args = {}, argTypes = {}, render: renderStory } = mod.default;
      const draw = (a: Args) => render(renderStory!(a, { globals: { lang: 'fr' } } as never), container);
      const declared = declarationOf(tag).attributes ?? [];
      const attributes = declared.map((a) => a.name);
      /** A value that is the element's default state already: empty, the declared default, the page's language. */
      const isDefault = (name: string, value: unknown) =>
        value === '' || (name === 'lang' && value === 'fr') || String(value) === declared.find((a) => a.name === name)?.default?.replace(/^'(.*)'$/, '$1');
      const dead: string[] = [];
      const tried: string[] = [];
      for (const name of attributes) {
        const argType = argTypes[name] as ArgTypes[string] | undefined;
        expect(Boolean(argType?.control), `${tag} ${name}: a control`).to.equal(true);
        // Storybook keeps an arg from the URL (a reload, a shared link) only if its type is one of these.
        expect(['string', 'number', 'boolean', 'enum'], `${tag} ${name}: type`).to.include((argType!.type as { name?: string } | undefined)?.name);
        const values = valuesOf(mod, tag, name, argType!);
        expect(values.length, `${tag} ${name}: a value to try (a story's arg or SAMPLES)`).to.be.greaterThan(0);
        draw(args);
        const before = await state(container, tag);
        for (const value of values) {
          const baseline = args[name] === undefined || isDefault(name, args[name]);
          if (value === args[name] || (baseline && isDefault(name, value))) continue;
          draw({ ...args, [name]: value });
          const after = await state(container, tag);
          tried.push(`${name}=${String(value)}`);
          if (JSON.stringify(after) === JSON.stringify(before)) dead.push(`${name}=${String(value)}`);
        }
      }
      expect(dead, `${tag}: controls that changed nothing`).to.deep.equal([]);
      expect(tried.length).to.be.greaterThan(attributes.length - 1);
    });

    it(`<${tag}>: "Show code" reproduces each story's own args, properties included`, () => {
      for (const [name, story] of Object.entries(mod)) {
        if (name === 'default') continue;
        const storyArgs = { ...mod.default.args, ...(story as { args?: Args }).args };
        const code = elementCode(tag, storyArgs);
        for (const [key, value] of Object.entries((story as { args?: Args }).args ?? {})) {
          if (key === 'width' || value === '' || value === undefined) continue;
          const attribute = (declarationOf(tag).attributes ?? []).some((a) => a.name === key);
          // An attribute as `name="value"`, a property as `el.name =`, `name={…}` and `:name.prop`.
          if (attribute) expect(code, `${name}: ${key}`).to.contain(typeof value === 'boolean' && value ? ` ${key}` : `${key}=`);
          else expect(code, `${name}: ${key}`).to.contain(`el.${key} = `).and.contain(` ${key}={`).and.contain(`:${key}.prop=`);
        }
      }
    });
  }
});
