import { useQuery } from '@tanstack/react-query';
import type { JwkSet } from '@/api/generated';
import { certificatesApi } from '@/lib/api-client';
import { verifyCertificateSignature } from '../lib/verify-signature';

export const certificateKeys = {
  all: () => ['certificates'] as const,
  certificate: (code: string) => ['certificates', code] as const,
  signature: (code: string, jws: string) => ['certificates', code, 'signature', jws] as const,
  jwks: () => ['certificates', 'jwks'] as const,
};

/** A certificate of recycling; public, no sign-in needed. */
export function useCertificate(code: string) {
  return useQuery({
    queryKey: certificateKeys.certificate(code),
    queryFn: () => certificatesApi.getCertificate({ code }),
  });
}

/** The public keys that sign certificates. */
export function useJwks() {
  return useQuery({
    queryKey: certificateKeys.jwks(),
    queryFn: () => certificatesApi.getJwks(),
    staleTime: 5 * 60_000,
  });
}

/** The certificate's signature, checked in the browser against the served keys. */
export function useSignatureCheck(
  code: string,
  jws: string | undefined,
  keyId: string | undefined,
  jwks: JwkSet | undefined,
) {
  return useQuery({
    queryKey: certificateKeys.signature(code, jws ?? ''),
    queryFn: () => verifyCertificateSignature(code, jws ?? '', keyId ?? '', jwks?.keys ?? []),
    enabled: jws !== undefined && keyId !== undefined && jwks !== undefined,
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
}

/** Where the certificate's PDF is served (public, so a plain link downloads it). */
export function certificatePdfUrl(code: string, lang: 'en' | 'zh'): string {
  return `/api/v1/certificates/${encodeURIComponent(code)}/pdf?lang=${lang}`;
}
