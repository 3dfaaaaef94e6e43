#!/usr/bin/env python3
"""Generate synthetic 政府信息公开工作年度报告 with known table figures.

usage: python3 gen.py [N] [SEED]   -> corpus/<id>/{truth.json, <layout>.txt, page.html, ...}
Truth: corpus/<id>/truth.<layout>.json per text (blanks may become 0 in layouts that cannot show a blank).
"""
import json, os, random, sys, copy

# (Outside the repository: 40 reports in 14 layouts and their PDFs and Word files are ~40 MB.)
WORK = os.environ.get('TRUTH_DIR', os.path.join(__import__('tempfile').gettempdir(), 'disclosure-truth'))
OUT = os.path.join(WORK, 'corpus')

AGENCIES = ['松江区人力资源和社会保障局', '长宁区市场监督管理局', '平潭综合实验区财政金融局', '温州市生态环境局',
            '海淀区教育委员会', '南山区住房和建设局', '鼓楼区民政局', '江北新区交通运输局', '余杭区卫生健康局',
            '武侯区应急管理局', '天河区城市管理和综合执法局', '历下区司法局']

COLS = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计']

# (level1, level2, level3) ; numeric rows only, in order
def app_rows(form):
    R = [('一、本年新收政府信息公开申请数量', None, None),
         ('二、上年结转政府信息公开申请数量', None, None),
         ('三、本年度办理结果', '（一）予以公开', None),
         ('三、本年度办理结果', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', None)]
    for x in ['1.属于国家秘密', '2.其他法律行政法规禁止公开', '3.危及“三安全一稳定”', '4.保护第三方合法权益',
              '5.属于三类内部事务信息', '6.属于四类过程性信息', '7.属于行政执法案卷', '8.属于行政查询事项']:
        R.append(('三、本年度办理结果', '（三）不予公开', x))
    for x in ['1.本机关不掌握相关政府信息', '2.没有现成信息需要另行制作', '3.补正后申请内容仍不明确']:
        R.append(('三、本年度办理结果', '（四）无法提供', x))
    for x in ['1.信访举报投诉类申请', '2.重复申请', '3.要求提供公开出版物', '4.无正当理由大量反复申请',
              '5.要求行政机关确认或重新出具已获取信息']:
        R.append(('三、本年度办理结果', '（五）不予处理', x))
    if form == '2021':
        for x in ['1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
                  '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '3.其他']:
            R.append(('三、本年度办理结果', '（六）其他处理', x))
    else:
        R.append(('三、本年度办理结果', '（六）其他处理', None))
    R.append(('三、本年度办理结果', '（七）总计', None))
    R.append(('四、结转下年度继续办理', None, None))
    return R

def active_blocks(form):
    if form == '2021':
        return [('第二十条第（一）项', ['本年制发件数', '本年废止件数', '现行有效件数'], ['规章', '行政规范性文件']),
                ('第二十条第（五）项', ['本年处理决定数量'], ['行政许可']),
                ('第二十条第（六）项', ['本年处理决定数量'], ['行政处罚', '行政强制']),
                ('第二十条第（八）项', ['本年收费金额（单位：万元）'], ['行政事业性收费'])]
    return [('第二十条第（一）项', ['本年新制作数量', '本年新公开数量', '对外公开总数量'], ['规章', '规范性文件']),
            ('第二十条第（五）项', ['上一年项目数量', '本年增/减', '处理决定数量'], ['行政许可', '其他对外管理服务事项']),
            ('第二十条第（六）项', ['上一年项目数量', '本年增/减', '处理决定数量'], ['行政处罚', '行政强制']),
            ('第二十条第（八）项', ['上一年项目数量', '本年增/减'], ['行政事业性收费']),
            ('第二十条第（九）项', ['采购项目数量', '采购总金额'], ['政府集中采购'])]

REVIEW_HDR = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']

def rnd_count(r, scale):
    x = r.random()
    if x < 0.55: return 0
    if scale == 'small': return r.randint(1, 5)
    if scale == 'medium': return r.randint(1, 40)
    return r.choice([r.randint(1, 9), r.randint(10, 99), r.randint(100, 999), r.randint(1000, 3000)])

def gen_report(i, r):
    form = '2021' if r.random() < 0.75 else '2019'
    year = r.choice([2021, 2022, 2023, 2024]) if form == '2021' else r.choice([2019, 2020])
    agency = r.choice(AGENCIES)
    scale = r.choice(['small', 'medium', 'large', 'zero'])
    rows = app_rows(form)
    n = len(rows)
    items = list(range(2, n - 2))  # result items excluding (七)
    vals = [[0] * 7 for _ in range(n)]
    active_cols = [0] + [c for c in range(1, 6) if r.random() < 0.35]
    for c in range(6):
        if scale == 'zero' or c not in active_cols: continue
        for k in items:
            vals[k][c] = rnd_count(r, scale)
        tot = sum(vals[k][c] for k in items)
        vals[n - 1][c] = r.randint(0, max(0, tot // 4 + (1 if r.random() < 0.3 else 0)))  # 结转下年度
        lhs = tot + vals[n - 1][c]
        vals[1][c] = r.randint(0, lhs // 3) if r.random() < 0.4 else 0  # 上年结转
        vals[0][c] = lhs - vals[1][c]
        vals[n - 2][c] = tot
    for k in range(n):
        vals[k][6] = sum(vals[k][:6])
    # table 四
    review = []
    for g in range(3):
        parts = [0, 0, 0, 0] if r.random() < 0.5 else [r.choice([0, 0, 1, 2, 3, r.randint(0, 30)]) for _ in range(4)]
        review += parts + [sum(parts)]
    # table 二
    active = []
    for block, cols, rws in active_blocks(form):
        for rw in rws:
            for ci, col in enumerate(cols):
                if '收费金额' in col:
                    v = r.choice([0, round(r.uniform(0, 9999), r.randint(1, 6)), round(r.uniform(0, 10), r.randint(2, 4))])
                elif col == '采购总金额':
                    v = r.choice([0, round(r.uniform(1, 999), 2), r.randint(1000, 9999999)])
                elif rw in ('行政许可', '行政处罚', '行政强制') and ci == len(cols) - 1:
                    v = r.choice([0, r.randint(1, 99), r.randint(100, 9999), r.randint(10000, 99999)])
                else:
                    v = r.choice([0, 0, r.randint(1, 9), r.randint(10, 300)])
                active.append({'block': block, 'row': rw, 'column': col, 'value': v})
    # blanks the spec allows
    blanks = {'active': [], 'app': [], 'review': []}
    if r.random() < 0.25:  # 规章 written as 「/」
        for a in active:
            if a['row'] == '规章':
                a['value'] = 0; blanks['active'].append((a['block'], a['row'], a['column'], '/'))
    if r.random() < 0.15:
        for j in range(5):
            if review[j] == 0: blanks['review'].append(j)
    if r.random() < 0.1:
        for k in range(n):
            for c in range(1, 6):
                if vals[k][c] == 0 and c not in active_cols: blanks['app'].append((k, c))
    return {'id': 'r%03d' % i, 'form': form, 'year': year, 'agency': agency, 'scale': scale,
            'active': active, 'app': vals, 'review': review, 'blanks': blanks,
            'app_rows': [list(x) for x in rows]}

def truth_for(rep, blanks_ok=True):
    """Expected export: blanks -> None (or 0 when the layout cannot show a blank)."""
    t = {'form': rep['form'], 'year': rep['year'],
         'active': [[a['block'], a['row'], a['column'], a['value']] for a in rep['active']],
         'app': copy.deepcopy(rep['app']), 'review': list(rep['review'])}
    if blanks_ok:
        bset = {(b[0], b[1], b[2]) for b in rep['blanks']['active']}
        for a in t['active']:
            if (a[0], a[1], a[2]) in bset: a[3] = None
        for k, c in rep['blanks']['app']: t['app'][k][c] = None
        for j in rep['blanks']['review']: t['review'][j] = None
    return t

if __name__ == '__main__':
    N = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 69
    r = random.Random(seed)
    os.makedirs(OUT, exist_ok=True)
    reps = [gen_report(i, r) for i in range(N)]
    json.dump(reps, open(os.path.join(OUT, 'reports.json'), 'w'), ensure_ascii=False, indent=0)
    print('generated', N)
