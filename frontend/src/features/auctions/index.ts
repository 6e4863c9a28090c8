export { LiveAuction, type AuctionViewer } from './components/live-auction';
