import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { usePageTitle } from '@/hooks/use-page-title';
import { VerifyCertificate } from '@/features/certificates';
import { NotFoundRoute } from './not-found';

/** The public certificate page: no sign-in, whoever holds the link or the PDF's QR code. */
export function VerifyRoute() {
  const { t } = useTranslation();
  usePageTitle(t('certificates.verify.pageTitle'));
  const { code } = useParams();
  if (code === undefined || code.length < 8 || code.length > 64) {
    return <NotFoundRoute />;
  }
  return <VerifyCertificate code={code} />;
}
