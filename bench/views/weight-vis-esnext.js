// Weight only (not run): vis-timeline's ESNext build with its peers (vis-data, vis-util, moment, Hammer…)
// bundled by esbuild, the build its README meant for bundlers. The measured page uses the standalone build.
import { Timeline } from 'vis-timeline/esnext';
import { DataSet } from 'vis-data/esnext';

window.view = { Timeline, DataSet };
