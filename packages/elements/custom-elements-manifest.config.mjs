// Custom Elements Manifest: generated from the components' JSDoc at build time; it feeds the
// docs tables, Storybook controls and editor/framework type data.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/**/*.styles.ts', 'src/locales/**'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: true,
};
