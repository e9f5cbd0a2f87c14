#!/usr/bin/env bash
# Regenerates samples/borderless/: each seed written by samplegen/ as DOCX and XLSX whose tables have
# no borders at all, converted by LibreOffice to XLS, and printed to PDF by LibreOffice Writer (from
# the DOCX) and Calc (from the XLSX); then the expected JSON of each. The tests hold every file here
# to the records of its ruled twin in samples/office/ and samples/pdf/.
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
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for docx in "$out"/*.docx; do
  base=$(basename "$docx" .docx)
  soffice --headless --convert-to pdf --outdir "$work" "$docx" >/dev/null
  mv "$work/$base.pdf" "$out/$base.writer.pdf"
done
for xlsx in "$out"/*.xlsx; do
  base=$(basename "$xlsx" .xlsx)
  soffice --headless --convert-to xls --outdir "$out" "$xlsx" >/dev/null
  soffice --headless --convert-to pdf --outdir "$work" "$xlsx" >/dev/null
  mv "$work/$base.pdf" "$out/$base.calc.pdf"
done
java -jar cli/target/perftable.jar extract --force --quiet "$out" -o "$out"
