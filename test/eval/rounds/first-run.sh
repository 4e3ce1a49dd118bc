#!/bin/bash
# First run of a round's sealed sets on the checkout it is started in (run it in a worktree of the commit measured):
# per set, the engine's table and misses (`npm run eval`), then the engine beside MiniSearch and Fuse.js in one run
# (`npm run bench -- SET --sizes=`: no generated bases). Usage: bash test/eval/rounds/first-run.sh SET.json...
set -euo pipefail
for set in "$@"; do
  echo "=== $set on $(git rev-parse --short HEAD)"
  npm run -s eval -- "$set"
  npm run -s bench -- "$set" --sizes= 2>&1 | grep -v '^$'
done
