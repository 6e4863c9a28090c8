/** Where the auction pages live; the app's router mounts them at these paths. */
export const AUCTION_PATHS = {
  myBids: '/my-bids',
} as const;
