import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// Tell Vue's template compiler that sino-* tags are custom elements, not Vue components.
export default defineConfig({
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('sino-') } } })],
});
