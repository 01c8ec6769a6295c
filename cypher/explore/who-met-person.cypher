// Everyone one person met, as a graph. First: :param name => 'Kassym-Jomart Tokayev'
MATCH path = (p:Person {name: $name})-[:ATTENDED]->(e:Event)<-[:ATTENDED]-(other)
OPTIONAL MATCH placed = (e)-[:HELD_IN]->(:Place)
RETURN path, placed
