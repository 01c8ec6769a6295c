// Takes away the keys migration 0015 gives mentions: how a graph loaded before it looks.
MATCH ()-[m:MENTIONS]->()
REMOVE m.entity, m.newestFirstKey
