/**
 * `POST /csp-reports`: where browsers report what the static pages' Content Security Policy
 * refused — the CSP level 2 `report-uri` form (`application/csp-report`, one report) and the
 * Reporting API form of `report-to` (`application/reports+json`, a batch). Bodies are bounded,
 * each report is reduced to a few bounded fields, logged as a warning and handed to
 * `onReport` (tests collect them there). Answers 204; nothing is stored.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { problem, ProblemError } from './problem.js';

/** Path of the report endpoint, named by the pages' CSP (`report-uri`). */
export const CSP_REPORT_PATH = '/csp-reports';

/** Largest report body accepted, in bytes (a batch of the Reporting API included). */
export const CSP_REPORT_BODY_LIMIT = 64 * 1024;

/** Reports one client may send per minute (counted apart from the app's own rate limit). */
export const CSP_REPORT_RATE_LIMIT = { max: 120, timeWindow: 60_000 } as const;

const MAX_REPORTS_PER_BODY = 100;
const MAX_FIELD_LENGTH = 1024;

const CSP_REPORT = 'application/csp-report';
const REPORTS_JSON = 'application/reports+json';

/** One violation as the endpoint understood it, whichever form the browser sent. */
export interface CspViolation {
  /** The page where the violation happened. */
  documentUrl: string;
  /** The directive that refused it, e.g. `require-trusted-types-for` or `script-src-elem`. */
  directive: string;
  /** What was refused: a URL, or `inline`, `eval`, `trusted-types-sink`… */
  blockedUrl: string;
  /** The first characters of the refused script or HTML, when the policy asks for samples. */
  sample: string;
  /** `enforce` (refused) or `report` (a report-only policy). */
  disposition: string;
  /** Where in the page's scripts it happened (`file:line:column`), when the browser says. */
  source: string;
  /** `report-uri` (application/csp-report) or `report-to` (application/reports+json). */
  via: 'report-uri' | 'report-to';
}

/** Options of {@link registerCspReports}. */
export interface CspReportOptions {
  /** Called with every violation received (after it is logged). */
  onReport?: (violation: CspViolation) => void;
}

type Fields = Record<string, unknown>;

function text(value: unknown): string {
  if (typeof value === 'string') return value.slice(0, MAX_FIELD_LENGTH);
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}

function isObject(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sourceOf(file: unknown, line: unknown, column: unknown): string {
  const name = text(file);
  if (name === '') return '';
  return [name, text(line), text(column)].filter((part) => part !== '').join(':');
}

/** A CSP level 2 report (`{"csp-report": {...}}`) as a violation; `null` when it is not one. */
export function fromCspReport(body: unknown): CspViolation | null {
  const report = isObject(body) ? body['csp-report'] : undefined;
  if (!isObject(report)) return null;
  return {
    documentUrl: text(report['document-uri']),
    directive: text(report['effective-directive'] ?? report['violated-directive']),
    blockedUrl: text(report['blocked-uri']),
    sample: text(report['script-sample']),
    disposition: text(report.disposition) || 'enforce',
    source: sourceOf(report['source-file'], report['line-number'], report['column-number']),
    via: 'report-uri',
  };
}

/** The `csp-violation` reports of a Reporting API batch as violations (others are skipped). */
export function fromReportingBatch(body: unknown): CspViolation[] {
  if (!Array.isArray(body)) return [];
  return body
    .slice(0, MAX_REPORTS_PER_BODY)
    .filter((report): report is Fields => isObject(report) && report.type === 'csp-violation')
    .map((report) => {
      const detail = isObject(report.body) ? report.body : {};
      return {
        documentUrl: text(detail.documentURL ?? report.url),
        directive: text(detail.effectiveDirective),
        blockedUrl: text(detail.blockedURL),
        sample: text(detail.sample),
        disposition: text(detail.disposition) || 'enforce',
        source: sourceOf(detail.sourceFile, detail.lineNumber, detail.columnNumber),
        via: 'report-to' as const,
      };
    });
}

function mediaTypeOf(request: FastifyRequest): string {
  return (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
}

/**
 * Registers `POST /csp-reports` on `app`. Its own body parsers (for the two report media types)
 * and its own rate limit apply to this route only.
 */
export async function registerCspReports(
  app: FastifyInstance,
  options: CspReportOptions = {},
): Promise<void> {
  await app.register(async (scope) => {
    scope.addContentTypeParser(
      [CSP_REPORT, REPORTS_JSON],
      { parseAs: 'string', bodyLimit: CSP_REPORT_BODY_LIMIT },
      (_request, body, done) => {
        try {
          done(null, JSON.parse(body as string));
        } catch {
          done(new ProblemError(problem(400, { detail: 'The report is not valid JSON.' })));
        }
      },
    );
    scope.post(
      CSP_REPORT_PATH,
      { bodyLimit: CSP_REPORT_BODY_LIMIT, config: { rateLimit: { ...CSP_REPORT_RATE_LIMIT } } },
      async (request, reply) => {
        const type = mediaTypeOf(request);
        let violations: CspViolation[];
        if (type === CSP_REPORT || type === 'application/json') {
          const one = fromCspReport(request.body);
          violations = one ? [one] : [];
        } else if (type === REPORTS_JSON) {
          violations = fromReportingBatch(request.body);
        } else {
          throw new ProblemError(
            problem(415, { detail: `Reports are ${CSP_REPORT} or ${REPORTS_JSON}.` }),
          );
        }
        for (const violation of violations) {
          request.log.warn({ cspViolation: violation }, 'content security policy violation');
          options.onReport?.(violation);
        }
        return reply.code(204).header('cache-control', 'no-store').send();
      },
    );
  });
}
