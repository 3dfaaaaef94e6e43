/**
 * The official tables of the form as grids (labels of the form, figures left at 0), in the
 * document's script. Used by the table-missing fix.
 */
import { activeBlocks, APP_GROUPS, APP_ROWS, appRowIds, REVIEW_COLUMNS } from './schema';
import type { Grid, Script, TableKind } from '../types';
import { TEMPLATE_TW } from './templateTw.generated';

export const APP_NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';
/**
 * Table 三 as we write it has one label column, not the form's three: a group label (三、本年度办理结果,
 * （三）不予公开 …) on a line of its own and each level indented by an ideographic space. Three columns
 * of labels are some 150 characters wide, which pushes every figure off the screen.
 */
export const APP_LABEL_COLUMNS = 1;

/** A table-三 label indented by its level (U+3000 each: as wide as the CJK characters it lines up with). */
export function indentLabel(id: string, label: string): string {
  return '\u3000'.repeat(appDepth(id)) + label;
}

/** The label column of a table-三 row or group: 0 for 一、二、三、四, 1 for （一）…（七）, 2 for sub-items. */
export function appDepth(id: string): number {
  if (id === 'g-results' || id === 'new' || id === 'carried' || id === 'carryNext') return 0;
  if (id.startsWith('g-') || ['open', 'partial', 'other', 'total'].includes(id)) return 1;
  return 2;
}

const GROUP_OF: Record<string, string> = { open: 'g-results', w1: 'g-withheld', u1: 'g-unable', i1: 'g-ignored', o1: 'g-other' };
const groupLabel = (id: string) => (id === 'g-other' ? '（六）其他处理' : APP_GROUPS.find((g) => g.id === id)!.label);

function applicationsGrid(variant: '2021' | '2019'): Grid {
  const L = APP_LABEL_COLUMNS;
  const row = (cells: [number, string][]) => {
    const r = Array<string>(L + 7).fill('');
    for (const [i, s] of cells) r[i] = s;
    return r;
  };
  const grid: Grid = [
    row([[0, APP_NOTE], [L, '申请人情况']]),
    row([[L, '自然人'], [L + 1, '法人或其他组织'], [L + 6, '总计']]),
    row([[L + 1, '商业企业'], [L + 2, '科研机构'], [L + 3, '社会公益组织'], [L + 4, '法律服务机构'], [L + 5, '其他']]),
  ];
  for (const id of appRowIds(variant)) {
    const def = APP_ROWS.find((r) => r.id === id)!;
    // A group label is a row of its own, one cell (written over the whole row in pipe tables).
    if (id === 'open') grid.push([indentLabel('g-results', groupLabel('g-results'))]);
    const g = GROUP_OF[id];
    if (g && g !== 'g-results' && !(g === 'g-other' && variant === '2019')) grid.push([indentLabel(g === 'g-other' ? 'other' : g, groupLabel(g))]);
    const cells: [number, string][] = [[0, indentLabel(id, def.label)]];
    for (let c = 0; c < 7; c++) cells.push([L + c, '0']);
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

/** A text of the form (a label, a header word) in the document's script. */
export function formText(text: string, script: Script): string {
  return script === 'simplified' ? text : TEMPLATE_TW[text] ?? text;
}

/** Table 三's row or row group `id` labelled as the form labels it, in the document's script. */
export function formAppLabel(id: string, script: Script): string | undefined {
  const label = id === 'g-other' ? '（六）其他处理' : APP_ROWS.find((r) => r.id === id)?.label ?? APP_GROUPS.find((g) => g.id === id)?.label;
  return label && formText(label, script);
}

/** Table 二's block header and row labels as the form has them. */
export function formActiveLabel(variant: '2021' | '2019', block: string, row: string | undefined, script: Script): string | undefined {
  const def = activeBlocks(variant).find((b) => b.id === block);
  if (!def) return undefined;
  if (row === undefined) return formText(`第二十条第（${def.item}）项`, script);
  const r = def.rows.find((x) => x.id === row);
  return r && formText(r.label, script);
}

/** A grid's texts in the document's script (the traditional forms were made with OpenCC, cn → tw). */
export function inScript(grid: Grid, script: Script): Grid {
  if (script === 'simplified') return grid;
  return grid.map((r) => r.map((c) => {
    const body = c.replace(/^\u3000+/, '');
    return c.slice(0, c.length - body.length) + (TEMPLATE_TW[body] ?? body);
  }));
}

/** Every text a template can contain (for the generator and its test). */
export function templateTexts(): string[] {
  const all = new Set<string>();
  for (const kind of ['active', 'applications', 'review'] as TableKind[]) for (const v of ['2021', '2019'] as const) for (const r of officialGrid(kind, v)) for (const c of r) if (/[\u4e00-\u9fff]/.test(c)) all.add(c.replace(/^\u3000+/, ''));
  return [...all].sort();
}
