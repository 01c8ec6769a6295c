// How two countries are tied: up to five shortest paths through facts (not through articles).
// First: :param from => 'country:by'  and  :param to => 'country:tr'
MATCH (a:Country {id: $from}), (b:Country {id: $to})
MATCH path = SHORTEST 5 (a)((x)-[r]-(y) WHERE NOT type(r) IN ['MENTIONS', 'REPORTED_IN', 'PUBLISHED_BY', 'SUPPORTS']){1,6}(b)
RETURN path
