/**
 * The one place that configures the generated client: same-origin base path, the bearer
 * token of the current session, the chosen language, and problem+json errors as ProblemError.
 */
import {
  AuctionsApi,
  type AuctionsApiInterface,
  AuthApi,
  type AuthApiInterface,
  CertificatesApi,
  type CertificatesApiInterface,
  Configuration,
  CustodyApi,
  type CustodyApiInterface,
  DocumentsApi,
  type DocumentsApiInterface,
  FlagsApi,
  type FlagsApiInterface,
  LicencesApi,
  type LicencesApiInterface,
  LotsApi,
  type LotsApiInterface,
  MatchingApi,
  type MatchingApiInterface,
  MeApi,
  type MeApiInterface,
  type Middleware,
  NotificationsApi,
  type NotificationsApiInterface,
  OrganizationsApi,
  type OrganizationsApiInterface,
  RecoveryApi,
  type RecoveryApiInterface,
  ReferenceApi,
  type ReferenceApiInterface,
  StatsApi,
  type StatsApiInterface,
  TradingApi,
  type TradingApiInterface,
  TargetsApi,
  type TargetsApiInterface,
  TipsApi,
  type TipsApiInterface,
  MonthlyReportsApi,
  type MonthlyReportsApiInterface,
} from '@/api/generated';
import { i18n } from '@/lib/i18n';
import { toProblemError } from '@/lib/problem-error';
import { getAccessToken } from '@/lib/session';

export { isProblemError, ProblemError, type InvalidParam } from '@/lib/problem-error';

const languageAndErrors: Middleware = {
  async pre({ url, init }) {
    const headers = new Headers(init.headers);
    headers.set('Accept-Language', i18n.language);
    return { url, init: { ...init, headers } };
  },
  async post({ response }) {
    if (!response.ok) {
      throw await toProblemError(response);
    }
    return response;
  },
};

const configuration = new Configuration({
  basePath: '',
  accessToken: () => getAccessToken() ?? '',
  middleware: [languageAndErrors],
});

export const authApi: AuthApiInterface = new AuthApi(configuration);
export const meApi: MeApiInterface = new MeApi(configuration);
export const organizationsApi: OrganizationsApiInterface = new OrganizationsApi(configuration);
export const referenceApi: ReferenceApiInterface = new ReferenceApi(configuration);
export const lotsApi: LotsApiInterface = new LotsApi(configuration);
export const documentsApi: DocumentsApiInterface = new DocumentsApi(configuration);
export const auctionsApi: AuctionsApiInterface = new AuctionsApi(configuration);
export const licencesApi: LicencesApiInterface = new LicencesApi(configuration);
export const matchingApi: MatchingApiInterface = new MatchingApi(configuration);
export const notificationsApi: NotificationsApiInterface = new NotificationsApi(configuration);
export const custodyApi: CustodyApiInterface = new CustodyApi(configuration);
export const recoveryApi: RecoveryApiInterface = new RecoveryApi(configuration);
export const certificatesApi: CertificatesApiInterface = new CertificatesApi(configuration);
export const flagsApi: FlagsApiInterface = new FlagsApi(configuration);
export const statsApi: StatsApiInterface = new StatsApi(configuration);
export const tradingApi: TradingApiInterface = new TradingApi(configuration);
export const targetsApi: TargetsApiInterface = new TargetsApi(configuration);
export const tipsApi: TipsApiInterface = new TipsApi(configuration);
export const monthlyReportsApi: MonthlyReportsApiInterface = new MonthlyReportsApi(configuration);
