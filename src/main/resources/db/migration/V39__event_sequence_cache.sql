-- H2 hands out identity values from a cache of 32 and records the sequence each time the cache runs
-- out, with a commit of its own that writes every dirty page of the store: every 32nd event written
-- out the whole transaction it was part of (a fifth of a batch of blocking-task timeouts' time, by
-- JFR). H2's cache is one for the database, so numbers still follow one another; a crash leaves a gap,
-- which the notification publisher passes once it is old. PostgreSQL caches per connection, which
-- would hand out numbers out of order for minutes, so there it stays 1 (Database.migrationPlaceholders).
ALTER TABLE event ALTER COLUMN seq SET CACHE ${eventSeqCache};
