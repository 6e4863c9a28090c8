import { useState } from 'react';
import { createBrowserRouter, RouterProvider, type RouteObject } from 'react-router';
import { AUCTION_PATHS } from '@/features/auctions';
import { CERTIFICATE_PATHS } from '@/features/certificates';
import { FLAG_PATHS } from '@/features/flags';
import { LICENCE_PATHS } from '@/features/licences';
import { LOT_PATHS } from '@/features/lots';
import { MATCH_PATHS } from '@/features/matching';
import { STATS_PATHS } from '@/features/stats';
import { TARGET_PATHS } from '@/features/targets';
import { TIP_PATHS } from '@/features/tips';
import { MONTHLY_REPORT_PATHS } from '@/features/monthly-reports';
import { HomeRedirect, RequireAuth, RequireGuest, RequireRole } from './guards';
import { AppLayout } from './layouts/app-layout';
import { AuthLayout } from './layouts/auth-layout';
import { PublicLayout } from './layouts/public-layout';
import { AdminHomeRoute } from './routes/admin-home';
import { FlagInboxRoute } from './routes/flag-routes';
import {
  LicenceCreateRoute,
  LicenceDetailRoute,
  LicenceReviewRoute,
  MyLicencesRoute,
} from './routes/licence-routes';
import {
  LotCreateRoute,
  LotDetailRoute,
  LotEditRoute,
  MarketplaceRoute,
  MyLotsRoute,
} from './routes/lot-routes';
import { LoginRoute } from './routes/login';
import { MatchedLotsRoute } from './routes/match-routes';
import { MyBidsRoute } from './routes/my-bids-route';
import { NotFoundRoute } from './routes/not-found';
import { RegisterRoute } from './routes/register';
import { AgencyHomeRoute, ManufacturerHomeRoute, RecyclerHomeRoute } from './routes/home-routes';
import { RouteError } from './routes/route-error';
import { MyRecoveryRoute, PricesRoute, StatsDashboardRoute } from './routes/stats-routes';
import { TargetsRoute } from './routes/target-routes';
import { ReportRoute, ReportStatusRoute, TipDetailRoute, TipInboxRoute } from './routes/tip-routes';
import {
  MonthlyReportDetailRoute,
  MonthlyReportFileRoute,
  MonthlyReportsRoute,
} from './routes/monthly-report-routes';
import { VerifyRoute } from './routes/verify-route';

export const routes: RouteObject[] = [
  {
    errorElement: <RouteError />,
    children: [
      // Public: whoever holds a certificate's link, and the tip line, signed in or not.
      {
        element: <PublicLayout />,
        children: [
          { path: CERTIFICATE_PATHS.verify, element: <VerifyRoute /> },
          { path: TIP_PATHS.report, element: <ReportRoute /> },
          { path: TIP_PATHS.status, element: <ReportStatusRoute /> },
        ],
      },
      {
        element: <RequireGuest />,
        children: [
          {
            element: <AuthLayout />,
            children: [
              { path: '/login', element: <LoginRoute /> },
              { path: '/register', element: <RegisterRoute /> },
            ],
          },
        ],
      },
      {
        element: <RequireAuth />,
        children: [
          {
            element: <AppLayout />,
            children: [
              { path: '/', element: <HomeRedirect /> },
              {
                element: <RequireRole role="MANUFACTURER" />,
                children: [
                  { path: '/manufacturer', element: <ManufacturerHomeRoute /> },
                  { path: LOT_PATHS.mine, element: <MyLotsRoute /> },
                  { path: LOT_PATHS.create, element: <LotCreateRoute /> },
                  { path: LOT_PATHS.edit, element: <LotEditRoute /> },
                ],
              },
              {
                element: <RequireRole role="RECYCLER" />,
                children: [
                  { path: '/recycler', element: <RecyclerHomeRoute /> },
                  { path: LICENCE_PATHS.mine, element: <MyLicencesRoute /> },
                  { path: LICENCE_PATHS.create, element: <LicenceCreateRoute /> },
                  { path: LICENCE_PATHS.detail, element: <LicenceDetailRoute /> },
                  { path: MATCH_PATHS.mine, element: <MatchedLotsRoute /> },
                  { path: AUCTION_PATHS.myBids, element: <MyBidsRoute /> },
                  { path: MONTHLY_REPORT_PATHS.file, element: <MonthlyReportFileRoute /> },
                ],
              },
              {
                element: <RequireRole role="AGENCY" />,
                children: [
                  { path: '/agency', element: <AgencyHomeRoute /> },
                  { path: LICENCE_PATHS.review, element: <LicenceReviewRoute /> },
                  { path: FLAG_PATHS.inbox, element: <FlagInboxRoute /> },
                  { path: TIP_PATHS.inbox, element: <TipInboxRoute /> },
                  { path: TIP_PATHS.detail, element: <TipDetailRoute /> },
                  { path: STATS_PATHS.dashboard, element: <StatsDashboardRoute /> },
                ],
              },
              {
                element: <RequireRole role={['MANUFACTURER', 'RECYCLER']} />,
                children: [{ path: STATS_PATHS.mine, element: <MyRecoveryRoute /> }],
              },
              {
                element: <RequireRole role={['AGENCY', 'RECYCLER']} />,
                children: [
                  { path: MONTHLY_REPORT_PATHS.list, element: <MonthlyReportsRoute /> },
                  { path: MONTHLY_REPORT_PATHS.detail, element: <MonthlyReportDetailRoute /> },
                ],
              },
              {
                element: <RequireRole role={['AGENCY', 'MANUFACTURER', 'RECYCLER']} />,
                children: [{ path: TARGET_PATHS.list, element: <TargetsRoute /> }],
              },
              {
                element: <RequireRole role="ADMIN" />,
                children: [{ path: '/admin', element: <AdminHomeRoute /> }],
              },
              { path: LOT_PATHS.marketplace, element: <MarketplaceRoute /> },
              { path: LOT_PATHS.detail, element: <LotDetailRoute /> },
              { path: STATS_PATHS.prices, element: <PricesRoute /> },
              { path: '*', element: <NotFoundRoute /> },
            ],
          },
        ],
      },
    ],
  },
];

export function AppRouter() {
  const [router] = useState(() => createBrowserRouter(routes));
  return <RouterProvider router={router} />;
}
