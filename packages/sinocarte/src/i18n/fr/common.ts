/** French, the reference language: the strings of `common` (see ../fr.ts). */

/** Shared by every element. */
export const common = {
  /** The language's name in itself (the atlas's language switch). */
  languageName: 'Français',
  /** BCP 47 tag given to `Intl` for numbers, dates, plurals and sorting. */
  intlLocale: 'fr-FR',
  unknownTheme: 'Thème inconnu « {value} » : thème automatique.',
  /** Added to an element's accessible description by linked views (`group`). */
  linkHighlighted: '{n} mis en évidence par la sélection liée',
  linkLinked: 'lié à la sélection',
  /** An update threw on host data that no reader caught: the element keeps what it last drew. */
  unreadable: 'Des données n’ont pas pu être lues : elles sont ignorées.',
  /** Records of a host's list that could not be read (a getter or a Proxy that throws). */
  unreadableRecords: '{n} entrée(s) illisible(s) ignorée(s).',
  /** Data downloaded on demand (a preset's rows, a metric's records) could not be fetched. */
  dataLoadFailed: 'Les données n’ont pas pu être téléchargées ({error}).',
  /** The lazy loader: the placeholder while an element's code downloads, the note and button when it failed. */
  loading: 'Chargement…',
  loadFailed: 'Ce contenu n’a pas pu être chargé.',
  retry: 'Réessayer',
};
