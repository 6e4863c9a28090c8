/** Where the tip line lives; the app's router mounts these paths. */
export const TIP_PATHS = {
  report: '/report',
  status: '/report/status',
  inbox: '/tips',
  detail: '/tips/:tipId',
} as const;

export function tipPath(tipId: number): string {
  return `/tips/${tipId}`;
}

export function tipStatusPath(code: string): string {
  return `${TIP_PATHS.status}?code=${encodeURIComponent(code)}`;
}
