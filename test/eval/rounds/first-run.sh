#!/bin/bash
# First run of a round's sealed sets on the checkout it is started in (run it in a worktree of the commit measured):
# per set, the engine's table and misses (`npm run eval`), then the engine beside MiniSearch and Fuse.js in one run
# (`npm run bench -- SET --sizes=`: no generated bases). Usage: bash test/eval/rounds/first-run.sh SET.json...
# Run one at a time: the benchmark's start-up step shares an index cache, and two benchmarks at once can fail it.
set -uo pipefail
for set in "$@"; do
  echo "=== $set on $(git rev-parse --short HEAD)"
  npm run -s eval -- "$set" || echo "eval failed: $?"
  for attempt in 1 2; do
    if out=$(npm run -s bench -- "$set" --sizes= 2>&1); then
      grep -v '^$' <<<"$out"
      break
    fi
    echo "bench attempt $attempt failed: $(tail -3 <<<"$out")"
  done
done
