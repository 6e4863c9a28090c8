-- One order over every lot's events, so each instance tails the whole log with one query per interval
-- (`WHERE id > last seen`) instead of one query per open stream (issue 16; docs/adr/006). The per-lot
-- (lot_id, sequence) key stays the stream's event id and the resume point.
ALTER TABLE auction_event
    ADD COLUMN id BIGINT NOT NULL AUTO_INCREMENT,
    ADD UNIQUE KEY auction_event_id (id);
