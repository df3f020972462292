// Vite bundles what `ngc` compiled ahead of time (out-tsc/, templates already turned into code).
// Angular's own packages ship partially compiled: its linker finishes them at build time, so no
// compiler runs in the browser.
import { transformAsync } from '@babel/core';
import linker from '@angular/compiler-cli/linker/babel';
import { defineConfig } from 'vite';

export default defineConfig({
  // What the Angular CLI sets for a production build: no development checks, no JIT compiler.
  define: { ngDevMode: 'false', ngJitMode: 'false', ngI18nClosureMode: 'false' },
  plugins: [
    {
      name: 'angular-linker',
      async transform(code, id) {
        if (!/[\\/]@angular[\\/].+\.m?js$/.test(id) || !code.includes('ɵɵngDeclare')) return null;
        const result = await transformAsync(code, {
          filename: id,
          plugins: [linker],
          configFile: false,
          babelrc: false,
          compact: false,
          sourceMaps: false,
        });
        return result?.code ?? null;
      },
    },
  ],
});
