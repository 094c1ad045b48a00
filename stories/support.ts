/**
 * What every story shares, derived from the Custom Elements Manifest (itself generated from the elements' JSDoc
 * and types), so that an attribute, property or event added to an element reaches its stories untouched:
 *  - `elementArgTypes(tag)`: a live control for every public attribute (options from its string union), one for
 *    every property-only field, an action per event, and the methods and CSS custom properties in the table;
 *  - `renderElement(tag)`: a render function that binds every arg to the element (property-only fields as
 *    properties), so that every control changes the element;
 *  - `elementCode(tag, args)`: the HTML, React and Vue code of a story, property bindings included
 *    (`docs.source.transform`, Storybook's "Show code").
 * Story-only args (`width`) are not the element's: they size the container.
 */
import type { ArgTypes, Args, StoryContext } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { Directive, directive, type ElementPart, type PartInfo, PartType } from 'lit/directive.js';
import { ref } from 'lit/directives/ref.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
// No import attribute: the test runner serves JSON as a JS module (esbuild), as Vite does.
import manifest from '../packages/sinocarte/custom-elements.json';

interface Typed {
  name: string;
  description?: string;
  type?: { text: string };
  parsedType?: { text: string };
  default?: string;
}
interface Attribute extends Typed {
  fieldName?: string;
}
interface Member extends Typed {
  kind: string;
  readonly?: boolean;
  parameters?: Typed[];
  return?: { type?: { text: string } };
}
interface Declaration {
  tagName?: string;
  members?: Member[];
  attributes?: Attribute[];
  events?: Typed[];
  cssProperties?: Typed[];
}

const declarations = new Map<string, Declaration>();
for (const mod of (manifest as { modules: { declarations?: Declaration[] }[] }).modules) {
  for (const d of mod.declarations ?? []) if (d.tagName) declarations.set(d.tagName, d);
}

export function declarationOf(tag: string): Declaration {
  const d = declarations.get(tag);
  if (!d) throw new Error(`<${tag}> is not in custom-elements.json (run npm run manifest -w sinocarte)`);
  return d;
}

const typeText = (t: Typed) => t.parsedType?.text ?? t.type?.text ?? 'string';
/** `'a' | 'b'` → ['a', 'b'], `1 | 2` → [1, 2]; null for any other type. */
function literals(text: string): (string | number)[] | null {
  const parts = text.split('|').map((p) => p.trim()).filter((p) => p !== 'undefined' && p !== 'null');
  if (parts.length > 0 && parts.every((p) => /^'[^']*'$/.test(p))) return parts.map((p) => p.slice(1, -1));
  if (parts.length > 1 && parts.every((p) => /^-?\d+(\.\d+)?$/.test(p))) return parts.map(Number);
  return null;
}
/** The value of a manifest default (`'parks'`, `true`, `2`, `null`) in JavaScript. */
function defaultValue(t: Typed): unknown {
  const text = t.default;
  if (text === undefined) return undefined;
  if (/^'.*'$/.test(text)) return text.slice(1, -1);
  if (text === 'true' || text === 'false') return text === 'true';
  if (text === 'null') return null;
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  return undefined;
}
const pascal = (name: string) => name.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase());
/** The action arg of an event, named as Storybook names it: `sino-select` → `onSinoSelect`. */
export const eventArg = (name: string) => `on${pascal(name)}`;

const publicFields = (d: Declaration) => (d.members ?? []).filter((m) => m.kind === 'field');
const attributeOf = (d: Declaration, field: string) => (d.attributes ?? []).find((a) => a.fieldName === field);

/** One control per attribute and property-only field, an action per event, methods and CSS in the table. */
export function elementArgTypes(tag: string, overrides: Partial<ArgTypes> = {}): Partial<ArgTypes> {
  const d = declarationOf(tag);
  const argTypes: Partial<ArgTypes> = {};
  for (const a of d.attributes ?? []) {
    const type = typeText(a);
    const options = literals(type);
    const control = options ? (options.length > 4 ? 'select' : 'inline-radio') : /^boolean/.test(type) ? 'boolean' : /^number/.test(type) ? 'number' : 'text';
    // Storybook reads an arg from the URL (a reload, a shared link) through its `type`: it drops unknown ones.
    const numeric = options ? options.every((o) => typeof o === 'number') : control === 'number';
    argTypes[a.name] = {
      name: a.name,
      description: a.description,
      control,
      type: { name: numeric ? 'number' : control === 'boolean' ? 'boolean' : options ? 'enum' : 'string', ...(options && !numeric ? { value: options } : {}) } as never,
      ...(options ? { options } : {}),
      table: { category: 'attributes', type: { summary: type }, defaultValue: { summary: a.default } },
    };
  }
  for (const f of publicFields(d)) {
    const attribute = attributeOf(d, f.name);
    // A field with an attribute is controlled through the attribute: one row, not two.
    if (attribute) {
      if (attribute.name !== f.name) argTypes[f.name] = { table: { disable: true } };
    } else
      argTypes[f.name] = {
        name: f.name,
        description: f.description,
        control: f.readonly ? false : 'object',
        type: { name: 'other', value: typeText(f) },
        table: { category: 'properties', type: { summary: typeText(f) }, defaultValue: { summary: f.default } },
      };
  }
  for (const e of d.events ?? []) {
    argTypes[eventArg(e.name)] = { action: e.name, table: { disable: true } };
    argTypes[e.name] = { name: e.name, description: e.description, control: false, table: { category: 'events', type: { summary: typeText(e) } } };
  }
  for (const m of (d.members ?? []).filter((m) => m.kind === 'method')) {
    const params = (m.parameters ?? []).map((p) => `${p.name}${p.default !== undefined ? '?' : ''}: ${typeText(p)}`).join(', ');
    argTypes[`${m.name}()`] = {
      name: `${m.name}()`,
      description: m.description,
      control: false,
      table: { category: 'methods', type: { summary: `(${params}) => ${m.return?.type?.text ?? 'void'}` } },
    };
  }
  for (const p of d.cssProperties ?? []) {
    argTypes[p.name] = { name: p.name, description: p.description, control: false, type: { name: 'string' }, table: { category: 'css custom properties', defaultValue: { summary: p.default } } };
  }
  // A story's override refines the derived entry (options of a select…), keeping its type and table.
  for (const [name, override] of Object.entries(overrides)) argTypes[name] = { ...argTypes[name], ...override };
  return argTypes;
}

/** The element's own args (attributes and property-only fields) that differ from the element's defaults. */
export function elementArgs(tag: string, args: Args): { attributes: [string, unknown][]; properties: [string, unknown][] } {
  const d = declarationOf(tag);
  const attributes: [string, unknown][] = [];
  const properties: [string, unknown][] = [];
  for (const a of d.attributes ?? []) {
    const value = args[a.name];
    if (value === undefined || value === '' || value === null || value === defaultValue(a)) continue;
    attributes.push([a.name, value]);
  }
  for (const f of publicFields(d)) {
    if (attributeOf(d, f.name) || f.readonly) continue;
    const value = args[f.name];
    if (value !== undefined && value !== null) properties.push([f.name, value]);
  }
  return { attributes, properties };
}

/** Sets every arg on the element: attributes through their property (typed), property-only fields as such. */
class BindArgs extends Directive {
  private listening = new Set<string>();
  private args: Args = {};
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('bindArgs is an element directive');
  }
  render(_tag: string, _args: Args, _lang?: string) {
    return nothing;
  }
  override update(part: ElementPart, [tag, args, lang]: [string, Args, string?]) {
    const el = part.element as HTMLElement & Record<string, unknown>;
    const d = declarationOf(tag);
    this.args = args;
    for (const a of d.attributes ?? []) {
      if (!a.fieldName) continue;
      let value = args[a.name];
      if (a.name === 'lang' && !value) value = lang ?? '';
      if (value === undefined) continue;
      const def = defaultValue(a);
      // An emptied text control is the element's default, as a removed attribute would be.
      el[a.fieldName] = value === '' && def !== undefined && typeof def !== 'string' ? def : value;
    }
    for (const f of publicFields(d)) {
      if (attributeOf(d, f.name) || f.readonly || !(f.name in args)) continue;
      el[f.name] = args[f.name] ?? null;
    }
    for (const e of d.events ?? []) {
      if (this.listening.has(e.name)) continue;
      this.listening.add(e.name);
      el.addEventListener(e.name, (event) => {
        const handler = this.args[eventArg(e.name)];
        if (typeof handler === 'function') handler((event as CustomEvent).detail);
      });
    }
    return nothing;
  }
}
export const bindArgs = directive(BindArgs);

/** A render function for `tag` that binds every arg; `width` (story only) sizes the container. */
export function renderElement(tag: string) {
  const literal = unsafeStatic(tag);
  return (args: Args, { globals }: StoryContext): TemplateResult => html`
    <div ${ref((el) => el && typeof args.width === 'number' && ((el as HTMLElement).style.maxWidth = `${args.width}px`))}>
      ${staticHtml`<${literal} ${bindArgs(tag, args, globals?.lang as string | undefined)}></${literal}>`}
    </div>
  `;
}

/** Code for a value in a snippet: its registered expression (`parks`, with its import) or JSON. */
const expressions = new WeakMap<object, { code: string; imports: string }>();
/** Registers how a snippet writes a (large) value: `named(partnerships, 'partnerships', "import …")`. */
export function named<T extends object>(value: T, code: string, imports = ''): T {
  expressions.set(value, { code, imports });
  return value;
}
const codeOf = (value: unknown): string => (typeof value === 'object' && value && expressions.get(value)?.code) || JSON.stringify(value);

/** The HTML, React 19 and Vue 3 code of the element with these args, property bindings and listeners included. */
export function elementCode(tag: string, args: Args): string {
  const { attributes, properties } = elementArgs(tag, args);
  const d = declarationOf(tag);
  const attr = (name: string, value: unknown) => (value === true ? name : `${name}="${String(value).replace(/"/g, '&quot;')}"`);
  const imports = [...new Set(properties.map(([, v]) => (typeof v === 'object' && v && expressions.get(v)?.imports) || '').filter(Boolean))];
  const events = (d.events ?? []).map((e) => e.name);
  const attrs = attributes.map(([n, v]) => ` ${attr(n, v)}`).join('');
  const htmlCode = [
    `<${tag}${attrs}></${tag}>`,
    `<script type="module">`,
    ...imports.map((line) => `  ${line}`),
    `  const el = document.querySelector('${tag}');`,
    ...properties.map(([n, v]) => `  el.${n} = ${codeOf(v)};`),
    ...events.slice(0, 1).map((name) => `  el.addEventListener('${name}', (e) => console.log(e.detail));`),
    `</script>`,
  ];
  const reactAttrs = attributes.map(([n, v]) => ` ${typeof v === 'number' ? `${n}={${v}}` : attr(n, v)}`).join('');
  const react = `<${tag}${reactAttrs}${properties.map(([n, v]) => ` ${n}={${codeOf(v)}}`).join('')}${events.slice(0, 1).map((n) => ` on${n}={(e) => console.log(e.detail)}`).join('')}></${tag}>`;
  const vue = `<${tag}${attrs}${properties.map(([n, v]) => ` :${n}.prop="${codeOf(v).replace(/"/g, "'")}"`).join('')}${events.slice(0, 1).map((n) => ` @${n}="(e) => console.log(e.detail)"`).join('')}></${tag}>`;
  return [
    '<!-- HTML (import "sinocarte" or the embed script first) -->',
    ...htmlCode,
    '',
    `<!-- React 19 (types: import type {} from 'sinocarte/react')${imports.length ? `; ${imports.join(' ')}` : ''} -->`,
    react,
    '',
    `<!-- Vue 3 (types: import type {} from 'sinocarte/vue')${imports.length ? `; ${imports.join(' ')}` : ''} -->`,
    vue,
  ].join('\n');
}

/** Story parameters that make "Show code" print `elementCode` for stories that use `renderElement`. */
export function elementDocs(tag: string) {
  return {
    docs: {
      source: {
        language: 'html',
        transform: (code: string, context: StoryContext) => (context.parameters?.ownCode ? code : elementCode(tag, context.args)),
      },
    },
  };
}
