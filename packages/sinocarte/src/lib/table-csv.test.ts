import { expect } from '@open-wc/testing';
import { csvField, toCSV, toTSV } from './table-csv.js';

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
});
