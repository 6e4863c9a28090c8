/** Where the public certificate page lives; the app's router mounts it outside the sign-in guard. */
export const CERTIFICATE_PATHS = {
  verify: '/verify/:code',
} as const;

export function verifyPath(code: string): string {
  return `/verify/${encodeURIComponent(code)}`;
}
