import { useDocumentTitle } from '@mantine/hooks';

/** Names the browser tab after the page, e.g. "Sign in · REEx". */
export function usePageTitle(page: string): void {
  useDocumentTitle(`${page} · REEx`);
}
