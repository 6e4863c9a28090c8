/** Where the lot pages live; the app's router mounts them at these paths. */
export const LOT_PATHS = {
  mine: '/lots/mine',
  create: '/lots/new',
  detail: '/lots/:lotId',
  edit: '/lots/:lotId/edit',
  marketplace: '/marketplace',
} as const;

export function lotPath(lotId: number): string {
  return `/lots/${lotId}`;
}

export function editLotPath(lotId: number): string {
  return `/lots/${lotId}/edit`;
}
