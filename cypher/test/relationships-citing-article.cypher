// How many ties an article supports (its SUPPORTS records).
MATCH (:Article {id: $id})-[s:SUPPORTS]->()
RETURN count(s) AS count
