import type { Lang } from '../internal/i18n.js';

/** Every UI string of the map, in every language: a missing key is a type error. */
export interface ProvinceMapStrings {
  title: string;
  description: string;
  metricParks: string;
  metricRevenue: string;
  metricPartnerships: string;
  metricOffices: string;
  metricCustom: string;
  parksCount: { one: string; other: string };
  partnershipsCount: { one: string; other: string };
  officesCount: { one: string; other: string };
  itemsColumn: { parks: string; partnerships: string; offices: string };
  more: string;
  innovation2026: string;
  revenueUnit: string;
  revenuePartial: string;
  revenueOtherYears: string;
  noData: string;
  zero: string;
  parkLayer: string;
  zoomIn: string;
  zoomOut: string;
  zoomReset: string;
  wheelHint: string;
  showTable: string;
  hideTable: string;
  region: string;
  value: string;
  selected: string;
  cleared: string;
  founded: string;
  keyboardHelp: string;
  kind: Record<'province' | 'municipality' | 'autonomous-region' | 'sar' | 'other', string>;
  errors: {
    unknownMetric: string;
    unknownSelection: string;
    invalidValues: string;
    invalidValue: string;
    unknownRegion: string;
    invalidParks: string;
  };
}

export const strings: Record<Lang, ProvinceMapStrings> = {
  fr: {
    title: 'Carte des régions de Chine',
    description: 'Carte choroplèthe des 34 régions de Chine. Flèches : région voisine ; Entrée : sélectionner ; Échap : effacer.',
    metricParks: 'Parcs technologiques TORCH',
    metricRevenue: 'Chiffre d’affaires des parcs, 2002',
    metricPartnerships: 'Partenariats de coopération décentralisée (2011)',
    metricOffices: 'Bureaux de collectivités françaises (2011)',
    metricCustom: 'Valeur',
    parksCount: { one: '{n} parc', other: '{n} parcs' },
    partnershipsCount: { one: '{n} partenariat', other: '{n} partenariats' },
    officesCount: { one: '{n} bureau', other: '{n} bureaux' },
    itemsColumn: { parks: 'Parcs', partnerships: 'Partenariats', offices: 'Bureaux' },
    more: 'et {n} autres',
    innovation2026: 'Atouts 2026 :',
    revenueUnit: 'Md de yuans',
    revenuePartial: '{n} parcs sur {total} renseignés',
    revenueOtherYears: 'certaines valeurs portent sur une autre année',
    noData: 'Pas de donnée',
    zero: 'Aucun',
    parkLayer: 'Parcs TORCH',
    zoomIn: 'Zoomer',
    zoomOut: 'Dézoomer',
    zoomReset: 'Vue d’ensemble',
    wheelHint: 'Ctrl + molette pour zoomer',
    showTable: 'Voir le tableau',
    hideTable: 'Masquer le tableau',
    region: 'Région',
    value: 'Valeur',
    selected: '{name} sélectionnée',
    cleared: 'Sélection effacée',
    founded: 'créé en {year}',
    keyboardHelp: 'Flèches pour se déplacer, Entrée pour sélectionner, + et − pour zoomer',
    kind: { province: 'province', municipality: 'municipalité', 'autonomous-region': 'région autonome', sar: 'région administrative spéciale', other: 'territoire' },
    errors: {
      unknownMetric: 'Indicateur inconnu « {value} » : les parcs sont affichés.',
      unknownSelection: 'Région inconnue « {value} » : aucune sélection.',
      invalidValues: 'Données ignorées : un objet { région: nombre } est attendu.',
      invalidValue: 'Valeur ignorée pour {region} : « {value} ».',
      unknownRegion: 'Région inconnue ignorée : « {value} ».',
      invalidParks: 'Parcs ignorés : {n} entrée(s) invalide(s).',
    },
  },
  en: {
    title: 'Map of the regions of China',
    description: 'Choropleth map of the 34 regions of China. Arrow keys: neighbouring region; Enter: select; Escape: clear.',
    metricParks: 'TORCH hi-tech parks',
    metricRevenue: 'Park revenue, 2002',
    metricPartnerships: 'Decentralised cooperation partnerships (2011)',
    metricOffices: 'Offices of French local authorities (2011)',
    metricCustom: 'Value',
    parksCount: { one: '{n} park', other: '{n} parks' },
    partnershipsCount: { one: '{n} partnership', other: '{n} partnerships' },
    officesCount: { one: '{n} office', other: '{n} offices' },
    itemsColumn: { parks: 'Parks', partnerships: 'Partnerships', offices: 'Offices' },
    more: 'and {n} more',
    innovation2026: 'Strengths in 2026:',
    revenueUnit: 'bn yuan',
    revenuePartial: '{n} of {total} parks reported',
    revenueOtherYears: 'some values are for another year',
    noData: 'No data',
    zero: 'None',
    parkLayer: 'TORCH parks',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    zoomReset: 'Show all',
    wheelHint: 'Ctrl + scroll to zoom',
    showTable: 'View as table',
    hideTable: 'Hide table',
    region: 'Region',
    value: 'Value',
    selected: '{name} selected',
    cleared: 'Selection cleared',
    founded: 'founded {year}',
    keyboardHelp: 'Arrow keys to move, Enter to select, + and − to zoom',
    kind: { province: 'province', municipality: 'municipality', 'autonomous-region': 'autonomous region', sar: 'special administrative region', other: 'territory' },
    errors: {
      unknownMetric: 'Unknown metric "{value}": showing parks.',
      unknownSelection: 'Unknown region "{value}": nothing selected.',
      invalidValues: 'Data ignored: expected an object { region: number }.',
      invalidValue: 'Value ignored for {region}: "{value}".',
      unknownRegion: 'Unknown region ignored: "{value}".',
      invalidParks: 'Parks ignored: {n} invalid entr(y/ies).',
    },
  },
  zh: {
    title: '中国地区地图',
    description: '中国34个地区分级统计地图。方向键：相邻地区；回车：选择；Esc：清除。',
    metricParks: '火炬计划高新区',
    metricRevenue: '高新区营业收入（2002年）',
    metricPartnerships: '中法地方合作伙伴关系（2011年）',
    metricOffices: '法国地方政府驻华代表处（2011年）',
    metricCustom: '数值',
    parksCount: { one: '{n}个园区', other: '{n}个园区' },
    partnershipsCount: { one: '{n}项合作', other: '{n}项合作' },
    officesCount: { one: '{n}个代表处', other: '{n}个代表处' },
    itemsColumn: { parks: '园区', partnerships: '合作关系', offices: '代表处' },
    more: '另有{n}项',
    innovation2026: '2026年优势：',
    revenueUnit: '十亿元',
    revenuePartial: '{total}个园区中{n}个有数据',
    revenueOtherYears: '部分数值为其他年份',
    noData: '无数据',
    zero: '无',
    parkLayer: '火炬高新区',
    zoomIn: '放大',
    zoomOut: '缩小',
    zoomReset: '全图',
    wheelHint: '按住 Ctrl 滚动以缩放',
    showTable: '以表格查看',
    hideTable: '隐藏表格',
    region: '地区',
    value: '数值',
    selected: '已选择{name}',
    cleared: '已清除选择',
    founded: '{year}年设立',
    keyboardHelp: '方向键移动，回车选择，+ 和 − 缩放',
    kind: { province: '省', municipality: '直辖市', 'autonomous-region': '自治区', sar: '特别行政区', other: '地区' },
    errors: {
      unknownMetric: '未知指标“{value}”：显示园区数量。',
      unknownSelection: '未知地区“{value}”：未选择。',
      invalidValues: '数据已忽略：应为 { 地区: 数值 } 对象。',
      invalidValue: '{region} 的数值已忽略：“{value}”。',
      unknownRegion: '已忽略未知地区：“{value}”。',
      invalidParks: '已忽略 {n} 个无效园区。',
    },
  },
};
