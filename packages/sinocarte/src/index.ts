// Importing 'sinocarte' registers every element.
import './province-map.js';
import './typology.js';

export * from './elements.js';
