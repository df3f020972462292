/**
 * The small amount of HTML reading a server render needs (Node only): where the `portal-*`
 * elements of a page are, their attributes and the language they inherit, the `<html>` tag and
 * the first module script. It reads well-formed pages such as the kit's examples (every
 * non-void element closed); it is not a general HTML parser.
 */

/** One `portal-*` element of a page. */
export interface PortalTag {
  /** The tag name, e.g. `portal-news-feed`. */
  readonly name: string;
  /** Its attributes, in order (a bare attribute has the value `''`). */
  readonly attributes: readonly (readonly [string, string])[];
  /**
   * The language it inherits: its own `lang`, else the nearest ancestor's below `<html>`, else
   * `null` (the page's language).
   */
  readonly lang: string | null;
  /** Offsets of its opening tag in the page: `<` and just after `>`. */
  readonly start: number;
  readonly end: number;
}

/** What {@link readPage} finds. */
export interface PageOutline {
  readonly tags: readonly PortalTag[];
  /** The `<html …>` opening tag, if any. */
  readonly html?: {
    readonly start: number;
    readonly end: number;
    readonly attributes: readonly (readonly [string, string])[];
  };
  /** Offset of the first `<script type="module"` and its `src`, if any. */
  readonly moduleScript?: { readonly start: number; readonly src: string | null };
}

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);
const TOKEN =
  /<!--[\s\S]*?-->|<!doctype[^>]*>|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/gi;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** Character references the kit's pages use in attribute values, decoded. */
function decode(value: string): string {
  return value.replace(/&(amp|lt|gt|quot|#39|apos);/g, (_, name: string) =>
    name === 'amp' ? '&' : name === 'lt' ? '<' : name === 'gt' ? '>' : name === 'quot' ? '"' : "'",
  );
}

/** The attributes of an opening tag's attribute text. */
export function parseAttributes(text: string): [string, string][] {
  return [...text.matchAll(ATTRIBUTE)].map((m) => [
    m[1]!.toLowerCase(),
    decode(m[2] ?? m[3] ?? m[4] ?? ''),
  ]);
}

/** Escapes an attribute value for a double-quoted attribute. */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** Serializes attributes (names are checked: an unusual name is dropped). */
export function attributeText(attributes: readonly (readonly [string, string])[]): string {
  return attributes
    .filter(([name]) => /^[a-z_:][-a-z0-9_:.]*$/.test(name))
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
}

/** Finds the `portal-*` elements, the `<html>` tag and the first module script of a page. */
export function readPage(page: string): PageOutline {
  const tags: PortalTag[] = [];
  const open: { name: string; lang: string | null }[] = [];
  let html: PageOutline['html'];
  let moduleScript: PageOutline['moduleScript'];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(page); m; m = TOKEN.exec(page)) {
    const name = m[2]?.toLowerCase();
    if (!name) continue; // a comment or the doctype
    const end = m.index + m[0].length;
    if (m[1] === '/') {
      const at = open.map((e) => e.name).lastIndexOf(name);
      if (at >= 0) open.length = at;
      continue;
    }
    const attributes = parseAttributes(m[3] ?? '');
    const own = attributes.find(([n]) => n === 'lang')?.[1] || null;
    const lang = own ?? open.at(-1)?.lang ?? null;
    if (name === 'html') html = { start: m.index, end, attributes };
    if (name.startsWith('portal-')) tags.push({ name, attributes, lang, start: m.index, end });
    if (
      name === 'script' &&
      !moduleScript &&
      attributes.some(([n, v]) => n === 'type' && v === 'module')
    ) {
      moduleScript = { start: m.index, src: attributes.find(([n]) => n === 'src')?.[1] ?? null };
    }
    if (RAW_TEXT.has(name)) {
      // Skip to its end tag: its text is not markup.
      const close = page.toLowerCase().indexOf(`</${name}`, end);
      TOKEN.lastIndex = close < 0 ? page.length : close;
      continue;
    }
    if (!VOID.has(name) && !m[0].endsWith('/>'))
      open.push({ name, lang: name === 'html' ? null : lang });
  }
  return { tags, ...(html ? { html } : {}), ...(moduleScript ? { moduleScript } : {}) };
}
