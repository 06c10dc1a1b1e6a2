import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// The kit's tags are custom elements, not Vue components (a compile-time option of the template compiler).
const KIT_TAGS = new Set([
  'lifecycle-provider', 'customer-status-badge', 'deactivate-dialog', 'inactive-filter', 'service-reactivate-form',
]);

export default defineConfig({
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => KIT_TAGS.has(tag) } } })],
});
