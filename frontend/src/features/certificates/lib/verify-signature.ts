/**
 * Checks a certificate's compact JWS in the browser: the key named by the certificate (or the
 * JWS header) from the served key set, the signature over the payload, and that the payload is
 * this certificate. Only what a valid signature covers is shown as the certificate's content.
 */
import { compactVerify, decodeProtectedHeader, importJWK, type JWK } from 'jose';
import { CertificateContentFromJSON, type CertificateContent, type Jwk } from '@/api/generated';

/** The algorithms a certificate may be signed with (the contract names ES256; Ed25519 is allowed). */
const ALGORITHMS = ['ES256', 'EdDSA', 'Ed25519'];

export type SignatureFailure = 'NO_KEY' | 'BAD_SIGNATURE' | 'OTHER_CERTIFICATE' | 'MALFORMED';

export type SignatureCheck =
  | { valid: true; keyId: string; content: CertificateContent }
  | { valid: false; failure: SignatureFailure };

export async function verifyCertificateSignature(
  code: string,
  jws: string,
  keyId: string,
  keys: readonly Jwk[],
): Promise<SignatureCheck> {
  let headerKeyId: string | undefined;
  let alg: string | undefined;
  try {
    const header = decodeProtectedHeader(jws);
    headerKeyId = header.kid;
    alg = header.alg;
  } catch {
    return { valid: false, failure: 'MALFORMED' };
  }
  const kid = headerKeyId ?? keyId;
  const jwk = keys.find((key) => key.kid === kid);
  if (jwk === undefined || alg === undefined || !ALGORITHMS.includes(alg)) {
    return { valid: false, failure: 'NO_KEY' };
  }
  let payload: Uint8Array;
  try {
    const key = await importJWK(toJoseJwk(jwk), alg);
    ({ payload } = await compactVerify(jws, key, { algorithms: ALGORITHMS }));
  } catch {
    return { valid: false, failure: 'BAD_SIGNATURE' };
  }
  let content: CertificateContent;
  try {
    content = CertificateContentFromJSON(JSON.parse(new TextDecoder().decode(payload)));
  } catch {
    return { valid: false, failure: 'MALFORMED' };
  }
  if (content.code !== code) {
    return { valid: false, failure: 'OTHER_CERTIFICATE' };
  }
  return { valid: true, keyId: kid, content };
}

function toJoseJwk(jwk: Jwk): JWK {
  const result: JWK = { kty: jwk.kty };
  if (jwk.crv !== undefined) result.crv = jwk.crv;
  if (jwk.x !== undefined) result.x = jwk.x;
  if (jwk.y !== undefined) result.y = jwk.y;
  return result;
}
