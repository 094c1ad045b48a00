import type { Lang } from '../internal/i18n.js';

type Plural = { one: string; other: string };

/** Every UI string of the table, in every language: a missing key is a type error. */
export interface ParkTableStrings {
  caption: { parks: string; partnerships: string; offices: string; custom: string };
  count: { parks: Plural; partnerships: Plural; offices: Plural; custom: Plural };
  countOf: string;
  missing: string;
  missingLong: string;
  search: string;
  searchPlaceholder: string;
  region: string;
  allRegions: string;
  regionsSelected: string;
  all: string;
  years: string;
  yearFrom: string;
  yearTo: string;
  clearFilters: string;
  sortBy: string;
  dataOrder: string;
  ascending: string;
  descending: string;
  sortHint: string;
  secondarySort: string;
  download: string;
  layout: string;
  layoutFrench: string;
  layoutInternational: string;
  copy: string;
  copied: Plural;
  downloaded: Plural;
  copyRefused: string;
  close: string;
  historical: string;
  historicalLong: string;
  newTab: string;
  revenueYear: string;
  noRows: string;
  keyboardHelp: string;
  selected: string;
  cleared: string;
  errors: {
    rowsIgnored: Plural;
    invalidValues: Plural;
    notAList: string;
    unknownColumn: string;
    invalidColumn: string;
    duplicateColumn: string;
    unknownFormat: string;
    noColumns: string;
    unknownPreset: string;
    unknownKind: string;
    unknownCsvLayout: string;
    unknownRegion: string;
    unknownSector: string;
    invalidYears: string;
    noFilterColumn: string;
    unknownSort: string;
    unknownSelection: string;
  };
}

export const strings: Record<Lang, ParkTableStrings> = {
  fr: {
    caption: {
      parks: 'Parcs technologiques nationaux TORCH (liste de 2004)',
      partnerships: 'Partenariats de coopération décentralisée franco-chinois (2011)',
      offices: 'Bureaux des collectivités françaises en Chine (2011)',
      custom: 'Tableau de données',
    },
    count: {
      parks: { one: '{n} parc', other: '{n} parcs' },
      partnerships: { one: '{n} partenariat', other: '{n} partenariats' },
      offices: { one: '{n} bureau', other: '{n} bureaux' },
      custom: { one: '{n} ligne', other: '{n} lignes' },
    },
    countOf: '{count} sur {total}',
    missing: 'n.d.',
    missingLong: 'non disponible',
    search: 'Rechercher',
    searchPlaceholder: 'Nom, ville, secteur…',
    region: 'Région',
    allRegions: 'Toutes les régions',
    regionsSelected: '{n} régions',
    all: 'Tous',
    years: 'Années',
    yearFrom: 'De l’année',
    yearTo: 'À l’année',
    clearFilters: 'Effacer les filtres',
    sortBy: 'Trier par',
    dataOrder: 'Ordre d’origine',
    ascending: 'Croissant',
    descending: 'Décroissant',
    sortHint: 'Trier. Maj + clic ou Maj + Entrée : tri secondaire.',
    secondarySort: 'tri secondaire n° {n}, {direction}',
    download: 'Télécharger (CSV)',
    layout: 'Format du CSV',
    layoutFrench: 'Excel français (;)',
    layoutInternational: 'International (,)',
    copy: 'Copier (TSV)',
    copied: { one: '{n} ligne copiée.', other: '{n} lignes copiées.' },
    downloaded: { one: 'CSV de {n} ligne téléchargé.', other: 'CSV de {n} lignes téléchargé.' },
    copyRefused: 'Le navigateur a refusé la copie. Sélectionnez le texte ci-dessous puis copiez-le (Ctrl + C).',
    close: 'Fermer',
    historical: 'historique',
    historicalLong: 'adresse historique, peut-être obsolète',
    newTab: 's’ouvre dans un nouvel onglet',
    revenueYear: 'année',
    noRows: 'Aucune ligne ne correspond aux filtres.',
    keyboardHelp: 'Flèches haut et bas : ligne suivante ; Entrée : sélectionner ; Échap : désélectionner.',
    selected: 'Sélection : {name}',
    cleared: 'Sélection effacée',
    errors: {
      rowsIgnored: { one: '{n} ligne ignorée (pas un objet ou sans identifiant).', other: '{n} lignes ignorées (pas des objets ou sans identifiant).' },
      invalidValues: { one: '{n} valeur d’un type inattendu affichée « n.d. ».', other: '{n} valeurs d’un type inattendu affichées « n.d. ».' },
      notAList: 'Les lignes doivent être une liste : aucune ligne affichée.',
      unknownColumn: 'Colonne « {key} » masquée : aucune ligne n’a ce champ.',
      invalidColumn: 'Colonne n° {n} ignorée : il lui faut au moins une clé (key).',
      duplicateColumn: 'Colonne « {key} » en double : ignorée.',
      unknownFormat: 'Format inconnu « {format} » pour la colonne « {key} » : affichée comme texte.',
      noColumns: 'Aucune colonne utilisable : colonnes du préréglage affichées.',
      unknownPreset: 'Préréglage inconnu « {value} » (parks, partnerships ou offices) : parcs affichés.',
      unknownKind: 'Nature de sélection inconnue « {value} » (park, partnership ou office) : ignorée.',
      unknownCsvLayout: 'Format CSV inconnu « {value} » (auto, french ou international) : format automatique.',
      unknownRegion: 'Région inconnue « {value} » : ce filtre est ignoré.',
      unknownSector: 'Valeur inconnue « {value} » pour le filtre de secteur : ignorée.',
      invalidYears: 'Années illisibles « {value} » (exemple : 1988-1991) : ce filtre est ignoré.',
      noFilterColumn: 'Filtre « {filter} » ignoré : aucune colonne ne s’y prête.',
      unknownSort: 'Tri ignoré : colonne « {key} » inconnue ou non triable.',
      unknownSelection: 'Ligne inconnue « {value} » : aucune sélection.',
    },
  },
  en: {
    caption: {
      parks: 'TORCH national hi-tech parks (2004 list)',
      partnerships: 'Franco-Chinese decentralised cooperation partnerships (2011)',
      offices: 'Offices of French local authorities in China (2011)',
      custom: 'Data table',
    },
    count: {
      parks: { one: '{n} park', other: '{n} parks' },
      partnerships: { one: '{n} partnership', other: '{n} partnerships' },
      offices: { one: '{n} office', other: '{n} offices' },
      custom: { one: '{n} row', other: '{n} rows' },
    },
    countOf: '{count} of {total}',
    missing: 'n/a',
    missingLong: 'not available',
    search: 'Search',
    searchPlaceholder: 'Name, city, sector…',
    region: 'Region',
    allRegions: 'All regions',
    regionsSelected: '{n} regions',
    all: 'All',
    years: 'Years',
    yearFrom: 'From year',
    yearTo: 'To year',
    clearFilters: 'Clear filters',
    sortBy: 'Sort by',
    dataOrder: 'Original order',
    ascending: 'Ascending',
    descending: 'Descending',
    sortHint: 'Sort. Shift + click or Shift + Enter: secondary sort.',
    secondarySort: 'secondary sort {n}, {direction}',
    download: 'Download (CSV)',
    layout: 'CSV format',
    layoutFrench: 'French Excel (;)',
    layoutInternational: 'International (,)',
    copy: 'Copy (TSV)',
    copied: { one: '{n} row copied.', other: '{n} rows copied.' },
    downloaded: { one: 'CSV of {n} row downloaded.', other: 'CSV of {n} rows downloaded.' },
    copyRefused: 'The browser refused to copy. Select the text below and copy it (Ctrl + C).',
    close: 'Close',
    historical: 'historical',
    historicalLong: 'historical address, may be outdated',
    newTab: 'opens in a new tab',
    revenueYear: 'year',
    noRows: 'No row matches the filters.',
    keyboardHelp: 'Up and down arrows: next row; Enter: select; Escape: clear the selection.',
    selected: 'Selected: {name}',
    cleared: 'Selection cleared',
    errors: {
      rowsIgnored: { one: '{n} row ignored (not an object or no id).', other: '{n} rows ignored (not objects or no id).' },
      invalidValues: { one: '{n} value of an unexpected type shown as “n/a”.', other: '{n} values of an unexpected type shown as “n/a”.' },
      notAList: 'Rows must be a list: no row shown.',
      unknownColumn: 'Column “{key}” hidden: no row has this field.',
      invalidColumn: 'Column {n} ignored: it needs at least a key.',
      duplicateColumn: 'Duplicate column “{key}” ignored.',
      unknownFormat: 'Unknown format “{format}” for column “{key}”: shown as text.',
      noColumns: 'No usable column: showing the preset’s columns.',
      unknownPreset: 'Unknown preset “{value}” (parks, partnerships or offices): showing parks.',
      unknownKind: 'Unknown selection kind “{value}” (park, partnership or office): ignored.',
      unknownCsvLayout: 'Unknown CSV layout “{value}” (auto, french or international): automatic layout.',
      unknownRegion: 'Unknown region “{value}”: this filter is ignored.',
      unknownSector: 'Unknown value “{value}” for the sector filter: ignored.',
      invalidYears: 'Unreadable years “{value}” (e.g. 1988-1991): this filter is ignored.',
      noFilterColumn: 'Filter “{filter}” ignored: no column fits it.',
      unknownSort: 'Sort ignored: column “{key}” is unknown or not sortable.',
      unknownSelection: 'Unknown row “{value}”: nothing selected.',
    },
  },
  zh: {
    caption: {
      parks: '国家火炬计划高新技术产业开发区（2004年名单）',
      partnerships: '中法地方合作伙伴关系（2011年）',
      offices: '法国地方政府驻华代表处（2011年）',
      custom: '数据表',
    },
    count: {
      parks: { one: '{n}个园区', other: '{n}个园区' },
      partnerships: { one: '{n}项合作', other: '{n}项合作' },
      offices: { one: '{n}个代表处', other: '{n}个代表处' },
      custom: { one: '{n}行', other: '{n}行' },
    },
    countOf: '{count}（共{total}）',
    missing: '不详',
    missingLong: '暂无数据',
    search: '搜索',
    searchPlaceholder: '名称、城市、领域…',
    region: '地区',
    allRegions: '全部地区',
    regionsSelected: '{n}个地区',
    all: '全部',
    years: '年份',
    yearFrom: '起始年份',
    yearTo: '截止年份',
    clearFilters: '清除筛选',
    sortBy: '排序',
    dataOrder: '原始顺序',
    ascending: '升序',
    descending: '降序',
    sortHint: '排序。Shift + 点击或 Shift + 回车：次要排序。',
    secondarySort: '次要排序 {n}，{direction}',
    download: '下载（CSV）',
    layout: 'CSV 格式',
    layoutFrench: '法语版 Excel（;）',
    layoutInternational: '国际通用（,）',
    copy: '复制（TSV）',
    copied: { one: '已复制{n}行。', other: '已复制{n}行。' },
    downloaded: { one: '已下载{n}行的 CSV。', other: '已下载{n}行的 CSV。' },
    copyRefused: '浏览器拒绝复制。请选中下方文本后复制（Ctrl + C）。',
    close: '关闭',
    historical: '历史网址',
    historicalLong: '历史网址，可能已失效',
    newTab: '在新标签页中打开',
    revenueYear: '年份',
    noRows: '没有符合筛选条件的行。',
    keyboardHelp: '上下方向键：切换行；回车：选择；Esc：取消选择。',
    selected: '已选择：{name}',
    cleared: '已取消选择',
    errors: {
      rowsIgnored: { one: '已忽略{n}行（不是对象或缺少 id）。', other: '已忽略{n}行（不是对象或缺少 id）。' },
      invalidValues: { one: '{n}个类型不符的数值显示为“不详”。', other: '{n}个类型不符的数值显示为“不详”。' },
      notAList: '行数据必须是列表：未显示任何行。',
      unknownColumn: '已隐藏列“{key}”：没有任何行包含该字段。',
      invalidColumn: '已忽略第{n}列：至少需要 key。',
      duplicateColumn: '已忽略重复的列“{key}”。',
      unknownFormat: '列“{key}”的格式“{format}”未知：按文本显示。',
      noColumns: '没有可用的列：显示预设列。',
      unknownPreset: '未知预设“{value}”（parks、partnerships 或 offices）：显示园区。',
      unknownKind: '未知的选择类型“{value}”（park、partnership 或 office）：已忽略。',
      unknownCsvLayout: '未知的 CSV 格式“{value}”（auto、french 或 international）：使用自动格式。',
      unknownRegion: '未知地区“{value}”：已忽略此筛选。',
      unknownSector: '领域筛选值“{value}”未知：已忽略。',
      invalidYears: '无法识别的年份“{value}”（例如 1988-1991）：已忽略此筛选。',
      noFilterColumn: '已忽略筛选“{filter}”：没有适用的列。',
      unknownSort: '已忽略排序：列“{key}”未知或不可排序。',
      unknownSelection: '未知行“{value}”：未选择。',
    },
  },
};
