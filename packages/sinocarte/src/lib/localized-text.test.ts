import { expect } from '@open-wc/testing';
import { events } from '@sinocarte/data';
import { addTextTable, hasTextTable, isLocalizable, langIfOther, pickText, withChinese } from './localized-text.js';

describe('pickText', () => {
  it('gives the text in the reader’s language when there is one', () => {
    const title = { fr: 'Création', en: 'Founding', zh: '成立' };
    expect(pickText(title, 'fr')).to.deep.equal({ text: 'Création', lang: 'fr' });
    expect(pickText(title, 'en')).to.deep.equal({ text: 'Founding', lang: 'en' });
    expect(pickText(title, 'zh')).to.deep.equal({ text: '成立', lang: 'zh' });
  });

  it('falls back to English, then to any language, and says which one it used', () => {
    expect(pickText({ fr: 'Création', en: 'Founding' }, 'zh')).to.deep.equal({ text: 'Founding', lang: 'en' });
    expect(pickText({ fr: 'Création' }, 'zh')).to.deep.equal({ text: 'Création', lang: 'fr' });
    expect(pickText({ zh: '成立' }, 'en')).to.deep.equal({ text: '成立', lang: 'zh' });
    expect(pickText({ fr: '', en: 'Founding' }, 'fr')).to.deep.equal({ text: 'Founding', lang: 'en' });
  });

  it('gives nothing for no text, without throwing on odd input', () => {
    expect(pickText(undefined, 'fr')).to.equal(undefined);
    expect(pickText(null, 'fr')).to.equal(undefined);
    expect(pickText({}, 'fr')).to.equal(undefined);
    expect(pickText({ fr: 42 } as never, 'fr')).to.equal(undefined);
    const hostile = { get fr(): string { throw new Error('no'); }, en: 'Founding' };
    expect(pickText(hostile, 'fr')).to.deep.equal({ text: 'Founding', lang: 'en' });
    expect(isLocalizable({ get fr(): string { throw new Error('no'); } })).to.equal(false);
    expect(withChinese({ get zh(): object { throw new Error('no'); } }, 'city', 'Wuhan')).to.equal('Wuhan');
  });

  it('finds a Chinese title for every bundled event', () => {
    const notChinese = events.filter((e) => pickText(e.title, 'zh')?.lang !== 'zh').map((e) => e.id);
    expect(notChinese).to.deep.equal([]);
  });
});

describe('langIfOther', () => {
  it('names the language of a text shown in another language than the reader’s, and only then', () => {
    expect(langIfOther({ text: 'Founding', lang: 'en' }, 'zh')).to.equal('en');
    expect(langIfOther({ text: '成立', lang: 'zh' }, 'zh')).to.equal(undefined);
    expect(langIfOther(undefined, 'zh')).to.equal(undefined);
  });
});

describe('isLocalizable', () => {
  it('recognises texts in our languages and nothing else', () => {
    expect(isLocalizable({ fr: 'a', en: 'b' })).to.equal(true);
    expect(isLocalizable({ zh: '成立' })).to.equal(true);
    expect(isLocalizable('Toulouse')).to.equal(false);
    expect(isLocalizable(['fr'])).to.equal(false);
    expect(isLocalizable({ de: 'x' })).to.equal(false);
    expect(isLocalizable(null)).to.equal(false);
  });
});

describe('withChinese', () => {
  it('joins a field and its form in characters, and leaves other fields alone', () => {
    const record = { chinese: { name: 'Chongqing' }, city: 'Chongqing', zh: { 'chinese.name': '重庆' } };
    expect(withChinese(record, 'chinese.name', 'Chongqing')).to.deep.equal({ fr: 'Chongqing', en: 'Chongqing', zh: '重庆' });
    expect(withChinese(record, 'city', 'Chongqing')).to.equal('Chongqing');
    expect(withChinese({ zh: 'not an object' }, 'city', 'Chongqing')).to.equal('Chongqing');
    expect(withChinese(null, 'city', 42)).to.equal(42);
    expect(withChinese({ zh: { city: '重庆' } }, 'city', null), 'no text, nothing to translate').to.equal(null);
  });

  it('takes the Chinese form of a bundled record from the Chinese table, keyed by the field and its value', () => {
    // The elements' copies of the records carry no `zh` forms: they come with the Chinese table (data/texts.mjs).
    const park = { id: 'p', name: 'Testpark', city: 'Testcity' };
    expect(withChinese(park, 'name', 'Testpark'), 'before the table').to.equal('Testpark');
    addTextTable('zh', { 'name\u0000Testpark': '测试园区', Ailleurs: '别处' });
    expect(withChinese(park, 'name', 'Testpark')).to.deep.equal({ fr: 'Testpark', en: 'Testpark', zh: '测试园区' });
    expect(withChinese(park, 'city', 'Testcity'), 'no form for this field and value').to.equal('Testcity');
    expect(withChinese({ zh: { name: '自己的' } }, 'name', 'Testpark'), 'a record’s own form first').to.deep.equal({ fr: 'Testpark', en: 'Testpark', zh: '自己的' });
  });

  it('gives the same object for the same pair when given a cache', () => {
    const cache = new Map();
    const a = withChinese({ zh: { city: '重庆' } }, 'city', 'Chongqing', cache);
    expect(withChinese({ zh: { city: '重庆' } }, 'city', 'Chongqing', cache)).to.equal(a);
    expect(withChinese({ zh: { city: '成都' } }, 'city', 'Chengdu', cache)).to.not.equal(a);
    expect(cache.size).to.equal(2);
  });

});

describe('addTextTable', () => {
  it('lets pickText translate a French text once its language’s table is added (the elements fetch it; this module never does)', () => {
    const record = { fr: 'Texte d’essai sans traduction' };
    expect(pickText(record, 'en')).to.deep.equal({ text: 'Texte d’essai sans traduction', lang: 'fr' });
    expect(hasTextTable('en')).to.equal(false);
    addTextTable('en', { 'Texte d’essai sans traduction': 'A test text' });
    expect(hasTextTable('en')).to.equal(true);
    expect(pickText(record, 'en')).to.deep.equal({ text: 'A test text', lang: 'en' });
  });
});
