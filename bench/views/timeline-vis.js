// vis-timeline 8 with vis-data, the standalone ESM build as its README shows (`vis-timeline/standalone`, which
// carries vis-data's DataSet, moment and Hammer), its stylesheet, one group per category (our lanes), default
// options (items stacked; its `cluster` option made the first render slower in our trials), a fixed height.
import { Timeline, DataSet } from 'vis-timeline/standalone';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';

let timeline;
const changed = () => new Promise((resolve) => timeline.once('changed', resolve));
window.view = {
  async render(host, { events, categories, options }) {
    const items = new DataSet(
      events.map((e) => ({ id: e.id, content: e.title.en, start: e.date, end: e.endDate, type: e.endDate ? 'range' : 'box', group: e.category })),
    );
    const groups = new DataSet(categories.map((c) => ({ id: c, content: c })));
    const div = document.createElement('div');
    host.append(div);
    timeline = new Timeline(div, items, groups, { height: '560px', min: '1960-01-01', max: '2032-01-01', ...options });
    // The constructor draws; the items (or their clusters) are in the DOM once it has.
    while (!div.querySelector('.vis-item')) await new Promise((r) => setTimeout(r, 0));
  },
  async zoom(direction) {
    const done = changed();
    if (direction > 0) timeline.zoomIn(0.6, { animation: false });
    else timeline.zoomOut(0.6, { animation: false });
    await Promise.race([done, new Promise((r) => setTimeout(r, 2000))]);
  },
  marks: () => document.querySelectorAll('.vis-item').length,
};
