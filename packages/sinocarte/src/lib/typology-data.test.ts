import { expect } from '@open-wc/testing';
import { typology } from '@sinocarte/data/typology';
import { diagramFromTypology, pickText, validateDiagram } from './typology-data.js';

const axes = { x: { min: 'Left', max: 'Right' }, y: { min: 'Low', max: 'High' } };

describe('validateDiagram', () => {
  it('accepts a well-formed diagram unchanged', () => {
    const input = { title: 'T', axes, quadrants: [{ x: 'max', y: 'max', label: 'Q' }], items: [{ id: 'a', label: 'A', x: 0.5, y: -0.25, regions: ['CN-HB'] }] };
    const { diagram, problems } = validateDiagram(input);
    expect(problems).to.deep.equal([]);
    expect(diagram!.items).to.have.length(1);
    expect(diagram!.items[0]).to.include({ id: 'a', x: 0.5, y: -0.25, clamped: false });
    expect(diagram!.items[0].regions).to.deep.equal(['CN-HB']);
    expect(diagram!.quadrants).to.have.length(1);
  });

  it('clamps coordinates outside [-1, 1] and says so', () => {
    const { diagram, problems } = validateDiagram({ axes, items: [{ id: 'a', label: 'A', x: 3, y: -1.5 }] });
    expect(diagram!.items[0]).to.include({ x: 1, y: -1, clamped: true });
    expect(problems.map((p) => p.reason)).to.deep.equal(['clamped', 'clamped']);
    expect(problems.every((p) => p.code === 'invalid-value')).to.equal(true);
  });

  it('sets aside items with NaN or missing coordinates, or without a label, and keeps the others', () => {
    const { diagram, problems } = validateDiagram({
      axes,
      items: [
        { id: 'nan', label: 'N', x: NaN, y: 0 },
        { id: 'str', label: 'S', x: '0.5', y: 0 },
        { id: 'nolabel', x: 0, y: 0 },
        { id: 'blank', label: '  ', x: 0, y: 0 },
        null,
        { id: 'ok', label: 'OK', x: 0, y: 0 },
      ],
    });
    expect(diagram!.items.map((i) => i.id)).to.deep.equal(['ok']);
    expect(problems.map((p) => p.reason)).to.deep.equal(['not-a-number', 'not-a-number', 'no-label', 'no-label', 'bad-item']);
  });

  it('gives ids to items without one and renames duplicates', () => {
    const { diagram, problems } = validateDiagram({ axes, items: [{ label: 'A', x: 0, y: 0 }, { id: 'item-0', label: 'B', x: 0.1, y: 0 }] });
    expect(diagram!.items.map((i) => i.id)).to.deep.equal(['item-0', 'item-0-1']);
    expect(problems.map((p) => p.reason)).to.deep.equal(['duplicate-id']);
  });

  it('keeps drawing with missing axes or bad quadrants, and reports them', () => {
    const { diagram, problems } = validateDiagram({ quadrants: [{ x: 'left', y: 'max', label: 'Q' }], items: [{ label: 'A', x: 0, y: 0 }] });
    expect(diagram!.items).to.have.length(1);
    expect(diagram!.quadrants).to.deep.equal([]);
    expect(problems.map((p) => p.reason)).to.include.members(['no-axes', 'bad-quadrant']);
  });

  it('rejects what is not an object', () => {
    for (const input of [null, 42, 'x', [1, 2]]) {
      const { diagram, problems } = validateDiagram(input);
      expect(diagram).to.equal(null);
      expect(problems[0].reason).to.equal('not-an-object');
    }
  });
});

describe('pickText', () => {
  it('picks the language, falling back from zh to en to fr, and says which language it used', () => {
    expect(pickText({ fr: 'Bonjour', en: 'Hello' }, 'zh')).to.deep.equal({ text: 'Hello', lang: 'en' });
    expect(pickText({ fr: 'Bonjour' }, 'en')).to.deep.equal({ text: 'Bonjour', lang: 'fr' });
    expect(pickText('Plain', 'zh')).to.deep.equal({ text: 'Plain', lang: 'zh' });
    expect(pickText(undefined, 'fr').text).to.equal('');
  });
});

describe('diagramFromTypology', () => {
  for (const plane of ['objectives', 'coordination'] as const) {
    it(`turns the ${plane} plane into a valid general diagram with every positioned programme`, () => {
      const diagram = diagramFromTypology(typology, plane);
      const expected = typology.programmes.filter((p) => p.positions[plane]);
      expect(diagram.items.map((i) => i.id)).to.deep.equal(expected.map((p) => p.id));
      expect(diagram.quadrants).to.have.length(4);
      for (const item of diagram.items) {
        const position = typology.programmes.find((p) => p.id === item.id)!.positions[plane]!;
        expect([item.x, item.y]).to.deep.equal([position.x, position.y]);
        expect(item.regions!.length).to.be.greaterThan(0);
        expect(item.source).to.match(/§|Tableau/);
      }
      // The general validator accepts what the adapter makes.
      expect(validateDiagram(diagram).problems).to.deep.equal([]);
    });
  }
});
