#!/usr/bin/env bash
# Regenerates samples/office/ and samples/pdf/ from the seed text exports, then the expected JSON
# of each: DOCX and XLSX written with Apache POI (samplegen/); DOC and XLS converted from them by
# LibreOffice; PDFs printed from them by two producers, LibreOffice Writer (from the DOCX) and
# LibreOffice Calc (from the XLSX). Review the JSON diff before committing: the tests hold every
# format to the seed's records.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v soffice >/dev/null; then
  apt-get install -y -q libreoffice-writer-nogui libreoffice-calc-nogui fonts-noto-cjk
fi

office=samples/office
pdf=samples/pdf
mkdir -p "$office" "$pdf"
mvn -B -q install -DskipTests
mvn -B -q -pl samplegen exec:java -Dexec.args="samples/seeds $office"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for docx in "$office"/*.docx; do
  base=$(basename "$docx" .docx)
  soffice --headless --convert-to doc --outdir "$office" "$docx" >/dev/null
  soffice --headless --convert-to pdf --outdir "$work" "$docx" >/dev/null
  mv "$work/$base.pdf" "$pdf/$base.writer.pdf"
done
for xlsx in "$office"/*.xlsx; do
  base=$(basename "$xlsx" .xlsx)
  soffice --headless --convert-to xls --outdir "$office" "$xlsx" >/dev/null
  soffice --headless --convert-to pdf --outdir "$work" "$xlsx" >/dev/null
  mv "$work/$base.pdf" "$pdf/$base.calc.pdf"
done
java -jar cli/target/perftable.jar extract --force --quiet "$office" -o "$office"
java -jar cli/target/perftable.jar extract --force --quiet "$pdf" -o "$pdf"
