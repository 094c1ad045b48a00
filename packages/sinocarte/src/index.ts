// Importing 'sinocarte' registers every element.
import './province-map.js';
import './park-table.js';
import './typology.js';
import './timeline.js';
import './atlas.js';

export * from './elements.js';
