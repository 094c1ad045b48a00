// Tabulator 6, the full build (`TabulatorFull`), as its quick-start recommends; set-up in tabulator-setup.js.
import { TabulatorFull } from 'tabulator-tables';
import { tabulatorView } from './tabulator-setup.js';

window.view = tabulatorView(TabulatorFull);
