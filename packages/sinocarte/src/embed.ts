// The self-contained embed file: lit and the data inlined; registers every element.
// First, before lit loads: the page's Trusted Types policy shared with another copy, Object.prototype
// pollution kept out of lit's descriptors (internal/bundle-start.ts); both given back once everything ran.
import { release } from './internal/bundle-start.js';
import './index.js';

release();
