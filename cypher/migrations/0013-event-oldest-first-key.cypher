// Events get `oldestFirstKey`, "YYYY-MM-DD <id>" ("9999-99-99 <id>" when undated), with a range index:
// walked in ascending order it gives events oldest first with the undated last, as newestFirstKey
// (migration 0012) does newest first, so that a page of events(order: OLDEST_FIRST) reads about a page.
// Run again, it sets the same values.
MATCH (e:Event)
SET e.oldestFirstKey = coalesce(toString(e.date), '9999-99-99') + ' ' + e.id;
CREATE INDEX event_oldest_first IF NOT EXISTS FOR (e:Event) ON (e.oldestFirstKey);
