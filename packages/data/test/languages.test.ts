// Chinese for what a reader sees, and honesty about it: every data title has a Chinese text, every record
// whose Chinese is the project's own translation says so (flag `translated`), and the offices' staff is
// counts and roles with a phrase in each language, not one English string shown on French pages.
import { expect } from '@open-wc/testing';
import { documents, events, figureSeries, offices, parks, partnerships, recommendations, sectors, typology, provinceInnovation, regionGroups } from '@sinocarte/data';
import { allDatasets, eachObject, listed, type Node } from './helpers.js';

/** Ids (or paths) of the items whose `text` has no Chinese. */
const withoutZh = (items: readonly { id: string }[], text: (item: never) => { zh?: string } | undefined) =>
  items.filter((item) => !text(item as never)?.zh).map((item) => item.id);

describe('Chinese text', () => {
  it('has a Chinese title for every event, recommendation, programme, coordination type, series and document', () => {
    const missing = [
      ...withoutZh(events, (e: (typeof events)[number]) => e.title),
      ...withoutZh(recommendations, (r: (typeof recommendations)[number]) => r.title),
      ...withoutZh(typology.programmes, (p: (typeof typology.programmes)[number]) => p.label),
      ...withoutZh(typology.coordinationTypes, (c: (typeof typology.coordinationTypes)[number]) => c.label),
      ...withoutZh(figureSeries, (s: (typeof figureSeries)[number]) => s.label),
      ...withoutZh(documents, (d: (typeof documents)[number]) => d.translatedTitle),
      ...withoutZh(sectors, (s: (typeof sectors)[number]) => s.label),
      ...withoutZh(regionGroups, (g: (typeof regionGroups)[number]) => g.name),
    ];
    expect(missing, listed(missing)).to.deep.equal([]);
  });

  it('has Chinese for every event description, specialisation, metric label and typology example', () => {
    const missing = [
      ...events.filter((e) => e.description && !e.description.zh).map((e) => `${e.id}.description`),
      ...provinceInnovation.flatMap((r) =>
        r.specializations.flatMap((s, i) => [!s.label.zh && `${r.id}.specializations[${i}]`, s.metric && !s.metric.label.zh && `${r.id}.specializations[${i}].metric`]),
      ),
      ...typology.coordinationTypes.flatMap((c) => c.examples.filter((x) => !x.label.zh).map((x) => `${c.id}: ${x.label.en}`)),
      ...typology.programmes.filter((p) => !p.description.zh).map((p) => `${p.id}.description`),
    ].filter((x): x is string => typeof x === 'string');
    expect(missing, listed(missing)).to.deep.equal([]);
  });

  it('writes parks, and every Chinese partner the sources name, in characters beside the pinyin', () => {
    const han = /^[\p{Script=Han}（）()，、A-Z ]+$/u;
    const problems = [
      ...parks.filter((p) => !p.zh || !han.test(p.zh.name) || !han.test(p.zh.city)).map((p) => p.id),
      ...partnerships.filter((p) => p.chinese.name && !/\p{Script=Han}/u.test(p.zh?.['chinese.name'] ?? '')).map((p) => p.id),
      ...offices.filter((o) => (o.partner && !o.zh?.partner) || (o.city && !o.zh?.city)).map((o) => o.id),
    ];
    expect(problems, listed(problems)).to.deep.equal([]);
  });

  it('flags every record whose Chinese is the project’s translation', () => {
    // Region names are the divisions' own official names, not translations.
    const unflagged: string[] = [];
    const hasZh = (node: unknown): boolean =>
      Array.isArray(node) ? node.some(hasZh) : !!node && typeof node === 'object' && Object.entries(node).some(([k, v]) => (k === 'zh' && !!v) || (k !== 'sources' && k !== 'flags' && hasZh(v)));
    for (const [name, dataset] of Object.entries({ ...allDatasets })) {
      if (name === 'regions') continue;
      eachObject(dataset, name, (node: Node, path) => {
        if (!Array.isArray(node.sources) || !hasZh({ ...node, sources: undefined })) return;
        const flags = (node.flags ?? []) as { kind: string }[];
        if (!flags.some((f) => f.kind === 'translated')) unflagged.push(path);
      });
    }
    expect(unflagged, listed(unflagged)).to.deep.equal([]);
  });
});

describe('office staff', () => {
  it('gives counts and roles, and a phrase in each language that states those counts', () => {
    const problems: string[] = [];
    for (const office of offices) {
      if (!office.staff) continue;
      const { members, label } = office.staff;
      for (const lang of ['fr', 'en', 'zh'] as const) {
        const counts = members.map((m) => String(m.count));
        const total = String(members.reduce((n, m) => n + m.count, 0));
        if (!counts.every((c) => label[lang].includes(c)) && !label[lang].includes(total)) problems.push(`${office.id}.staff.label.${lang}: “${label[lang]}”`);
      }
      // The French table once showed "3 people", "1 intern…": English words in a French phrase.
      if (/\b(people|employees?|intern|staff|full-time)\b/i.test(label.fr)) problems.push(`${office.id}.staff.label.fr is English: “${label.fr}”`);
    }
    expect(problems, listed(problems)).to.deep.equal([]);
    expect(offices.filter((o) => o.staff).length).to.be.at.least(13);
  });
});
