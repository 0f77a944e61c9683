-- Keeps event_year_totals and the events_search index in step with events, whichever
-- code writes (imports, the editor API, the synthetic benchmark database).
--
-- events_search is an external-content FTS5 table over events' rowid. VACUUM may renumber
-- the rowids of a table without an INTEGER PRIMARY KEY; after a VACUUM, run
--   INSERT INTO events_search(events_search) VALUES('rebuild');
CREATE VIRTUAL TABLE `events_search` USING fts5(
	summary, facilities, reason,
	content='events', content_rowid='rowid', tokenize='trigram'
);
--> statement-breakpoint
CREATE TRIGGER `events_after_insert` AFTER INSERT ON `events` BEGIN
	INSERT INTO event_year_totals (year, actor_country, kind, events, people, facilities_closed)
	VALUES (CAST(substr(new.occurred_on, 1, 4) AS INTEGER), new.actor_country, new.kind, 1,
		coalesce(new.people_affected, 0), coalesce(new.facilities_closed, 0))
	ON CONFLICT (year, actor_country, kind) DO UPDATE SET
		events = events + 1,
		people = people + excluded.people,
		facilities_closed = facilities_closed + excluded.facilities_closed;
	INSERT INTO events_search (rowid, summary, facilities, reason)
	VALUES (new.rowid, new.summary, new.facilities, new.reason);
END;
--> statement-breakpoint
CREATE TRIGGER `events_after_delete` AFTER DELETE ON `events` BEGIN
	UPDATE event_year_totals SET
		events = events - 1,
		people = people - coalesce(old.people_affected, 0),
		facilities_closed = facilities_closed - coalesce(old.facilities_closed, 0)
	WHERE year = CAST(substr(old.occurred_on, 1, 4) AS INTEGER)
		AND actor_country = old.actor_country AND kind = old.kind;
	DELETE FROM event_year_totals WHERE events = 0
		AND year = CAST(substr(old.occurred_on, 1, 4) AS INTEGER)
		AND actor_country = old.actor_country AND kind = old.kind;
	INSERT INTO events_search (events_search, rowid, summary, facilities, reason)
	VALUES ('delete', old.rowid, old.summary, old.facilities, old.reason);
END;
--> statement-breakpoint
CREATE TRIGGER `events_after_update` AFTER UPDATE ON `events` BEGIN
	UPDATE event_year_totals SET
		events = events - 1,
		people = people - coalesce(old.people_affected, 0),
		facilities_closed = facilities_closed - coalesce(old.facilities_closed, 0)
	WHERE year = CAST(substr(old.occurred_on, 1, 4) AS INTEGER)
		AND actor_country = old.actor_country AND kind = old.kind;
	DELETE FROM event_year_totals WHERE events = 0
		AND year = CAST(substr(old.occurred_on, 1, 4) AS INTEGER)
		AND actor_country = old.actor_country AND kind = old.kind;
	INSERT INTO event_year_totals (year, actor_country, kind, events, people, facilities_closed)
	VALUES (CAST(substr(new.occurred_on, 1, 4) AS INTEGER), new.actor_country, new.kind, 1,
		coalesce(new.people_affected, 0), coalesce(new.facilities_closed, 0))
	ON CONFLICT (year, actor_country, kind) DO UPDATE SET
		events = events + 1,
		people = people + excluded.people,
		facilities_closed = facilities_closed + excluded.facilities_closed;
	INSERT INTO events_search (events_search, rowid, summary, facilities, reason)
	VALUES ('delete', old.rowid, old.summary, old.facilities, old.reason);
	INSERT INTO events_search (rowid, summary, facilities, reason)
	VALUES (new.rowid, new.summary, new.facilities, new.reason);
END;
--> statement-breakpoint
INSERT INTO event_year_totals (year, actor_country, kind, events, people, facilities_closed)
SELECT CAST(substr(occurred_on, 1, 4) AS INTEGER), actor_country, kind, count(*),
	coalesce(sum(people_affected), 0), coalesce(sum(facilities_closed), 0)
FROM events GROUP BY 1, 2, 3;
--> statement-breakpoint
INSERT INTO events_search (events_search) VALUES ('rebuild');
