#!/bin/bash
# Document pipelines for every corpus/<id>/page.html (and err-html.html):
#   chromium -> PDF ; soffice -> .docx/.doc   (these do NOT depend on the CLI; made once)
#   then (depends on CLI, redone by compare.py): import html/pdf/docx/doc, pdftotext, pdftotext -layout
set -u
cd "${TRUTH_DIR:-${TMPDIR:-/tmp}/disclosure-truth}"
mkdir -p work/flat
for d in corpus/r*/; do
  id=$(basename $d)
  for h in page err-html; do
    [ -f $d/$h.html ] || continue
    cp $d/$h.html work/flat/$id-$h.html
    if [ ! -f $d/$h.pdf ]; then
      n=${id#r}; n=$((10#$n))
      if [ $((n % 2)) = 0 ]; then hf=--no-pdf-header-footer; else hf=; fi
      nice -n 10 timeout 60 chromium --headless --no-sandbox --disable-gpu $hf --print-to-pdf=$d/$h.pdf $d/$h.html >/dev/null 2>&1
    fi
  done
done
cd work/flat
for fmt in docx doc; do
  filt=docx; [ $fmt = doc ] && filt='doc:MS Word 97'
  nice -n 10 timeout 900 soffice --headless --infilter="HTML (StarWriter)" --convert-to "$filt" --outdir ../$fmt *.html >/dev/null 2>&1
done
cd ../..
for f in work/docx/*.docx work/doc/*.doc; do
  b=$(basename $f); id=${b%%-*}; rest=${b#*-}
  cp $f corpus/$id/$rest
done
# text straight from pdftotext (no CLI involved)
for p in corpus/r*/page.pdf corpus/r*/err-html.pdf; do
  [ -f $p ] || continue
  pdftotext $p ${p%.pdf}.pdftotext.txt
  pdftotext -layout $p ${p%.pdf}.pdftotext-layout.txt
done
echo pipelines done
