// The CSV files are for people who open the data in a spreadsheet: they must read back to the same
// values as the JSON, in UTF-8, with quoting any RFC 4180 reader understands.
import { expect } from '@open-wc/testing';
import { parks, events } from '@sinocarte/data';
import { flattenRecord, formatSourceRef, parseCsv, parseCsvRows, toCsv } from '../../../data/csv.mjs';

/** The shipped file as bytes and as text (BOM kept), served from the repository root by the test runner. */
async function fetchCsv(name: string) {
  const response = await fetch(`/packages/data/dist/${name}.csv`);
  expect(response.ok, `dist/${name}.csv is served (run node data/build.mjs)`).to.equal(true);
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { bytes, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) };
}

/** The values a reader should find in a cell, written independently of the encoder. */
const joined = (values: readonly unknown[] | null | undefined) => (values ?? []).map(String).join(' | ');
const text = (value: unknown) => (value === null || value === undefined ? '' : String(value));

describe('csv encoder', () => {
  it('quotes commas, double quotes and line breaks, and reads them back', () => {
    const records = [
      { id: 'a', note: 'plain', list: ['x', 'y'] },
      { id: 'b', note: 'comma, "quote"\nand a line\r\nbreak', nested: { deep: { value: 1.5 } } },
      { id: 'c', note: '', flag: true },
    ];
    const csv = toCsv(records);
    expect(csv.startsWith('\uFEFFid,note,')).to.equal(true);
    expect(parseCsvRows(csv)[0]).to.have.members(['id', 'note', 'list', 'nested.deep.value', 'flag']);
    expect(csv).to.include('"comma, ""quote""\nand a line\r\nbreak"');
    expect(parseCsv(csv)).to.deep.equal([
      { id: 'a', note: 'plain', list: 'x | y', 'nested.deep.value': '', flag: '' },
      { id: 'b', note: 'comma, "quote"\nand a line\r\nbreak', list: '', 'nested.deep.value': '1.5', flag: '' },
      { id: 'c', note: '', list: '', 'nested.deep.value': '', flag: 'true' },
    ]);
  });

  it('numbers lists of objects and keeps sources and flags in one column each', () => {
    const row = flattenRecord({
      id: 'd',
      values: [{ value: 'one', source: { document: 'torch-2004', ref: '§1', lines: [22, 22] } }, { value: 'two' }],
      sources: [{ document: 'torch-2004', ref: '§4', lines: [53, 106] }],
      flags: [{ kind: 'corrected', field: 'provinceId', note: 'Misfiled.' }, { kind: 'uncertain', note: 'Maybe.' }],
    });
    expect(row).to.deep.equal({
      id: 'd',
      'values.1.value': 'one',
      'values.1.source': 'torch-2004:§1:22-22',
      'values.2.value': 'two',
      sources: 'torch-2004:§4:53-106',
      flags: 'corrected (provinceId): Misfiled. | uncertain: Maybe.',
    });
  });

  it('rejects malformed CSV instead of guessing', () => {
    expect(() => parseCsv('a,b\r\n"open,1\r\n')).to.throw(/unterminated/);
    expect(() => parseCsv('a,b\r\n1,2,3\r\n')).to.throw(/3 cells/);
    expect(() => parseCsvRows('a"b\r\n')).to.throw(/double quote/);
  });
});

for (const [name, records] of [
  ['parks', parks],
  ['events', events],
] as const) {
  describe(`dist/${name}.csv`, () => {
    it('starts with a UTF-8 byte order mark and uses CRLF line breaks', async () => {
      const { bytes, text: csv } = await fetchCsv(name);
      expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
      expect(csv.endsWith('\r\n')).to.equal(true);
    });

    it('is what the encoder makes of the shipped JSON', async () => {
      const { text: csv } = await fetchCsv(name);
      // The build orders columns by the schema's fields, which the browser does not have: take that
      // order from the file's header, so this compares everything else byte for byte.
      const keyOrder = [...new Set(parseCsvRows(csv)[0].map((column) => column.split('.')[0]))];
      expect(csv === toCsv(records, { keyOrder }), 'dist CSV and dist JSON come from the same build').to.equal(true);
    });

    it('reads back to the JSON values, one row per record', async () => {
      const rows = parseCsv((await fetchCsv(name)).text);
      expect(rows).to.have.length(records.length);
      const columns = Object.keys(rows[0]);
      rows.forEach((row, i) => {
        const expected = flattenRecord(records[i]);
        for (const column of columns) expect(row[column], `${records[i].id} ${column}`).to.equal(expected[column] ?? '');
        expect(Object.keys(expected).filter((c) => !columns.includes(c)), `${records[i].id}: columns missing`).to.deep.equal([]);
      });
    });
  });
}

describe('CSV columns a spreadsheet user relies on', () => {
  it('gives parks dotted columns for nested values and one sources column', async () => {
    const rows = parseCsv((await fetchCsv('parks')).text);
    expect(Object.keys(rows[0])).to.include.members(['id', 'name', 'provinceId', 'revenue.value', 'revenue.year', 'url.href', 'sectors.codes', 'lon', 'lat', 'sources']);
    expect(Object.keys(rows[0])).to.not.include('revenue');
    parks.forEach((park, i) => {
      const row = rows[i];
      expect(row.id).to.equal(park.id);
      expect(row.name).to.equal(park.name);
      expect(row.year).to.equal(String(park.year));
      expect(row.areaKm2).to.equal(text(park.areaKm2));
      expect(row['revenue.value']).to.equal(text(park.revenue?.value));
      expect(row['url.href']).to.equal(text(park.url?.href));
      expect(row['sectors.codes']).to.equal(joined(park.sectors?.codes));
      expect(row['sectors.phrase']).to.equal(text(park.sectors?.phrase));
      expect(Number(row.lon)).to.equal(park.lon);
      expect(Number(row.lat)).to.equal(park.lat);
      expect(row.sources).to.equal(park.sources.map((s) => `${s.document}:${s.ref}:${s.lines[0]}-${s.lines[1]}`).join(' | '));
    });
  });

  it('gives events their localized titles as title.fr and title.en', async () => {
    const rows = parseCsv((await fetchCsv('events')).text);
    events.forEach((event, i) => {
      const row = rows[i];
      expect(row.id).to.equal(event.id);
      expect(row.date).to.equal(event.date);
      expect(row.endDate).to.equal(text(event.endDate));
      expect(row.category).to.equal(event.category);
      expect(row['title.fr']).to.equal(event.title.fr);
      expect(row['title.en']).to.equal(event.title.en);
      expect(row['description.en']).to.equal(text(event.description?.en));
      expect(row.provinceIds).to.equal(joined(event.provinceIds));
      expect(row.sources).to.equal(event.sources.map(formatSourceRef).join(' | '));
    });
  });
});
