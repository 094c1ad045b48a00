/**
 * The embed code generator page (`docs/embed/generator.html`): the reader picks an element and its options,
 * sees the embed page live in an iframe (sized by the host script, like on their site), and copies the script
 * snippet or the iframe snippet. Controls are plain HTML in the page (`name` = the URL option, `data-kinds` =
 * the elements it applies to); this script fills the lists, keeps the preview and the snippets in step, and
 * switches the interface between French and English.
 */
import { regions } from '@sinocarte/data/regions';
import { sectors } from '@sinocarte/data/sectors';
import { FRAME_ELEMENTS, buildFrameQuery, checkValue, frameHeight, framePage, frameTitle, iframeSnippet, isFrameKind, scriptSnippet, type FrameKind } from './options.js';
import { strings, type GeneratorStrings } from './generator.strings.js';

/**
 * The snippets load the scripts from where this page is served (its own copies, next to it): they work as soon
 * as the site is published. Once the package is on npm, https://cdn.jsdelivr.net/npm/sinocarte/dist/ serves
 * the same files (embed.js, iframe-host.js).
 */
const ownCopy = (file: string): string => new URL(`./${file}`, location.href).href;
type UiLang = keyof typeof strings;

const $ = <T extends HTMLElement>(id: string): T => {
  const element = document.getElementById(id);
  if (!element) throw new Error(`generator: #${id} is missing from the page`);
  return element as T;
};

const form = $<HTMLFormElement>('options');
const kindSelect = $<HTMLSelectElement>('opt-element');
const regionSelect = $<HTMLSelectElement>('opt-region');
const sectorSelect = $<HTMLSelectElement>('opt-sector');
const preview = $<HTMLIFrameElement>('preview-frame');
const scriptCode = $<HTMLTextAreaElement>('script-code');
const iframeCode = $<HTMLTextAreaElement>('iframe-code');
const status = $<HTMLElement>('copy-status');
const switchButton = $<HTMLButtonElement>('switch-language');

let ui: UiLang = new URLSearchParams(location.search).get('ui') === 'en' ? 'en' : 'fr';

function t(key: keyof GeneratorStrings): string {
  return strings[ui][key];
}

function kind(): FrameKind {
  return isFrameKind(kindSelect.value) ? kindSelect.value : 'map';
}

/** Fills a select with `[value, label]` pairs after its first ("none") option, keeping the current choice. */
function fill(select: HTMLSelectElement, items: [string, string][]): void {
  const current = select.value;
  const first = select.options[0];
  select.replaceChildren(first, ...items.map(([value, label]) => new Option(label, value)));
  select.value = current;
}

function fillLists(): void {
  const collator = new Intl.Collator(ui);
  fill(regionSelect, regions.map((r): [string, string] => [r.id, r.name[ui]]).sort((a, b) => collator.compare(a[1], b[1])));
  fill(sectorSelect, sectors.map((s): [string, string] => [s.id, s.label[ui]]));
}

function applyStrings(): void {
  document.documentElement.lang = ui;
  document.title = t('pageTitle');
  for (const element of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const key = element.dataset.i18n as keyof GeneratorStrings;
    if (key in strings[ui]) element.textContent = t(key);
  }
  switchButton.lang = ui === 'fr' ? 'en' : 'fr';
  fillLists();
}

/** The option values of the visible controls, by URL option name. */
function values(): Record<string, string> {
  const result: Record<string, string> = {};
  for (const control of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[name]')) {
    if (control.name === 'element' || control.closest<HTMLElement>('[data-kinds]')?.hidden) continue;
    if (control instanceof HTMLInputElement && control.type === 'checkbox') {
      // `data-on` / `data-off` name the values of an on/off attribute (metric-switch); else true / false.
      result[control.name] = control.checked ? (control.dataset.on ?? 'true') : (control.dataset.off ?? 'false');
    } else {
      result[control.name] = control.value;
    }
  }
  return result;
}

/** Marks text fields whose value the embed page would ignore. */
function validate(current: FrameKind): void {
  const specs = FRAME_ELEMENTS[current].options;
  for (const input of form.querySelectorAll<HTMLInputElement>('input[type="text"][name]')) {
    const spec = specs.find((s) => s.param === input.name);
    const bad = input.value.trim() !== '' && (input.name === 'id' ? !/^[\w-]{1,64}$/.test(input.value) : !!spec && checkValue(spec, input.value) === null);
    input.setAttribute('aria-invalid', String(bad));
    const error = document.getElementById(`${input.id}-error`);
    if (error) {
      error.hidden = !bad;
      error.textContent = bad ? t('invalid') : '';
    }
  }
}

let lastSrc = '';
function update(): void {
  const current = kind();
  for (const field of form.querySelectorAll<HTMLElement>('[data-kinds]')) {
    field.hidden = !field.dataset.kinds!.split(' ').includes(current);
  }
  validate(current);
  const chosen = values();
  const id = chosen.id ?? '';
  const input = { kind: current, values: chosen, pagesBase: new URL('./', location.href).href, embedScript: ownCopy('sinocarte-embed.js'), hostScript: ownCopy('iframe-host.js'), id };
  scriptCode.value = scriptSnippet(input);
  iframeCode.value = iframeSnippet(input);
  const src = `./${framePage(current)}${buildFrameQuery(current, chosen, id || 'preview')}`;
  if (src !== lastSrc) {
    lastSrc = src;
    if (preview.dataset.kind !== current) {
      preview.style.height = `${frameHeight(current, {})}px`;
      preview.dataset.kind = current;
    }
    preview.src = src;
  }
  preview.title = `${t('previewLabel')} : ${frameTitle(current, chosen)}`;
}

async function copy(textarea: HTMLTextAreaElement): Promise<void> {
  try {
    await navigator.clipboard.writeText(textarea.value);
    status.textContent = t('copied');
  } catch {
    // Clipboard API refused (insecure context, permissions): select the code so the reader can copy it.
    textarea.focus();
    textarea.select();
    status.textContent = t('copyFailed');
  }
}

let timer: ReturnType<typeof setTimeout> | undefined;
form.addEventListener('change', update);
form.addEventListener('input', (event) => {
  if (!(event.target instanceof HTMLInputElement) || event.target.type !== 'text') return;
  clearTimeout(timer);
  timer = setTimeout(update, 400);
});
form.addEventListener('submit', (event) => event.preventDefault());
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
  button.addEventListener('click', () => void copy($<HTMLTextAreaElement>(button.dataset.copy!)));
}
switchButton.addEventListener('click', () => {
  ui = ui === 'fr' ? 'en' : 'fr';
  const url = new URL(location.href);
  if (ui === 'en') url.searchParams.set('ui', 'en');
  else url.searchParams.delete('ui');
  history.replaceState(null, '', url);
  applyStrings();
  update();
});

applyStrings();
update();
