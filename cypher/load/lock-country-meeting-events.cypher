// The events whose country-pair records a write may have changed (refresh-country-meetings.cypher):
// $eventIds (those refresh-meetings.cypher just refreshed) and every event attended by a person whose
// countries changed in this transaction (marked :CountriesChanged by link-entities.cypher when it created
// a REPRESENTS, by retract-article.cypher when it deleted one), each once and in id order, each event
// locked: a write that changed a person's countries refreshes events no article of it reports, which
// another load may be refreshing too. The marks are removed. A set-and-remove takes the write lock and
// leaves nothing behind.
CALL () {
  UNWIND $eventIds AS eventId
  RETURN eventId
  UNION
  MATCH (:CountriesChanged)-[:ATTENDED]->(e:Event)
  RETURN e.id AS eventId
}
WITH collect(eventId) AS eventIds
CALL () {
  MATCH (changed:CountriesChanged)
  REMOVE changed:CountriesChanged
}
CALL (eventIds) {
  UNWIND eventIds AS eventId
  WITH eventId
  ORDER BY eventId
  MATCH (e:Event {id: eventId})
  SET e.countryPairsLock = true
  REMOVE e.countryPairsLock
  RETURN collect(e.id) AS locked
}
RETURN locked AS eventIds
