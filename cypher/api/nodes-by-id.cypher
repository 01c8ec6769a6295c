// Graph nodes by id, as flat maps for the API: every property but the article body, dates as text,
// and the node's kind label.
UNWIND $ids AS id
MATCH (n:GraphNode {id: id})
RETURN id, n {.*, body: null, label: [l IN labels(n) WHERE l <> 'GraphNode'][0],
          date: toString(n.date), publishedAt: toString(n.publishedAt), loadedAt: toString(n.loadedAt)} AS node
