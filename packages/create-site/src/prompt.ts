/**
 * Asks, on a terminal, for the answers the command line did not give (node:readline/promises,
 * no prompt library). The site kind is asked until it is one of the kinds; every other answer
 * is taken as typed and checked with the whole record afterwards.
 */
import { createInterface } from 'node:readline/promises';
import { SITE_KINDS } from '@portal-kit/sdk';
import { splitLanguages, type CliOptions } from './args.js';
import { DEFAULT_LANGUAGES, isSiteKind, missingAnswers, type MissingAnswer } from './record.js';

/** Where the questions go and the answers come from. */
export interface PromptStreams {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
}

/** Stores one typed answer in `options`, by the flag that would have given it. */
function store(options: CliOptions, answer: MissingAnswer, text: string): void {
  switch (answer.flag) {
    case '--kind':
      options.kind = text;
      return;
    case '--id':
      options.id = text;
      return;
    case '--name-zh':
      options.names['zh-CN'] = text;
      return;
    case '--name-en':
      options.names.en = text;
      return;
    case '--site-code':
      options.siteCode = text;
      return;
    case '--icp':
      options.icp = text;
      return;
    case '--public-security':
      options.publicSecurity = text;
      return;
    case '--organizer-zh':
      options.organizer['zh-CN'] = text;
      return;
    default:
      if (answer.flag.startsWith('--name ')) {
        options.names[answer.flag.slice('--name '.length, answer.flag.indexOf('='))] = text;
      } else {
        // The contact: an email has @, a phone is digits, else an address.
        if (text.includes('@')) options.email = text;
        else if (/^\+?[0-9][0-9 -]*$/.test(text)) options.phone = text;
        else options.address = text;
      }
  }
}

/** How the questions ended: all asked, input closed (Ctrl-D, end of file), or Ctrl-C. */
export type PromptOutcome = 'answered' | 'closed' | 'interrupted';

/**
 * Asks for every missing answer, in order, and fills `options` in place. The kind comes first
 * (what else is needed depends on it), then the languages when not given (default zh-CN, en),
 * then the rest. An empty answer leaves the question unanswered. When the input ends, the
 * questions stop (what is still missing is then an error); Ctrl-C stops them too.
 */
export async function askMissing(
  options: CliOptions,
  streams: PromptStreams,
): Promise<PromptOutcome> {
  const terminal =
    (streams.input as { isTTY?: boolean }).isTTY === true &&
    (streams.output as { isTTY?: boolean }).isTTY === true;
  const rl = createInterface({ input: streams.input, output: streams.output, terminal });
  let outcome: PromptOutcome = 'answered';
  const ended = new Promise<null>((resolve) => {
    rl.once('close', () => {
      if (outcome === 'answered') outcome = 'closed';
      resolve(null);
    });
  });
  rl.on('SIGINT', () => {
    outcome = 'interrupted';
    streams.output.write('\n');
    rl.close();
  });
  const write = (text: string) => streams.output.write(text);
  /** The trimmed answer, or null once the input has ended. */
  const ask = async (question: string) => {
    const answer = await Promise.race([rl.question(question), ended]);
    return answer === null ? null : answer.trim();
  };
  try {
    while (options.kind === undefined || !isSiteKind(options.kind)) {
      if (options.kind !== undefined) {
        write(`"${options.kind}" is not a site kind.\n`);
      }
      const kind = await ask(`Site kind (${SITE_KINDS.join(', ')}): `);
      if (kind === null || kind === '') return outcome;
      options.kind = kind;
    }
    if (options.languages === undefined) {
      const languages = await ask(
        `Languages, the first the default [${DEFAULT_LANGUAGES.join(',')}]: `,
      );
      if (languages === null) return outcome;
      if (languages !== '') options.languages = splitLanguages(languages);
    }
    // The questions depend on the answers so far (the languages decide the names asked).
    for (const answer of missingAnswers(options)) {
      const text = await ask(`${answer.label[0]!.toUpperCase()}${answer.label.slice(1)}: `);
      if (text === null) return outcome;
      if (text !== '') store(options, answer, text);
    }
    return outcome;
  } finally {
    rl.close();
  }
}
