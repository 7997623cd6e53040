-- The incomplete event publications, for the queries that look for them: delivering again every incomplete one at
-- start, the retry round that runs every parley.events.retry-interval on each node (by status, and every incomplete
-- one), and Spring Modulith's failed-publication lookups. Completed publications stay in the table (completion mode
-- "update"), so without it each of those queries reads the whole table; the predicate is the one Spring Modulith's
-- query for incomplete publications uses, so that the planner takes this index for it, and a lookup by one status
-- other than COMPLETED falls within it too.
CREATE INDEX IF NOT EXISTS event_publication_incomplete_idx ON event_publication (status, publication_date)
    WHERE completion_date IS NULL OR status <> 'COMPLETED';
