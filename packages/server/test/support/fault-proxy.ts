/**
 * A fault-injecting TCP proxy on loopback, between HTTP clients and a server: it forwards bytes
 * both ways and, for about `dropRate` of the requests, breaks the connection — half of them
 * before the request reaches the server, half of them once the server's response has started
 * (the server did the work, a write is committed, and the client never sees the answer).
 *
 * Requests are told apart without parsing HTTP: clients send one request at a time on a
 * connection (no pipelining, as `fetch` does), so bytes from the client after bytes from the
 * server start the next request. Each new request draws its fate from a PRNG seeded with `seed`,
 * so a run draws the same sequence of fates (which request gets which depends on timing).
 *
 * The target can change (a server restarted on another port) or be `null` (the server is down):
 * then every connection is closed at once, as a refused connection would be.
 */
import { createConnection, createServer } from 'node:net';
import type { AddressInfo, Server, Socket } from 'node:net';

/** What happens to one request. */
export type Fate = 'pass' | 'drop-before' | 'drop-after';

export interface FaultProxyStats {
  /** Connections accepted from clients. */
  connections: number;
  /** Requests forwarded and answered. */
  passed: number;
  /** Requests cut before any byte of them reached the server. */
  droppedBefore: number;
  /** Requests whose response the server started and the client never saw. */
  droppedAfter: number;
  /** Connections closed because the server was down or refused them. */
  refused: number;
}

export interface FaultProxy {
  /** `http://127.0.0.1:<port>`: the clients' base URL. */
  readonly url: string;
  readonly stats: FaultProxyStats;
  /** Where new connections go: a port on 127.0.0.1, or `null` while the server is down. */
  setTarget(port: number | null): void;
  /** Stops listening and closes every open connection. */
  close(): Promise<void>;
}

export interface FaultProxyOptions {
  /** Port of the server on 127.0.0.1, or `null` until one is set. */
  target: number | null;
  /** Seed of the fates' PRNG. */
  seed: number;
  /** Share of the requests broken, half before and half after. Default 0.1. */
  dropRate?: number;
}

/** mulberry32: a small, fast, seeded PRNG giving floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Starts the proxy on an ephemeral loopback port. */
export async function startFaultProxy(options: FaultProxyOptions): Promise<FaultProxy> {
  let target = options.target;
  const dropRate = options.dropRate ?? 0.1;
  const random = seededRandom(options.seed);
  const fate = (): Fate => {
    const draw = random();
    if (draw < dropRate / 2) return 'drop-before';
    if (draw < dropRate) return 'drop-after';
    return 'pass';
  };
  const stats: FaultProxyStats = {
    connections: 0,
    passed: 0,
    droppedBefore: 0,
    droppedAfter: 0,
    refused: 0,
  };
  const open = new Set<Socket>();
  const track = (socket: Socket) => {
    open.add(socket);
    socket.once('close', () => open.delete(socket));
    // A reset is how a connection ends here: never an unhandled error.
    socket.on('error', () => undefined);
  };

  function handle(client: Socket): void {
    stats.connections += 1;
    track(client);
    if (target === null) {
      stats.refused += 1;
      client.destroy();
      return;
    }
    const upstream = createConnection({ host: '127.0.0.1', port: target });
    track(upstream);
    let connected = false;
    /** The fate of the request in flight; `null` between requests. */
    let current: Fate | null = null;
    /** True once the server answered the request in flight. */
    let answering = false;
    const pending: Buffer[] = [];
    const cut = () => {
      client.destroy();
      upstream.destroy();
    };

    client.on('data', (chunk: Buffer) => {
      if (current === null || answering) {
        // A new request on this connection.
        if (current === 'pass' && answering) stats.passed += 1;
        current = fate();
        answering = false;
        if (current === 'drop-before') {
          stats.droppedBefore += 1;
          cut();
          return;
        }
      }
      if (connected) upstream.write(chunk);
      else pending.push(chunk);
    });
    upstream.once('connect', () => {
      connected = true;
      for (const chunk of pending.splice(0)) upstream.write(chunk);
    });
    upstream.on('data', (chunk: Buffer) => {
      if (current === 'drop-after' && !answering) {
        stats.droppedAfter += 1;
        cut();
        return;
      }
      answering = true;
      client.write(chunk);
    });
    upstream.once('close', () => {
      if (!connected) stats.refused += 1;
      else if (current === 'pass' && answering) stats.passed += 1;
      current = null;
      client.destroy();
    });
    client.once('close', () => upstream.destroy());
  }

  const server: Server = createServer(handle);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stats,
    setTarget(next) {
      target = next;
    },
    close() {
      for (const socket of open) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
