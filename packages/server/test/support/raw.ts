/** Raw HTTP over a TCP socket: requests no HTTP client would send, answers parsed by hand. */
import { connect } from 'node:net';

export interface RawAnswer {
  status: number;
  /** Header names in lower case. */
  headers: Record<string, string>;
  body: string;
}

/**
 * Writes `request` (bytes exactly as given) to the server at `base`, then reads until the
 * server closes the connection or `idleMs` pass without data; parses the first response.
 */
export function rawExchange(
  base: string,
  request: string | Buffer,
  options: { idleMs?: number; endAfterWrite?: boolean } = {},
): Promise<RawAnswer> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const socket = connect({ host: url.hostname, port: Number(url.port) });
    const chunks: Buffer[] = [];
    let timer: NodeJS.Timeout | undefined;
    const finish = () => {
      clearTimeout(timer);
      socket.destroy();
      const text = Buffer.concat(chunks).toString('latin1');
      const split = text.indexOf('\r\n\r\n');
      if (split < 0) {
        reject(new Error(`no HTTP response: ${JSON.stringify(text.slice(0, 200))}`));
        return;
      }
      const [statusLine = '', ...lines] = text.slice(0, split).split('\r\n');
      const headers: Record<string, string> = {};
      for (const line of lines) {
        const colon = line.indexOf(':');
        headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
      }
      resolve({
        status: Number(statusLine.split(' ')[1]),
        headers,
        body: Buffer.from(text.slice(split + 4), 'latin1').toString('utf8'),
      });
    };
    const idle = () => {
      clearTimeout(timer);
      timer = setTimeout(finish, options.idleMs ?? 3000);
    };
    socket.on('connect', () => {
      socket.write(request);
      idle();
    });
    socket.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      idle();
    });
    socket.on('error', () => finish());
    socket.on('close', finish);
  });
}
