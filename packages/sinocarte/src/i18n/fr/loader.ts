/** French, the reference language: the strings of `loader` (see ../fr.ts). */

/**
 * Shown before an element's own strings have arrived, so every language is in the first download (loader.ts):
 * the lazy loader's placeholder, note and button, and the note of an element whose strings could not be fetched.
 */
export const loader = {
  loading: 'Chargement…',
  loadFailed: 'Ce contenu n’a pas pu être chargé.',
  retry: 'Réessayer',
  /** The strings of the reader's language could not be downloaded: the element is drawn in French. */
  stringsFailed: 'Les textes de l’interface n’ont pas pu être téléchargés ({error}) : ils sont affichés en français.',
};
