/**
 * Server-Sent Events read with fetch (not EventSource), so the stream is authenticated with
 * the bearer header of the current session, like every API call, and no token is put in a URL.
 * Reconnects with `Last-Event-ID` after a network error or an early end, unless the server
 * refused the stream (4xx) or the caller says the stream is finished.
 */
import {
  type EventSourceMessage,
  EventStreamContentType,
  fetchEventSource,
} from '@microsoft/fetch-event-source';
import { i18n } from '@/lib/i18n';
import { ProblemError, toProblemError } from '@/lib/problem-error';
import { getAccessToken } from '@/lib/session';

export type { EventSourceMessage };

export type EventStreamOptions = {
  /** Same-origin path of the stream, e.g. `/api/v1/lots/7/live`. */
  path: string;
  /** The last event already known, so the server sends only what came after it. */
  lastEventId?: string | undefined;
  signal: AbortSignal;
  onMessage: (message: EventSourceMessage) => void;
  /** Called when a connection opens, and when it is lost and will be tried again. */
  onConnectionChange?: (connected: boolean) => void;
  /** Whether the server has sent its last event: an ended stream is then not reopened. */
  isFinished: () => boolean;
};

const MAX_RETRY_MS = 15_000;

/** Refusals that a retry cannot change: the stream stops with them. */
class StreamRefused extends Error {
  readonly problem: ProblemError;

  constructor(problem: ProblemError) {
    super(problem.message);
    this.problem = problem;
  }
}

/** The request headers of one connection attempt: the session's token may have changed since. */
function withSession(init: RequestInit | undefined): RequestInit {
  const headers = new Headers(init?.headers);
  const token = getAccessToken();
  if (token !== null) headers.set('Authorization', `Bearer ${token}`);
  headers.set('Accept-Language', i18n.language);
  return { ...init, headers };
}

/**
 * Reads the stream until the signal aborts or the caller says it is finished. Resolves then;
 * rejects with a ProblemError when the server refuses the stream (e.g. 401, 404).
 */
export function openEventStream(options: EventStreamOptions): Promise<void> {
  const { path, lastEventId, signal, onMessage, onConnectionChange, isFinished } = options;
  let failures = 0;
  return fetchEventSource(path, {
    signal,
    // The library keeps this lower-case key up to date with each event's id.
    headers: lastEventId === undefined ? {} : { 'last-event-id': lastEventId },
    // A live auction keeps updating in a background tab: no gap to fill when it comes back.
    openWhenHidden: true,
    fetch: (input, init) => fetch(input, withSession(init)),
    async onopen(response) {
      const type = response.headers.get('Content-Type') ?? '';
      if (response.ok && type.startsWith(EventStreamContentType)) {
        failures = 0;
        onConnectionChange?.(true);
        return;
      }
      const problem = await toProblemError(response);
      if (problem.status >= 400 && problem.status < 500 && problem.status !== 429) {
        throw new StreamRefused(problem);
      }
      throw problem;
    },
    onmessage: onMessage,
    onclose() {
      if (!isFinished()) {
        // Ended early (a proxy's timeout, a server restart): throwing has it reconnect.
        throw new Error('The event stream ended early');
      }
    },
    onerror(error: unknown) {
      if (error instanceof StreamRefused) throw error.problem;
      onConnectionChange?.(false);
      failures += 1;
      return Math.min(1000 * 2 ** (failures - 1), MAX_RETRY_MS);
    },
  });
}
