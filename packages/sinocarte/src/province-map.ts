import { SinoProvinceMap } from './province-map/province-map.component.js';
import { defineElement } from './internal/define.js';

export { SinoProvinceMap };
defineElement('sino-province-map', SinoProvinceMap);

declare global {
  interface HTMLElementTagNameMap {
    'sino-province-map': SinoProvinceMap;
  }
}
