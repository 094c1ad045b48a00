import type { Lang } from '../internal/i18n.js';

/** Every UI string of the typology, in every language: a missing key is a type error. */
export interface TypologyStrings {
  title: string;
  views: { objectives: string; coordination: string; types: string };
  viewsLabel: string;
  /** Note under the bundled planes; `{figure}` is the report's figure number. */
  editorialNote: string;
  axisX: string;
  axisY: string;
  toward: string;
  centre: string;
  help: string;
  pointsLabel: string;
  type: string;
  regions: string;
  source: string;
  reportSource: string;
  reason: string;
  clamped: string;
  showTable: string;
  hideTable: string;
  columns: { item: string; type: string; x: string; y: string; regions: string; source: string; reason: string };
  keyTitle: string;
  selected: string;
  cleared: string;
  noItems: string;
  typesTitle: string;
  examples: string;
  phasesTitle: string;
  phasesIntro: string;
  phase: string;
  francoChinese: string;
  skipped: string;
  errors: {
    notAnObject: string;
    noAxes: string;
    badAxis: string;
    noItems: string;
    badQuadrant: string;
    badItem: string;
    noLabel: string;
    duplicateId: string;
    notANumber: string;
    clamped: string;
    unknownPlane: string;
    unknownView: string;
    unknownSelection: string;
  };
}

export const strings: Record<Lang, TypologyStrings> = {
  fr: {
    title: 'Typologie de la coopération décentralisée franco-chinoise',
    views: { objectives: 'Objectifs', coordination: 'Coordination', types: 'Types et phases' },
    viewsLabel: 'Schéma affiché',
    editorialNote:
      'Placement éditorial : le schéma du rapport ({figure}) est perdu et le rapport ne donne aucune coordonnée ; chaque position traduit ses mots (raisons dans le tableau).',
    axisX: 'Axe horizontal',
    axisY: 'Axe vertical',
    toward: 'vers « {end} »',
    centre: 'au centre',
    help: 'Tab ou flèches : programme suivant ; Entrée : sélectionner ; Échap : effacer.',
    pointsLabel: '{title} — {n}',
    type: 'Type',
    regions: 'Régions partenaires',
    source: 'Source',
    reportSource: 'Rapport d’évaluation 2011, {ref}',
    reason: 'Pourquoi ici',
    clamped: 'Position hors du cadre, ramenée au bord.',
    showTable: 'Voir le tableau',
    hideTable: 'Masquer le tableau',
    columns: { item: 'Programme', type: 'Type', x: 'Horizontal', y: 'Vertical', regions: 'Régions', source: 'Source', reason: 'Pourquoi ici' },
    keyTitle: 'Légende des numéros',
    selected: '{name} sélectionné',
    cleared: 'Sélection effacée',
    noItems: 'Aucun élément à placer.',
    typesTitle: 'Six types de coordination (Tableau 24)',
    examples: 'Exemples',
    phasesTitle: 'Des phases que la coopération franco-chinoise a sautées',
    phasesIntro: 'Les évaluations des coopérations avec le Mali et le Burkina Faso décrivent une progression par phases.',
    phase: 'Phase {n}',
    francoChinese: 'Coopération franco-chinoise',
    skipped: 'sautée ou superposée',
    errors: {
      notAnObject: 'Données refusées (ce n’est pas un objet) : la typologie du rapport est affichée.',
      noAxes: 'Les axes manquent : extrémités sans nom.',
      badAxis: 'Axe {axis} : il faut un nom à chaque extrémité (min, max).',
      noItems: 'La liste des éléments (items) manque.',
      badQuadrant: 'Quadrant n° {n} écarté : il faut x et y (« min » ou « max ») et un nom, une seule fois.',
      badItem: 'Élément n° {n} écarté : ce n’est pas un objet.',
      noLabel: 'Élément n° {n} écarté : il n’a pas de nom.',
      duplicateId: 'Identifiant « {id} » en double (élément n° {n}) : renommé.',
      notANumber: '« {item} » écarté : {axis} vaut {value}, il faut un nombre entre -1 et 1.',
      clamped: '« {item} » : {axis} = {value} hors de [-1, 1], ramené au bord.',
      unknownPlane: 'Plan inconnu « {value} » : le plan « objectifs » est affiché.',
      unknownView: 'Vue inconnue « {value} » : le schéma est affiché.',
      unknownSelection: 'Aucun élément « {value} » à sélectionner.',
    },
  },
  en: {
    title: 'Typology of Franco-Chinese decentralised cooperation',
    views: { objectives: 'Objectives', coordination: 'Coordination', types: 'Types and phases' },
    viewsLabel: 'Diagram shown',
    editorialNote:
      'Editorial placement: the report’s diagram ({figure}) is lost and the report gives no coordinates; each position renders its words (reasons in the table).',
    axisX: 'Horizontal axis',
    axisY: 'Vertical axis',
    toward: 'toward “{end}”',
    centre: 'at the centre',
    help: 'Tab or arrows: next programme; Enter: select; Escape: clear.',
    pointsLabel: '{title} — {n}',
    type: 'Type',
    regions: 'Partner regions',
    source: 'Source',
    reportSource: '2011 evaluation report, {ref}',
    reason: 'Why here',
    clamped: 'Position outside the frame, brought to the edge.',
    showTable: 'Show table',
    hideTable: 'Hide table',
    columns: { item: 'Programme', type: 'Type', x: 'Horizontal', y: 'Vertical', regions: 'Regions', source: 'Source', reason: 'Why here' },
    keyTitle: 'Key to the numbers',
    selected: '{name} selected',
    cleared: 'Selection cleared',
    noItems: 'Nothing to place.',
    typesTitle: 'Six types of coordination (Table 24)',
    examples: 'Examples',
    phasesTitle: 'Phases that Franco-Chinese cooperation skipped',
    phasesIntro: 'The evaluations of cooperation with Mali and Burkina Faso describe a progression in phases.',
    phase: 'Phase {n}',
    francoChinese: 'Franco-Chinese cooperation',
    skipped: 'skipped or overlapped',
    errors: {
      notAnObject: 'Data rejected (not an object): the report’s typology is shown.',
      noAxes: 'The axes are missing: their ends are unnamed.',
      badAxis: 'Axis {axis}: each end needs a label (min, max).',
      noItems: 'The list of items is missing.',
      badQuadrant: 'Quadrant #{n} set aside: it needs x and y (“min” or “max”) and a label, once.',
      badItem: 'Item #{n} set aside: not an object.',
      noLabel: 'Item #{n} set aside: it has no label.',
      duplicateId: 'Duplicate id “{id}” (item #{n}): renamed.',
      notANumber: '“{item}” set aside: {axis} is {value}, a number between -1 and 1 is needed.',
      clamped: '“{item}”: {axis} = {value} is outside [-1, 1], brought to the edge.',
      unknownPlane: 'Unknown plane “{value}”: the objectives plane is shown.',
      unknownView: 'Unknown view “{value}”: the diagram is shown.',
      unknownSelection: 'No item “{value}” to select.',
    },
  },
  zh: {
    title: '中法地方合作类型',
    views: { objectives: '目标', coordination: '协调', types: '类型与阶段' },
    viewsLabel: '显示的图',
    editorialNote: '编辑定位：报告原图（{figure}）已佚，报告也未给出坐标；各点位置依据报告原文（理由见表格）。',
    axisX: '横轴',
    axisY: '纵轴',
    toward: '偏向“{end}”',
    centre: '居中',
    help: 'Tab 键或方向键：下一个项目；回车：选择；Esc：清除。',
    pointsLabel: '{title} — {n}',
    type: '类型',
    regions: '合作地区',
    source: '来源',
    reportSource: '2011 年评估报告，{ref}',
    reason: '定位理由',
    clamped: '位置超出范围，已移至边缘。',
    showTable: '显示表格',
    hideTable: '隐藏表格',
    columns: { item: '项目', type: '类型', x: '横向', y: '纵向', regions: '地区', source: '来源', reason: '定位理由' },
    keyTitle: '编号说明',
    selected: '已选择 {name}',
    cleared: '已清除选择',
    noItems: '没有可放置的项目。',
    typesTitle: '六种协调类型（表 24）',
    examples: '实例',
    phasesTitle: '中法合作跳过的阶段',
    phasesIntro: '对马里和布基纳法索合作的评估描述了分阶段的演进。',
    phase: '第 {n} 阶段',
    francoChinese: '中法合作',
    skipped: '跳过或重叠',
    errors: {
      notAnObject: '数据被拒绝（不是对象）：显示报告中的类型图。',
      noAxes: '缺少坐标轴：两端没有名称。',
      badAxis: '{axis} 轴：两端（min、max）都需要名称。',
      noItems: '缺少项目列表（items）。',
      badQuadrant: '第 {n} 个象限已搁置：需要 x 和 y（“min”或“max”）及名称，且不能重复。',
      badItem: '第 {n} 个项目已搁置：不是对象。',
      noLabel: '第 {n} 个项目已搁置：没有名称。',
      duplicateId: 'ID“{id}”重复（第 {n} 个项目）：已重命名。',
      notANumber: '“{item}”已搁置：{axis} 为 {value}，需要 -1 到 1 之间的数字。',
      clamped: '“{item}”：{axis} = {value} 超出 [-1, 1]，已移至边缘。',
      unknownPlane: '未知维度“{value}”：显示“目标”维度。',
      unknownView: '未知视图“{value}”：显示图表。',
      unknownSelection: '没有可选择的项目“{value}”。',
    },
  },
};
