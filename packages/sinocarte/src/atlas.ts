// The atlas renders the four views: registering it registers them too.
import './province-map.js';
import './park-table.js';
import './timeline.js';
import './typology.js';
import { SinoAtlas } from './atlas/atlas.component.js';
import { defineElement } from './internal/define.js';

export { SinoAtlas };
defineElement('sino-atlas', SinoAtlas);

declare global {
  interface HTMLElementTagNameMap {
    'sino-atlas': SinoAtlas;
  }
}
