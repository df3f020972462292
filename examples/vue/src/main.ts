import { createApp } from 'vue';
import App from './App.vue';

createApp(App, {
  apiBase: import.meta.env.VITE_PORTAL_API_BASE ?? 'http://127.0.0.1:4173',
}).mount('#app');
