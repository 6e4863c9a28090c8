-- Browse within one category walks that category's slice of each sort order (bench/lot-browse.sh).
CREATE INDEX ix_lot_category_closing ON lot (category, closes_at, id);
CREATE INDEX ix_lot_category_contained ON lot (category, contained_ree_kg, id);
