// The self-contained embed file: lit, the d3 parts and the data inlined; registers every element.
import './index.js';
