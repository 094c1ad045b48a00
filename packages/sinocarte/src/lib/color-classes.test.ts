import { expect } from '@open-wc/testing';
import { buildClasses, classify, rampStep } from './color-classes.js';

describe('color classes', () => {
  it('gives each distinct value its own class when there are few', () => {
    expect(buildClasses([0, 1, 2, 2, 3, null])).to.deep.equal([
      { min: 1, max: 1 },
      { min: 2, max: 2 },
      { min: 3, max: 3 },
    ]);
  });

  it('splits many values into quantile classes without splitting equal values', () => {
    const classes = buildClasses([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 10, 10], 3);
    expect(classes).to.have.length(3);
    expect(classes[0].min).to.equal(1);
    expect(classes[classes.length - 1].max).to.equal(10);
    // The three 10s stay in one class.
    expect(classes.filter((c) => c.min <= 10 && c.max >= 10)).to.have.length(1);
    for (let i = 1; i < classes.length; i++) expect(classes[i].min).to.be.greaterThan(classes[i - 1].max);
  });

  it('ignores zero, negative, NaN and missing values when building classes', () => {
    expect(buildClasses([0, -3, NaN, undefined, null])).to.deep.equal([]);
  });

  it('tells zero from no data', () => {
    const classes = buildClasses([1, 5]);
    expect(classify(0, classes)).to.equal('zero');
    expect(classify(null, classes)).to.equal('nodata');
    expect(classify(NaN, classes)).to.equal('nodata');
    expect(classify(-1, classes)).to.equal('nodata');
    expect(classify(1, classes)).to.equal(0);
    expect(classify(5, classes)).to.equal(1);
    expect(classify(50, classes)).to.equal(1);
  });

  it('spreads few classes over the whole ramp', () => {
    expect([0, 1].map((i) => rampStep(i, 2))).to.deep.equal([0, 4]);
    expect([0, 1, 2, 3, 4].map((i) => rampStep(i, 5))).to.deep.equal([0, 1, 2, 3, 4]);
    expect(rampStep(0, 1)).to.equal(4);
  });
});
