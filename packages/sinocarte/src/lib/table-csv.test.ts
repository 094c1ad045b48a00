import { expect } from '@open-wc/testing';
import { csvField, csvParts, toCSV, toTSV } from './table-csv.js';

describe('table-csv', () => {
  it('writes RFC 4180 CSV with a BOM and CRLF', () => {
    const text = toCSV(['Parc', 'Surface'], [['Xi’an', 17.5], ['Say "hi", ok', null]], { layout: 'international' });
    expect(text).to.equal('\uFEFFParc,Surface\r\nXi’an,17.5\r\n"Say ""hi"", ok",\r\n');
  });

  it('uses ; and a decimal comma in the French layout, quoting only what needs it', () => {
    const text = toCSV(['a', 'b'], [['x, y', 1.5], ['p;q', -2]], { layout: 'french' });
    // Either separator is quoted in either layout: a reader that splits on the other one keeps the cell whole.
    expect(text).to.equal('\uFEFFa;b\r\n"x, y";1,5\r\n"p;q";-2\r\n');
  });

  it('defuses spreadsheet formulas in text cells but not negative numbers', () => {
    expect(csvField('=HYPERLINK("x")', { layout: 'international' })).to.equal('"\'=HYPERLINK(""x"")"');
    expect(csvField('@cmd', { layout: 'international' })).to.equal("'@cmd");
    expect(csvField(-3.5, { layout: 'international' })).to.equal('-3.5');
  });

  it('writes TSV without quotes, tabs and line breaks inside cells turned into spaces', () => {
    expect(toTSV(['a', 'b'], [['x\ty', 2.5], ['line\nbreak', null]], { layout: 'french' })).to.equal('a\tb\nx y\t2,5\nline break\t\n');
  });
  it('csvParts writes the same document as toCSV, in parts, and stops when aborted', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => [`r${i}`, i % 2 ? '=cmd' : 'a, b', i / 3]);
    let pauses = 0;
    const pause = () => ((pauses += 1), Promise.resolve());
    for (const layout of ['french', 'international'] as const) {
      const parts = await csvParts(['id', 'text', 'n'], rows, { layout, pause });
      expect(parts.join('')).to.equal(toCSV(['id', 'text', 'n'], rows, { layout }));
    }
    expect(pauses, 'no pause for a small file written in well under a slice').to.be.at.most(2);
    const abort = new AbortController();
    abort.abort(new Error('stop'));
    let error: unknown;
    await csvParts(['id'], [['a']], { layout: 'french', signal: abort.signal }).catch((e: unknown) => (error = e));
    expect((error as Error)?.message).to.equal('stop');
  });
});
