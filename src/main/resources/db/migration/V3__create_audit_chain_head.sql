-- The head of each audit chain: its length and last hash, written with every append in the same
-- transaction. Verification compares each chain with its head, so removing the newest entries of a
-- chain (which leaves every remaining link intact) is detected too. The row also serialises appends.
CREATE TABLE audit_chain_head (
    chain   VARCHAR(60) PRIMARY KEY,
    seq     BIGINT      NOT NULL,
    hash    VARCHAR(64) NOT NULL
);
-- Heads for chains written before this migration.
INSERT INTO audit_chain_head (chain, seq, hash)
SELECT e.chain, e.seq, e.hash FROM audit_entry e
WHERE e.seq = (SELECT MAX(x.seq) FROM audit_entry x WHERE x.chain = e.chain);
