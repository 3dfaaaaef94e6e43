/**
 * The picture of an agency's years: a small line chart as inline SVG (no network, no library),
 * coloured with the theme's chart colours, and the figures as a table. Pure: data in, HTML out.
 */

export interface TrendFigures {
  newCount?: number;
  carried?: number;
  open?: number;
  partial?: number;
  closed?: number;
  carryNext?: number;
  disclosureRate?: number;
  reviews?: number;
  suits?: number;
  correctionRate?: number;
  inferred?: boolean;
}
export interface TrendPoint {
  year: number;
  uri: string;
  name: string;
  form: string;
  figures: TrendFigures;
  /** Tables 三 of their scopes in that year's report, where more than one: its figures are the first's. */
  tables?: number;
}
type Lang = 'cn' | 'tw' | 'en';

const SERIES: { key: keyof TrendFigures; color: string; name: Record<Lang, string> }[] = [
  { key: 'newCount', color: 'var(--vscode-charts-blue)', name: { cn: '本年新收', tw: '本年新收', en: 'New' } },
  { key: 'closed', color: 'var(--vscode-charts-green)', name: { cn: '办结（（七）总计）', tw: '辦結（（七）總計）', en: 'Handled' } },
  { key: 'open', color: 'var(--vscode-charts-purple)', name: { cn: '予以公开', tw: '予以公開', en: 'Disclosed' } },
  { key: 'carryNext', color: 'var(--vscode-charts-orange)', name: { cn: '结转下年度', tw: '結轉下年度', en: 'Carried to next year' } },
  { key: 'reviews', color: 'var(--vscode-charts-red)', name: { cn: '行政复议', tw: '行政複議', en: 'Reviews' } },
  { key: 'suits', color: 'var(--vscode-charts-yellow)', name: { cn: '行政诉讼', tw: '行政訴訟', en: 'Lawsuits' } },
];
const ROWS: { key: keyof TrendFigures; name: Record<Lang, string>; percent?: boolean }[] = [
  { key: 'newCount', name: { cn: '本年新收', tw: '本年新收', en: 'New' } },
  { key: 'carried', name: { cn: '上年结转', tw: '上年結轉', en: 'Carried over' } },
  { key: 'open', name: { cn: '予以公开', tw: '予以公開', en: 'Disclosed' } },
  { key: 'partial', name: { cn: '部分公开', tw: '部分公開', en: 'Partly disclosed' } },
  { key: 'closed', name: { cn: '（七）总计', tw: '（七）總計', en: '(7) Total' } },
  { key: 'carryNext', name: { cn: '结转下年度', tw: '結轉下年度', en: 'Carried to next year' } },
  { key: 'disclosureRate', name: { cn: '公开率', tw: '公開率', en: 'Disclosure rate' }, percent: true },
  { key: 'reviews', name: { cn: '行政复议', tw: '行政複議', en: 'Reviews' } },
  { key: 'suits', name: { cn: '行政诉讼', tw: '行政訴訟', en: 'Lawsuits' } },
  { key: 'correctionRate', name: { cn: '纠错率', tw: '糾錯率', en: 'Correction rate' }, percent: true },
];
const WORDS = {
  year: { cn: '年度', tw: '年度', en: 'Year' },
  form: { cn: '格式', tw: '格式', en: 'Form' },
  empty: { cn: '工作区里只找到这一份该机关的报告', tw: '工作區裡只找到這一份該機關的報告', en: 'Only this report of the agency was found in the workspace' },
  inferred: { cn: '* 含由连在一起的数字推断出的数字', tw: '* 含由連在一起的數字推斷出的數字', en: '* includes figures inferred from glued digits' },
  open: { cn: '点击年度打开该年的报告', tw: '點擊年度開啟該年的報告', en: 'Click a year to open its report' },
  tables: {
    cn: '† 该年报告的表三不止一张（如全市与本级），这里是第一张的数字',
    tw: '† 該年報告的表三不止一張（如全市與本級），這裡是第一張的數字',
    en: '† that year’s report has more than one table III (e.g. city-wide and the body’s own): these are the first one’s figures',
  },
};

export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** One point per year (the first report found for it). */
export function byYear(points: readonly TrendPoint[]): TrendPoint[] {
  const seen = new Set<number>();
  return [...points].sort((a, b) => a.year - b.year).filter((p) => (seen.has(p.year) ? false : (seen.add(p.year), true)));
}

/**
 * The top of the axis: four equal steps of 1, 2 or 5 times a power of ten, the least that reaches the
 * greatest figure — so every tick is a whole count (0 … 4 when all are 0, never 0.25).
 */
export function axisTop(values: readonly number[]): number {
  const max = Math.max(1, ...values);
  for (let p = 1; ; p *= 10) for (const m of [1, 2, 5]) if (4 * m * p >= max) return 4 * m * p;
}

export function chartSvg(points: readonly TrendPoint[], lang: Lang): string {
  const W = 640;
  const H = 260;
  const left = 48;
  const right = 150;
  const top = 16;
  const bottom = 32;
  const years = byYear(points);
  const values = years.flatMap((p) => SERIES.map((s) => p.figures[s.key] as number | undefined)).filter((v): v is number => typeof v === 'number');
  const top10 = axisTop(values);
  const x = (i: number) => left + (years.length === 1 ? (W - left - right) / 2 : (i * (W - left - right)) / (years.length - 1));
  const y = (v: number) => top + (H - top - bottom) * (1 - v / top10);
  const parts: string[] = [];
  for (let k = 0; k <= 4; k++) {
    const v = (top10 * k) / 4;
    parts.push(`<line x1="${left}" x2="${W - right}" y1="${y(v)}" y2="${y(v)}" class="grid"/><text x="${left - 6}" y="${y(v) + 4}" text-anchor="end" class="axis">${Math.round(v * 100) / 100}</text>`);
  }
  years.forEach((p, i) => parts.push(`<text x="${x(i)}" y="${H - 10}" text-anchor="middle" class="axis">${p.year}</text>`));
  SERIES.forEach((s, si) => {
    const pts = years.map((p, i) => [i, p.figures[s.key]] as const).filter((q): q is readonly [number, number] => typeof q[1] === 'number');
    if (pts.length) parts.push(`<polyline fill="none" stroke="${s.color}" stroke-width="2" points="${pts.map(([i, v]) => `${x(i)},${y(v)}`).join(' ')}"/>`);
    for (const [i, v] of pts) parts.push(`<circle cx="${x(i)}" cy="${y(v)}" r="3.5" fill="${s.color}"><title>${escapeHtml(s.name[lang])} ${years[i].year}: ${v}</title></circle>`);
    parts.push(`<rect x="${W - right + 14}" y="${top + si * 20}" width="12" height="12" fill="${s.color}"/><text x="${W - right + 32}" y="${top + si * 20 + 11}" class="legend">${escapeHtml(s.name[lang])}</text>`);
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" style="width: 100%; max-width: ${W}px; height: auto" role="img">${parts.join('')}</svg>`;
}

export function trendHtml(agency: string, points: readonly TrendPoint[], lang: Lang, nonce: string): string {
  const years = byYear(points);
  const fmt = (v: number | boolean | undefined, percent?: boolean) => (typeof v !== 'number' ? '—' : percent ? `${(v * 100).toFixed(1)}%` : String(v));
  const head = `<tr><th>${WORDS.year[lang]}</th>${years.map((p) => `<th class="n"><a href="#" data-uri="${escapeHtml(p.uri)}" title="${escapeHtml(p.name)}">${p.year}${p.figures.inferred ? '*' : ''}${p.tables ? '†' : ''}</a></th>`).join('')}</tr>`;
  const form = `<tr><td>${WORDS.form[lang]}</td>${years.map((p) => `<td class="n">${escapeHtml(p.form)}</td>`).join('')}</tr>`;
  const rows = ROWS.map((r) => `<tr><td>${escapeHtml(r.name[lang])}</td>${years.map((p) => `<td class="n">${fmt(p.figures[r.key], r.percent)}</td>`).join('')}</tr>`).join('');
  return `<!DOCTYPE html><html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'nonce-${nonce}';">
<style>
body { color: var(--vscode-foreground); background: var(--vscode-editor-background); font-family: var(--vscode-font-family); }
.axis, .legend { fill: var(--vscode-foreground); font-size: 12px; font-family: var(--vscode-font-family); }
.grid { stroke: var(--vscode-foreground); stroke-opacity: 0.15; }
table { border-collapse: collapse; margin-top: 12px; } th, td { padding: 3px 10px; border-bottom: 1px solid var(--vscode-panel-border); text-align: left; }
.n { text-align: right; font-variant-numeric: tabular-nums; } a { color: var(--vscode-textLink-foreground); } .note { opacity: 0.7; }
</style></head><body>
<h2>${escapeHtml(agency)}</h2>
${years.length > 1 ? chartSvg(years, lang) : `<p class="note">${WORDS.empty[lang]}</p>`}
<table id="figures">${head}${form}${rows}</table>
<p class="note">${WORDS.open[lang]}${years.some((p) => p.figures.inferred) ? '　' + WORDS.inferred[lang] : ''}${years.some((p) => p.tables) ? '　' + WORDS.tables[lang] : ''}</p>
<script nonce="${nonce}">const vscode = acquireVsCodeApi(); document.querySelectorAll('a[data-uri]').forEach((a) => a.addEventListener('click', (e) => { e.preventDefault(); vscode.postMessage({ open: a.dataset.uri }); }));</script>
</body></html>`;
}
