#!/usr/bin/env python3
"""Render corpus/reports.json into text layouts and HTML pages.
Writes corpus/<id>/<layout>.txt + corpus/<id>/<layout>.truth.json, and corpus/<id>/page*.html (+truth) for the
document pipelines (see pipelines.sh)."""
import json, os, random, sys
from gen import truth_for, COLS, REVIEW_HDR, active_blocks, OUT

PROSE = {
 'intro': '本年度报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求，由{agency}编制。报告中所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。如对本报告有疑问，请与本机关办公室联系。',
 '一': ['（一）主动公开', '坚持以公开为常态、不公开为例外，及时通过门户网站发布政策文件、工作动态和公示公告，做到应公开尽公开。',
        '（二）依申请公开', '进一步规范依申请公开办理流程，严格按照法定期限答复，加强与申请人的沟通。',
        '（三）政府信息管理', '落实公文公开属性源头认定和保密审查机制，严格执行先审查、后公开。',
        '（四）政府信息公开平台建设', '持续优化政府网站信息公开专栏，完善栏目设置，确保信息更新及时。',
        '（五）监督保障', '将政务公开纳入年度考核，开展业务培训，加强督促检查。'],
 '五': ['（一）存在的主要问题', '政策解读形式较为单一，公开内容的针对性有待加强。',
        '（二）改进情况', '丰富解读形式，加强业务培训，提升公开质量。'],
 '六': ['本年度本机关未收取信息处理费。无其他需要报告的事项。'],
}
HEAD = {'一': '一、总体情况', '二': '二、主动公开政府信息情况', '三': '三、收到和处理政府信息公开申请情况',
        '四': '四、政府信息公开行政复议、行政诉讼情况', '五': '五、存在的主要问题及改进情况', '六': '六、其他需要报告的事项'}
HDR_NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）'

def fmt(v, sep=False):
    if v is None: return ''
    if isinstance(v, float):
        s = ('%.6f' % v).rstrip('0').rstrip('.')
        return s
    if sep and v >= 1000: return '{:,}'.format(v)
    return str(v)

class Ctx:
    """cell text provider for one rendering"""
    def __init__(self, rep, blanks_ok=True, seps=False, dash='/'):
        self.rep = rep; self.blanks_ok = blanks_ok; self.seps = seps
        self.t = truth_for(rep, blanks_ok)
        self.slash = {(b[0], b[1], b[2]) for b in rep['blanks']['active']}
    def act(self, block, row, col):
        for a in self.t['active']:
            if a[0] == block and a[1] == row and a[2] == col:
                if a[3] is None:
                    return '/' if (block, row, col) in self.slash else ''
                return fmt(a[3], self.seps)
        raise KeyError((block, row, col))
    def app(self, k, c): return fmt(self.t['app'][k][c], self.seps)
    def rev(self, j): return fmt(self.t['review'][j])

def split_label(s, r):
    """labels broken by spaces as in PDF-derived tab text: 「本年 度办 理结 果」"""
    if len(s) < 4 or r.random() < 0.5: return s
    return ' '.join(s[i:i + 2] for i in range(0, len(s), 2))

# ---------------------------------------------------------------- text layouts
def tables_pipe(cx, r):
    rep = cx.rep; L = []
    L.append(HEAD['二'])
    for block, cols, rows in active_blocks(rep['form']):
        L.append(block + ' | ' + '|' * 3)
        L.append('信息内容 | ' + ' | '.join(cols) + ' |' + '|' * (3 - len(cols)))
        for rw in rows:
            L.append(rw + ' | ' + ' | '.join(cx.act(block, rw, c) for c in cols) + ' |' + '|' * (3 - len(cols)))
    L.append(HEAD['三'])
    L.append(HDR_NOTE + ' | 申请人情况 | ||||||||')
    L.append('自然人 | 法人或其他组织 | 总计 | |||||||')
    L.append('商业 企业 | 科研 机构 | 社会公益组织 | 法律服务机构 | 其他 | |||||')
    prev = [None, None]
    for k, (a, b, c) in enumerate(rep['app_rows']):
        cells = []
        if b is None: cells.append(a)
        else:
            if a != prev[0]: cells.append(a)
            if c is None: cells.append(b)
            else:
                if b != prev[1]: cells.append(b)
                cells.append(c)
        prev = [a, b]
        L.append(' | '.join(cells) + ' | ' + ' | '.join(cx.app(k, j) for j in range(7)) + ' | ' + '|' * (3 - len(cells)))
    L.append(HEAD['四'])
    L.append('行政复议 | 行政诉讼 | |||||||||||||')
    L.append('结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | 复议后起诉 | ||||||||')
    L.append(' | '.join(REVIEW_HDR * 2) + ' | |||||')
    L.append(' | '.join(cx.rev(j) for j in range(15)) + ' |')
    return L

def tables_markdown(cx, r):
    rep = cx.rep; L = [HEAD['二'], '']
    L.append('| 信息内容 | 列1 | 列2 | 列3 |'.replace('列1 | 列2 | 列3', ' |  |  '))
    L.append('|---|---|---|---|')
    for block, cols, rows in active_blocks(rep['form']):
        L.append('| ' + block + ' |  |  |  |')
        L.append('| 信息内容 | ' + ' | '.join(cols + [''] * (3 - len(cols))) + ' |')
        for rw in rows:
            L.append('| ' + rw + ' | ' + ' | '.join([cx.act(block, rw, c) for c in cols] + [''] * (3 - len(cols))) + ' |')
    L += ['', HEAD['三'], '']
    L.append('| ' + HDR_NOTE + ' |  |  | 申请人情况 |  |  |  |  |  |  |')
    L.append('|---|---|---|---|---|---|---|---|---|---|')
    L.append('|  |  |  | 自然人 | 法人或其他组织 |  |  |  |  | 总计 |')
    L.append('|  |  |  |  | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |  |')
    prev = [None, None]
    for k, (a, b, c) in enumerate(rep['app_rows']):
        c1 = a if a != prev[0] else ''
        c2 = (b or '') if (b != prev[1] or c is None) else ''
        c3 = c or ''
        if b is None: c1, c2, c3 = a, '', ''
        prev = [a, b]
        L.append('| ' + ' | '.join([c1, c2, c3] + [cx.app(k, j) for j in range(7)]) + ' |')
    L += ['', HEAD['四'], '']
    L.append('| 行政复议 |  |  |  |  | 行政诉讼 |' + '  |' * 9)
    L.append('|' + '---|' * 15)
    L.append('| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 |  |  |  |  | 复议后起诉 |  |  |  |  |')
    L.append('|  |  |  |  |  | ' + ' | '.join(REVIEW_HDR * 2) + ' |')
    L.append('| ' + ' | '.join(cx.rev(j) for j in range(15)) + ' |')
    L.append('')
    return L

def tables_sep(cx, r, sep, broken=False):
    """tab (seed 003 style) when sep='\t'; space-separated numbers when sep=' '"""
    rep = cx.rep; L = [HEAD['二']]
    t = sep == '\t'
    for block, cols, rows in active_blocks(rep['form']):
        L.append(block + (sep * 3 if t else ''))
        L.append('信息内容' + sep + sep.join(cols) + (sep * (3 - len(cols)) if t else ''))
        for rw in rows:
            L.append(rw + sep + sep.join(cx.act(block, rw, c) or ('' if t else '0') for c in cols) + (sep * (3 - len(cols)) if t else ''))
    L.append(HEAD['三'])
    if t:
        L.append(HDR_NOTE + '\t\t申请人情况\t\t\t\t\t\t总计\t')
        L.append('\t\t' + split_label('自然人', r) + '\t法人或其他组织\t\t\t\t\t\t')
        L.append('\t\t\t商业 企业\t科研 机构\t社会公益 组织\t法律服 务机构\t其他\t\t')
    else:
        L.append(HDR_NOTE + ' 申请人情况')
        L.append('自然人 法人或其他组织 总计')
        L.append('商业企业 科研机构 社会公益组织 法律服务机构 其他')
    prev = [None, None]
    brk = r.randrange(4, len(rep['app_rows']) - 2) if broken else -1
    for k, (a, b, c) in enumerate(rep['app_rows']):
        nums = [cx.app(k, j) for j in range(7)]
        if t:
            if b is None: lab = [a, '']
            elif c is None: lab = [split_label(a, r) if a != prev[0] else '', b + ('\t' if True else '')]
            else: lab = [split_label(a, r) if a != prev[0] else '', (split_label(b, r) if b != prev[1] else '') + '\t' + c]
            line = '\t'.join(lab) + '\t' + '\t'.join(nums)
            if k == brk:  # page break: label on one line, numbers continue on the next
                L.append('\t'.join(lab)); L.append('\t'.join(nums))
            else:
                L.append(line)
        else:
            lab = ' '.join(x for x in [a if a != prev[0] else '', (b if b != prev[1] else '') if b else '', c or ''] if x)
            L.append(lab + ' ' + ' '.join(x or '0' for x in nums))
        prev = [a, b]
    L.append(HEAD['四'])
    if t:
        L.append('行政复议\t\t\t\t\t行政诉讼' + '\t' * 9)
        L.append('结果 维持\t结果 纠正\t其他 结果\t尚未 审结\t总计\t未经复议直接起诉\t\t\t\t\t复议后起诉\t\t\t\t')
        L.append('\t\t\t\t\t' + '\t'.join(REVIEW_HDR * 2))
        L.append('\t'.join(cx.rev(j) for j in range(15)))
    else:
        L.append('行政复议 行政诉讼')
        L.append('结果维持 结果纠正 其他结果 尚未审结 总计 未经复议直接起诉 复议后起诉')
        L.append(' '.join(REVIEW_HDR * 2))
        L.append(' '.join(cx.rev(j) or '0' for j in range(15)))
    return L

def dwidth(s): return sum(2 if ord(ch) > 0x2e80 else 1 for ch in s)

def tables_aligned(cx, r, width):
    """space-aligned columns (like pdftotext -layout / a plain-text document), labels padded to `width`"""
    rep = cx.rep; L = [HEAD['二']]
    cw = r.choice([6, 8, 10])
    def row(label, cells):
        pad = max(1, width - dwidth(label))
        return label + ' ' * pad + ''.join(x.rjust(cw) for x in cells)
    for block, cols, rows in active_blocks(rep['form']):
        L.append(block)
        L.append(row('信息内容', cols))
        for rw in rows: L.append(row(rw, [cx.act(block, rw, c) for c in cols]))
    L.append(HEAD['三'])
    L.append(HDR_NOTE)
    L.append(row('', ['申请人情况']))
    L.append(row('', ['自然人', '法人或其他组织', '', '', '', '', '总计']))
    L.append(row('', ['', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '']))
    prev = [None, None]
    for k, (a, b, c) in enumerate(rep['app_rows']):
        lab = ''.join(x for x in [a if a != prev[0] else '', (b if b != prev[1] else '') if b else '', c or ''] if x)
        prev = [a, b]
        if dwidth(lab) > width - 2 and r.random() < 0.7:
            # wrap long label: first part on its own line, rest with the numbers
            cut = max(4, (width - 2) // 2)
            L.append(lab[:cut]); lab = lab[cut:]
        L.append(row(lab, [cx.app(k, j) for j in range(7)]))
    L.append(HEAD['四'])
    L.append('  行政复议' + ' ' * 30 + '行政诉讼')
    L.append(''.join(x.rjust(cw) for x in REVIEW_HDR) + '  未经复议直接起诉      复议后起诉')
    L.append(' ' * (5 * cw) + ''.join(x.rjust(cw) for x in REVIEW_HDR * 2))
    L.append(''.join(cx.rev(j).rjust(cw) for j in range(15)))
    return L

def tables_cellperline(cx, r):
    """seed 001 style: every cell on its own line ending in ' |', filler lines of |||"""
    L = []
    for line in tables_pipe(cx, r):
        if line in HEAD.values(): L.append(line); continue
        cells = [x.strip() for x in line.split('|')]
        for x in cells:
            if x: L.append(x + ' |')
            elif r.random() < 0.05: L.append(x + ' |')
        L.append('|' * r.choice([2, 3]))
    return L

def tables_glued(cx, r):
    rep = cx.rep; s = HEAD['二']
    sp = lambda: ' ' if r.random() < 0.3 else ''
    for block, cols, rows in active_blocks(rep['form']):
        s += block + sp() + '信息内容' + sp() + ''.join(c + sp() for c in cols)
        for rw in rows: s += rw + sp() + ''.join(cx.act(block, rw, c) or '0' for c in cols)
    s += HEAD['三'] + HDR_NOTE + sp() + '申请人情况' + sp() + '自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他'
    prev = [None, None]
    for k, (a, b, c) in enumerate(rep['app_rows']):
        lab = ''.join(x + sp() for x in [a if a != prev[0] else '', (b if b != prev[1] else '') if b else '', c or ''] if x)
        prev = [a, b]
        s += lab + ''.join(cx.app(k, j) or '0' for j in range(7))
    s += HEAD['四'] + '行政复议' + sp() + '行政诉讼' + sp() + '结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉' + \
         '结果维持结果纠正其他结果尚未审结总计' * 2 + sp()
    if r.random() < 0.5: s += ' '.join(cx.rev(j) or '0' for j in range(15)) + ' '
    else: s += ''.join(cx.rev(j) or '0' for j in range(15))
    return [s]

def document(rep, tables, glued=False, scraper=False):
    title = '%s%d年政府信息公开工作年度报告' % (rep['agency'], rep['year'])
    T = {}
    cur = None
    for line in tables:
        if line in HEAD.values(): cur = line; T[cur] = []
        T[cur].append(line) if cur else None
    L = []
    if scraper:
        L += ['标题: ' + title, '发布时间: %d-01-20 10:00' % (rep['year'] + 1), '原文链接: https://www.example.gov.cn/zfxxgk/nb/t%d.htm' % rep['year'], '==== 正文 ====']
    L += [title, PROSE['intro'].format(agency=rep['agency'], year=rep['year']), HEAD['一']] + PROSE['一']
    for sec in ['二', '三', '四']:
        key = HEAD[sec]
        if glued:
            continue
        L += T[key]
    if glued:
        L.append(tables[0])
    L += [HEAD['五']] + PROSE['五'] + [HEAD['六']] + PROSE['六'] + [rep['agency'], '%d年1月20日' % (rep['year'] + 1)]
    if glued:
        head = L[:4] if scraper else []
        body = L[4:] if scraper else L
        return '\n'.join(head + [''.join(body)]) + '\n'
    return '\n'.join(L) + '\n'

# ---------------------------------------------------------------- HTML with real <table>
def html_page(rep, r, cx, style):
    fs = style['fs']; w = style['width']
    td = lambda x, rs=1, cs=1: '<td%s%s style="border:1px solid #000;padding:2px 4px"><p><span style="font-family:仿宋_GB2312">%s</span></p></td>' % (
        ' rowspan="%d"' % rs if rs > 1 else '', ' colspan="%d"' % cs if cs > 1 else '', x if x != '' else '&nbsp;')
    tb = '<table border="1" cellspacing="0" style="border-collapse:collapse;width:%s;font-size:%s">' % (w, fs)
    H = []
    H.append('<p><span style="font-family:黑体">%s</span></p>' % HEAD['二'])
    H.append(tb + '<tbody>')
    for block, cols, rows in active_blocks(rep['form']):
        H.append('<tr>' + td(block, cs=4) + '</tr>')
        if len(cols) == 3: H.append('<tr>' + td('信息内容') + ''.join(td(c) for c in cols) + '</tr>')
        elif len(cols) == 1: H.append('<tr>' + td('信息内容') + td(cols[0], cs=3) + '</tr>')
        else: H.append('<tr>' + td('信息内容') + td(cols[0]) + td(cols[1], cs=2) + '</tr>')
        for rw in rows:
            v = [cx.act(block, rw, c) for c in cols]
            if len(cols) == 3: H.append('<tr>' + td(rw) + ''.join(td(x) for x in v) + '</tr>')
            elif len(cols) == 1: H.append('<tr>' + td(rw) + td(v[0], cs=3) + '</tr>')
            else: H.append('<tr>' + td(rw) + td(v[0]) + td(v[1], cs=2) + '</tr>')
    H.append('</tbody></table>')
    H.append('<p><span style="font-family:黑体">%s</span></p>' % HEAD['三'])
    H.append(tb + '<tbody>')
    H.append('<tr>' + td(HDR_NOTE, rs=3, cs=3) + td('申请人情况', cs=7) + '</tr>')
    H.append('<tr>' + td('自然人', rs=2) + td('法人或其他组织', cs=5) + td('总计', rs=2) + '</tr>')
    H.append('<tr>' + ''.join(td(x) for x in ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他']) + '</tr>')
    rows = rep['app_rows']; n = len(rows)
    span1 = sum(1 for x in rows if x[0] == '三、本年度办理结果')
    prev = [None, None]
    for k, (a, b, c) in enumerate(rows):
        cells = ''
        if b is None: cells += td(a, cs=3)
        else:
            if a != prev[0]: cells += td(a, rs=span1)
            if c is None: cells += td(b, cs=2)
            else:
                if b != prev[1]: cells += td(b, rs=sum(1 for x in rows if x[1] == b))
                cells += td(c)
        prev = [a, b]
        H.append('<tr>' + cells + ''.join(td(cx.app(k, j)) for j in range(7)) + '</tr>')
    H.append('</tbody></table>')
    H.append('<p><span style="font-family:黑体">%s</span></p>' % HEAD['四'])
    H.append(tb + '<tbody>')
    H.append('<tr>' + td('行政复议', cs=5) + td('行政诉讼', cs=10) + '</tr>')
    H.append('<tr>' + ''.join(td(x, rs=2) for x in REVIEW_HDR) + td('未经复议直接起诉', cs=5) + td('复议后起诉', cs=5) + '</tr>')
    H.append('<tr>' + ''.join(td(x) for x in REVIEW_HDR * 2) + '</tr>')
    H.append('<tr>' + ''.join(td(cx.rev(j)) for j in range(15)) + '</tr>')
    H.append('</tbody></table>')
    P = lambda x: '<p style="text-indent:2em;line-height:%s"><span style="font-family:仿宋_GB2312">%s</span></p>' % (style['lh'], x)
    title = '%s%d年政府信息公开工作年度报告' % (rep['agency'], rep['year'])
    body = ['<h1 style="font-size:22px;text-align:center">%s</h1>' % title, P(PROSE['intro'].format(agency=rep['agency'], year=rep['year'])),
            P(HEAD['一'])] + [P(x) for x in PROSE['一']] + H + [P(HEAD['五'])] + [P(x) for x in PROSE['五']] + [P(HEAD['六'])] + [P(x) for x in PROSE['六']]
    css = '@page { size: %s; margin: %s; } body{font-family:"%s";font-size:%s}' % (style['page'], style['margin'], style['font'], style['fs'])
    chrome = '<div class="nav">首页 &gt; 政府信息公开 &gt; 年报</div>' if style.get('chrome') else ''
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>%s</title><style>%s</style></head><body>%s<div class="content">%s</div></body></html>'
            % (title, css, chrome, '\n'.join(body)))

STYLES = [
    dict(fs='14px', width='100%', page='A4', margin='20mm', font='Noto Serif CJK SC', lh='28px'),
    dict(fs='19px', width='585px', page='A5', margin='12mm', font='Noto Sans CJK SC', lh='36px'),
    dict(fs='12px', width='440pt', page='Letter landscape', margin='15mm', font='serif', lh='24px', chrome=True),
    dict(fs='16px', width='95%', page='A4', margin='30mm 25mm', font='sans-serif', lh='40px'),
    dict(fs='10px', width='700px', page='B5', margin='10mm', font='Noto Serif CJK SC', lh='20px'),
]

def write(d, name, text, truth):
    open(os.path.join(d, name), 'w', encoding='utf-8').write(text)
    json.dump(truth, open(os.path.join(d, name + '.truth.json'), 'w'), ensure_ascii=False)

if __name__ == '__main__':
    reps = json.load(open(os.path.join(OUT, 'reports.json')))
    for rep in reps:
        r = random.Random(rep['id'])
        d = os.path.join(OUT, rep['id']); os.makedirs(d, exist_ok=True)
        seps = r.random() < 0.3
        for name, fn, bok, sp in [
            ('pipe', lambda cx: tables_pipe(cx, r), True, seps),
            ('markdown', lambda cx: tables_markdown(cx, r), True, seps),
            ('tab', lambda cx: tables_sep(cx, r, '\t'), True, False),
            ('tab-broken', lambda cx: tables_sep(cx, r, '\t', broken=True), True, False),
            ('spaces', lambda cx: tables_sep(cx, r, ' '), False, False),
            ('aligned', lambda cx: tables_aligned(cx, r, r.choice([40, 60, 90])), True, False),
            ('cellperline', lambda cx: tables_cellperline(cx, r), True, seps),
        ]:
            cx = Ctx(rep, bok, sp)
            write(d, name + '.txt', document(rep, fn(cx)), cx.t)
        cx = Ctx(rep, False, False)
        write(d, 'glued.txt', document(rep, tables_glued(cx, r), glued=True, scraper=r.random() < 0.5), cx.t)
        st = dict(STYLES[int(rep['id'][1:]) % len(STYLES)])
        cx = Ctx(rep, True, seps)
        write(d, 'page.html', html_page(rep, r, cx, st), cx.t)
        # deliberate arithmetic error, one per report, in several layouts
        import copy as _c
        m = _c.deepcopy(rep); m['blanks'] = {'active': [], 'app': [], 'review': []}
        kind = ['row-total', 'column-total', 'balance', 'review-total'][int(rep['id'][1:]) % 4]
        n = len(m['app']); d1 = r.choice([1, 2, 10])
        if kind == 'row-total':
            k = r.randrange(n); m['app'][k][6] += d1; where = [k, 6]
        elif kind == 'column-total':
            k = r.randrange(2, n - 2); c = r.randrange(6); m['app'][k][c] += d1; m['app'][k][6] += d1; where = [k, c]
        elif kind == 'balance':
            c = r.randrange(6); m['app'][n - 1][c] += d1; m['app'][n - 1][6] += d1; where = [n - 1, c]
        else:
            g = r.randrange(3); m['review'][g * 5 + 4] += d1; where = [g * 5 + 4]
        for name, fn in [('pipe', lambda cx: tables_pipe(cx, r)), ('tab', lambda cx: tables_sep(cx, r, '\t')),
                         ('markdown', lambda cx: tables_markdown(cx, r)), ('aligned', lambda cx: tables_aligned(cx, r, 60)),
                         ('glued', lambda cx: tables_glued(cx, r))]:
            cx = Ctx(m, True, False); t = dict(cx.t); t['expect_error'] = kind; t['mutated'] = where
            write(d, 'err-' + name + '.txt', document(m, fn(cx), glued=(name == 'glued')), t)
        cx = Ctx(m, True, False); t = dict(cx.t); t['expect_error'] = kind; t['mutated'] = where
        write(d, 'err-html.html', html_page(m, r, cx, st), t)
    print('rendered', len(reps))
