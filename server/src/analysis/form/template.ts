/**
 * The official tables of the form as grids (labels of the form, figures left at 0), in the
 * document's script. Used by the table-missing fix.
 */
import { activeBlocks, APP_GROUPS, APP_ROWS, appRowIds, REVIEW_COLUMNS } from './schema';
import type { Grid, Script, TableKind } from '../types';
import { TEMPLATE_TW } from './templateTw.generated';

export const APP_NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';
export const APP_LABEL_COLUMNS = 3;

/** The label column of a table-三 row or group: 0 for 一、二、三、四, 1 for （一）…（七）, 2 for sub-items. */
export function appDepth(id: string): number {
  if (id === 'g-results' || id === 'new' || id === 'carried' || id === 'carryNext') return 0;
  if (id.startsWith('g-') || ['open', 'partial', 'other', 'total'].includes(id)) return 1;
  return 2;
}

const GROUP_OF: Record<string, string> = { open: 'g-results', w1: 'g-withheld', u1: 'g-unable', i1: 'g-ignored', o1: 'g-other' };
const groupLabel = (id: string) => (id === 'g-other' ? '（六）其他处理' : APP_GROUPS.find((g) => g.id === id)!.label);

function applicationsGrid(variant: '2021' | '2019'): Grid {
  const w = APP_LABEL_COLUMNS + 7;
  const row = (cells: [number, string][]) => {
    const r = Array<string>(w).fill('');
    for (const [i, s] of cells) r[i] = s;
    return r;
  };
  const grid: Grid = [
    row([[0, APP_NOTE], [3, '申请人情况']]),
    row([[3, '自然人'], [4, '法人或其他组织'], [9, '总计']]),
    row([[4, '商业企业'], [5, '科研机构'], [6, '社会公益组织'], [7, '法律服务机构'], [8, '其他']]),
  ];
  for (const id of appRowIds(variant)) {
    const def = APP_ROWS.find((r) => r.id === id)!;
    const cells: [number, string][] = [[appDepth(id), def.label]];
    const g = GROUP_OF[id];
    if (g && !(g === 'g-other' && variant === '2019')) cells.unshift([appDepth(g), groupLabel(g)]);
    if (id === 'open') cells.unshift([0, groupLabel('g-results')]);
    for (let c = 0; c < 7; c++) cells.push([APP_LABEL_COLUMNS + c, '0']);
    grid.push(row(cells));
  }
  return grid;
}

function reviewGrid(): Grid {
  const cols = REVIEW_COLUMNS.map((c) => c.label);
  const blank5 = ['', '', '', '', ''];
  return [
    ['行政复议', '', '', '', '', '行政诉讼', ...Array(9).fill('')],
    [...cols, '未经复议直接起诉', '', '', '', '', '复议后起诉', '', '', '', ''],
    [...blank5, ...cols, ...cols],
    Array(15).fill('0'),
  ];
}

function activeGrid(variant: '2021' | '2019'): Grid {
  const grid: Grid = [];
  for (const b of activeBlocks(variant)) {
    grid.push([`第二十条第（${b.item}）项`]);
    grid.push(['信息内容', ...b.columns.map((c) => c.label)]);
    for (const r of b.rows) grid.push([r.label, ...b.columns.map(() => '0')]);
  }
  return grid;
}

export function officialGrid(kind: TableKind, variant: '2021' | '2019'): Grid {
  return kind === 'applications' ? applicationsGrid(variant) : kind === 'review' ? reviewGrid() : activeGrid(variant);
}

/** A grid's texts in the document's script (the traditional forms were made with OpenCC, cn → tw). */
export function inScript(grid: Grid, script: Script): Grid {
  if (script === 'simplified') return grid;
  return grid.map((r) => r.map((c) => TEMPLATE_TW[c] ?? c));
}

/** Every text a template can contain (for the generator and its test). */
export function templateTexts(): string[] {
  const all = new Set<string>();
  for (const kind of ['active', 'applications', 'review'] as TableKind[]) for (const v of ['2021', '2019'] as const) for (const r of officialGrid(kind, v)) for (const c of r) if (/[\u4e00-\u9fff]/.test(c)) all.add(c);
  return [...all].sort();
}
