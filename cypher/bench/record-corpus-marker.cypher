// Records which corpus the benchmark's database holds, once it is fully loaded. The node has no
// :GraphNode label, so the API never sees it.
MERGE (m:BenchmarkCorpus {key: 'api-bench'})
SET m += $marker
