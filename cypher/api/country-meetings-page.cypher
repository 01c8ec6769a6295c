// One page of the meetings between two countries (meetingsBetween, countryRelations' meetings), oldest
// first (undated last; one day's by id), after $afterKey (the oldestFirstKey of the previous page's last
// event, '' for the first), $pageSize at most: the pair's country-pair records (migration 0021,
// refresh-country-meetings.cypher), sought on their index in order and stopped at the page. The same
// events meetings-between-page.cypher finds from the two sides' persons, for a page's reads instead of a
// seek per pair of the sides' persons. An event's oldestFirstKey is its date ('9999-99-99' when undated),
// a space and its id (write-events.cypher), read from the index: no event is read. $pair is
// "<lower id> <higher id>".
MATCH ()-[r:COUNTRY_PAIR]->()
USING INDEX SEEK r:COUNTRY_PAIR(pair, oldestFirstKey)
WHERE r.pair = $pair AND r.oldestFirstKey > $afterKey
WITH r.oldestFirstKey AS eventKey
ORDER BY r.pair, r.oldestFirstKey
LIMIT $pageSize
RETURN substring(eventKey, 11) AS id, CASE WHEN eventKey STARTS WITH '9999-99-99' THEN null ELSE left(eventKey, 10) END AS date
