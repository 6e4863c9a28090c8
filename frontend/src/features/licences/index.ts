export { useLicence } from './api/licences';
export { LicenceDetail } from './components/licence-detail';
export { LicenceForm } from './components/licence-form';
export { MyLicences } from './components/licence-list';
export { LicenceReview } from './components/licence-review';
export { LICENCE_PATHS, licencePath } from './paths';
export { LicenceStatusPanel, PendingLicencesPanel } from './components/home-panels';
