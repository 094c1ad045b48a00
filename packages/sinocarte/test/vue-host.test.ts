import { describeHostApp } from './hosts/host-app.js';

// The Vue 3 app of test/hosts/vue/, built by scripts/check-packages.mjs into .cache/vue-app/.
describeHostApp('vue', '3');
