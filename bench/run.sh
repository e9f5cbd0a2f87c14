#!/usr/bin/env bash
# Benchmarks perftable against the PDFBox text-stripping floor and tabula-java (lattice mode), each
# in its own process on the same inputs, and prints Markdown tables of medians, then scaling lines.
#
#   bench/run.sh [REAL_PDF_DIR]        (default ../shared/real-pdfs)
#
# Knobs (environment):
#   RUNS=3                   repetitions of each measured command; every figure is their median,
#                            except the large archive's, which is run once
#   PERFTABLE=cmd            the perftable command, split into words (default cli/target/perftable, the
#                            launcher `mvn package` puts beside the jar, with the JVM and options users
#                            run); PERFTABLE="java -jar cli/target/perftable.jar" measures the bare jar
#   ARCHIVE_FILES=2000       least filings in the archive (the samples copied under numbered names)
#   LARGE_ARCHIVE_FILES=6000 least filings in the large archive, for cost growth; 0 leaves it out
#   SKIP_BUILD=1             use the jars as they are, without `mvn package`
#   LOAD_ONLY=1              measure only the load of the archive's JSON into SQLite
#
# What is measured, in this order:
#   1. Peers, like for like: perftable, the floor and tabula on the real PDFs, on the samples' PDFs
#      (samples-pdf) and on the archive's PDFs (archive-pdf); "wall vs floor" and "wall vs tabula"
#      compare runs over the same files. The floor and tabula read only PDFs, so perftable on all the
#      samples is a row of its own, without ratios.
#   2. The archive per format: perftable on the whole archive (its default -j) and on one sub-archive
#      per extension (pdf, docx, doc, xlsx, xls, txt), with wall and CPU per file. Office and text files
#      are most of the archive and no peer reads them: the total alone would hide where time goes.
#   3. Scaling: the whole archive with -j 1 and -j 2 (speed-up), the large archive with -j 2 once,
#      and the cost per file at both sizes with a linear extrapolation to 20,000 filings.
#   4. Diagnostics (explanations, not results): CPU by process in one run, from /proc — the perftable
#      JVM against its worker JVMs, which do the conversions, and in each the CPU of the JIT compiler
#      threads (-XX:+CITime would account for the perftable JVM only); perftable and the floor with an
#      empty home directory, as on a fresh machine (PDFBox's default font lookup keeps its list of
#      installed fonts there; a launcher may keep caches there).
#   5. The time `perftable load` takes to put the archive's JSON (extracted once beforehand) into a
#      new SQLite file, as files/s and rows/s.
#
# Peak RSS is /usr/bin/time's: the largest single process (the perftable JVM or one worker), not
# their sum; the diagnostics give the sum, sampled.
#
# Time: on a quiet 2-core machine, with the figures of the README's last run (archive 34.5 s, -j 1
# 37 s, floor and tabula 11 s and 26 s on the archive, real PDFs 5-9 s a tool), RUNS=3 takes about
# 16 minutes plus the build: peers 4 min, formats 4 min, -j 1 2 min, the large archive (one run, about
# 3x the archive) 2 min, diagnostics 2 min, load and the one-off extraction 1.5 min, copies 0.5 min.
set -euo pipefail
cd "$(dirname "$0")/.."
real=${1:-../shared/real-pdfs}
runs=${RUNS:-3}
archive_files=${ARCHIVE_FILES:-2000}
large_files=${LARGE_ARCHIVE_FILES:-6000}
work=bench/target/work
rm -rf "$work" && mkdir -p "$work"

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  mvn -B -q package -DskipTests >&2
  mvn -B -q -f bench/tabula/pom.xml dependency:copy-dependencies -DoutputDirectory="$PWD/bench/target/tabula-lib" >&2
fi
# an array, so that a command with arguments (java -jar ...) works as well as the launcher
read -r -a perftable <<< "${PERFTABLE:-cli/target/perftable}"
if ! command -v "${perftable[0]}" >/dev/null; then
  echo "bench/run.sh: ${perftable[0]} not found; build it, or set PERFTABLE=\"java -jar cli/target/perftable.jar\"" >&2
  exit 2
fi
floor=(java -jar bench/target/pdfbox-floor.jar)
tabula=(java -cp "bench/target/tabula-lib/*" technology.tabula.CommandLineApp -l -p all)

files() { find "$1" -maxdepth 1 -type f ! -name '*.csv' | wc -l; }
pages() { "${floor[@]}" "$1" | awk '{print $2}'; }

# at least $2 filings in directory $1: the samples copied under numbered names (01-x.pdf, 02-x.pdf...),
# as distinct files, as an archive on disk is
make_archive() {
  local dir=$1 want=$2 have copies i f
  have=$(files "$work/samples")
  copies=$(( (want + have - 1) / have ))
  mkdir -p "$dir"
  for i in $(seq -w 1 "$copies"); do
    for f in "$work"/samples/*; do cp "$f" "$dir/$i-$(basename "$f")"; done
  done
}

# one sub-directory $1-EXT per extension of the files in $1, of hard links (the same filings);
# sets formats to the extensions, the six the archive is made of first
split_by_format() {
  local dir=$1 ext
  formats=(pdf docx doc xlsx xls txt)
  for ext in $(find "$dir" -maxdepth 1 -type f -name '*.*' | sed 's/.*\.//' | tr 'A-Z' 'a-z' | sort -u); do
    [[ " ${formats[*]} " == *" $ext "* ]] || formats+=("$ext")
  done
  local present=()
  for ext in "${formats[@]}"; do
    mkdir -p "$dir-$ext"
    find "$dir" -maxdepth 1 -type f -iname "*.$ext" -exec ln -t "$dir-$ext" {} +
    if [ "$(files "$dir-$ext")" -gt 0 ]; then present+=("$ext"); else rmdir "$dir-$ext"; fi
  done
  formats=("${present[@]}")
}

# corpora are copied: tabula writes its CSV beside each PDF, and the real PDFs are read-only
mkdir -p "$work/real" "$work/samples" "$work/samples-pdf"
cp "$real"/*.pdf "$work/real/"
# the generated variants (samples/variants/, samples/variants-borderless/) are left out: the corpus stays the seeds in every format
find samples -type f ! -path 'samples/variants*/*' ! -name '*.json' ! -name '*.md' ! -name '*.sh' -exec cp {} "$work/samples/" \;
find "$work/samples" -maxdepth 1 -type f -iname '*.pdf' -exec ln -t "$work/samples-pdf" {} +
make_archive "$work/archive" "$archive_files"

# median of the runs of one command: wall s, cpu s (user+sys), peak RSS MiB, exit code
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

split_by_format "$work/archive"
if [ "$large_files" -gt 0 ]; then make_archive "$work/large" "$large_files"; fi
# perftable's default -j is the JVM's processor count, which its help prints; on a 2-core machine the
# default run is the -j 2 run, and is not measured twice
default_jobs=$("${perftable[@]}" extract --help | sed -n 's/.*number of processors (\([0-9]*\)).*/\1/p' | head -1)

{
  # 1. peers on the same PDFs
  for corpus in real samples-pdf archive-pdf; do
    dir="$work/$corpus"
    measure "$corpus perftable" "${perftable[@]}" extract "$dir" -o "$work/out"
    measure "$corpus floor" "${floor[@]}" "$dir"
    measure "$corpus tabula" "${tabula[@]}" -b "$dir"
  done
  measure "samples perftable" "${perftable[@]}" extract "$work/samples" -o "$work/out"
  # 2. the archive, whole and per format (its PDFs are archive-pdf, above)
  archive_line=$(measure "archive perftable" "${perftable[@]}" extract "$work/archive" -o "$work/out")
  echo "$archive_line"
  for ext in "${formats[@]}"; do
    [ "$ext" = pdf ] || measure "archive-$ext perftable" "${perftable[@]}" extract "$work/archive-$ext" -o "$work/out"
  done
  # 3. scaling
  measure "archive perftable-j1" "${perftable[@]}" extract -j 1 "$work/archive" -o "$work/out"
  if [ "$default_jobs" = 2 ]; then
    echo "${archive_line/perftable/perftable-j2}"
  else
    measure "archive perftable-j2" "${perftable[@]}" extract -j 2 "$work/archive" -o "$work/out"
  fi
  if [ "$large_files" -gt 0 ]; then
    runs=1 measure "large perftable-j2" "${perftable[@]}" extract -j 2 "$work/large" -o "$work/out"
  fi
  # 4. each run in a home directory made anew, for perftable's JVMs (workers inherit the variables)
  # and the floor's
  fresh_home=(bash -c 'rm -rf "$0" && mkdir "$0" && HOME="$0" JDK_JAVA_OPTIONS="${JDK_JAVA_OPTIONS:+$JDK_JAVA_OPTIONS }-Duser.home=$0" exec "$@"' "$PWD/$work/home")
  measure "real perftable-fresh-home" "${fresh_home[@]}" "${perftable[@]}" extract "$work/real" -o "$work/out"
  measure "real floor-fresh-home" "${fresh_home[@]}" "${floor[@]}" "$work/real"
} > "$work/results.txt"

# CPU seconds by process over one perftable run, sampled from /proc every 0.2 s: the perftable JVM
# (with the launcher's shell, if any) and the worker JVMs, and in each the compiler threads (C1, C2).
# A thread's or process's CPU after its last sample is missed; the total from /usr/bin/time is printed
# beside, to show how much. Also the peak of the processes' RSS added up.
cpu_split() {
  local label=$1; shift
  local samples="$work/cpu-samples.txt" tick page n=0 pid
  tick=$(getconf CLK_TCK); page=$(getconf PAGESIZE)
  rm -rf "$work/out" "$work"/*/*.csv; : > "$samples"
  /usr/bin/time -f "%e %U %S" -o "$work/time.txt" "${perftable[@]}" extract -q "$@" -o "$work/out" >/dev/null 2>&1 &
  local root=$!
  while kill -0 "$root" 2>/dev/null; do
    n=$((n + 1))
    for pid in $(descendants "$root"); do
      proc_sample "$n" "$pid" >> "$samples" 2>/dev/null || true  # the process may end while read
    done
    sleep 0.2
  done
  wait "$root" || true
  awk -v tick="$tick" -v page="$page" -v label="$label" -v total="$(awk '{print $2 + $3}' "$work/time.txt")" '
    # a worker is one whenever its command line was seen: an exiting process shows none
    $1 == "P" { if ($5 > cpu[$3]) cpu[$3] = $5; if ($4 == "worker") worker[$3] = 1; rss[$2] += $6 }
    $1 == "T" { key = $3 " " $4; if ($6 > tcpu[key]) { tcpu[key] = $6; tpid[key] = $3; tjit[key] = $7 } }
    END {
      for (p in cpu) { k = p in worker ? "worker" : "main"; sum[k] += cpu[p]; count[k]++; all += cpu[p] }
      for (t in tcpu) if (tjit[t] != "-") jit[(tpid[t] in worker ? "worker" : "main") " " tjit[t]] += tcpu[t]
      for (s in rss) if (rss[s] > peak) peak = rss[s]
      printf "- %s: perftable JVM %.1f CPU s (JIT C1 %.1f, C2 %.1f), worker JVMs (%d) %.1f CPU s (JIT C1 %.1f, C2 %.1f); sampled %.1f of the %.1f CPU s measured; peak RSS of all processes together %d MiB\n",
        label, sum["main"] / tick, jit["main C1"] / tick, jit["main C2"] / tick, count["worker"], sum["worker"] / tick,
        jit["worker C1"] / tick, jit["worker C2"] / tick, all / tick, total, peak * page / 1048576
    }' "$samples"
}
descendants() {
  local child
  for child in $(pgrep -P "$1"); do echo "$child"; descendants "$child"; done
}
# one line for process $2 at sample $1: P sample pid kind cpu-ticks rss-pages, then one per thread:
# T sample pid tid kind cpu-ticks C1|C2|- (HotSpot names its compiler threads "C2 CompilerThread0";
# the kernel keeps 15 characters). kind: worker (WorkerMain), main (another JVM), or main (the launcher)
proc_sample() {
  local kind=main
  grep -qa 'WorkerMain' "/proc/$2/cmdline" && kind=worker
  awk -v s="$1" -v p="$2" -v k="$kind" '
    { comm = substr($0, index($0, "(") + 1); close_at = match(comm, /\)[^)]*$/); name = substr(comm, 1, close_at - 1)
      split(substr(comm, close_at + 2), f, " ")   # f[1] is the state, f[12] utime, f[13] stime, f[22] rss
      jit = name ~ /^C1 CompilerThre/ ? "C1" : name ~ /^C2 CompilerThre/ ? "C2" : "-"
      if (FILENAME ~ /task/) printf "T %s %s %s %s %d %s\n", s, p, $1, k, f[12] + f[13], jit
      else printf "P %s %s %s %d %d\n", s, p, k, f[12] + f[13], f[22] }' "/proc/$2/stat" /proc/"$2"/task/*/stat
}

# the median wall, CPU and RSS of one measured tool on one corpus
field() { awk -v c="$1" -v t="$2" -v i="$3" '$1 == c && $2 == t {print $i}' "$work/results.txt"; }
wall() { field "$1" "$2" 3; }
cpu() { field "$1" "$2" 4; }

samples_pdf_pages=$(pages "$work/samples-pdf")
# the archive's PDFs are copies of the samples' PDFs: their pages need no count of their own
declare -A corpus_pages=(
  [real]=$(pages "$work/real")
  [samples-pdf]=$samples_pdf_pages
  [archive-pdf]=$(( samples_pdf_pages * $(files "$work/archive-pdf") / $(files "$work/samples-pdf") ))
)

echo "| corpus | tool | files | PDF pages | wall s | CPU s | peak RSS MiB | exit | PDF pages/s | wall vs floor | wall vs tabula |"
echo "|---|---|---|---|---|---|---|---|---|---|---|"
for corpus in real samples-pdf archive-pdf; do
  awk -v c="$corpus" -v n="$(files "$work/$corpus")" -v p="${corpus_pages[$corpus]}" \
      -v f="$(wall "$corpus" floor)" -v t="$(wall "$corpus" tabula)" '$1 == c && $2 ~ /^(perftable|floor|tabula)$/ {
      printf "| %s | %s | %d | %d | %.2f | %.2f | %d | %d | %.0f | %.2f | %.2f |\n", c, $2, n, p, $3, $4, $5, $6, p / $3, $3 / f, $3 / t
    }' "$work/results.txt"
done
awk -v n="$(files "$work/samples")" -v p="$samples_pdf_pages" '$1 == "samples" && $2 == "perftable" {
    printf "| samples (all formats) | perftable | %d | %d | %.2f | %.2f | %d | %d | – | – | – |\n", n, p, $3, $4, $5, $6
  }' "$work/results.txt"
echo
echo "| archive | files | wall s | CPU s | peak RSS MiB | exit | wall ms per file | CPU ms per file |"
echo "|---|---|---|---|---|---|---|---|"
{
  echo "all $(files "$work/archive") $(field archive perftable 3) $(field archive perftable 4) $(field archive perftable 5) $(field archive perftable 6)"
  for ext in "${formats[@]}"; do
    echo "$ext $(files "$work/archive-$ext") $(field "archive-$ext" perftable 3) $(field "archive-$ext" perftable 4) $(field "archive-$ext" perftable 5) $(field "archive-$ext" perftable 6)"
  done
} | awk '
  { printf "| %s | %d | %.2f | %.2f | %d | %d | %.1f | %.1f |\n", $1, $2, $3, $4, $5, $6, 1000 * $3 / $2, 1000 * $4 / $2 }
  $1 != "all" { n += $2; w += $3; c += $4; if ($5 > r) r = $5; if ($6 > e) e = $6 }
  END { printf "| sum of formats (a JVM start each) | %d | %.2f | %.2f | %d | %d | %.1f | %.1f |\n", n, w, c, r, e, 1000 * w / n, 1000 * c / n }'
echo
echo "Medians of $runs runs; perftable with its default -j ($default_jobs) and as run by: ${perftable[*]}"
echo
n2=$(files "$work/archive")
awk -v n="$n2" -v w1="$(wall archive perftable-j1)" -v w2="$(wall archive perftable-j2)" \
    -v c1="$(cpu archive perftable-j1)" -v c2="$(cpu archive perftable-j2)" -v runs="$runs" \
    -v same="$([ "$default_jobs" = 2 ] && echo "; -j 2 is the default run above")" 'BEGIN {
    printf "archive of %d filings: -j 1 %.2f s (CPU %.2f s), -j 2 %.2f s (CPU %.2f s), speed-up %.2fx (median of %d runs%s)\n", n, w1, c1, w2, c2, w1 / w2, runs, same
  }'
if [ "$large_files" -gt 0 ]; then
  # a line through the two sizes: its slope is the cost of one more filing, its intercept the fixed
  # cost of a run (JVM starts, warm-up); a slope above the cost per file at the small size means
  # cost grows faster than the count
  awk -v n2="$n2" -v w2="$(wall archive perftable-j2)" -v c2="$(cpu archive perftable-j2)" \
      -v n6="$(files "$work/large")" -v w6="$(wall large perftable-j2)" -v c6="$(cpu large perftable-j2)" -v runs="$runs" 'BEGIN {
      printf "cost per file with -j 2: %d filings %.1f ms wall, %.1f ms CPU (median of %d runs); %d filings %.1f ms wall, %.1f ms CPU (one run)\n", n2, 1000 * w2 / n2, 1000 * c2 / n2, runs, n6, 1000 * w6 / n6, 1000 * c6 / n6
      bw = (w6 - w2) / (n6 - n2); bc = (c6 - c2) / (n6 - n2)
      printf "linear through both: %.1f ms wall and %.1f ms CPU per further filing, fixed %.1f s wall and %.1f s CPU; 20,000 filings: %.0f s wall, %.0f s CPU (extrapolated, not measured)\n", 1000 * bw, 1000 * bc, w2 - bw * n2, c2 - bc * n2, w2 + bw * (20000 - n2), c2 + bc * (20000 - n2)
    }'
fi
echo
echo "Diagnostics (one run each, not results):"
cpu_split "real, CPU by process" "$work/real"
cpu_split "archive -j 1, CPU by process" -j 1 "$work/archive"
cpu_split "archive -j 2, CPU by process" -j 2 "$work/archive"
awk -v runs="$runs" '$2 ~ /-fresh-home/ {sub(/-fresh-home/, "", $2); printf "- %s %s with an empty home directory: wall %.2f s, CPU %.2f s, peak RSS %d MiB (median of %d runs)\n", $1, $2, $3, $4, $5, runs}' "$work/results.txt"
echo
load_sqlite > "$work/load.txt"
load_report
