import { SinoTypology } from './typology/typology.component.js';
import { defineElement } from './internal/define.js';

export { SinoTypology };
export type { TypologyDiagram, TypologySelectDetail } from './typology/typology.component.js';
defineElement('sino-typology', SinoTypology);

declare global {
  interface HTMLElementTagNameMap {
    'sino-typology': SinoTypology;
  }
}
