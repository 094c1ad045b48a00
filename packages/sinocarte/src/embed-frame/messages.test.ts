import { expect } from '@open-wc/testing';
import { MAX_HEIGHT, parseFrameMessage, parseHostMessage } from './messages.js';

describe('embed messages', () => {
  it('reads a resize message and rounds the height up to a whole pixel', () => {
    expect(parseFrameMessage({ type: 'sinocarte:resize', version: 1, id: 'map', height: 640.2 })).to.deep.equal({
      type: 'sinocarte:resize',
      version: 1,
      id: 'map',
      height: 641,
    });
    expect(parseFrameMessage({ type: 'sinocarte:resize', version: 1, id: '', height: 0 })).to.have.property('height', 0);
  });

  it('rejects anything that is not exactly a message of version 1', () => {
    const good = { type: 'sinocarte:resize', version: 1, id: 'map', height: 300 };
    const bad: unknown[] = [
      null,
      'sinocarte:resize',
      [good],
      { ...good, version: 2 },
      { ...good, version: '1' },
      { ...good, type: 'sinocarte:other' },
      { ...good, type: 'iframe-resizer' },
      { ...good, height: '300' },
      { ...good, height: -1 },
      { ...good, height: Number.NaN },
      { ...good, height: Number.POSITIVE_INFINITY },
      { ...good, height: MAX_HEIGHT + 1 },
      { ...good, id: 'a b' },
      { ...good, id: 'x'.repeat(65) },
      { ...good, id: 7 },
    ];
    for (const message of bad) expect(parseFrameMessage(message), JSON.stringify(message)).to.equal(null);
  });

  it('reads a select message, cleared selections included, and checks its fields', () => {
    const good = { type: 'sinocarte:select', version: 1, id: 'map', kind: 'province', selected: 'CN-HB' };
    expect(parseFrameMessage(good)).to.deep.equal(good);
    expect(parseFrameMessage({ ...good, selected: null })).to.have.property('selected', null);
    expect(parseFrameMessage({ ...good, kind: 'programme', regions: ['CN-HB', 'CN-SC'] })).to.have.deep.property('regions', ['CN-HB', 'CN-SC']);
    expect(parseFrameMessage({ ...good, kind: 'planet' })).to.equal(null);
    expect(parseFrameMessage({ ...good, selected: '<img src=x>' })).to.equal(null);
    expect(parseFrameMessage({ ...good, regions: 'CN-HB' })).to.equal(null);
    expect(parseFrameMessage({ ...good, regions: [1] })).to.equal(null);
  });

  it('reads the host’s acknowledgement and nothing else', () => {
    expect(parseHostMessage({ type: 'sinocarte:ack', version: 1, id: 'map' })).to.deep.equal({ type: 'sinocarte:ack', version: 1, id: 'map' });
    expect(parseHostMessage({ type: 'sinocarte:ack', version: 2, id: 'map' })).to.equal(null);
    expect(parseHostMessage({ type: 'sinocarte:resize', version: 1, id: 'map', height: 1 })).to.equal(null);
  });

  it('reads the host’s hello (a request for the height) and nothing looser', () => {
    expect(parseHostMessage({ type: 'sinocarte:hello', version: 1 })).to.deep.equal({ type: 'sinocarte:hello', version: 1 });
    expect(parseHostMessage({ type: 'sinocarte:hello', version: 2 })).to.equal(null);
    expect(parseHostMessage({ type: 'sinocarte:hello' })).to.equal(null);
    expect(parseHostMessage('sinocarte:hello')).to.equal(null);
  });
});
