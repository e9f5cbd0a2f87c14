#!/usr/bin/env bash
# Regenerates samples/borderless/: each seed written by samplegen/ as DOCX and XLSX whose tables have
# no borders at all and converted by LibreOffice to XLS; then the expected JSON of each. The tests
# hold every file here to the records of its ruled twin in samples/office/.
# With PDF_DIR set, also prints each to PDF there, by LibreOffice Writer (from the DOCX) and Calc
# (from the XLSX), for review: only 000.calc.pdf, 000.writer.pdf and 002.writer.pdf give all their ruled twins' records
# yet and are kept in samples/borderless; the others leave out what cannot be read with confidence
# (samples/README.md).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v soffice >/dev/null; then
  apt-get install -y -q libreoffice-writer-nogui libreoffice-calc-nogui fonts-noto-cjk
fi

out=samples/borderless
mkdir -p "$out"
# the packaged command holds the readers and POI that samplegen needs; nothing goes to ~/.m2
mvn -B -q -pl cli,samplegen -am package -DskipTests
java -cp cli/target/perftable.jar:samplegen/target/classes org.perftable.samplegen.OfficeSamples \
  samples/seeds "$out" --borderless
for xlsx in "$out"/*.xlsx; do
  soffice --headless --convert-to xls --outdir "$out" "$xlsx" >/dev/null
done
if [ -n "${PDF_DIR:-}" ]; then
  mkdir -p "$PDF_DIR"
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  for file in "$out"/*.docx "$out"/*.xlsx; do
    base=$(basename "${file%.*}")
    producer=$([ "${file##*.}" = docx ] && echo writer || echo calc)
    soffice --headless --convert-to pdf --outdir "$work" "$file" >/dev/null
    mv "$work/$base.pdf" "$PDF_DIR/$base.$producer.pdf"
  done
fi
java -jar cli/target/perftable.jar extract --force --quiet "$out" -o "$out"
