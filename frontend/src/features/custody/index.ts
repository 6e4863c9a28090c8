export { LotCustody } from './components/lot-custody';
