import { SinoTimeline } from './timeline/timeline.component.js';
import { defineElement } from './internal/define.js';

export { SinoTimeline };
defineElement('sino-timeline', SinoTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'sino-timeline': SinoTimeline;
  }
}
