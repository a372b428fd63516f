-- Durability of acknowledged writes, said explicitly on the write connection (it is also SQLite's default): in WAL
-- mode, FULL syncs the log to disk at every commit, so a write the API has acknowledged survives a killed process
-- (kill -9, bench/kill9.sh) and also a power cut or an operating-system crash. NORMAL would sync only at checkpoints:
-- still whole after kill -9, but the last commits before a power cut could be lost. One sync costs about 2.5 ms
-- (median; 5.5 ms at p90) on the development machine, a small part of an upsert, so FULL stays.
PRAGMA synchronous = FULL;
