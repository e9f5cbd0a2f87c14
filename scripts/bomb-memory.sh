#!/usr/bin/env bash
# Peak memory of one batch holding every bomb and hostile file the tests build, honest filings after
# them, converted two at a time in worker processes. Prints GNU time's report for the perftable
# process and the peak of the whole process tree (perftable and its workers together), sampled every
# 100 ms: /usr/bin/time's "Maximum resident set size" is that of the largest single process only.
#
#   mvn -B -q -pl cli -am -DskipTests package && scripts/bomb-memory.sh   (package compiles the test classes too)
set -euo pipefail
cd "$(dirname "$0")/.."
jar=cli/target/perftable.jar
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
(cd cli && java -cp target/perftable.jar:target/test-classes org.perftable.cli.BombArchive "$dir/in")
du -sh "$dir/in"

/usr/bin/time -v -o "$dir/time.txt" java -jar "$jar" extract "$dir/in" -o "$dir/out" -j 2 --timeout 20 -q \
    --report "$dir/report.jsonl" &
root=$!
peak=0
while kill -0 "$root" 2>/dev/null; do
    # the resident sets of the time process and every process below it, in KiB
    total=$(ps -e -o pid=,ppid=,rss= | awk -v root="$root" '
        { parent[$1] = $2; rss[$1] = $3 }
        END { for (p in parent) { for (q = p; q != "" && q != 0; q = parent[q]) if (q == root) { sum += rss[p]; break } }
              print sum + 0 }')
    (( total > peak )) && peak=$total
    sleep 0.1
done
wait "$root" || echo "perftable exit status: $?"
grep -E "Maximum resident set size|Elapsed \(wall clock\)|Exit status" "$dir/time.txt"
echo "Peak resident set of the process tree (perftable and its workers): $((peak / 1024)) MiB"
grep -o '"file":"[^"]*","sha256":[^,]*,"status":"[a-z_]*","error":\(null\|{"code":"[a-z_]*"\)' "$dir/report.jsonl" \
    | sed -E 's/"sha256":[^,]*,//; s/"error":\{"code":/ /; s/"error":null//'
