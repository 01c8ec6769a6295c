// Resamples every index, waits up to 60 s for it, and empties the query cache: the statements after it
// are planned on the graph's statistics as they are now (test/support/profiling-reader.ts says why).
CALL db.prepareForReplanning(60)
