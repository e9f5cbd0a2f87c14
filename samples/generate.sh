#!/usr/bin/env bash
# Regenerates samples/office/ from the seed text exports: DOCX and XLSX written with Apache POI
# (samplegen/), DOC and XLS converted from them by LibreOffice, then the expected JSON of each.
# Review the JSON diff before committing: the tests hold every format to the seed's records.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v soffice >/dev/null; then
  apt-get install -y -q libreoffice-writer-nogui libreoffice-calc-nogui fonts-noto-cjk
fi

out=samples/office
mkdir -p "$out"
mvn -B -q install -DskipTests
mvn -B -q -pl samplegen exec:java -Dexec.args="samples/seeds $out"
for docx in "$out"/*.docx; do soffice --headless --convert-to doc --outdir "$out" "$docx" >/dev/null; done
for xlsx in "$out"/*.xlsx; do soffice --headless --convert-to xls --outdir "$out" "$xlsx" >/dev/null; done
java -jar cli/target/perftable.jar extract "$out" -o "$out"
