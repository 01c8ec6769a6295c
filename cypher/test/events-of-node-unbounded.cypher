// Every event tied to the entity, newest first (undated last): what events-of-nodes-few and -walk must
// give the first $first of.
MATCH (n:GraphNode {id: $id})
CALL (n) {
  MATCH (n)-[:ATTENDED]->(e:Event) RETURN e
  UNION
  MATCH (e:Event)-[:HELD_IN|ABOUT]->(n) RETURN e
  UNION
  MATCH (n)<-[:REPRESENTS]-(:Person)-[:ATTENDED]->(e:Event) WHERE n:Country RETURN e
}
RETURN e.id AS id
ORDER BY e.newestFirstKey DESC
