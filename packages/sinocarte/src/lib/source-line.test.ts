import { expect } from '@open-wc/testing';
import { documents } from '@sinocarte/data/documents';
import { parks } from '@sinocarte/data/parks';
import { partnerships } from '@sinocarte/data/partnerships';
import { creditsOf, formatSourceLine, shortPublisher, type SourceLineWords } from './source-line.js';

const FR: SourceLineWords = { one: 'Source\u00a0: {list}', other: 'Sources\u00a0: {list}', separator: '\u00a0; ' };
const EN: SourceLineWords = { one: 'Source: {list}', other: 'Sources: {list}', separator: '; ' };

describe('shortPublisher', () => {
  it('keeps the body that published, without its department, series or notes', () => {
    expect(shortPublisher('Ambassade de France en Chine, Service scientifique (série « Cartographie »)')).to.equal('Ambassade de France en Chine');
    expect(shortPublisher('Sophia Antipolis (blog)')).to.equal('Sophia Antipolis');
    expect(shortPublisher('CGTN')).to.equal('CGTN');
  });
});

describe('creditsOf and formatSourceLine', () => {
  it('credits the TORCH parks to the embassy, 2004', () => {
    expect(formatSourceLine(creditsOf(parks, documents), FR)).to.equal('Source\u00a0: Ambassade de France en Chine, 2004');
    expect(formatSourceLine(creditsOf(parks.slice(0, 3), documents), EN)).to.equal('Source: Ambassade de France en Chine, 2004');
  });

  it('lists several documents, the most cited first, each once, and leaves out the year of an undated one', () => {
    const docs = [
      { id: 'a', publisher: 'Ministère, DGM', date: '2011' },
      { id: 'b', publisher: 'Blog (notes)' },
      { id: 'c', publisher: 'Never cited', date: '1999' },
    ];
    const records = [{ sources: [{ document: 'b' }] }, { sources: [{ document: 'a' }, { document: 'a' }] }, { sources: [{ document: 'a' }] }];
    expect(creditsOf(records, docs)).to.deep.equal([
      { publisher: 'Ministère', year: 2011 },
      { publisher: 'Blog', year: null },
    ]);
    expect(formatSourceLine(creditsOf(records, docs), EN)).to.equal('Sources: Ministère, 2011; Blog');
  });

  it('names the 2011 evaluation for the partnerships', () => {
    expect(formatSourceLine(creditsOf(partnerships, documents), EN)).to.contain('Ministère des Affaires étrangères et européennes, 2011');
  });

  it('says nothing for records without sources, bad sources or no records', () => {
    expect(creditsOf([{ name: 'own row' }, null, 7, { sources: 'x' }, { sources: [null, { document: 3 }] }], documents)).to.deep.equal([]);
    expect(formatSourceLine([], FR)).to.equal('');
  });
});
