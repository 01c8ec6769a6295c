// Who met whom, one hop per pair: a person's counterparts and whom they met in turn, through MET (the
// relationship the loader keeps for every pair who attended an event together; its eventIds name the
// meetings). Shown as a graph, at most 300 paths. First: :param name => 'Kassym-Jomart Tokayev'
MATCH path = (:Person {name: $name})-[:MET*1..2]-()
RETURN path
LIMIT 300
