// Framework types of @portal-kit/elements, generated from its Custom Elements Manifest at build
// time: `dist/react.d.ts` (React 19 JSX: properties, attributes, events) and `dist/vue.d.ts`
// (Vue's GlobalComponents), both over `dist/elements.d.ts`, which lists what each tag takes. Every
// property is typed by its element class (`PortalNewsFeed['pageSize']`), every event by the type
// its `@fires` tag names; a type name the package or the SDK does not export fails the build.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

const HEADER =
  '// Generated from custom-elements.json by scripts/lib/framework-types.mjs at build time.\n';

/** Names a `@fires {type}` may use without an import. */
const GLOBAL_TYPES = new Set(['Event', 'CustomEvent', 'InputEvent', 'FocusEvent', 'KeyboardEvent']);

/** Attributes every element has: the frameworks' own HTML attribute types cover them. */
const GLOBAL_ATTRIBUTES = new Set(['lang', 'dir', 'id', 'class', 'slot', 'title', 'hidden']);

/**
 * Writes the framework types of the elements package.
 * @param {string} elementsDir the package folder (holding `custom-elements.json` and a built `dist/`)
 */
export function writeFrameworkTypes(elementsDir) {
  const manifest = JSON.parse(readFileSync(join(elementsDir, 'custom-elements.json'), 'utf8'));
  const elements = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName)
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
  const exported = {
    elements: exportsOf(join(elementsDir, 'dist/index.d.ts')),
    sdk: exportsOf(join(elementsDir, '../sdk/dist/index.d.ts')),
  };
  const dist = join(elementsDir, 'dist');
  writeFileSync(join(dist, 'elements.d.ts'), elementsModule(elements, exported));
  writeFileSync(join(dist, 'react.d.ts'), reactModule(elements));
  writeFileSync(join(dist, 'vue.d.ts'), vueModule(elements));
}

/** The names a declaration file exports (followed through `export *`). */
function exportsOf(file) {
  const program = ts.createProgram([file], { noEmit: true, skipLibCheck: true });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file);
  const symbol = source && checker.getSymbolAtLocation(source);
  if (!symbol) throw new Error(`framework types: cannot read the exports of ${file}`);
  return new Set(checker.getExportsOfModule(symbol).map((entry) => entry.getName()));
}

/** `portal-news-feed` → `PortalNewsFeed` (the prefix of the generated type names). */
const pascal = (tag) => tag.replace(/(^|-)([a-z])/g, (_, __, letter) => letter.toUpperCase());

/** A JSDoc comment of `text`, indented. */
function doc(text, indent = '  ') {
  if (!text) return '';
  const lines = text.trim().split('\n');
  return `${indent}/**\n${lines.map((line) => `${indent} * ${line}`.trimEnd()).join('\n')}\n${indent} */\n`;
}

/** A property key, quoted when it is not an identifier. */
const key = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);

/** Public, writable instance fields: what a framework may set. */
function settableFields(element) {
  return (element.members ?? []).filter(
    (member) =>
      member.kind === 'field' &&
      !member.static &&
      !member.readonly &&
      (member.privacy === undefined || member.privacy === 'public') &&
      !member.name.startsWith('#') &&
      !member.name.startsWith('_'),
  );
}

/** Qualifies the type names of a `@fires` type (`PortalLoadEvent<DocumentSummary>`). */
function eventType(text, exported, where) {
  return text.replace(/\b[A-Za-z_$][\w$]*\b/g, (name) => {
    if (GLOBAL_TYPES.has(name)) return name;
    if (exported.elements.has(name)) return `Elements.${name}`;
    if (exported.sdk.has(name)) return `Sdk.${name}`;
    throw new Error(`framework types: ${where} names the type ${name}, which is not exported`);
  });
}

/** `dist/elements.d.ts`: per tag, its properties, attributes and events. */
function elementsModule(elements, exported) {
  let out = `${HEADER}/**
 * What each Portal Kit tag takes from a framework: its PROPERTIES (typed by the element class;
 * list properties such as \`site\` also take a string of items separated by spaces or commas),
 * its ATTRIBUTES whose names differ from their properties (\`page-size\`: text, as in HTML) and
 * its EVENTS (by event name). Used by \`@portal-kit/elements/react\` and \`/vue\`.
 */
import type * as Elements from './index.js';
import type * as Sdk from '@portal-kit/sdk';

`;
  for (const element of elements) {
    const name = pascal(element.tagName);
    if (!exported.elements.has(element.name)) {
      throw new Error(`framework types: ${element.name} is not exported by the package`);
    }
    const fields = settableFields(element);
    const fieldNames = new Set(fields.map((field) => field.name));
    out += `/** The properties of \`<${element.tagName}>\` a framework may set. */\n`;
    out += `export interface ${name}Properties {\n`;
    for (const field of fields) {
      const exact = `Elements.${element.name}[${JSON.stringify(field.name)}]`;
      const list = field.type?.text === 'string[]';
      out += doc(field.description);
      out += `  ${key(field.name)}?: ${list ? 'readonly string[] | string' : exact};\n`;
    }
    out += `}\n\n`;
    out += `/** The attributes of \`<${element.tagName}>\` named differently from their property. */\n`;
    out += `export interface ${name}Attributes {\n`;
    for (const attribute of element.attributes ?? []) {
      if (GLOBAL_ATTRIBUTES.has(attribute.name) || fieldNames.has(attribute.name)) continue;
      const field = fields.find((candidate) => candidate.name === attribute.fieldName);
      if (attribute.fieldName && !field) continue; // internal state, not an input
      const text = field?.type?.text ?? attribute.type?.text ?? 'string';
      const value =
        text === 'boolean' ? 'boolean' : /\bnumber\b/.test(text) ? 'number | string' : 'string';
      out += doc(attribute.description);
      out += `  ${key(attribute.name)}?: ${value};\n`;
    }
    out += `}\n\n`;
    out += `/** The events of \`<${element.tagName}>\`, by name. */\n`;
    out += `export interface ${name}Events {\n`;
    const seen = new Set();
    for (const event of element.events ?? []) {
      if (!event.name || seen.has(event.name)) continue;
      seen.add(event.name);
      const type = eventType(
        event.type?.text ?? 'Event',
        exported,
        `<${element.tagName}> ${event.name}`,
      );
      out += doc(event.description);
      out += `  ${key(event.name)}: ${type};\n`;
    }
    out += `}\n\n`;
  }
  out += `/** Every tag: its element class, properties, attributes and events. */\nexport interface PortalElements {\n`;
  for (const element of elements) {
    const name = pascal(element.tagName);
    out += `  '${element.tagName}': {\n    element: Elements.${element.name};\n    properties: ${name}Properties;\n    attributes: ${name}Attributes;\n    events: ${name}Events;\n  };\n`;
  }
  return `${out}}\n`;
}

/** `dist/react.d.ts`: the tags in React 19's JSX. */
function reactModule(elements) {
  let out = `${HEADER}/**
 * The Portal Kit tags in React 19's JSX: \`import type {} from '@portal-kit/elements/react'\` once
 * (or list it in tsconfig \`types\`). Each tag takes its properties (React 19 sets a prop as a
 * property when the element has one), its attributes, and \`on<event-name>\` handlers — React 19
 * listens to the event named by what follows \`on\`, verbatim: \`onportal-load\` → \`portal-load\`.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { PortalElements } from './elements.js';

export type * from './elements.js';

/** The \`on<event-name>\` handlers of an event map. */
export type EventHandlers<E> = {
  [K in keyof E & string as \`on\${K}\`]?: (event: E[K]) => void;
};

/** What a Portal Kit tag takes in JSX. */
export type ReactProps<T extends keyof PortalElements> = Omit<
  DetailedHTMLProps<HTMLAttributes<PortalElements[T]['element']>, PortalElements[T]['element']>,
  keyof PortalElements[T]['properties']
> &
  PortalElements[T]['properties'] &
  PortalElements[T]['attributes'] &
  EventHandlers<PortalElements[T]['events']> & {
    /** The class attribute (React 19 also takes \`className\`). */
    class?: string;
  };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
`;
  for (const element of elements) {
    out += doc(element.summary ?? '', '      ');
    out += `      '${element.tagName}': ReactProps<'${element.tagName}'>;\n`;
  }
  return `${out}    }\n  }\n}\n`;
}

/** `dist/vue.d.ts`: the tags as Vue global components. */
function vueModule(elements) {
  let out = `${HEADER}/**
 * The Portal Kit tags in Vue templates (vue-tsc, Volar): \`import type {} from
 * '@portal-kit/elements/vue'\` once (or list it in tsconfig \`types\`), and tell Vue's compiler the
 * \`portal-\` tags are custom elements (\`isCustomElement\`). Each tag takes its properties
 * (\`:page-size="5"\`, \`:site="['main']"\`) and its events (\`@portal-load="onLoad"\`, the
 * handler receiving the event).
 */
import type { DefineComponent } from 'vue';
import type { PortalElements } from './elements.js';

export type * from './elements.js';

/**
 * What a template may give a property: its type, and for a number the text of one — a static
 * \`page-size="5"\` reaches the element as its attribute, which the element reads as a number.
 */
export type TemplateProps<P> = {
  [K in keyof P]?: P[K] | (number extends P[K] ? \`\${number}\` : never);
};

/** A Portal Kit tag as a Vue component: its properties, and its events as emits. */
export type VueElement<T extends keyof PortalElements> = DefineComponent<
  TemplateProps<PortalElements[T]['properties']>,
  object,
  object,
  Record<string, never>,
  Record<string, never>,
  object,
  object,
  { [K in keyof PortalElements[T]['events']]: (event: PortalElements[T]['events'][K]) => void }
>;

declare module 'vue' {
  interface GlobalComponents {
`;
  for (const element of elements) {
    out += doc(element.summary ?? '', '    ');
    out += `    '${element.tagName}': VueElement<'${element.tagName}'>;\n`;
  }
  return `${out}  }\n}\n`;
}
