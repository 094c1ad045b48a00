import type { TableColumn } from '../lib/table-columns.js';

/**
 * Column presets of `<sino-park-table>`: the same element shows the parks, the partnerships or the offices.
 * A host can start from one and change it: `table.columns = presets.parks.filter((c) => c.key !== 'url')`.
 */

export const parkColumns: readonly TableColumn[] = [
  { key: 'name', label: { fr: 'Parc', en: 'Park', zh: '园区' }, type: 'text', rowHeader: true },
  { key: 'provinceId', label: { fr: 'Région', en: 'Region', zh: '地区' }, type: 'region' },
  { key: 'city', label: { fr: 'Ville', en: 'City', zh: '城市' }, type: 'text' },
  { key: 'year', label: { fr: 'Création', en: 'Founded', zh: '设立年份' }, type: 'year', filterable: true },
  { key: 'areaKm2', label: { fr: 'Superficie (km²)', en: 'Area (km²)', zh: '面积（平方公里）' }, type: 'number', format: 'number' },
  {
    key: 'revenue',
    label: { fr: 'Chiffre d’affaires (Md ¥)', en: 'Revenue (bn ¥)', zh: '营业收入（十亿元）' },
    type: 'number',
    format: 'revenue',
    referenceYear: 2002,
  },
  { key: 'sectors', label: { fr: 'Secteurs', en: 'Sectors', zh: '产业领域' }, type: 'tags', format: 'sectors', filterable: true },
  { key: 'url', label: { fr: 'Site web (2004)', en: 'Website (2004)', zh: '网站（2004年）' }, type: 'url', historical: true },
];

const partnershipKinds = {
  jumelage: { fr: 'Jumelage', en: 'Twinning', zh: '友好城市' },
  'cooperation-agreement': { fr: 'Accord de coopération', en: 'Cooperation agreement', zh: '合作协议' },
  friendship: { fr: 'Amitié', en: 'Friendship', zh: '友好关系' },
  'sister-parks': { fr: 'Parcs jumeaux', en: 'Sister parks', zh: '姊妹园区' },
  other: { fr: 'Autre', en: 'Other', zh: '其他' },
};
const frenchLevels = {
  region: { fr: 'Région', en: 'Region', zh: '大区' },
  departement: { fr: 'Département', en: 'Département', zh: '省' },
  commune: { fr: 'Commune', en: 'Municipality', zh: '市镇' },
  intercommunalite: { fr: 'Intercommunalité', en: 'Inter-municipal body', zh: '市镇联合体' },
  other: { fr: 'Autre', en: 'Other', zh: '其他' },
};
const partnershipStatuses = {
  active: { fr: 'Active', en: 'Active', zh: '进行中' },
  planned: { fr: 'En projet', en: 'Planned', zh: '筹备中' },
  'under-review': { fr: 'En réexamen', en: 'Under review', zh: '审议中' },
  ended: { fr: 'Terminée', en: 'Ended', zh: '已结束' },
};
const themes = {
  economy: { fr: 'Économie', en: 'Economy', zh: '经济' },
  innovation: { fr: 'Innovation', en: 'Innovation', zh: '创新' },
  research: { fr: 'Recherche', en: 'Research', zh: '科研' },
  'higher-education': { fr: 'Enseignement supérieur', en: 'Higher education', zh: '高等教育' },
  education: { fr: 'Éducation', en: 'Education', zh: '教育' },
  training: { fr: 'Formation', en: 'Training', zh: '培训' },
  culture: { fr: 'Culture', en: 'Culture', zh: '文化' },
  tourism: { fr: 'Tourisme', en: 'Tourism', zh: '旅游' },
  sport: { fr: 'Sport', en: 'Sport', zh: '体育' },
  health: { fr: 'Santé', en: 'Health', zh: '卫生' },
  environment: { fr: 'Environnement', en: 'Environment', zh: '环境' },
  'urban-development': { fr: 'Développement urbain', en: 'Urban development', zh: '城市发展' },
  agriculture: { fr: 'Agriculture', en: 'Agriculture', zh: '农业' },
  maritime: { fr: 'Mer', en: 'Maritime', zh: '海洋' },
  institutional: { fr: 'Institutionnel', en: 'Institutional', zh: '机构合作' },
  security: { fr: 'Sécurité', en: 'Security', zh: '安全' },
};

export const partnershipColumns: readonly TableColumn[] = [
  { key: 'french.name', label: { fr: 'Collectivité française', en: 'French authority', zh: '法方地方政府' }, type: 'text', rowHeader: true },
  { key: 'french.level', label: { fr: 'Niveau', en: 'Level', zh: '级别' }, type: 'text', labels: frenchLevels },
  { key: 'chinese.name', label: { fr: 'Partenaire chinois', en: 'Chinese partner', zh: '中方伙伴' }, type: 'text' },
  { key: 'chinese.provinceId', label: { fr: 'Région', en: 'Region', zh: '地区' }, type: 'region' },
  { key: 'date', label: { fr: 'Depuis', en: 'Since', zh: '起始' }, type: 'date' },
  { key: 'kind', label: { fr: 'Nature', en: 'Kind', zh: '性质' }, type: 'text', labels: partnershipKinds },
  { key: 'themes', label: { fr: 'Thèmes', en: 'Themes', zh: '合作领域' }, type: 'tags', labels: themes },
  { key: 'status', label: { fr: 'État (2011)', en: 'Status (2011)', zh: '状态（2011年）' }, type: 'text', labels: partnershipStatuses },
];

const officeTypes = {
  'economic-office': { fr: 'Bureau économique', en: 'Business office', zh: '经济办事处' },
  representation: { fr: 'Représentation', en: 'Representation', zh: '代表处' },
  house: { fr: 'Maison', en: '“Maison”', zh: '之家' },
  'vie-post': { fr: 'Poste de VIE', en: 'VIE post', zh: '国际志愿者岗位' },
  other: { fr: 'Autre', en: 'Other', zh: '其他' },
};
const officeStatuses = {
  current: { fr: 'Ouvert', en: 'Open', zh: '运营中' },
  historical: { fr: 'Fermé', en: 'Closed', zh: '已关闭' },
  planned: { fr: 'En projet', en: 'Planned', zh: '筹备中' },
};

export const officeColumns: readonly TableColumn[] = [
  { key: 'collectivity', label: { fr: 'Collectivité', en: 'Authority', zh: '地方政府' }, type: 'text', rowHeader: true },
  { key: 'city', label: { fr: 'Ville', en: 'City', zh: '城市' }, type: 'text' },
  { key: 'provinceId', label: { fr: 'Région', en: 'Region', zh: '地区' }, type: 'region' },
  { key: 'partner', label: { fr: 'Partenaire', en: 'Partner', zh: '合作伙伴' }, type: 'text' },
  { key: 'type', label: { fr: 'Type', en: 'Type', zh: '类型' }, type: 'text', labels: officeTypes },
  { key: 'staff', label: { fr: 'Effectif', en: 'Staff', zh: '人员' }, type: 'text' },
  { key: 'period', label: { fr: 'Période', en: 'Period', zh: '时期' }, type: 'date', format: 'period' },
  { key: 'status', label: { fr: 'État (2011)', en: 'Status (2011)', zh: '状态（2011年）' }, type: 'text', labels: officeStatuses },
];

export type PresetName = 'parks' | 'partnerships' | 'offices';

/** The named presets: `table.columns = presets.partnerships`. */
export const presets: Readonly<Record<PresetName, readonly TableColumn[]>> = {
  parks: parkColumns,
  partnerships: partnershipColumns,
  offices: officeColumns,
};
