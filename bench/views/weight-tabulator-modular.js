// Weight only (not run): Tabulator's core with just the modules the table view uses (sort, filter, format),
// the lighter set-up its "Module Imports" documentation offers. The measured page uses TabulatorFull.
import { Tabulator, SortModule, FilterModule, FormatModule } from 'tabulator-tables';

Tabulator.registerModule([SortModule, FilterModule, FormatModule]);
window.view = { Tabulator };
