// Imported first by the embed file, before lit, so that its modules run in a page that may be hostile:
// a second copy shares lit-html's Trusted Types policy (trusted-types.ts), and a polluted Object.prototype
// does not break lit's property descriptors (prototype-shield.ts). The embed file calls `release()` once
// its modules have run, which gives the page back exactly what it had.
import { shareLitPolicy } from './trusted-types.js';
import { shieldPrototype } from './prototype-shield.js';

const releasePolicy = shareLitPolicy();
const releasePrototype = shieldPrototype();

export function release(): void {
  releasePrototype();
  releasePolicy();
}
