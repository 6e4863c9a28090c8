import { Anchor, AppShell, Burger, Button, Group, NavLink, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterNavLink, Outlet } from 'react-router';
import type { Role } from '@/api/generated';
import { LanguageSwitch } from '@/components/language-switch';
import { AUCTION_PATHS } from '@/features/auctions';
import { logout, useCurrentUser } from '@/features/auth';
import { FLAG_PATHS } from '@/features/flags';
import { TIP_PATHS, tipPath } from '@/features/tips';
import { LICENCE_PATHS, licencePath } from '@/features/licences';
import { LOT_PATHS, lotPath } from '@/features/lots';
import { MATCH_PATHS } from '@/features/matching';
import { MONTHLY_REPORT_PATHS, monthlyReportsPath } from '@/features/monthly-reports';
import { NotificationBell, type NotificationTarget } from '@/features/notifications';
import { STATS_PATHS } from '@/features/stats';
import { TARGET_PATHS } from '@/features/targets';
import { HOME_PATH } from '../paths';
import classes from './app-layout.module.css';

type NavItem = { to: string; label: string };

function useNavItems(role: Role): NavItem[] {
  const { t } = useTranslation();
  const byRole: Partial<Record<Role, NavItem[]>> = {
    MANUFACTURER: [
      { to: LOT_PATHS.mine, label: t('lots.mine.title') },
      { to: STATS_PATHS.mine, label: t('stats.mine.title') },
      { to: TARGET_PATHS.list, label: t('targets.title') },
    ],
    RECYCLER: [
      { to: LICENCE_PATHS.mine, label: t('licences.mine.title') },
      { to: MATCH_PATHS.mine, label: t('matching.mine.title') },
      { to: STATS_PATHS.mine, label: t('stats.mine.title') },
      { to: AUCTION_PATHS.myBids, label: t('auctions.myBids.title') },
      { to: MONTHLY_REPORT_PATHS.list, label: t('monthly.title') },
      { to: TARGET_PATHS.list, label: t('targets.title') },
    ],
    AGENCY: [
      { to: LICENCE_PATHS.review, label: t('licences.review.title') },
      { to: STATS_PATHS.dashboard, label: t('stats.dashboard.title') },
      { to: TARGET_PATHS.list, label: t('targets.title') },
      { to: MONTHLY_REPORT_PATHS.list, label: t('monthly.title') },
      { to: FLAG_PATHS.inbox, label: t('nav.flags') },
      { to: TIP_PATHS.inbox, label: t('nav.tips') },
    ],
  };
  return [
    { to: HOME_PATH[role], label: t(`home.title.${role}`) },
    ...(byRole[role] ?? []),
    { to: LOT_PATHS.marketplace, label: t('lots.market.title') },
    { to: STATS_PATHS.prices, label: t('stats.prices.title') },
  ];
}

/** Where a notification leads: the lot, the licence an agency decided on, a month's reports, or a tip. */
function notificationPath(target: NotificationTarget): string {
  switch (target.kind) {
    case 'lot':
      return lotPath(target.lotId);
    case 'licence':
      return licencePath(target.licenceId);
    case 'monthlyReport':
      return monthlyReportsPath(target.month, target.organizationId);
    case 'tip':
      return tipPath(target.tipId);
  }
}

export function AppLayout() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const navItems = useNavItems(user.role);
  const [navbarOpened, { toggle: toggleNavbar, close: closeNavbar }] = useDisclosure();

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !navbarOpened } }}
      padding="lg"
    >
      <Anchor href="#main" className={classes.skipLink}>
        {t('shell.skipToContent')}
      </Anchor>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={navbarOpened}
              onClick={toggleNavbar}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('shell.toggleNavigation')}
            />
            <Text component="span" fw={800} fz="xl" c="teal">
              REEx
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <Stack gap={0} align="flex-end" visibleFrom="sm" maw={360}>
              <Text
                size="sm"
                fw={600}
                lh={1.3}
                maw="100%"
                truncate="end"
                title={user.organization.name}
              >
                {user.organization.name}
              </Text>
              <Text size="xs" c="dimmed" lh={1.3} maw="100%" truncate="end">
                {t('shell.signedInAs', { name: user.displayName, role: t(`role.${user.role}`) })}
              </Text>
            </Stack>
            <NotificationBell pathOf={notificationPath} />
            <LanguageSwitch />
            <Button variant="default" size="xs" onClick={logout}>
              {t('shell.logout')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="sm" component="nav" aria-label={t('shell.navigation')}>
        {navItems.map((item) => (
          <NavLink
            key={item.to}
            component={RouterNavLink}
            to={item.to}
            label={item.label}
            onClick={closeNavbar}
          />
        ))}
      </AppShell.Navbar>

      <AppShell.Main id="main" tabIndex={-1}>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
