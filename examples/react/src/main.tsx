import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App apiBase={import.meta.env.VITE_PORTAL_API_BASE ?? 'http://127.0.0.1:4173'} />
  </StrictMode>,
);
