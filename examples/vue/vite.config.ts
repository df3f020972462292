// Vite with Vue's single-file components; the `portal-` tags are custom elements, not Vue
// components, so Vue's compiler leaves them to the browser (and binds their properties).
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [
    vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('portal-') } } }),
  ],
});
