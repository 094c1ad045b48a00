/**
 * Minifies the text of Lit `css` tagged templates at build time: the CSS of every element is written
 * readable in `*.styles.ts`, and bundlers never touch what sits inside a template literal.
 *
 * Safe by construction rather than clever: comments go, runs of whitespace become one space, and the
 * space around `{ } ; , >` and after `:` goes. Quoted strings are copied as they are. A space before `:`
 * is kept (`.a :focus` and `.a:focus` are different selectors), and so are the spaces inside `calc()`.
 * No dependency on Node, so the browser tests can import it.
 */

/** Minifies one CSS text. */
export function minifyCss(text) {
  const strings = [];
  let out = '';
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i];
    if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? n : end + 2;
      out += ' ';
      continue;
    }
    if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < n && text[j] !== c) j += text[j] === '\\' ? 2 : 1;
      // Set aside, so that nothing below touches what is inside quotes.
      strings.push(text.slice(i, j + 1));
      out += `\u0000${strings.length - 1}\u0000`;
      i = j + 1;
      continue;
    }
    out += /\s/.test(c) ? ' ' : c;
    i++;
  }
  return out
    .replace(/ +/g, ' ')
    .replace(/ ?([{};,>]) ?/g, '$1')
    .replace(/: /g, ':')
    .replace(/;}/g, '}')
    .trim()
    .replace(/\u0000(\d+)\u0000/g, (_, k) => strings[Number(k)]);
}

/**
 * Rewrites every `css\`…\`` literal without interpolation in a module's source (escaped backticks
 * inside are fine). Literals holding `${…}` are left alone (none of ours do; minifying around holes is where such
 * tools break).
 */
export function minifyCssLiterals(source) {
  return source.replace(/\bcss`((?:[^`$\\]|\\[\s\S])*)`/g, (_, body) => 'css`' + minifyCss(body) + '`');
}

/** The Vite plugin: runs before TypeScript is stripped, on the element sources only. */
export function cssLiteralsPlugin() {
  return {
    name: 'sinocarte:minify-css-literals',
    enforce: 'pre',
    transform(code, id) {
      if (!/packages\/sinocarte\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      return { code: minifyCssLiterals(code), map: null };
    },
  };
}
