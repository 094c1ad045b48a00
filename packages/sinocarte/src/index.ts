// Importing 'sinocarte' registers every element.
import './province-map.js';

export * from './elements.js';
