// A Vue 3 app that uses sinocarte as a user would, from the installed package (see docs/frameworks.md).
import 'sinocarte';
import { createApp, version } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');
window.hostApp = { framework: 'vue', version };
