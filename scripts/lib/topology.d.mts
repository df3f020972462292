import type { ChildProcess } from 'node:child_process';

/** A throwaway PostgreSQL cluster (see setup.mjs). */
export interface Cluster {
  url: string;
  port: number;
  bin: string;
  data: string;
  dir: string;
  stop(): Promise<void>;
}

export interface TopologyServer {
  url: string;
  child: ChildProcess;
  /** What the process printed so far. */
  output(): string;
}

export interface Topology {
  primary: Cluster;
  replica: Cluster;
  /** The `portal` database on the primary / on the replica. */
  databaseUrl: string;
  readUrl: string;
  servers: TopologyServer[];
  nginx: { url: string; dir: string };
  stop(): Promise<void>;
}

export interface TopologyOptions {
  servers?: number;
  seed?: string[];
  maxLagMs?: number;
  cacheSeconds?: number;
  env?: Record<string, string>;
}

export declare function nginxConfig(options: {
  dir: string;
  listen: string;
  upstreams: string[];
  cacheSeconds?: number;
  user?: string;
}): string;
export declare function sql<T = Record<string, unknown>>(
  url: string,
  text: string,
  params?: unknown[],
): Promise<T[]>;
export declare function startTopology(options?: TopologyOptions): Promise<Topology>;
