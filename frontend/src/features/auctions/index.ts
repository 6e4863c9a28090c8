export { LiveAuction, type AuctionViewer } from './components/live-auction';
export { MyBids } from './components/my-bids';
export { AUCTION_PATHS } from './paths';
export { ActiveBidsPanel, WonLotsPanel } from './components/home-panels';
export { AuctionSummaryBar } from './components/auction-summary-bar';
