import { z } from 'zod';

export type InvalidParam = {
  name: string;
  reason: string;
};

const problemSchema = z.object({
  title: z.string().optional(),
  status: z.number().int().optional(),
  detail: z.string().optional(),
  invalidParams: z.array(z.object({ name: z.string(), reason: z.string() })).optional(),
});

/** An RFC 9457 problem answered by the API, or an equivalent built from a bare error status. */
export class ProblemError extends Error {
  override readonly name = 'ProblemError';
  readonly status: number;
  readonly title: string;
  readonly detail: string | undefined;
  readonly invalidParams: InvalidParam[];
  /** Seconds from the `Retry-After` header, when the server sent one. */
  readonly retryAfterSeconds: number | undefined;

  constructor(init: {
    status: number;
    title: string;
    detail?: string | undefined;
    invalidParams?: InvalidParam[] | undefined;
    retryAfterSeconds?: number | undefined;
  }) {
    super(init.detail ?? init.title);
    this.status = init.status;
    this.title = init.title;
    this.detail = init.detail;
    this.invalidParams = init.invalidParams ?? [];
    this.retryAfterSeconds = init.retryAfterSeconds;
  }
}

export function isProblemError(error: unknown): error is ProblemError {
  return error instanceof ProblemError;
}

const PROBLEM_MEDIA_TYPE = /^application\/problem\+json\s*(;|$)/i;

/** Reads an error response into a ProblemError; never throws on a body that is not a problem. */
export async function toProblemError(response: Response): Promise<ProblemError> {
  const retryAfterSeconds = parseRetryAfter(response.headers.get('Retry-After'));
  const fallback = {
    status: response.status,
    title: response.statusText || `HTTP ${response.status}`,
    retryAfterSeconds,
  };
  if (!PROBLEM_MEDIA_TYPE.test(response.headers.get('Content-Type') ?? '')) {
    return new ProblemError(fallback);
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return new ProblemError(fallback);
  }
  const parsed = problemSchema.safeParse(body);
  if (!parsed.success) {
    return new ProblemError(fallback);
  }
  const problem = parsed.data;
  return new ProblemError({
    status: response.status,
    title: problem.title ?? fallback.title,
    detail: problem.detail,
    invalidParams: problem.invalidParams,
    retryAfterSeconds,
  });
}

function parseRetryAfter(value: string | null): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - Date.now()) / 1000));
}
