/**
 * The one corpus of hostile text every test feeds to inputs (server fields and headers, the
 * SDK's readers, the components' fields): the Big List of Naughty Strings (the npm package
 * `big-list-of-naughty-strings`, MIT, © Max Woolf — 458 distinct strings, category `blns`)
 * followed by strings chosen for this portal, by category: markup and script that would set
 * {@link NAUGHTY_FLAG} if it ever ran, SQL, invisible and direction-changing characters,
 * combining marks, emoji sequences, lone surrogates and non-characters, full-width forms and
 * confusables (a look-alike tracking number too), control characters and NUL, format strings
 * and template syntax, JSON- and prototype-breaking text, CRLF header injection, paths,
 * case mappings that change the length, inputs that make naïve regular expressions backtrack,
 * personal data (for the warning), and oversized text up to 1 MB.
 *
 * Runs in Node (the package resolved as any dependency) and in the browser tests (the list
 * fetched from the test server, which serves the repository's root and its `node_modules`).
 */
import type * as NodeModule from 'node:module';

/** The BLNS list: `require`d in Node, fetched in a browser. */
async function loadBlns(): Promise<readonly string[]> {
  const list = 'big-list-of-naughty-strings/blns.json';
  if (typeof window === 'undefined') {
    // A name the browser test server does not try to resolve.
    const nodeModule = 'node:module';
    const { createRequire } = (await import(nodeModule)) as typeof NodeModule;
    return createRequire(import.meta.url)(list) as string[];
  }
  const response = await fetch(new URL(`../../node_modules/${list}`, import.meta.url));
  if (!response.ok) throw new Error(`${list}: HTTP ${response.status}`);
  return (await response.json()) as string[];
}

const blns = await loadBlns();

/** What kind of hostile text a corpus entry is. */
export type NaughtyCategory =
  | 'blns'
  | 'markup'
  | 'sql'
  | 'invisible'
  | 'bidi'
  | 'combining'
  | 'emoji'
  | 'surrogates'
  | 'confusables'
  | 'control'
  | 'format'
  | 'json'
  | 'crlf'
  | 'path'
  | 'case-mapping'
  | 'backtracking'
  | 'personal-data'
  | 'oversized';

/** One hostile string, with a name to show in a failing assertion. */
export interface NaughtyString {
  readonly category: NaughtyCategory;
  readonly text: string;
  /** `category#index`: stable, printable (the text itself may be 1 MB or invisible). */
  readonly id: string;
}

/**
 * The global a payload of the `markup` category sets if it is ever run as script
 * (`window.__naughtyRan = …`); the BLNS payloads call `alert`/`confirm`/`prompt` instead.
 */
export const NAUGHTY_FLAG = '__naughtyRan';

/** One megabyte (2²⁰ characters) of text. */
export const ONE_MEGABYTE = 1 << 20;

const run = `window.${NAUGHTY_FLAG}=1`;

const curated: Record<Exclude<NaughtyCategory, 'blns'>, readonly string[]> = {
  markup: [
    `<script>${run}</script>`,
    `<img src=x onerror="${run}">`,
    `<svg onload=${run}>`,
    `<svg><animate onbegin=${run} attributeName=x dur=1s>`,
    `"><img src=x onerror=${run}>`,
    `'><details open ontoggle=${run}>`,
    `</textarea><script>${run}</script>`,
    `</title></style></script><script>${run}</script>`,
    `<iframe srcdoc="<script>parent.${NAUGHTY_FLAG}=1</script>"></iframe>`,
    `<a href="javascript:${run}">link</a>`,
    `javascript:${run}`,
    `<math><mtext><table><mglyph><style><img src=x onerror=${run}>`,
    `<template><slot></slot></template><portal-message-form></portal-message-form>`,
    `<style>*{display:none!important}</style>`,
    `<b>bold</b><i>it</i><u>u</u>`,
    `<!-- comment --><![CDATA[ x ]]>`,
    `&lt;script&gt;${run}&lt;/script&gt;`,
    `&#x3C;img src=x onerror=${run}&#x3E;`,
    `＜script＞${run}＜/script＞`,
    `<scr<script>ipt>${run}</scr</script>ipt>`,
    `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>`,
  ],
  sql: [
    `'; DROP TABLE messages; --`,
    `1' OR '1'='1`,
    `' UNION SELECT access_code_hash FROM messages --`,
    `'); SELECT pg_sleep(10); --`,
    `$$; DROP TABLE messages; $$`,
    `$1 $2 $$ $tag$`,
    `E'\\x00' \\' \\\\`,
    `%_% LIKE '%'`,
    `::text; COPY messages TO PROGRAM 'id'`,
    `\\N`,
  ],
  invisible: [
    '\u200b',
    'zero\u200bwidth\u200cnon\u200djoiner',
    '\ufeffleading byte order mark',
    'trailing byte order mark\ufeff',
    'word\u2060joiner soft\u00adhyphen',
    '\u00a0',
    '\u3000',
    '\u200b\u200b\u200b',
    ' \t ',
    '\u2028line\u2029paragraph',
    'tag\u{E0041}\u{E0042}characters',
    '\u180evowel separator',
  ],
  bidi: [
    '\u202etxt.exe',
    'abc\u202edef\u202cghi',
    '\u2066isolate\u2069 \u2067rtl\u2069 \u2068first\u2069',
    '\u200fمرحبا\u200e hello',
    'العربية English 中文 עברית',
    '\u202d\u202aembedding\u202c',
  ],
  combining: [
    'Z̮̞̠͙͔ͅḀ̗̞͈̻̗Ḷ͙͎̯̹̞͓G̻O̭̗̮',
    'e\u0301 é',
    'a\u0300\u0301\u0302\u0303\u0304\u0305\u0306\u0307\u0308\u0309\u030a\u030b\u030c',
    '\u0301 starts with a combining mark',
    'ก\u0e49\u0e49\u0e49\u0e49\u0e49',
    '한국어 \u1100\u1161\u11a8',
  ],
  emoji: ['👨‍👩‍👧‍👦', '🏳️‍🌈 🇨🇳 🇺🇳', '👍🏽 👩🏿‍💻', '1️⃣ #️⃣', '𠜎𠜱𠝹 𝕳𝖊𝖑𝖑𝖔', '\u{1F600}'.repeat(50)],
  surrogates: [
    '\ud800',
    'lone high \ud83d at the end',
    'lone low \ude00 in the middle',
    '\udc00\ud800 reversed pair',
    '\ud83d\ud83d',
    '\ufffe\uffff non-characters',
    '\ufdd0\ufdef',
    '\ue000 private use \u{f0000}',
    '\u{10ffff}',
    '\ufffd replacement',
  ],
  confusables: [
    'ｐａｙｐａｌ',
    'раураl ΑΡΡΙΕ',
    'ℌ𝔢𝔩𝔩𝔬 𝐰𝐨𝐫𝐥𝐝',
    // A real tracking number (its check character matches): canonical, as typed, full-width,
    // with look-alike letters, with a confusable Cyrillic М, with a typo.
    'M26-7KQ4-9XH3',
    'm26 7kq4 9xh3',
    'Ｍ２６－７ＫＱ４－９ＸＨ３',
    'M26-7KQ4-9XH3\u200b',
    '\u041c26-7KQ4-9XH3',
    'M26-7KQ4-9XHC',
    'MZ6-7KQ4-9XH3',
    'ＡＢＣ＠ｅｘａｍｐｌｅ．ｃｏｍ',
    '１３８ １２３４ ５６７８',
    'ﬁle ﬀ ㎏ ½ Ⅻ',
    '商资发〔２００６〕１２３号',
    '商资发[06]第0123号\u200b',
  ],
  control: [
    '\u0000',
    'nul \u0000 byte',
    'trailing nul\u0000',
    '\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008',
    'vertical\u000btab form\u000cfeed',
    'escape \u001b[31mred\u001b[0m \u001b]0;title\u0007',
    'delete\u007f',
    'c1 \u0080\u0085\u009b\u009f',
    'tab\there',
    'line\nbreak',
    'carriage\rreturn',
  ],
  format: [
    '%s%s%s%s%s%n',
    '%x %p %d %1$s %%',
    '{0} {1} {{2}}',
    '${7*7} #{7*7} {{7*7}} <%= 7*7 %>',
    "{{constructor.constructor('return process')()}}",
    '{{count}} $t(heading) {{- unescaped}}',
    '%00 %0d%0a %ff %%',
    '\\u0000 \\x00 \\0',
  ],
  json: [
    '"',
    '\\',
    '"}',
    '{"__proto__":{"polluted":true}}',
    '__proto__',
    'constructor',
    'toString',
    'hasOwnProperty',
    '{"a":',
    '[',
    ']}',
    '</script><script>',
    'null',
    'undefined',
    'NaN',
    '-0',
    '1e309',
    '9007199254740993',
    'true',
  ],
  crlf: [
    'x\r\nSet-Cookie: a=b',
    'x\r\nX-Injected: 1\r\n\r\n<html>',
    'x\nLocation: https://evil.example/',
    'x\rX-Injected: 1',
    '%0d%0aSet-Cookie:%20a=b',
    'x\u0085X-Injected: 1',
    'a@b.cn\r\nBcc: x@y.cn',
  ],
  path: [
    '../../../../etc/passwd',
    '..%2f..%2f..%2fetc%2fpasswd',
    '%2e%2e%2f',
    '/',
    '//evil.example',
    '?a=b#c',
    '#',
    '..\\..\\windows\\win.ini',
    'M26-0000-0000/../../sites',
    'file:///etc/passwd',
    '%',
    '%E0%A4%A',
    '%ED%A0%80',
    '%C0%AE%C0%AE/',
  ],
  'case-mapping': ['ß ẞ', 'İstanbul ı', 'ΣΑΣ ς', 'ŉ ǰ ΐ', 'Ω K Å'],
  backtracking: [
    `${'a'.repeat(50_000)}@`,
    `a@${'a.'.repeat(20_000)}`,
    `+1${' 1'.repeat(20_000)}x`,
    '1'.repeat(100_000),
    `${'1'.repeat(17)}X`.repeat(2000),
    `(${'0'.repeat(3)})${' 1234'.repeat(10_000)}`,
    `${'-'.repeat(50_000)}1`,
  ],
  'personal-data': [
    'My ID is 11010519491231002X.',
    'call 138 1234 5678 or (010) 6519-8888',
    'mail ada@example.com',
    '+86 10 6519 8888',
  ],
  oversized: [
    's'.repeat(201),
    '𠜎'.repeat(201),
    'x'.repeat(5001),
    '<'.repeat(100_000),
    'x'.repeat(ONE_MEGABYTE),
  ],
};

/**
 * Every hostile string: the BLNS strings (its duplicates removed), then the curated ones by
 * category. Frozen: tests share it.
 */
export const NAUGHTY_STRINGS: readonly NaughtyString[] = Object.freeze(
  [
    ...[...new Set(blns)].map((text) => ['blns', text] as const),
    ...Object.entries(curated).flatMap(([category, texts]) =>
      texts.map((text) => [category as NaughtyCategory, text] as const),
    ),
  ].map(([category, text], index) => Object.freeze({ category, text, id: `${category}#${index}` })),
);

/** The corpus without its oversized entries (text up to a few hundred kilobytes). */
export const NAUGHTY_STRINGS_SMALL: readonly NaughtyString[] = NAUGHTY_STRINGS.filter(
  (entry) => entry.category !== 'oversized',
);

/** Whether `text` is well-formed UTF-16 (no lone surrogate): only such text can be stored. */
export function isWellFormed(text: string): boolean {
  return !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text);
}

/** `text` in a failure message: its id, and its start with invisible characters escaped. */
export function describeNaughty(entry: NaughtyString): string {
  const start = JSON.stringify(entry.text.slice(0, 60)).replace(
    /[\u0080-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `${entry.id} ${start}${entry.text.length > 60 ? `… (${entry.text.length} chars)` : ''}`;
}
