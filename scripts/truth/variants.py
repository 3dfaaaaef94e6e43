#!/usr/bin/env python3
"""Layouts the spec does not list, made from each report's pipe layout (render.py): its table lines rewritten as a
spreadsheet's CSV (blank cells empty between commas, a cell holding a comma quoted), joined with the full-width bar
「｜」, figures followed by 件, zeros written 「—」 or 「-」, org-mode and AsciiDoc tables, Markdown with bold figures,
full-width digits, cells apart by no-break spaces (a blank cell an ideographic space) and by semicolons. Writes
corpus/<id>/<variant>.txt with the pipe layout's truth beside it; compare.py reads them as layouts of their own
(`--only csv,fwpipe,…`)."""
import os, re, glob, shutil
from gen import OUT

def cells(line):
    parts = [p.strip() for p in line.split('|')]
    while parts and parts[-1] == '': parts.pop()
    return parts

def isfig(c): return re.fullmatch(r'[0-9][0-9,.]*', c) is not None

def rows(f):
    """A rewrite of the table lines (those with a bar) only."""
    return lambda l: f(cells(l)) if '|' in l else l

FW = str.maketrans('0123456789', '０１２３４５６７８９')
VARIANTS = {
    'csv': rows(lambda cs: ','.join('"%s"' % c if ',' in c else c for c in cs)),
    'fwpipe': lambda l: l.replace('|', '｜'),
    'units': rows(lambda cs: ' | '.join(c + '件' if isfig(c) else c for c in cs) + ' |'),
    'dashzero': rows(lambda cs: ' | '.join('—' if c == '0' else c for c in cs) + ' |'),
    'hyphenzero': rows(lambda cs: ' | '.join('-' if c == '0' else c for c in cs) + ' |'),
    'org': rows(lambda cs: '| ' + ' | '.join(cs) + ' |'),
    'mdbold': rows(lambda cs: '| ' + ' | '.join('**%s**' % c if isfig(c) or c.startswith('（七）') else c for c in cs) + ' |'),
    'fwdigits': rows(lambda cs: ' | '.join(c.translate(FW) if isfig(c) else c for c in cs) + ' |'),
    'adoc': rows(lambda cs: '|' + ' |'.join(cs)),
    'nbsp': rows(lambda cs: '\u00a0\u00a0'.join(c if c else '\u3000' for c in cs)),
    'semicolon': rows(lambda cs: ';'.join(cs)),
}

def fenced(lines):
    """AsciiDoc's tables between 「|===」 lines."""
    out, inside = [], False
    for l in lines:
        t = l.startswith('|')
        if t != inside:
            out.append('|===')
            inside = t
        out.append(l)
    return out

for d in sorted(glob.glob(os.path.join(OUT, 'r[0-9]*'))):
    text = open(os.path.join(d, 'pipe.txt'), encoding='utf-8').read()
    for name, f in VARIANTS.items():
        lines = [f(l) for l in text.split('\n')]
        if name == 'adoc': lines = fenced(lines)
        open(os.path.join(d, name + '.txt'), 'w', encoding='utf-8').write('\n'.join(lines))
        shutil.copy(os.path.join(d, 'pipe.txt.truth.json'), os.path.join(d, name + '.txt.truth.json'))
print('variants:', ', '.join(VARIANTS))
