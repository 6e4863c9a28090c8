import { screen, within } from '@testing-library/react';
import { CompactSign, exportJWK, generateKeyPair } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { json, mockFetch, problem } from '@/testing/mock-fetch';
import { renderApp } from '@/testing/render';

const CODE = 'Q2VydGlmaWNhdGUtY29kZS0xMjg';

/** What a certificate states, as the server sends it (its canonical JSON is the JWS payload). */
const content = {
  chainHash: 'f'.repeat(64),
  category: 'NDFEB_MAGNET',
  code: CODE,
  declaredGrossKg: '2000.000',
  issuedAt: '2026-12-05T09:00:00Z',
  licenceNumber: 'JX-GZ-2026-0007',
  lines: [
    { declaredKg: '228.000', element: 'Nd', recoveredKg: '212.500', recoveryRate: '0.932018' },
    { declaredKg: '0.000', element: 'Ce', recoveredKg: '3.250' },
  ],
  lotId: 42,
  processRoute: 'HYDROMETALLURGY',
  receivedAt: '2026-12-05T07:00:00Z',
  receivedKg: '1700.000',
  recyclerName: 'Ganzhou Recycling Co.',
  region: 'Baotou',
  totalDeclaredKg: '228.000',
  totalRecoveredKg: '215.750',
};

let jws = '';
let jwk: Record<string, unknown> = {};

beforeAll(async () => {
  const { publicKey, privateKey } = await generateKeyPair('ES256', { extractable: true });
  jwk = { ...(await exportJWK(publicKey)), kid: 'cert-2026-12', use: 'sig', alg: 'ES256' };
  // jsdom's TextEncoder answers with another realm's Uint8Array: copy it into this one.
  jws = await new CompactSign(new Uint8Array(new TextEncoder().encode(JSON.stringify(content))))
    .setProtectedHeader({ alg: 'ES256', kid: 'cert-2026-12' })
    .sign(privateKey);
});

function certificateResponse(signature: string) {
  return {
    certificate: content,
    jws: signature,
    keyId: 'cert-2026-12',
    verifyUrl: `http://localhost/verify/${CODE}`,
    chain: { valid: true, eventCount: 4, checkedAt: '2026-12-05T09:30:00Z' },
  };
}

function serve(signature: string) {
  return mockFetch({
    [`GET /api/v1/certificates/${CODE}`]: () => json(certificateResponse(signature)),
    'GET /.well-known/jwks.json': () => json({ keys: [jwk] }),
  });
}

/** The same JWS with one byte of its payload changed (a kilogram more recovered). */
function tampered(signature: string): string {
  const [header, payload, sig] = signature.split('.');
  const text = atob((payload ?? '').replace(/-/g, '+').replace(/_/g, '/'));
  const changed = btoa(text.replace('212.500', '213.500'))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
  return [header, changed, sig].join('.');
}

describe('the public verify page', { timeout: 20_000 }, () => {
  it('works signed out, checks the signature in the browser and shows the signed figures', async () => {
    const fetchMock = serve(jws);
    renderApp(`/verify/${CODE}`);

    const valid = await screen.findByText('Signature valid', {}, { timeout: 10_000 });
    expect(valid).toBeVisible();
    expect(
      screen.getByRole('heading', { name: 'Certificate of recycling', level: 1 }),
    ).toBeVisible();
    expect(screen.getByText('Chain verified · 4 events')).toBeVisible();
    const lines = within(screen.getByRole('table', { name: 'Recovered elements' }));
    expect(lines.getByRole('row', { name: /Nd · Neodymium/ })).toHaveTextContent(
      /228\.000 kg.*212\.500 kg.*93\.2 %/,
    );
    expect(lines.getByRole('row', { name: /Ce · Cerium/ })).toHaveTextContent('not declared');
    expect(screen.getByText('JX-GZ-2026-0007')).toBeVisible();
    expect(screen.getByRole('link', { name: 'PDF (Chinese)' })).toHaveAttribute(
      'href',
      `/api/v1/certificates/${CODE}/pdf?lang=zh`,
    );
    // No sign-in was needed, and none was sent.
    expect(screen.queryByRole('heading', { name: 'Sign in' })).not.toBeInTheDocument();
    for (const [, init] of fetchMock.mock.calls) {
      expect(new Headers(init?.headers).get('Authorization')).toBeNull();
    }
  });

  it('says the signature is invalid when one byte of the payload changed', async () => {
    serve(tampered(jws));
    renderApp(`/verify/${CODE}`);

    expect(await screen.findByText('Signature invalid', {}, { timeout: 10_000 })).toBeVisible();
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The signature does not match the content: do not rely on the figures below.',
    );
    expect(screen.queryByText('Signature valid')).not.toBeInTheDocument();
  });

  it('says the signature is invalid when no published key signed it', async () => {
    mockFetch({
      [`GET /api/v1/certificates/${CODE}`]: () => json(certificateResponse(jws)),
      'GET /.well-known/jwks.json': () => json({ keys: [{ ...jwk, kid: 'another-key' }] }),
    });
    renderApp(`/verify/${CODE}`);

    expect(await screen.findByText('Signature invalid', {}, { timeout: 10_000 })).toBeVisible();
    expect(screen.getByRole('alert')).toHaveTextContent('not among REEx');
  });

  it('says when no certificate has the code', async () => {
    mockFetch({
      [`GET /api/v1/certificates/${CODE}`]: () => problem(404, { title: 'Not found' }),
      'GET /.well-known/jwks.json': () => json({ keys: [jwk] }),
    });
    renderApp(`/verify/${CODE}`);
    expect(await screen.findByRole('alert')).toHaveTextContent('No certificate has this code');
  });
});
