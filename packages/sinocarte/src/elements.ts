// The element classes, without registering any tag: for subclassing or scoped registries.
export { SinoProvinceMap } from './province-map/province-map.component.js';
export type { MapMetric } from './province-map/province-map.component.js';
export { SinoParkTable, presets, parkColumns, partnershipColumns, officeColumns } from './park-table/park-table.component.js';
export type { TableColumn, ColumnFormat, ColumnType, LocalizedText, PresetName, TableSelectionKind, CsvLayout } from './park-table/park-table.component.js';
export { SinoTimeline } from './timeline/timeline.component.js';
export { SinoTypology } from './typology/typology.component.js';
export type { TypologyDiagram, TypologySelectDetail, TypologyPlane, TypologyView, DiagramItem, DiagramAxis, DiagramQuadrant, DiagramText } from './typology/typology.component.js';
export { SinoAtlas } from './atlas/atlas.component.js';
export type { HeadingLevel } from './atlas/atlas.component.js';
export { SinoElement } from './internal/sino-element.js';
export type { Theme } from './internal/sino-element.js';
export type * from './internal/events.js';
export type { Lang } from './internal/i18n.js';
