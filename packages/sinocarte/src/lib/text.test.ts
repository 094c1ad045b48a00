import { expect } from '@open-wc/testing';
import { asText, clip } from './text.js';

describe('asText', () => {
  it('turns whatever a host passes into text, without throwing', () => {
    expect(asText('CN-HB')).to.equal('CN-HB');
    expect(asText(1990)).to.equal('1990');
    expect(asText(null)).to.equal('');
    expect(asText(undefined)).to.equal('');
    expect(asText(['CN-HB', 'CN-SC'])).to.equal('CN-HB,CN-SC');
    expect(asText(Object.create(null))).to.equal('');
  });
});

describe('clip', () => {
  it('shortens long values with an ellipsis and leaves short ones alone', () => {
    expect(clip('gdp')).to.equal('gdp');
    const long = 'x'.repeat(10_000);
    expect(clip(long)).to.have.length(60);
    expect(clip(long).endsWith('…')).to.equal(true);
  });
});
