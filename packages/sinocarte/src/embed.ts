// The self-contained embed file: lit, topojson-client and the data inlined; registers every element.
import './index.js';
