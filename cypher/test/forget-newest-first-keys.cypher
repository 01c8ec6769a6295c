// Takes the newest-first key away from every node with one of $labels (Article, Event): how a graph
// loaded before migrations 0011 and 0012 looks.
MATCH (n) WHERE any(label IN labels(n) WHERE label IN $labels)
REMOVE n.newestFirstKey
