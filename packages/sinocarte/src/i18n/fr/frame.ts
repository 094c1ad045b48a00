/** French, the reference language: the strings of `frame` (see ../fr.ts). */

/** The editorial frame of every element: source line, download menu. */
export const frame = {
  /** `{list}`: the publishers and years, e.g. "Ambassade de France en Chine, 2004". */
  source: { one: 'Source\u00a0: {list}', other: 'Sources\u00a0: {list}', separator: '\u00a0; ' },
  download: {
    label: 'Télécharger',
    png: 'Image PNG',
    png2: 'Image PNG haute définition (2×)',
    svg: 'Image SVG (vectorielle)',
    /** Column of the titles in a CSV of events. */
    titleColumn: 'Intitulé',
    csv: 'Données (CSV)',
    saved: '{file} téléchargé.',
    refused: 'Cette page empêche de créer l’image (sa politique de sécurité) : essayez l’image SVG.',
  },
  fullscreen: { enter: 'Plein écran', exit: 'Quitter le plein écran' },
  /** `{key}`: the hash key, `{value}`: its value as written in the link. */
  share: { invalid: 'Lien ignoré\u00a0: «\u00a0{key} = {value}\u00a0» n’est pas une valeur valable.' },
};
