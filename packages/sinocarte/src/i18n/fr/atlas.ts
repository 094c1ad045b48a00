/** French, the reference language: the strings of `atlas` (see ../fr.ts). */

/** `<sino-atlas>` */
export const atlas = {
  title: 'Atlas de la coopération franco-chinoise',
  help: 'Sélectionnez une région, un parc, un programme ou une période : les quatre vues se répondent.',
  panels: { map: 'Carte des régions', typology: 'Typologie des programmes', timeline: 'Chronologie' },
  tables: { parks: 'Parcs technologiques TORCH', partnerships: 'Partenariats de coopération décentralisée', offices: 'Bureaux des collectivités françaises' },
  language: 'Langue',
  theme: 'Thème',
  themes: { auto: 'Auto', light: 'Clair', dark: 'Sombre' },
  reset: 'Tout effacer',
  resetDone: 'Sélections et filtres effacés',
};
