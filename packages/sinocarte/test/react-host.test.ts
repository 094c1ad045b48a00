import { describeHostApp } from './hosts/host-app.js';

// The React 19 app of test/hosts/react/, built by scripts/check-packages.mjs into .cache/react-app/.
describeHostApp('react', '19');
