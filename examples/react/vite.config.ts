// Vite builds the app; its own transform compiles TSX with React's automatic JSX runtime.
import { defineConfig } from 'vite';

export default defineConfig({
  oxc: { jsx: { runtime: 'automatic' } },
});
