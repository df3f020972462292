/** RFC 9457 problem details: the one shape of every error response. */
import { STATUS_CODES } from 'node:http';
import type { Problem, ProblemParamError } from '@portal-kit/sdk';
import type { FastifyReply } from 'fastify';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

/** An error that answers with a given problem; thrown by handlers, rendered by the app. */
export class ProblemError extends Error {
  override name = 'ProblemError';
  readonly problem: Problem;
  /** Extra response headers, e.g. `Allow` of a 405. */
  readonly headers: Readonly<Record<string, string>>;

  constructor(problem: Problem, headers: Record<string, string> = {}) {
    super(problem.detail ?? problem.title);
    this.problem = problem;
    this.headers = headers;
  }
}

/** A problem of the plain kind (`about:blank`), titled by its status. */
export function problem(status: number, fields: Partial<Problem> = {}): Problem {
  return {
    type: 'about:blank',
    title: STATUS_CODES[status] ?? 'Error',
    status,
    ...fields,
  };
}

/** A 400 naming every invalid parameter. */
export function invalidParams(errors: readonly ProblemParamError[]): ProblemError {
  const names = [...new Set(errors.map((e) => e.param))].join(', ');
  return new ProblemError(
    problem(400, {
      detail: `Invalid request parameter${errors.length > 1 ? 's' : ''}: ${names}.`,
      errors: [...errors],
    }),
  );
}

export function sendProblem(
  reply: FastifyReply,
  body: Problem,
  headers: Record<string, string> = {},
): FastifyReply {
  return reply
    .code(body.status)
    .headers({ ...headers, 'cache-control': 'no-store' })
    .type(PROBLEM_CONTENT_TYPE)
    .send(JSON.stringify(body));
}
