import { expect } from '@open-wc/testing';
import { forEachReadable, ownValue, readDate, readField, readList, readNumber, readPath, readText, UNREADABLE } from './read.js';

const throwing = () =>
  Object.defineProperty({ ok: 1 }, 'bad', {
    enumerable: true,
    get() {
      throw new Error('getter');
    },
  });

describe('read (host values)', () => {
  it('reads text, numbers and dates of the right type only, whatever is passed', () => {
    const odd = [Object.create(null), Symbol('s'), 10n, NaN, Infinity, null, undefined, [], {}];
    for (const v of odd) {
      expect(readText(v)).to.equal(null);
      expect(readNumber(v)).to.equal(null);
      expect(readDate(v)).to.equal(null);
    }
    expect(readText('a')).to.equal('a');
    expect(readNumber(-2.5)).to.equal(-2.5);
    expect(readDate('1988-05')).to.equal('1988-05');
    expect(readDate(1988)).to.equal('1988');
  });

  it('turns a throwing getter or Proxy trap into UNREADABLE', () => {
    expect(readField(throwing(), 'bad')).to.equal(UNREADABLE);
    expect(readField(throwing(), 'ok')).to.equal(1);
    const proxy = new Proxy({}, { get: () => { throw new Error('trap'); } });
    expect(readField(proxy, 'x')).to.equal(UNREADABLE);
    expect(readPath({ a: throwing() }, ['a', 'bad'])).to.equal(UNREADABLE);
    expect(readPath({ a: { b: 2 } }, ['a', 'b'])).to.equal(2);
  });

  it('never reads through Object.prototype', () => {
    const labels = { jumelage: 'Jumelage' };
    for (const key of ['toString', 'constructor', '__proto__', 'hasOwnProperty']) {
      expect(ownValue(labels, key), key).to.equal(undefined);
      expect(readPath({}, [key]), key).to.equal(undefined);
    }
    expect(ownValue(labels, 'jumelage')).to.equal('Jumelage');
    expect(readPath(JSON.parse('{"constructor":"own"}'), ['constructor'])).to.equal('own');
  });

  it('copies a host list, an unreadable item or length included', () => {
    expect(readList('abc')).to.equal(null);
    expect(readList({ length: 1 })).to.equal(null);
    const items = [1, 2, 3];
    const proxy = new Proxy(items, { get: (t, k) => (k === '1' ? (() => { throw new Error('item'); })() : Reflect.get(t, k)) });
    expect(readList(proxy)).to.deep.equal([1, UNREADABLE, 3]);
    expect(readList(new Proxy([], { get: (t, k) => (k === 'length' ? (() => { throw new Error('length'); })() : Reflect.get(t, k)) }))).to.equal(UNREADABLE);
    expect(readList(new Proxy([], { get: (t, k) => (k === 'length' ? 1e12 : Reflect.get(t, k)) }))).to.equal(UNREADABLE);
    const { proxy: revocable, revoke } = Proxy.revocable([], {});
    revoke();
    expect(readList(revocable)).to.equal(UNREADABLE);
  });

  it('keeps the readable items of a list and counts the others', () => {
    const kept: unknown[] = [];
    const lost: number[] = [];
    forEachReadable([1, UNREADABLE, throwing(), 4], (item) => kept.push(typeof item === 'object' ? (item as Record<string, unknown>).bad : item), (i) => lost.push(i));
    expect(kept).to.deep.equal([1, 4]);
    expect(lost).to.deep.equal([1, 2]);
  });
});
