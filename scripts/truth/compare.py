#!/usr/bin/env python3
"""Compare the checker's export/check output on the corpus with the known truth.

  CLI=/path/to/cli.js python3 compare.py [--only LAYOUT,...] [--ids r000,r001]
Outputs work/results-<tag>.json (per text) and prints a summary. tag = $TAG or 'run'.
CLI-dependent texts (import of .html/.pdf/.docx/.doc) are regenerated each run in work/imported-<tag>/.
"""
import json, os, re, subprocess, sys, glob, collections
from concurrent.futures import ThreadPoolExecutor

HERE = os.environ.get('TRUTH_DIR', os.path.join(__import__('tempfile').gettempdir(), 'disclosure-truth'))
CLI = os.environ.get('CLI', os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))), 'dist', 'cli.js'))
TAG = os.environ.get('TAG', 'run')
JOBS = int(os.environ.get('JOBS', '2'))
CORPUS = os.path.join(HERE, 'corpus')
IMP = os.path.join(HERE, 'work', 'imported-' + TAG)

def run(args, timeout=120):
    p = subprocess.run(['nice', '-n', '10', 'node', CLI] + args, capture_output=True, text=True, timeout=timeout)
    return p.returncode, p.stdout, p.stderr

def norm(s):
    s = re.sub(r'\s+', '', s or '')
    tr = str.maketrans('()：:，,', '（）：：，，')
    return s.translate(tr)

def collect():
    """list of (id, layout, textpath, truthpath, is_err)"""
    items = []
    for d in sorted(glob.glob(os.path.join(CORPUS, 'r*'))):
        rid = os.path.basename(d)
        for t in sorted(glob.glob(os.path.join(d, '*.txt'))):
            b = os.path.basename(t)[:-4]
            if b.endswith('.pdftotext') or b.endswith('.pdftotext-layout'):
                src, kind = b.split('.', 1)
                truth = os.path.join(d, src + '.html.truth.json')
                lay = kind
            else:
                src = b; truth = t + '.truth.json'; lay = b
            err = src.startswith('err-')
            if err and lay.startswith('err-'): lay = lay[4:]
            items.append((rid, lay, t, truth, err))
        os.makedirs(os.path.join(IMP, rid), exist_ok=True)
        for src in ['page', 'err-html']:
            for ext in ['html', 'pdf', 'docx', 'doc']:
                f = os.path.join(d, src + '.' + ext)
                if not os.path.exists(f): continue
                out = os.path.join(IMP, rid, src + '.' + ext + '.import.txt')
                items.append((rid, ext + '-import', out, os.path.join(d, src + '.html.truth.json'), src.startswith('err-'), f))
    return items

def do_import(it):
    if len(it) < 6: return None
    out, src = it[2], it[5]
    if not os.path.exists(out):
        rc, so, se = run(['import', src, '-o', out])
        if rc != 0 or not os.path.exists(out):
            open(out, 'w').write('')
            return se.strip()[:300]
    return None

def find_rows(exp_rows, labels):
    """map each truth row index -> export row values, matching labels in order"""
    res = {}; j = 0
    for k, lab in enumerate(labels):
        key = norm(lab)[:8]
        for jj in range(j, len(exp_rows)):
            if norm(exp_rows[jj].get('label', ''))[:8] == key or key in norm(exp_rows[jj].get('label', '')):
                res[k] = exp_rows[jj]; j = jj + 1; break
    return res

def same(a, b):
    if a is None or b is None: return a is None and b is None
    try: return abs(float(a) - float(b)) < 1e-9
    except Exception: return False

def evaluate(it, imp_err):
    rid, lay, text, truthp, err = it[:5]
    truth = json.load(open(truthp))
    rc, so, se = run(['export', '--format', 'json', text])
    figs = []  # (table, where, truth, got)
    exported = None
    try:
        exported = json.loads(so)[0]
    except Exception:
        pass
    T = exported.get('tables', {}) if exported else {}
    # table 二
    act = T.get('active') or []
    byrow = collections.defaultdict(list)
    for a in act: byrow[(norm(a.get('block'))[:9], norm(a.get('row')))].append(a)
    seen = collections.Counter()
    for blk, row, col, val in truth['active']:
        key = (norm(blk)[:9], norm(row)); i = seen[key]; seen[key] += 1
        lst = byrow.get(key) or ([v for k2, v in byrow.items() if k2[0] == key[0] and (key[1] in k2[1] or k2[1] in key[1])] or [[]])[0]
        got = lst[i]['value'] if i < len(lst) else 'ABSENT'
        figs.append(('二', '%s/%s/%s' % (blk, row, col), val, got))
    # table 三
    labels = [(c or b or a) for a, b, c in json.load(open(os.path.join(CORPUS, 'reports.json')))[int(rid[1:])]['app_rows']]
    rows = ((T.get('applications') or {}).get('rows')) or []
    m = find_rows(rows, labels)
    for k, lab in enumerate(labels):
        vals = m[k]['values'] if k in m else None
        for c in range(7):
            got = vals[c] if vals and c < len(vals) else 'ABSENT'
            figs.append(('三', '%d:%s/%d' % (k, lab[:12], c), truth['app'][k][c], got))
    rv = ((T.get('review') or {}).get('values')) or []
    for j in range(15):
        figs.append(('四', str(j), truth['review'][j], rv[j] if j < len(rv) else 'ABSENT'))
    # check
    rc2, so2, se2 = run(['check', '--format', 'json', text])
    diags = []
    try: diags = json.loads(so2)[0].get('diagnostics', [])
    except Exception: diags = [{'code': 'CHECK-FAILED', 'severity': 'error', 'message': (se2 or so2)[:200]}]
    codes = [(d['code'], d['severity']) for d in diags]
    flagged = any(c in ('table-shape', 'table-ambiguous', 'table-missing') for c, s in codes)
    res = {'id': rid, 'layout': lay, 'err': err, 'text': text, 'form': truth['form'],
           'exported_form': exported.get('form') if exported else None, 'export_rc': rc,
           'export_stderr': se.strip()[:300], 'import_error': imp_err,
           'codes': codes, 'right': 0, 'wrong': [], 'missing': [], 'flagged': flagged,
           'diag_msgs': [(d['code'], d['severity'], d.get('message', '')[:150]) for d in diags if d['severity'] != 'information']}
    for tb, wh, tv, gv in figs:
        if gv == 'ABSENT': gv = None; absent = True
        else: absent = False
        if same(tv, gv): res['right'] += 1
        elif gv is None: res['missing'].append([tb, wh, tv])
        else: res['wrong'].append([tb, wh, tv, gv])
    res['n'] = len(figs)
    if err:
        res['expect'] = truth['expect_error']
        errs = [c for c, s in codes if s == 'error']
        res['caught'] = truth['expect_error'] in errs
        res['errors'] = errs
    else:
        res['false_errors'] = [(d['code'], d.get('message', '')[:160]) for d in diags if d['severity'] == 'error']
    return res

def main():
    only = None; ids = None
    a = sys.argv[1:]
    if '--only' in a: only = set(a[a.index('--only') + 1].split(','))
    if '--ids' in a: ids = set(a[a.index('--ids') + 1].split(','))
    items = collect()
    if only: items = [i for i in items if i[1] in only]
    if ids: items = [i for i in items if i[0] in ids]
    with ThreadPoolExecutor(JOBS) as ex:
        imp = list(ex.map(do_import, items))
        results = list(ex.map(lambda p: evaluate(*p), zip(items, imp)))
    os.makedirs(os.path.join(HERE, 'work'), exist_ok=True)
    json.dump(results, open(os.path.join(HERE, 'work', 'results-%s.json' % TAG), 'w'), ensure_ascii=False, indent=1)
    summarize(results)

def summarize(results):
    print('CLI', CLI, 'texts', len(results))
    agg = collections.OrderedDict()
    for r in sorted(results, key=lambda r: (r['err'], r['layout'])):
        k = ('err-' if r['err'] else '') + r['layout']
        g = agg.setdefault(k, collections.Counter())
        g['texts'] += 1; g['figs'] += r['n']; g['right'] += r['right']; g['wrong'] += len(r['wrong'])
        g['miss_flagged' if r['flagged'] else 'miss_silent'] += len(r['missing'])
        if not r['err']:
            g['false_err_texts'] += 1 if r['false_errors'] else 0
            g['false_errs'] += len(r['false_errors'])
        else:
            g['caught'] += 1 if r['caught'] else 0
            g['missed'] += 0 if r['caught'] else 1
    hdr = '%-22s %5s %6s %6s %6s %8s %8s %s' % ('layout', 'texts', 'figs', 'right', 'wrong', 'miss-fl', 'miss-sil', 'false-err texts(n) / deliberate caught,missed')
    print(hdr)
    tot = collections.Counter()
    for k, g in agg.items():
        tot.update(g)
        extra = ('caught %d missed %d' % (g['caught'], g['missed'])) if k.startswith('err-') else ('%d (%d)' % (g['false_err_texts'], g['false_errs']))
        print('%-22s %5d %6d %6d %6d %8d %8d %s' % (k, g['texts'], g['figs'], g['right'], g['wrong'], g['miss_flagged'], g['miss_silent'], extra))
    print('%-22s %5d %6d %6d %6d %8d %8d false-err texts %d (%d); deliberate caught %d missed %d' % ('TOTAL', tot['texts'], tot['figs'], tot['right'], tot['wrong'], tot['miss_flagged'], tot['miss_silent'], tot['false_err_texts'], tot['false_errs'], tot['caught'], tot['missed']))

if __name__ == '__main__':
    if len(sys.argv) > 1 and sys.argv[1] == '--summary':
        summarize(json.load(open(os.path.join(HERE, 'work', 'results-%s.json' % TAG))))
    else:
        main()
