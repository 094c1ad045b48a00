/**
 * Minifies the markup of Lit `html` and `svg` tagged templates at build time: templates are written indented
 * in the sources, and bundlers never touch what sits inside a template literal.
 *
 * Safe by construction rather than clever, so that nothing renders differently:
 * - between tags (text), a run of whitespace that holds a line break becomes one space (the browser collapses
 *   it to one space anyway; a space between two inline elements stays a space); other text is kept as it is;
 * - inside a tag, between attributes, a run of whitespace becomes one space, and goes before `>` and `/>`;
 * - quoted attribute values, comments and the content of `pre`, `textarea`, `style`, `script` and `title`
 *   are copied as they are.
 * The template's pieces between `${…}` are read as one text (an expression never changes where we are: in a
 * tag, in quotes or in text), and each piece keeps its place, so Lit finds its bindings where they were.
 * No dependency on Node in the functions the browser tests import; the Vite plugin loads TypeScript's parser
 * only when it runs.
 */

const RAW = new Set(['pre', 'textarea', 'style', 'script', 'title']);
const isSpace = (c) => c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\f';

/** Minifies the literal pieces of one template (the texts between its `${…}`), as written in the source. */
export function minifyHtmlParts(parts) {
  let state = 'text';
  let quote = '';
  let tagName = '';
  let rawName = '';
  return parts.map((part) => {
    let out = '';
    let i = 0;
    const n = part.length;
    while (i < n) {
      const c = part[i];
      if (state === 'text') {
        if (isSpace(c)) {
          let j = i;
          while (j < n && isSpace(part[j])) j++;
          const run = part.slice(i, j);
          out += run.includes('\n') ? ' ' : run;
          i = j;
          continue;
        }
        if (c === '<' && part.startsWith('<!--', i)) {
          const end = part.indexOf('-->', i + 4);
          // A comment that spans an expression is copied as it is, to its end.
          const stop = end < 0 ? n : end + 3;
          out += part.slice(i, stop);
          if (end < 0) state = 'comment';
          i = stop;
          continue;
        }
        if (c === '<' && /[a-zA-Z/]/.test(part[i + 1] ?? '')) {
          const name = /^<\/?([a-zA-Z][\w-]*)/.exec(part.slice(i));
          tagName = name && part[i + 1] !== '/' ? name[1].toLowerCase() : '';
          state = 'tag';
          out += c;
          i++;
          continue;
        }
        out += c;
        i++;
        continue;
      }
      if (state === 'tag') {
        if (isSpace(c)) {
          let j = i;
          while (j < n && isSpace(part[j])) j++;
          // Before `>` or `/>` (in this piece) nothing is needed; elsewhere one space separates attributes.
          if (part[j] !== '>' && !part.startsWith('/>', j)) out += ' ';
          i = j;
          continue;
        }
        if (c === '"' || c === "'") {
          state = 'quote';
          quote = c;
        } else if (c === '>') {
          if (RAW.has(tagName)) {
            state = 'raw';
            rawName = tagName;
          } else state = 'text';
        }
        out += c;
        i++;
        continue;
      }
      if (state === 'quote') {
        const end = part.indexOf(quote, i);
        const stop = end < 0 ? n : end + 1;
        out += part.slice(i, stop);
        if (end >= 0) state = 'tag';
        i = stop;
        continue;
      }
      if (state === 'comment') {
        const end = part.indexOf('-->', i);
        const stop = end < 0 ? n : end + 3;
        out += part.slice(i, stop);
        if (end >= 0) state = 'text';
        i = stop;
        continue;
      }
      // Raw text: as it is, up to the closing tag.
      const close = part.toLowerCase().indexOf(`</${rawName}`, i);
      const stop = close < 0 ? n : close;
      out += part.slice(i, stop);
      if (close >= 0) {
        state = 'text';
        rawName = '';
      }
      i = stop;
    }
    return out;
  });
}

/**
 * Rewrites every `html`…`` and `svg`…`` template of a module (TypeScript or JavaScript source), found with
 * TypeScript's parser (`ts`, passed in). Returns the new source, or null when nothing changed.
 */
export function minifyHtmlLiterals(source, ts, fileName = 'module.ts') {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, fileName.endsWith('.ts') ? ts.ScriptKind.TS : ts.ScriptKind.JS);
  const edits = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && (node.tag.text === 'html' || node.tag.text === 'svg')) {
      const t = node.template;
      // [start, end) of each literal piece's text, between the backticks, `}` and `${`.
      const spans = ts.isNoSubstitutionTemplateLiteral(t)
        ? [[t.getStart() + 1, t.end - 1]]
        : [[t.head.getStart() + 1, t.head.end - 2], ...t.templateSpans.map((s) => [s.literal.getStart() + 1, s.literal.end - (ts.isTemplateTail(s.literal) ? 1 : 2)])];
      const minified = minifyHtmlParts(spans.map(([a, b]) => source.slice(a, b)));
      spans.forEach(([a, b], k) => edits.push([a, b, minified[k]]));
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  if (!edits.length) return null;
  edits.sort((x, y) => y[0] - x[0]);
  let out = source;
  for (const [a, b, text] of edits) out = out.slice(0, a) + text + out.slice(b);
  return out === source ? null : out;
}

/** The Vite plugin: runs before TypeScript is stripped, on the element sources only. */
export function htmlLiteralsPlugin() {
  let ts;
  return {
    name: 'sinocarte:minify-html-literals',
    enforce: 'pre',
    async transform(code, id) {
      if (!/packages\/sinocarte\/src\/.*\.ts$/.test(id) || id.endsWith('.test.ts') || !/\b(html|svg)`/.test(code)) return null;
      ts ??= (await import('typescript')).default;
      const out = minifyHtmlLiterals(code, ts, id);
      return out === null ? null : { code: out, map: null };
    },
  };
}
