/** Served by the `portal-kit:custom-elements-manifest` Vite plugin of `.storybook/main.ts`. */
declare module 'virtual:portal-kit/custom-elements-manifest' {
  /** The Custom Elements Manifest of @portal-kit/elements (public API only), or `null`. */
  const manifest: object | null;
  export default manifest;
}
