/**
 * A real HTTP server on loopback for the client's tests: each test scripts the answers with a
 * handler and reads back the requests the server received.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request as the server received it. */
export interface Received {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingMessage['headers'];
}

/** Answers request number `n` (0-based). */
export type Handler = (req: IncomingMessage, res: ServerResponse, n: number) => void;

/** A running test server. */
export interface TestServer {
  /** `http://127.0.0.1:<port>`. */
  readonly baseUrl: string;
  /** Every request received, in order. */
  readonly received: Received[];
  /** Requests whose connection closed before an answer was sent (aborted by the client). */
  readonly aborted: Received[];
  /** Replaces the handler. */
  handle(handler: Handler): void;
  /** Stops the server and drops every connection. */
  close(): Promise<void>;
}

/** Starts a server on 127.0.0.1 on a free port. */
export async function startServer(handler: Handler): Promise<TestServer> {
  let current = handler;
  const received: Received[] = [];
  const aborted: Received[] = [];
  const server = createServer((req, res) => {
    const entry = { method: req.method ?? '', url: req.url ?? '', headers: req.headers };
    received.push(entry);
    res.on('close', () => {
      if (!res.writableFinished) aborted.push(entry);
    });
    current(req, res, received.length - 1);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    received,
    aborted,
    handle: (next) => {
      current = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Sends `body` as JSON with `status` and extra `headers`. */
export function json(
  res: ServerResponse,
  body: unknown,
  status = 200,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

/** Sends an RFC 9457 problem. */
export function problem(res: ServerResponse, status: number, extra: object = {}): void {
  res.writeHead(status, { 'Content-Type': 'application/problem+json' });
  res.end(JSON.stringify({ type: 'about:blank', title: `Status ${status}`, status, ...extra }));
}

/** A port on loopback that nothing listens on (bound, then released). */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
