// Takes every article's newest-first key away: how a graph loaded before migration 0011 looks.
MATCH (a:Article)
REMOVE a.newestFirstKey
