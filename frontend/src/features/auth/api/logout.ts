import { clearSession } from '@/lib/session';

/** Signing out forgets the token; the app provider drops every cached query with it. */
export function logout(): void {
  clearSession();
}
