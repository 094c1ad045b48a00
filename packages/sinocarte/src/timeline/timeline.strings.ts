import type { EventCategory } from '@sinocarte/data';
import type { Lang } from '../internal/i18n.js';

export type LaneId = EventCategory | 'other';

/**
 * Lanes from top to bottom: France–China relations, China's own policies and TORCH, then decentralised
 * cooperation on the French side, then research. `other` holds host events of an unknown category.
 */
export const LANES: readonly LaneId[] = [
  'relations',
  'agreement',
  'china-policy',
  'five-year-plan',
  'torch',
  'park',
  'law-france',
  'institutions',
  'rencontres',
  'comite-chine',
  'partnership',
  'research',
  'other',
];

/** Every UI string of the timeline, in every language: a missing key is a type error. */
export interface TimelineStrings {
  title: string;
  help: string;
  /**
   * Category labels (full for the legend and panel, short for the lanes). The full labels copy
   * data/schemas/events.mjs, which is not shipped; they belong in the data package.
   */
  categories: Record<LaneId, { label: string; short: string }>;
  categoriesLabel: string;
  showAll: string;
  region: string;
  allRegions: string;
  zoomIn: string;
  zoomOut: string;
  zoomReset: string;
  wheelHint: string;
  visibleRange: string;
  overview: string;
  events: { one: string; other: string };
  showList: string;
  hideList: string;
  listCaption: string;
  noEvents: string;
  position: string;
  inCluster: string;
  clusterTitle: string;
  close: string;
  regions: string;
  parks: string;
  partnerships: string;
  sources: string;
  lines: string;
  line: string;
  precision: { year: string; month: string };
  inferredDate: string;
  uncertainDate: string;
  correctedNote: string;
  fields: { date: string; endDate: string; category: string };
  opened: string;
  closed: string;
  errors: {
    notArray: string;
    notRecord: string;
    missingId: string;
    duplicateId: string;
    missingTitle: string;
    badDate: string;
    dateRepaired: string;
    badEndDate: string;
    endBeforeStart: string;
    unknownCategory: string;
    more: string;
    badRange: string;
    unknownRegion: string;
    unknownCategoryFilter: string;
    unknownEvent: string;
  };
}

export const strings: Record<Lang, TimelineStrings> = {
  fr: {
    title: 'Frise chronologique de la coopération franco-chinoise',
    help: 'Flèches gauche et droite : événement précédent ou suivant ; Début et Fin : premier et dernier ; Entrée : détails ; + et − : zoom ; 0 : vue d’ensemble. La liste des événements donne le même contenu.',
    categories: {
      relations: { label: 'Relations bilatérales', short: 'Relations' },
      'law-france': { label: 'Droit français', short: 'Droit français' },
      institutions: { label: 'Institutions de la coopération', short: 'Institutions' },
      'china-policy': { label: 'Politiques chinoises', short: 'Politiques chinoises' },
      'five-year-plan': { label: 'Plans quinquennaux', short: 'Plans quinquennaux' },
      torch: { label: 'Programme Torch', short: 'Programme Torch' },
      park: { label: 'Création de parcs', short: 'Parcs' },
      partnership: { label: 'Partenariats', short: 'Partenariats' },
      rencontres: { label: 'Rencontres de la coopération décentralisée', short: 'Rencontres' },
      'comite-chine': { label: 'Comité Chine de la CNCD', short: 'Comité Chine' },
      agreement: { label: 'Accords bilatéraux', short: 'Accords' },
      research: { label: 'Recherche et innovation', short: 'Recherche' },
      other: { label: 'Autre', short: 'Autre' },
    },
    categoriesLabel: 'Catégories (cliquer pour filtrer)',
    showAll: 'Tout afficher',
    region: 'Région',
    allRegions: 'Toutes les régions',
    zoomIn: 'Zoomer',
    zoomOut: 'Dézoomer',
    zoomReset: 'Vue d’ensemble',
    wheelHint: 'Ctrl + molette pour zoomer',
    visibleRange: 'Période affichée',
    overview: 'Vue d’ensemble : faire glisser pour choisir la période',
    events: { one: '{n} événement', other: '{n} événements' },
    showList: 'Voir la liste ({n})',
    hideList: 'Masquer la liste',
    listCaption: 'Événements affichés, {range}',
    noEvents: 'Aucun événement pour ces filtres.',
    position: '{i} sur {n}',
    inCluster: 'groupé avec {n} autres',
    clusterTitle: '{n} événements, {span}',
    close: 'Fermer',
    regions: 'Régions',
    parks: 'Parcs',
    partnerships: 'Partenariats',
    sources: 'Sources',
    lines: 'lignes {a}–{b}',
    line: 'ligne {a}',
    precision: { year: 'date connue à l’année', month: 'date connue au mois' },
    inferredDate: 'date déduite',
    uncertainDate: 'date incertaine',
    correctedNote: 'Corrigé à la lecture : {fields}.',
    fields: { date: 'date', endDate: 'date de fin', category: 'catégorie' },
    opened: 'Détails : {title}',
    closed: 'Détails fermés',
    errors: {
      notArray: 'Événements ignorés : une liste est attendue.',
      notRecord: 'Entrée n° {n} ignorée : ce n’est pas un événement.',
      missingId: 'Entrée n° {n} ignorée : identifiant manquant.',
      duplicateId: 'Doublon ignoré : « {id} ».',
      missingTitle: '« {id} » ignoré : titre manquant.',
      badDate: '« {id} » ignoré : date illisible « {value} ».',
      dateRepaired: '« {id} » : date « {value} » lue comme {fixed}.',
      badEndDate: '« {id} » : date de fin illisible « {value} », ignorée.',
      endBeforeStart: '« {id} » : la fin précède le début ({value}), fin ignorée.',
      unknownCategory: '« {id} » : catégorie inconnue « {value} », classé dans « Autre ».',
      more: 'et {n} autres problèmes (voir la console).',
      badRange: 'Période illisible « {value} » : attendu par exemple 1980-2011.',
      unknownRegion: 'Région inconnue « {value} » : filtre ignoré.',
      unknownCategoryFilter: 'Catégorie inconnue « {value} » : ignorée.',
      unknownEvent: 'Événement inconnu « {value} » : aucun détail affiché.',
    },
  },
  en: {
    title: 'Timeline of Franco-Chinese cooperation',
    help: 'Left and right arrows: previous or next event; Home and End: first and last; Enter: details; + and −: zoom; 0: show all. The list of events gives the same content.',
    categories: {
      relations: { label: 'Bilateral relations', short: 'Relations' },
      'law-france': { label: 'French law', short: 'French law' },
      institutions: { label: 'Cooperation institutions', short: 'Institutions' },
      'china-policy': { label: 'Chinese policy', short: 'Chinese policy' },
      'five-year-plan': { label: 'Five-year plans', short: 'Five-year plans' },
      torch: { label: 'TORCH programme', short: 'TORCH' },
      park: { label: 'Park foundings', short: 'Parks' },
      partnership: { label: 'Partnerships', short: 'Partnerships' },
      rencontres: { label: 'Decentralised-cooperation Rencontres', short: 'Rencontres' },
      'comite-chine': { label: 'CNCD China Committee', short: 'China Committee' },
      agreement: { label: 'Bilateral agreements', short: 'Agreements' },
      research: { label: 'Research and innovation', short: 'Research' },
      other: { label: 'Other', short: 'Other' },
    },
    categoriesLabel: 'Categories (click to filter)',
    showAll: 'Show all',
    region: 'Region',
    allRegions: 'All regions',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    zoomReset: 'Show whole period',
    wheelHint: 'Ctrl + scroll to zoom',
    visibleRange: 'Period shown',
    overview: 'Overview: drag to choose the period',
    events: { one: '{n} event', other: '{n} events' },
    showList: 'View as list ({n})',
    hideList: 'Hide list',
    listCaption: 'Events shown, {range}',
    noEvents: 'No event matches these filters.',
    position: '{i} of {n}',
    inCluster: 'grouped with {n} others',
    clusterTitle: '{n} events, {span}',
    close: 'Close',
    regions: 'Regions',
    parks: 'Parks',
    partnerships: 'Partnerships',
    sources: 'Sources',
    lines: 'lines {a}–{b}',
    line: 'line {a}',
    precision: { year: 'date known to the year', month: 'date known to the month' },
    inferredDate: 'date inferred',
    uncertainDate: 'date uncertain',
    correctedNote: 'Corrected on reading: {fields}.',
    fields: { date: 'date', endDate: 'end date', category: 'category' },
    opened: 'Details: {title}',
    closed: 'Details closed',
    errors: {
      notArray: 'Events ignored: a list is expected.',
      notRecord: 'Entry #{n} ignored: not an event.',
      missingId: 'Entry #{n} ignored: missing id.',
      duplicateId: 'Duplicate ignored: "{id}".',
      missingTitle: '"{id}" ignored: missing title.',
      badDate: '"{id}" ignored: unreadable date "{value}".',
      dateRepaired: '"{id}": date "{value}" read as {fixed}.',
      badEndDate: '"{id}": unreadable end date "{value}", ignored.',
      endBeforeStart: '"{id}": end precedes start ({value}), end ignored.',
      unknownCategory: '"{id}": unknown category "{value}", filed under "Other".',
      more: 'and {n} more problems (see the console).',
      badRange: 'Unreadable period "{value}": expected e.g. 1980-2011.',
      unknownRegion: 'Unknown region "{value}": filter ignored.',
      unknownCategoryFilter: 'Unknown category "{value}": ignored.',
      unknownEvent: 'Unknown event "{value}": no details shown.',
    },
  },
  zh: {
    title: '中法合作大事年表',
    help: '左右方向键：上一个或下一个事件；Home 和 End：第一个和最后一个；回车：详情；+ 和 −：缩放；0：全部时段。事件列表提供相同内容。',
    categories: {
      relations: { label: '双边关系', short: '双边关系' },
      'law-france': { label: '法国法律', short: '法国法律' },
      institutions: { label: '合作机构', short: '合作机构' },
      'china-policy': { label: '中国政策', short: '中国政策' },
      'five-year-plan': { label: '五年规划', short: '五年规划' },
      torch: { label: '火炬计划', short: '火炬计划' },
      park: { label: '高新区设立', short: '高新区' },
      partnership: { label: '合作伙伴关系', short: '合作关系' },
      rencontres: { label: '中法地方合作会议', short: '地方合作会议' },
      'comite-chine': { label: '中国委员会', short: '中国委员会' },
      agreement: { label: '双边协定', short: '双边协定' },
      research: { label: '科研与创新', short: '科研与创新' },
      other: { label: '其他', short: '其他' },
    },
    categoriesLabel: '类别（点击筛选）',
    showAll: '全部显示',
    region: '地区',
    allRegions: '全部地区',
    zoomIn: '放大',
    zoomOut: '缩小',
    zoomReset: '全部时段',
    wheelHint: '按住 Ctrl 滚动以缩放',
    visibleRange: '显示时段',
    overview: '概览：拖动以选择时段',
    events: { one: '{n}个事件', other: '{n}个事件' },
    showList: '以列表查看（{n}）',
    hideList: '隐藏列表',
    listCaption: '显示的事件，{range}',
    noEvents: '没有符合筛选条件的事件。',
    position: '第{i}个，共{n}个',
    inCluster: '与另外{n}个事件合并显示',
    clusterTitle: '{n}个事件，{span}',
    close: '关闭',
    regions: '地区',
    parks: '高新区',
    partnerships: '合作关系',
    sources: '来源',
    lines: '第{a}–{b}行',
    line: '第{a}行',
    precision: { year: '日期精确到年', month: '日期精确到月' },
    inferredDate: '日期为推断',
    uncertainDate: '日期不确定',
    correctedNote: '读取时已更正：{fields}。',
    fields: { date: '日期', endDate: '结束日期', category: '类别' },
    opened: '详情：{title}',
    closed: '详情已关闭',
    errors: {
      notArray: '事件已忽略：应为列表。',
      notRecord: '第{n}项已忽略：不是事件。',
      missingId: '第{n}项已忽略：缺少标识。',
      duplicateId: '已忽略重复项：“{id}”。',
      missingTitle: '“{id}”已忽略：缺少标题。',
      badDate: '“{id}”已忽略：无法读取日期“{value}”。',
      dateRepaired: '“{id}”：日期“{value}”读作 {fixed}。',
      badEndDate: '“{id}”：无法读取结束日期“{value}”，已忽略。',
      endBeforeStart: '“{id}”：结束早于开始（{value}），已忽略结束日期。',
      unknownCategory: '“{id}”：未知类别“{value}”，归入“其他”。',
      more: '另有{n}个问题（见控制台）。',
      badRange: '无法读取时段“{value}”：示例 1980-2011。',
      unknownRegion: '未知地区“{value}”：筛选已忽略。',
      unknownCategoryFilter: '未知类别“{value}”：已忽略。',
      unknownEvent: '未知事件“{value}”：不显示详情。',
    },
  },
};
