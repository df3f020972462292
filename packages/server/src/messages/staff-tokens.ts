/**
 * Staff tokens: who may act on messages, for which sites. A token is 256 random bits, shown
 * once when made (`npm run portal -- staff create --site wms`); the database keeps only its
 * SHA-256, so a copy of the database lets nobody act as staff. A revoked token stops working
 * at once (every request looks it up).
 */
import { createHash, randomBytes } from 'node:crypto';
import { STAFF_TOKEN_PATTERN } from '@portal-kit/sdk';
import type { Queryable } from '../db/database.js';

/** What a valid token may do: act as `id` for `sites`. */
export interface StaffPrincipal {
  /** The token's id (`staff_tokens.id`), recorded as the actor of each step. */
  id: string;
  sites: readonly string[];
}

/** A token as `staff list` shows it (never the token itself). */
export interface StaffTokenInfo {
  id: string;
  label: string;
  sites: string[];
  createdAt: string;
  revokedAt: string | null;
}

/** Thrown when a token cannot be made: an unknown site, no site, a bad label. */
export class StaffTokenError extends Error {
  override name = 'StaffTokenError';
}

const TOKEN = new RegExp(STAFF_TOKEN_PATTERN);
const LABEL_MAX = 200;

/** The stored hash of `token`. */
export function staffTokenHash(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

/**
 * Makes a token for `sites` and stores its hash; resolves the token (to show once) and its id.
 * Rejects with a {@link StaffTokenError} naming every unknown site id.
 */
export async function createStaffToken(
  db: Queryable,
  options: { sites: readonly string[]; label?: string; now?: Date },
): Promise<{ id: string; token: string }> {
  const sites = [...new Set(options.sites)];
  if (sites.length === 0) throw new StaffTokenError('Name at least one site: --site <id>.');
  const label = (options.label ?? sites.join(', ')).trim();
  if (label === '' || [...label].length > LABEL_MAX) {
    throw new StaffTokenError(`The label must be 1 to ${LABEL_MAX} characters.`);
  }
  const known = await db.query<{ id: string }>('SELECT id FROM sites WHERE id = ANY($1)', [sites]);
  const unknown = sites.filter((site) => !known.some((row) => row.id === site));
  if (unknown.length > 0) {
    throw new StaffTokenError(
      `No such site: ${unknown.join(', ')}. Site ids are listed at /api/v1/sites (e.g. main, wms).`,
    );
  }
  const token = `pks_${randomBytes(32).toString('base64url')}`;
  const [row] = await db.query<{ id: string }>(
    `INSERT INTO staff_tokens (token_hash, label, sites, created_at)
     VALUES ($1, $2, $3, $4) RETURNING id::text AS id`,
    [staffTokenHash(token), label, sites, (options.now ?? new Date()).toISOString()],
  );
  return { id: row!.id, token };
}

/** Every token, newest first (without the tokens themselves). */
export async function listStaffTokens(db: Queryable): Promise<StaffTokenInfo[]> {
  const rows = await db.query<{
    id: string;
    label: string;
    sites: string[];
    created_at: Date | string;
    revoked_at: Date | string | null;
  }>(
    `SELECT id::text AS id, label, sites, created_at, revoked_at
     FROM staff_tokens ORDER BY id DESC`,
  );
  return rows.map((row) => ({
    id: row.id,
    label: row.label,
    sites: row.sites,
    createdAt: new Date(row.created_at).toISOString(),
    revokedAt: row.revoked_at === null ? null : new Date(row.revoked_at).toISOString(),
  }));
}

/**
 * Revokes token `id`: `revoked` when it was active, `already` when revoked before, `unknown`
 * when no token has the id.
 */
export async function revokeStaffToken(
  db: Queryable,
  id: string,
  now: Date = new Date(),
): Promise<'revoked' | 'already' | 'unknown'> {
  if (!/^[1-9]\d{0,17}$/.test(id)) return 'unknown';
  const revoked = await db.query(
    `UPDATE staff_tokens SET revoked_at = $2
     WHERE id = $1::bigint AND revoked_at IS NULL RETURNING id`,
    [id, now.toISOString()],
  );
  if (revoked.length > 0) return 'revoked';
  const known = await db.query('SELECT 1 FROM staff_tokens WHERE id = $1::bigint', [id]);
  return known.length > 0 ? 'already' : 'unknown';
}

/** The principal of `token`, or `null` for a malformed, unknown or revoked one alike. */
export async function authenticateStaff(
  db: Queryable,
  token: string,
): Promise<StaffPrincipal | null> {
  // A malformed token is hashed and looked up too: the same work as any other.
  const [row] = await db.query<{ id: string; sites: string[] }>(
    `SELECT id::text AS id, sites FROM staff_tokens
     WHERE token_hash = $1 AND revoked_at IS NULL`,
    [staffTokenHash(token)],
  );
  if (!row || !TOKEN.test(token)) return null;
  return { id: row.id, sites: row.sites };
}
