#!/usr/bin/env bash
# Benchmarks perftable against the PDFBox text-stripping floor and tabula-java (lattice mode), each
# in its own process on the same inputs, and prints a Markdown table of medians.
#
#   bench/run.sh [REAL_PDF_DIR]        (default ../shared/real-pdfs; RUNS=3 repetitions)
#
# Corpora: the real PDFs, samples/, and a generated archive of >= 2,000 filings (the samples copied
# under numbered names). perftable also runs over the archive with -j 1 and -j 2, for scaling.
#
# Then the time `perftable load` takes to put the archive's JSON (extracted once beforehand) into a new
# SQLite file, as files/s and rows/s. LOAD_ONLY=1 measures only that.
#
# Diagnostics, after the table: the time the JIT compilers spent compiling in one perftable run
# (HotSpot's -XX:+CITime, which adds up each compilation's elapsed time, waits for a core included);
# perftable with the C1 compiler only, to show how much of a short run goes to compiling; perftable and
# the floor with an empty home directory, as on a fresh machine (PDFBox's default font lookup keeps its
# list of installed fonts there). They are explanations, not results: the results use default settings.
set -euo pipefail
cd "$(dirname "$0")/.."
real=${1:-../shared/real-pdfs}
runs=${RUNS:-3}
work=bench/target/work
rm -rf "$work" && mkdir -p "$work"

mvn -B -q package -DskipTests >&2
mvn -B -q -f bench/tabula/pom.xml dependency:copy-dependencies -DoutputDirectory="$PWD/bench/target/tabula-lib" >&2
perftable=(java -jar cli/target/perftable.jar)
floor=(java -jar bench/target/pdfbox-floor.jar)
tabula=(java -cp "bench/target/tabula-lib/*" technology.tabula.CommandLineApp -l -p all)

# corpora are copied: tabula writes its CSV beside each PDF, and the real PDFs are read-only
mkdir -p "$work/real" "$work/samples" "$work/archive"
cp "$real"/*.pdf "$work/real/"
# the generated variants (samples/variants/) are left out: the corpus stays the seeds in every format
find samples -type f ! -path 'samples/variants/*' ! -name '*.json' ! -name '*.md' ! -name '*.sh' -exec cp {} "$work/samples/" \;
copies=$(( (2000 + $(ls "$work/samples" | wc -l) - 1) / $(ls "$work/samples" | wc -l) ))
for i in $(seq -w 1 "$copies"); do
  for f in "$work"/samples/*; do cp "$f" "$work/archive/$i-$(basename "$f")"; done
done

# median of the runs of one command: wall s, cpu s (user+sys), peak RSS MiB
measure() {
  local label=$1; shift
  local results=()
  for _ in $(seq "$runs"); do
    rm -rf "$work/out" "$work"/*/*.csv
    # a tool that fails on some inputs still gets timed; its exit code shows in the table
    local status=0
    /usr/bin/time -f "%e %U %S %M" -o "$work/time.txt" "$@" >/dev/null 2>"$work/stderr.txt" || status=$?
    results+=("$(awk -v s="$status" 'END {printf "%.2f %.2f %.0f %d\n", $1, $2 + $3, $4 / 1024, s}' "$work/time.txt")")
  done
  local median
  median=$(printf '%s\n' "${results[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
  echo "$label $median"
}

pages() { "${floor[@]}" "$1" | awk '{print $2}'; }
files() { ls "$1" | wc -l; }

# the archive's JSON, loaded into a new SQLite file on each run
"${perftable[@]}" extract -q "$work/archive" -o "$work/archive-json"
load_sqlite() {
  measure "archive load-sqlite" bash -c 'rm -f "$0" && exec "${@}"' "$work/audit.sqlite" \
    "${perftable[@]}" load "$work/archive-json" --db "$work/audit.sqlite"
  cp "$work/stderr.txt" "$work/load-stderr.txt"
}
load_report() {
  local filings rows
  filings=$(ls "$work/archive-json" | wc -l)
  rows=$(grep -o '[0-9]* rows written' "$work/load-stderr.txt" | awk '{print $1}')
  awk -v n="$filings" -v r="$rows" -v runs="$runs" '$2 == "load-sqlite" {
      printf "load of the archive into SQLite: %d filings, %d rows, wall %.2f s, CPU %.2f s, peak RSS %d MiB (median of %d runs, JVM start included): %.0f files/s, %.0f rows/s\n", n, r, $3, $4, $5, runs, n / $3, r / $3
    }' "$work/load.txt"
}
if [ "${LOAD_ONLY:-0}" = 1 ]; then
  load_sqlite > "$work/load.txt"
  load_report
  exit 0
fi

{
  for corpus in real samples archive; do
    dir="$work/$corpus"
    measure "$corpus perftable" "${perftable[@]}" extract "$dir" -o "$work/out"
    measure "$corpus floor" "${floor[@]}" "$dir"
    measure "$corpus tabula" "${tabula[@]}" -b "$dir"
  done
  measure "archive perftable-j1" "${perftable[@]}" extract -j 1 "$work/archive" -o "$work/out"
  measure "archive perftable-j2" "${perftable[@]}" extract -j 2 "$work/archive" -o "$work/out"
  c1=(java -XX:TieredStopAtLevel=1 -jar cli/target/perftable.jar)
  measure "real perftable-c1" "${c1[@]}" extract "$work/real" -o "$work/out"
  measure "archive perftable-c1-j1" "${c1[@]}" extract -j 1 "$work/archive" -o "$work/out"
  measure "archive perftable-c1-j2" "${c1[@]}" extract -j 2 "$work/archive" -o "$work/out"
  # each run in a home directory made anew
  fresh_home=(bash -c 'rm -rf "$0" && mkdir "$0" && exec "$@"' "$PWD/$work/home")
  measure "real perftable-fresh-home" "${fresh_home[@]}" java -Duser.home="$PWD/$work/home" \
    -jar cli/target/perftable.jar extract "$work/real" -o "$work/out"
  measure "real floor-fresh-home" "${fresh_home[@]}" java -Duser.home="$PWD/$work/home" \
    -jar bench/target/pdfbox-floor.jar "$work/real"
} > "$work/results.txt"

# seconds the JIT compilers spent compiling in one run
compile_time() {
  rm -rf "$work/out"
  java -XX:+CITime -jar cli/target/perftable.jar extract -q "$@" -o "$work/out" \
    | awk '/Total compilation time/ {print $5}'
}

# the median wall time of one measured tool on one corpus, and the archive speed-up of one run over another
wall() { awk -v c="$1" -v t="$2" '$1 == c && $2 == t {print $3}' "$work/results.txt"; }
speedup() { awk -v a="$(wall archive "$1")" -v b="$(wall archive "$2")" 'BEGIN {printf "%.2f", a / b}'; }

echo "| corpus | tool | files | PDF pages | wall s | CPU s | peak RSS MiB | exit | PDF pages/s | wall vs floor | wall vs tabula |"
echo "|---|---|---|---|---|---|---|---|---|---|---|"
for corpus in real samples archive; do
  n=$(files "$work/$corpus"); p=$(pages "$work/$corpus")
  awk -v c="$corpus" -v n="$n" -v p="$p" -v f="$(wall "$corpus" floor)" -v t="$(wall "$corpus" tabula)" '$1 == c && $2 !~ /-(c1|fresh)/ {
      printf "| %s | %s | %d | %d | %.2f | %.2f | %d | %d | %.0f | %.2f | %.2f |\n", c, $2, n, p, $3, $4, $5, $6, p / $3, $3 / f, $3 / t
    }' "$work/results.txt"
done
echo
echo "archive of $(files "$work/archive") filings: -j 1 $(wall archive perftable-j1) s, -j 2 $(wall archive perftable-j2) s, speed-up $(speedup perftable-j1 perftable-j2)x (runs: $runs, median wall)"
echo
echo "Diagnostics (not default settings):"
echo "- JIT compilation s in one run (-XX:+CITime): real $(compile_time "$work/real"), archive -j 1 $(compile_time -j 1 "$work/archive")"
awk '$2 ~ /-c1/ {printf "- %s %s with -XX:TieredStopAtLevel=1: wall %.2f s, CPU %.2f s, peak RSS %d MiB\n", $1, $2, $3, $4, $5}' "$work/results.txt"
echo "- archive speed-up -j 2 over -j 1 with C1 only: $(speedup perftable-c1-j1 perftable-c1-j2)x"
awk '$2 ~ /-fresh-home/ {sub(/-fresh-home/, "", $2); printf "- %s %s with an empty home directory: wall %.2f s, CPU %.2f s, peak RSS %d MiB\n", $1, $2, $3, $4, $5}' "$work/results.txt"
echo
load_sqlite > "$work/load.txt"
load_report
