import { describe, expect, it } from 'vitest';
import { authApi, isProblemError, meApi, ProblemError } from '@/lib/api-client';
import { changeLanguage } from '@/lib/i18n';
import { startSession } from '@/lib/session';
import { meJson } from '@/testing/fixtures';
import { json, mockFetch, problem } from '@/testing/mock-fetch';

async function loginError(): Promise<ProblemError> {
  const error: unknown = await authApi
    .login({ loginRequest: { email: 'a@b.example', password: 'x' } })
    .then(
      () => undefined,
      (rejection: unknown) => rejection,
    );
  if (!isProblemError(error)) throw new Error(`expected a ProblemError, got ${String(error)}`);
  return error;
}

describe('api client', () => {
  it('turns a problem+json response into a typed ProblemError', async () => {
    mockFetch({
      'POST /api/v1/auth/login': () =>
        problem(400, {
          title: 'Bad Request',
          detail: 'The request has invalid fields',
          invalidParams: [{ name: 'email', reason: 'must be a well-formed email address' }],
        }),
    });

    const error = await loginError();

    expect(error).toBeInstanceOf(ProblemError);
    expect(error.status).toBe(400);
    expect(error.title).toBe('Bad Request');
    expect(error.detail).toBe('The request has invalid fields');
    expect(error.invalidParams).toEqual([
      { name: 'email', reason: 'must be a well-formed email address' },
    ]);
  });

  it('reads Retry-After on 429', async () => {
    mockFetch({
      'POST /api/v1/auth/login': () =>
        problem(429, { title: 'Too Many Requests' }, { 'Retry-After': '42' }),
    });

    const error = await loginError();

    expect(error.status).toBe(429);
    expect(error.retryAfterSeconds).toBe(42);
    expect(error.invalidParams).toEqual([]);
  });

  it('builds a ProblemError from an error that is not problem+json', async () => {
    mockFetch({
      'POST /api/v1/auth/login': () =>
        new Response('<html>Bad gateway</html>', {
          status: 502,
          statusText: 'Bad Gateway',
          headers: { 'Content-Type': 'text/html' },
        }),
    });

    const error = await loginError();

    expect(error.status).toBe(502);
    expect(error.title).toBe('Bad Gateway');
    expect(error.detail).toBeUndefined();
  });

  it('ignores a problem body of the wrong shape', async () => {
    mockFetch({
      'POST /api/v1/auth/login': () => problem(400, { invalidParams: 'email is wrong' }),
    });

    const error = await loginError();

    expect(error.status).toBe(400);
    expect(error.invalidParams).toEqual([]);
  });

  it('calls the same origin with the bearer token and the chosen language', async () => {
    startSession('token-123', 3600);
    changeLanguage('zh-CN');
    const fetchMock = mockFetch({ 'GET /api/v1/me': () => json(meJson('RECYCLER')) });

    const me = await meApi.getMe();

    expect(me.organization.createdAt).toEqual(new Date('2026-01-15T08:30:00Z'));
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe('/api/v1/me');
    const headers = new Headers(init?.headers);
    expect(headers.get('Authorization')).toBe('Bearer token-123');
    expect(headers.get('Accept-Language')).toBe('zh-CN');
  });
});
