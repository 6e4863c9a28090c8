export { CertificateCard } from './components/certificate-card';
export { VerifyCertificate } from './components/verify-certificate';
export { CERTIFICATE_PATHS, verifyPath } from './paths';
