import { SimpleGrid } from '@mantine/core';
import { ActiveBidsPanel, WonLotsPanel } from '@/features/auctions';
import { FLAG_PATHS, OpenFlagsPanel } from '@/features/flags';
import { flagSubjectPath } from './flag-routes';
import { LicenceStatusPanel, PendingLicencesPanel } from '@/features/licences';
import { lotPath, SellerLotsPanel } from '@/features/lots';
import { ClosingSoonPanel, MATCH_PATHS } from '@/features/matching';
import { HomeHeadline, STATS_PATHS } from '@/features/stats';
import { RoleHome } from './role-home';

const PANEL_COLUMNS = { base: 1, md: 2 } as const;

/** A recycler's cockpit: where it stands in running auctions, what closes next, what to collect. */
export function RecyclerHomeRoute() {
  return (
    <RoleHome>
      <SimpleGrid cols={PANEL_COLUMNS} spacing="md">
        <ActiveBidsPanel lotPath={lotPath} browsePath={MATCH_PATHS.mine} />
        <ClosingSoonPanel lotHref={lotPath} />
        <WonLotsPanel lotPath={lotPath} browsePath={MATCH_PATHS.mine} />
        <LicenceStatusPanel />
      </SimpleGrid>
      <HomeHeadline statsHref={STATS_PATHS.mine} />
    </RoleHome>
  );
}

/** A manufacturer's cockpit: its lots by the step that needs it, and its recovery record. */
export function ManufacturerHomeRoute() {
  return (
    <RoleHome>
      <SimpleGrid cols={PANEL_COLUMNS} spacing="md">
        <SellerLotsPanel stage="drafts" />
        <SellerLotsPanel stage="open" />
        <SellerLotsPanel stage="awarded" />
        <SellerLotsPanel stage="certified" />
      </SimpleGrid>
      <HomeHeadline statsHref={STATS_PATHS.mine} />
    </RoleHome>
  );
}

/** An agency's cockpit: licences waiting for review, flags to decide, the market's recovery. */
export function AgencyHomeRoute() {
  return (
    <RoleHome>
      <HomeHeadline statsHref={STATS_PATHS.dashboard} flagsHref={FLAG_PATHS.inbox} />
      <SimpleGrid cols={PANEL_COLUMNS} spacing="md">
        <PendingLicencesPanel />
        <OpenFlagsPanel subjectHref={flagSubjectPath} />
      </SimpleGrid>
    </RoleHome>
  );
}
