/**
 * Change notifications: which statements count as writes, the `NOTIFY` a write sends to other
 * server processes sharing one PostgreSQL database, and the hub that hands every change to the
 * subscribers of `Database.onChange` (the response cache drops its entries on each one).
 */
import { randomUUID } from 'node:crypto';
import type { ChangeEvent, ChangeListener, Queryable } from './database.js';

/** The `LISTEN`/`NOTIFY` channel every server process of one database shares. */
export const CHANGE_CHANNEL = 'portal_kit_change';

const READ_ONLY = /^\s*(SELECT|SHOW|VALUES|TABLE|EXPLAIN)\b/i;

/**
 * True when `sql` is plainly a read. Anything else (`INSERT`, `UPDATE`, `WITH … UPDATE`,
 * DDL, a comment first…) counts as a write: a needless cache drop costs one query, a missed
 * one serves stale data.
 */
export function isReadOnlyStatement(sql: string): boolean {
  return READ_ONLY.test(sql);
}

/** Tells every listening server process that data changed (inside a transaction: on commit). */
export async function announceChange(target: Queryable, origin: string): Promise<void> {
  await target.query('SELECT pg_notify($1, $2)', [CHANGE_CHANNEL, origin]);
}

/** The subscribers of one database's changes, and whether every change reaches them. */
export interface ChangeHub {
  /** This process's id in notifications, so it ignores its own (already reported locally). */
  readonly origin: string;
  readonly live: boolean;
  subscribe(listener: ChangeListener): () => void;
  /** Number of subscribers. */
  readonly size: number;
  emit(event: ChangeEvent): void;
}

/** A hub that starts `live` or not; `emit` of `live`/`lost` sets the state. */
export function createChangeHub(options: { live: boolean }): ChangeHub {
  const listeners = new Set<ChangeListener>();
  let live = options.live;
  return {
    origin: randomUUID(),
    get live() {
      return live;
    },
    get size() {
      return listeners.size;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit(event) {
      if (event.type === 'live') live = true;
      if (event.type === 'lost') live = false;
      for (const listener of [...listeners]) listener(event);
    },
  };
}
