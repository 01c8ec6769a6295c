// Events get `newestFirstKey`, "YYYY-MM-DD <id>" ("0000-00-00 <id>" when undated), with a range index:
// walked in descending order, the index gives events newest first (undated last) without sorting them,
// so that the first events of a much-involved entity (Kazakhstan) read a few events, not every one it
// took part in (cypher/api/events-of-nodes-walk.cypher). Run again, it sets the same values.
MATCH (e:Event)
SET e.newestFirstKey = coalesce(toString(e.date), '0000-00-00') + ' ' + e.id;
CREATE INDEX event_newest_first IF NOT EXISTS FOR (e:Event) ON (e.newestFirstKey);
