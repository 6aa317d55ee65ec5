"""Speed, memory and quality measurements of search and import, run by their own command
(packaging/bench.sh or `python -m tests.benchmarks.run`), never by the normal test run."""
