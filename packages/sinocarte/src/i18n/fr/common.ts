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
};
