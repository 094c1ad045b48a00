import { SinoParkTable } from './park-table/park-table.component.js';
import { defineElement } from './internal/define.js';

export { SinoParkTable };
export { presets, parkColumns, partnershipColumns, officeColumns } from './park-table/park-table.component.js';
export type { TableColumn, ColumnFormat, ColumnType, LocalizedText, PresetName } from './park-table/park-table.component.js';
defineElement('sino-park-table', SinoParkTable);

declare global {
  interface HTMLElementTagNameMap {
    'sino-park-table': SinoParkTable;
  }
}
