// The benchmark's record of the corpus its database holds (count, seed, fingerprint of the code and
// knowledge that made the graph), or no row when none was recorded.
MATCH (m:BenchmarkCorpus {key: 'api-bench'})
RETURN m {.*} AS marker
