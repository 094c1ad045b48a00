/** French, the reference language: the strings of `common` (see ../fr.ts). */

/** Shared by every element. */
export const common = {
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
};
