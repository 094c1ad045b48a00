/**
 * What the lazy loader shows in place of an element whose code is downloading or failed to download: the
 * element keeps its space (no 0 px element, no layout jump when it arrives), says "Loading…" in the page's
 * language, and after a failure shows a short note with a button to try again.
 *
 * Styling goes through one constructed style sheet adopted by the document (allowed under a strict CSP), on
 * `:not(:defined)` only: a defined element never sees it. Hosts restyle the placeholder with the same
 * selector (docs/getting-started.md) and `--sino-placeholder-height`.
 */
import { loaderMessages } from '../i18n/loader.js';
import { LANGS, type Lang } from '../i18n/langs.js';
import { normalizeLang } from './i18n.js';

const NOTE = 'data-sino-load-note';

/** Adds the placeholder rules for these tags to the document, once. */
export function placeholderStyles(doc: Document, tags: readonly string[]): void {
  if (typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in doc)) return;
  // Zero specificity (`:where`): the page's own `:not(:defined)` rules win, whatever their order.
  const any = (extra = '') => `:where(:is(${tags.join(', ')}):not(:defined)${extra})`;
  const text = (lang: Lang) => JSON.stringify(loaderMessages[lang].loading);
  const rules = [
    `${any()} { display: block; box-sizing: border-box; min-height: var(--sino-placeholder-height, 16rem); padding: 0.75rem; border: 1px dashed var(--sino-color-border, #c9ced6); border-radius: var(--sino-radius, 6px); color: var(--sino-color-muted, #59636e); font: 0.9375rem/1.4 var(--sino-font-family, system-ui, sans-serif); }`,
    `${any()}::before { content: ${text('fr')}; }`,
    ...LANGS.filter((l) => l !== 'fr').map((l) => `${any(`:lang(${l})`)}::before { content: ${text(l)}; }`),
    `${any(`[${NOTE}]`)}::before { content: none; }`,
  ];
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(rules.join('\n'));
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  } catch {
    // No constructed sheets: the elements still load, only without a placeholder.
  }
}

/** The language of an element as the page gives it (its own or its closest ancestor's `lang`), French by default. */
const langOf = (el: Element): Lang => normalizeLang(el.closest('[lang]')?.getAttribute('lang'));

/** Shows the failure note, with a button that calls `retry`, in each element of the tag that has none yet. */
export function showFailure(doc: Document, tag: string, retry: () => void): void {
  for (const el of doc.querySelectorAll(tag)) {
    if (customElements.get(tag) || el.hasAttribute(NOTE)) continue;
    const t = loaderMessages[langOf(el)];
    const note = doc.createElement('p');
    note.setAttribute('role', 'alert');
    note.setAttribute('part', 'load-failed');
    note.append(`${t.loadFailed} `);
    const button = doc.createElement('button');
    button.type = 'button';
    button.textContent = t.retry;
    button.addEventListener('click', () => {
      clearFailure(doc, tag);
      retry();
    });
    note.append(button);
    el.setAttribute(NOTE, '');
    el.append(note);
  }
}

/** Removes the failure notes of a tag (before a retry, or once it loaded). */
export function clearFailure(doc: Document, tag: string): void {
  for (const el of doc.querySelectorAll(`${tag}[${NOTE}]`)) {
    el.removeAttribute(NOTE);
    for (const note of el.querySelectorAll(':scope > p[part="load-failed"]')) note.remove();
  }
}
