/**
 * The signed-in session: the bearer token and when it expires, kept in localStorage so a
 * reload or a second tab stays signed in. React reads it through useSession().
 */
import { useSyncExternalStore } from 'react';

export type Session = {
  accessToken: string;
  expiresAt: number;
};

const STORAGE_KEY = 'reex.session';

const listeners = new Set<() => void>();
let current: Session | null = read();

function read(): Session | null {
  const raw = window.localStorage.getItem(STORAGE_KEY);
  if (raw === null) return null;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (isSession(parsed) && parsed.expiresAt > Date.now()) return parsed;
  } catch {
    // A malformed entry is treated as no session.
  }
  window.localStorage.removeItem(STORAGE_KEY);
  return null;
}

function isSession(value: unknown): value is Session {
  return (
    typeof value === 'object' &&
    value !== null &&
    'accessToken' in value &&
    typeof value.accessToken === 'string' &&
    'expiresAt' in value &&
    typeof value.expiresAt === 'number'
  );
}

function emit(): void {
  listeners.forEach((listener) => listener());
}

window.addEventListener('storage', (event) => {
  if (event.key === STORAGE_KEY || event.key === null) {
    current = read();
    emit();
  }
});

export function getSession(): Session | null {
  return current !== null && current.expiresAt > Date.now() ? current : null;
}

export function getAccessToken(): string | null {
  return getSession()?.accessToken ?? null;
}

export function startSession(accessToken: string, expiresInSeconds: number): void {
  current = { accessToken, expiresAt: Date.now() + expiresInSeconds * 1000 };
  window.localStorage.setItem(STORAGE_KEY, JSON.stringify(current));
  emit();
}

export function clearSession(): void {
  if (current === null) return;
  current = null;
  window.localStorage.removeItem(STORAGE_KEY);
  emit();
}

export function subscribeSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSession(): Session | null {
  return useSyncExternalStore(subscribeSession, getSession, getSession);
}
