// File-number parsing throughput: parseFileNumber() of the BUILT sdk over a fixed mixed corpus
// (canonical numbers, typed variants, invalid input), in inputs per second, beside two baselines
// measured in the same run over the same inputs: NFKC normalization plus one regex test (the least
// a normalizing matcher does), and JSON.parse of each input as a JSON string.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const DURATION_MS = 1500;
const WARMUP_MS = 300;
const dist = fileURLToPath(new URL('../../packages/sdk/dist/index.js', import.meta.url));

/** A fixed corpus: one third canonical, one third variants, one third refused. */
const CANONICAL = [
  '商资发〔2006〕123号',
  '商贸发〔2005〕27号',
  '商服贸发〔2017〕76号',
  '国办发〔2017〕47号',
  '财税〔2018〕70号',
  '国办发明电〔2020〕5号',
  '商务部令2006年第1号',
  '商务部公告2006年第12号',
  '商务部 海关总署公告2013年第85号',
  '国家药监局通告2019年第56号',
];
const VARIANTS = [
  '商资发[2006]123号',
  '商资发（２００６）１２３号',
  '  商资发 〔2006〕 第 0123 号号 ',
  '商资发【06】123',
  '国发[2014]60',
  '商务部令 2006 年 第 01 号',
  '中华人民共和国商务部令二〇〇六年第一号',
  '商务部、海关总署公告2013年第85号',
  '中国人民银行公告〔2018〕第7号',
  '国办发〔2017〕47号文',
];
const INVALID = [
  '',
  '商资发〔2006〕号',
  '商资发123号',
  '〔2006〕123号',
  '商资发〔1899〕1号',
  '商资发〔2006〕0号',
  'hello world',
  '商资发2006123号',
  '商资发〔2006〕123号<script>alert(1)</script>',
  '国务院令第588号',
];
const CORPUS = [...CANONICAL, ...VARIANTS, ...INVALID];
const PATTERN = /^\p{Script=Han}+〔\d{4}〕\d+号$/u;

/** Calls `fn` on every corpus input, round after round, for `ms`; inputs per second. */
function measure(fn, ms) {
  let inputs = 0;
  let sink = 0;
  const started = performance.now();
  const end = started + ms;
  while (performance.now() < end) {
    for (const input of CORPUS) if (fn(input)) sink++;
    inputs += CORPUS.length;
  }
  const seconds = (performance.now() - started) / 1000;
  return { perSecond: inputs / seconds, sink };
}

export async function benchParse() {
  if (!existsSync(dist)) throw new Error(`${dist} is missing: run node scripts/build.mjs first`);
  const { parseFileNumber } = await import(dist);
  const accepted = CORPUS.filter((input) => parseFileNumber(input).ok).length;
  const jsonInputs = new Map(CORPUS.map((input) => [input, JSON.stringify(input)]));
  const cases = [
    ['baseline: NFKC + one regex test', (s) => PATTERN.test(s.normalize('NFKC'))],
    ['baseline: JSON.parse of the same string', (s) => JSON.parse(jsonInputs.get(s)) !== ''],
    ['parseFileNumber()', (s) => parseFileNumber(s).ok],
  ];
  for (const [, fn] of cases) measure(fn, WARMUP_MS);
  const rows = cases.map(([name, fn]) => ({ name, ...measure(fn, DURATION_MS) }));
  const floor = rows[0].perSecond;
  console.log(
    `\nFile-number parsing (${CORPUS.length} inputs: ${CANONICAL.length} canonical, ${VARIANTS.length} variants, ${INVALID.length} invalid; ${accepted} accepted; ${DURATION_MS / 1000} s each, one thread)`,
  );
  console.log(
    `${'function'.padEnd(42)} ${'inputs/s'.padStart(11)} ${'µs/input'.padStart(9)} ${'×floor'.padStart(7)}`,
  );
  for (const row of rows) {
    console.log(
      `${row.name.padEnd(42)} ${row.perSecond.toFixed(0).padStart(11)} ${(1e6 / row.perSecond).toFixed(2).padStart(9)} ${(row.perSecond / floor).toFixed(2).padStart(7)}`,
    );
  }
  return rows;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await benchParse();
