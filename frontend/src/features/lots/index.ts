export { useLot, useReloadLot } from './api/lots';
export { LotDetail } from './components/lot-detail';
export { LotForm } from './components/lot-form';
export { Marketplace } from './components/marketplace';
export { MyLots } from './components/my-lots';
export { LOT_PATHS, lotPath } from './paths';
export { SellerLotsPanel, type SellerStage } from './components/home-panels';
