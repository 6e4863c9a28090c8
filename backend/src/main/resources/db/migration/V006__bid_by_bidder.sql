-- A bidder's own bids on a lot (its highest maximum, shown with every auction state it reads).
CREATE INDEX ix_bid_lot_bidder ON bid (lot_id, bidder_organization_id, max_amount);
