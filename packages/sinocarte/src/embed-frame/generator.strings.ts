/** Every UI string of the embed code generator page, in French (default) and English. */
export interface GeneratorStrings {
  pageTitle: string;
  heading: string;
  intro: string;
  switchLanguage: string;
  optionsLegend: string;
  element: string;
  elementMap: string;
  elementTable: string;
  elementTimeline: string;
  elementTypology: string;
  elementAtlas: string;
  contentLang: string;
  theme: string;
  themeAuto: string;
  themeLight: string;
  themeDark: string;
  metric: string;
  metricParks: string;
  metricRevenue: string;
  metricPartnerships: string;
  metricOffices: string;
  region: string;
  regionNone: string;
  showParks: string;
  metricSwitch: string;
  preset: string;
  presetParks: string;
  presetPartnerships: string;
  presetOffices: string;
  sector: string;
  sectorAll: string;
  years: string;
  yearsHint: string;
  range: string;
  rangeHint: string;
  plane: string;
  planeObjectives: string;
  planeCoordination: string;
  view: string;
  viewPlane: string;
  viewTypes: string;
  frameId: string;
  frameIdHint: string;
  title: string;
  titleHint: string;
  source: string;
  sourceHint: string;
  description: string;
  descriptionHint: string;
  note: string;
  noteHint: string;
  share: string;
  shareHint: string;
  caption: string;
  sort: string;
  sortHint: string;
  query: string;
  group: string;
  groupHint: string;
  frameHeight: string;
  frameHeightHint: string;
  invalid: string;
  preview: string;
  previewLabel: string;
  scriptHeading: string;
  scriptHelp: string;
  iframeHeading: string;
  iframeHelp: string;
  copy: string;
  copied: string;
  copyFailed: string;
  cspNote: string;
}

export const strings: Record<'fr' | 'en', GeneratorStrings> = {
  fr: {
    pageTitle: 'Générateur de code d’intégration — Sinocarte',
    heading: 'Intégrer une carte ou un tableau Sinocarte',
    intro: 'Choisissez l’élément et ses options, vérifiez l’aperçu, puis copiez le code dans votre page ou votre CMS.',
    switchLanguage: 'English',
    optionsLegend: 'Options',
    element: 'Élément',
    elementMap: 'Carte des régions',
    elementTable: 'Tableau des parcs',
    elementTimeline: 'Chronologie',
    elementTypology: 'Typologie',
    elementAtlas: 'Atlas (les quatre)',
    contentLang: 'Langue du contenu',
    theme: 'Thème',
    themeAuto: 'Automatique (selon le système)',
    themeLight: 'Clair',
    themeDark: 'Sombre',
    metric: 'Indicateur',
    metricParks: 'Nombre de parcs',
    metricRevenue: 'Chiffre d’affaires des parcs',
    metricPartnerships: 'Partenariats',
    metricOffices: 'Bureaux de collectivités',
    region: 'Région',
    regionNone: '— Aucune —',
    showParks: 'Afficher les parcs',
    metricSwitch: 'Le lecteur peut changer d’indicateur',
    preset: 'Contenu',
    presetParks: 'Parcs TORCH',
    presetPartnerships: 'Partenariats',
    presetOffices: 'Bureaux',
    sector: 'Secteur',
    sectorAll: '— Tous —',
    years: 'Années',
    yearsHint: 'Par exemple 1988-1991, 1990- ou -1991.',
    range: 'Période affichée',
    rangeHint: 'Par exemple 1980-2011.',
    plane: 'Plan',
    planeObjectives: 'Objectifs',
    planeCoordination: 'Coordination',
    view: 'Vue',
    viewPlane: 'Diagramme',
    viewTypes: 'Types de coordination',
    frameId: 'Identifiant du cadre (facultatif)',
    frameIdHint: 'Lettres, chiffres, « - » et « _ » ; repris dans les messages envoyés à votre page.',
    title: 'Titre (facultatif)',
    titleHint: 'Affiché au-dessus du graphique et donné au cadre pour les lecteurs d’écran.',
    source: 'Ligne de source (facultatif)',
    sourceHint: 'Remplace la source proposée à partir des données.',
    description: 'Description (facultatif)',
    descriptionHint: 'Une phrase sous le titre : ce que montre le graphique, l’unité, l’année.',
    note: 'Note (facultatif)',
    noteHint: 'Sous le graphique, à côté de la source : une précision, une réserve.',
    share: 'Lien partageable (code avec script)',
    shareHint: 'Les choix du lecteur sont gardés dans l’adresse de votre page : un lien copié rouvre la même vue. Sans effet dans un iframe.',
    caption: 'Légende du tableau (facultatif)',
    sort: 'Tri',
    sortHint: 'Colonnes séparées par des virgules, « - » pour l’ordre décroissant : -year,name.',
    query: 'Recherche',
    group: 'Groupe de vues liées (facultatif)',
    groupHint: 'Le même nom sur plusieurs éléments d’une page : une sélection dans l’un se reflète dans les autres (code avec script).',
    frameHeight: 'Hauteur du cadre sans script (px)',
    frameHeightHint: 'Le script ajuste la hauteur au contenu ; sans lui, le cadre garde celle-ci.',
    invalid: 'Valeur non reconnue : elle sera ignorée.',
    preview: 'Aperçu',
    previewLabel: 'Aperçu de l’intégration',
    scriptHeading: 'Code avec script',
    scriptHelp: 'Pour une page où vous pouvez ajouter un script : l’élément s’intègre à la page, hérite de sa police et s’adapte à la largeur.',
    iframeHeading: 'Code avec iframe',
    iframeHelp: 'Pour un CMS qui n’accepte que des iframes : le petit script qui suit ajuste la hauteur du cadre à son contenu.',
    copy: 'Copier',
    copied: 'Code copié.',
    copyFailed: 'Copie impossible : sélectionnez le code et copiez-le à la main.',
    cspNote: 'Votre site a une Content-Security-Policy stricte ? Hébergez les deux scripts sur votre domaine et remplacez leurs adresses.',
  },
  en: {
    pageTitle: 'Embed code generator — Sinocarte',
    heading: 'Embed a Sinocarte map or table',
    intro: 'Choose the element and its options, check the preview, then copy the code into your page or CMS.',
    switchLanguage: 'Français',
    optionsLegend: 'Options',
    element: 'Element',
    elementMap: 'Map of the regions',
    elementTable: 'Table of the parks',
    elementTimeline: 'Timeline',
    elementTypology: 'Typology',
    elementAtlas: 'Atlas (all four)',
    contentLang: 'Content language',
    theme: 'Theme',
    themeAuto: 'Automatic (follows the system)',
    themeLight: 'Light',
    themeDark: 'Dark',
    metric: 'Metric',
    metricParks: 'Number of parks',
    metricRevenue: 'Revenue of the parks',
    metricPartnerships: 'Partnerships',
    metricOffices: 'Collectivities’ offices',
    region: 'Region',
    regionNone: '— None —',
    showParks: 'Show the parks',
    metricSwitch: 'Readers may switch the metric',
    preset: 'Content',
    presetParks: 'TORCH parks',
    presetPartnerships: 'Partnerships',
    presetOffices: 'Offices',
    sector: 'Sector',
    sectorAll: '— All —',
    years: 'Years',
    yearsHint: 'For example 1988-1991, 1990- or -1991.',
    range: 'Period shown',
    rangeHint: 'For example 1980-2011.',
    plane: 'Plane',
    planeObjectives: 'Objectives',
    planeCoordination: 'Coordination',
    view: 'View',
    viewPlane: 'Diagram',
    viewTypes: 'Coordination types',
    frameId: 'Frame id (optional)',
    frameIdHint: 'Letters, digits, "-" and "_"; repeated in the messages sent to your page.',
    title: 'Title (optional)',
    titleHint: 'Shown above the chart and given to the frame for screen readers.',
    source: 'Source line (optional)',
    sourceHint: 'Replaces the source line made from the data.',
    description: 'Description (optional)',
    descriptionHint: 'A sentence under the title: what the chart shows, the unit, the year.',
    note: 'Note (optional)',
    noteHint: 'Under the chart, beside the source: a detail, a caveat.',
    share: 'Shareable link (script code)',
    shareHint: 'The reader’s choices are kept in your page’s address: a copied link reopens the same view. No effect in an iframe.',
    caption: 'Table caption (optional)',
    sort: 'Sort',
    sortHint: 'Columns separated by commas, "-" for descending order: -year,name.',
    query: 'Search',
    group: 'Linked-views group (optional)',
    groupHint: 'The same name on several elements of a page: a selection in one shows in the others (script code).',
    frameHeight: 'Frame height without the script (px)',
    frameHeightHint: 'The script fits the height to the content; without it, the frame keeps this one.',
    invalid: 'Value not recognised: it will be ignored.',
    preview: 'Preview',
    previewLabel: 'Preview of the embed',
    scriptHeading: 'Script code',
    scriptHelp: 'For a page where you can add a script: the element becomes part of the page, uses its font and fits its width.',
    iframeHeading: 'Iframe code',
    iframeHelp: 'For a CMS that only accepts iframes: the small script that follows fits the frame’s height to its content.',
    copy: 'Copy',
    copied: 'Code copied.',
    copyFailed: 'Could not copy: select the code and copy it by hand.',
    cspNote: 'Does your site have a strict Content-Security-Policy? Host both scripts on your domain and replace their addresses.',
  },
};
