import { Button, Center, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import type { Role } from '@/api/generated';
import { useCurrentUser, useMe } from '@/features/auth';
import { useSession } from '@/lib/session';
import { HOME_PATH } from './paths';

function redirectTarget(state: unknown): string | undefined {
  if (typeof state === 'object' && state !== null && 'from' in state) {
    return typeof state.from === 'string' ? state.from : undefined;
  }
  return undefined;
}

/** Renders its routes for a signed-in user whose profile has loaded; otherwise goes to /login. */
export function RequireAuth() {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  const me = useMe();

  if (session === null) {
    return <Navigate to="/login" replace state={{ from: location.pathname }} />;
  }
  if (me.isPending) {
    return (
      <Center h="100vh">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  }
  if (me.isError) {
    return (
      <Center h="100vh">
        <Stack align="center" role="alert">
          <Text>{t('errors.network')}</Text>
          <Button onClick={() => void me.refetch()}>{t('common.retry')}</Button>
        </Stack>
      </Center>
    );
  }
  return <Outlet />;
}

/** Only for signed-out visitors: a signed-in user goes back where they came from, or home. */
export function RequireGuest() {
  const session = useSession();
  const location = useLocation();
  if (session !== null) {
    return <Navigate to={redirectTarget(location.state) ?? '/'} replace />;
  }
  return <Outlet />;
}

/** Sends a user whose role (or one of whose roles) does not own this page to their own home. */
export function RequireRole({ role }: { role: Role | readonly Role[] }) {
  const user = useCurrentUser();
  const allowed: readonly Role[] = typeof role === 'string' ? [role] : role;
  if (!allowed.includes(user.role)) {
    return <Navigate to={HOME_PATH[user.role]} replace />;
  }
  return <Outlet />;
}

export function HomeRedirect() {
  const user = useCurrentUser();
  return <Navigate to={HOME_PATH[user.role]} replace />;
}
