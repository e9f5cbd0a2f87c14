#!/usr/bin/env bash
# Regenerates samples/variants/: generated filings (samplegen's VariantGenerator, a fixed seed), each
# printed to PDF by LibreOffice Writer (vNNNN.writer.pdf, from the DOCX) and by LibreOffice Calc
# (vNNNN.calc.pdf, from the XLSX), beside the truth both must give (vNNNN.truth.json). The DOCX and
# XLSX are not kept: the tests write those formats themselves. GeneratedPdfsTest holds the PDFs to
# their truth.
#
#   samples/generate-variants.sh               rewrites samples/variants/
#   samples/generate-variants.sh --borderless  rewrites samples/variants-borderless/: the same filings
#                                              with no cell border, so their PDFs draw no ruling and
#                                              are read from the alignment of their text
#   samples/generate-variants.sh --files DIR   writes the filings as .txt, .docx and .xlsx with their
#                                              truth into DIR instead, to look at (no PDFs)
set -euo pipefail
cd "$(dirname "$0")/.."

seed=${SEED:-2025}
count=${COUNT:-30}

files=
out=samples/variants
borders=()
if [ "${1:-}" = --files ]; then
  files=$(realpath -m "$2")
elif [ "${1:-}" = --borderless ]; then
  out=samples/variants-borderless
  borders=(--borderless)
fi

if [ -z "$files" ] && ! command -v soffice >/dev/null; then
  apt-get install -y -q libreoffice-writer-nogui libreoffice-calc-nogui fonts-noto-cjk
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# built in the reactor, so nothing is installed into the local repository
mvn -B -q -pl samplegen -am package -DskipTests \
  org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath -Dmdep.outputFile="$work/classpath"
variants() {
  java -Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory \
    -cp "samplegen/target/classes:$(cat "$work/classpath")" org.perftable.samplegen.Variants "$@"
}
if [ -n "$files" ]; then
  variants "$seed" "$count" "$files"
  exit 0
fi
variants "$seed" "$count" "$work/office" "${borders[@]}" docx xlsx
# a profile of its own, so a LibreOffice running at the same time does not lock this one out
profile="-env:UserInstallation=file://$work/profile"
soffice "$profile" --headless --convert-to pdf --outdir "$work/writer" "$work"/office/*.docx >/dev/null
soffice "$profile" --headless --convert-to pdf --outdir "$work/calc" "$work"/office/*.xlsx >/dev/null
rm -rf "$out"
mkdir -p "$out"
for truth in "$work"/office/*.truth.json; do
  base=$(basename "$truth" .truth.json)
  cp "$truth" "$out/"
  cp "$work/writer/$base.pdf" "$out/$base.writer.pdf"
  cp "$work/calc/$base.pdf" "$out/$base.calc.pdf"
done
echo "wrote $count filings, $(ls "$out"/*.pdf | wc -l) PDFs, to $out"
