/**
 * Records every tag that modules imported after this one define, so a suite can check that it
 * covers each element of the kit. Import it before the define modules.
 */
export const definedTags: string[] = [];

const define = customElements.define.bind(customElements);
customElements.define = (name, constructor, options) => {
  definedTags.push(name);
  define(name, constructor, options);
};
