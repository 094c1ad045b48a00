// Tabulator 6, the core with just the modules the table view uses (sort, filter, format), the lighter set-up its
// "Module Imports" documentation offers; the same view as table-tabulator.js (tabulator-setup.js). Timed and weighed.
import { Tabulator, SortModule, FilterModule, FormatModule } from 'tabulator-tables';
import { tabulatorView } from './tabulator-setup.js';

Tabulator.registerModule([SortModule, FilterModule, FormatModule]);
window.view = tabulatorView(Tabulator);
