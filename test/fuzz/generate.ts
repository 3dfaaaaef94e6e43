/**
 * Random documents and edits built from the pieces reports are made of — headings, row labels and
 * block headers in both scripts, figures ASCII and full-width, every separator, line ends of all three
 * kinds, surrogate pairs and lone surrogates, fragments of real reports — so that a random document is
 * near enough to a report to reach deep into the reader. Seeded: the same seed, the same inputs.
 */
import * as OpenCC from 'opencc-js';
import { activeBlocks, APP_GROUPS, APP_ROWS, SECTIONS } from '../../server/src/analysis/form/schema';
import { APP_NOTE } from '../../server/src/analysis/form/template';
import { fixture, SEEDS } from '../helpers';

const toTw = OpenCC.Converter({ from: 'cn', to: 'tw' });

function pieces(): string[] {
  const cn = [
    ...SECTIONS.map((s) => s.name.cn),
    ...APP_ROWS.map((r) => r.label),
    ...APP_GROUPS.map((g) => g.label),
    ...activeBlocks('2021').map((b) => `第二十条第（${b.item}）项`),
    ...activeBlocks('2021').flatMap((b) => b.rows.map((r) => r.label)),
    APP_NOTE,
    '申请人情况', '自然人', '法人或其他组织', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计',
    '行政复议', '行政诉讼', '结果维持', '结果纠正', '其他结果', '尚未审结', '未经复议直接起诉', '复议后起诉',
    '某某市某某局2023年政府信息公开工作年度报告', '本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。',
    // Another report appended (another body's, another year's; a title run on from the page before): other-report.
    '\n某某县人民政府2022年政府信息公开工作年度报告\n', '\n（2022年度）\n', '未收取信息处理费某某区某某镇人民政府2023年政府信息公开工作年度报告根据',
    '（一）', '（二）', '一是', '二是', '2.', '3.', '《中华人民共和国政府信息公开条例》', '共收到申请15件，',
    // What the prose says of table 二's documents, and the words around it that make it no statement of the year's own.
    '我局制定规范性文件', '现行有效的规范性文件', '废止规章', '件', '2024年，我局计划', '和', '减', '笔', '（元）', '六、存在的主要问题及改进措施',
    // Real pages: signatures, headings in words of their own or under a list's numeral, spam, tone-marked pinyin, breadcrumbs.
    '\n某某局\n2023年1月10日\n', '二〇二四年一月十八日', '印发', '一、年度工作核心成效', '三是收到和处理政府信息公开申请情况', '、主动公开政府信息情况',
    '365bet苹果版_365服务热线_', '365体育直播,', '明升体育', '飞禽走兽老虎机', '无码一区二区_', '報(bào)', '區(qū)', '首页/ 政府信息公开 / ',
    '根据《条例》规定,现公布', 'Page 8 - ', '| 名称 | ',
    // Glued rows that lost their blank cells, and a blank row whose label runs on into the next item.
    '2581211272', '2581211', '258 12 1 1 272', '2.其他法律行政法规禁止公开3.危及“三安全一稳定”',
    // Page numbers a PDF or Word conversion leaves on lines of their own.
    '\n— 3 —\n', '\n- 12 -\n', '\n第 4 页 共 9 页\n',
  ];
  return [...cn, ...cn.map((s) => toTw(s))];
}

const SEPARATORS = [' | ', '|', '｜', '\t', ' ', '  ', '\u3000', '', '||', '| |', '│', ' │ ', '║'];
const EOLS = ['\n', '\r\n', '\r', '\n\n'];
const ODD = ['😀', '𠀀', '\ud800', '\udc00', '\u200b', '\ufeff', '\u00a0', '<td>', '&nbsp;', '**', '---', '#', '\n├──┼──┤\n', '┼', '─', '\n+----+----+\n', '-----+-----', '\n  -------- ------ ----\n', '\n| 一   | 8  |\n| 、本 | 21 |\n'];

export interface Generator {
  document(): string;
  /** An edit of `text`: [start, end) replaced by `insert`, never between a \r and its \n. */
  edit(text: string): { start: number; end: number; insert: string };
  int(n: number): number;
}

export function generator(rand: () => number): Generator {
  const PIECES = pieces();
  // (And pages as text browsers dump them: tables drawn in box drawing or ASCII.)
  // (And real one-line pages with glued tables, one of them with its sections numbered its own way.)
  const SEED_TEXTS = [...Object.values(SEEDS), 'dumps/gwh_2022.w3m.txt', 'dumps/czj_2023.links.txt', 'glued/hzs_2023.txt', 'archive/jjp_2025.txt'].map(fixture);
  const int = (n: number) => Math.floor(rand() * n);
  const pick = <T>(xs: readonly T[]) => xs[int(xs.length)];
  const figure = () => {
    const n = String(int(rand() < 0.7 ? 10 : 100000));
    return rand() < 0.15 ? n.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))) : n;
  };
  const piece = (): string => {
    const r = rand();
    if (r < 0.35) return pick(PIECES);
    if (r < 0.6) return figure();
    if (r < 0.75) return pick(SEPARATORS);
    if (r < 0.87) return pick(EOLS);
    if (r < 0.93) return pick(ODD);
    // A fragment of a real report (often a whole table row or more).
    const s = pick(SEED_TEXTS);
    const at = int(s.length);
    return s.slice(at, at + 1 + int(400));
  };
  const document = () => {
    const n = int(rand() < 0.1 ? 2000 : 200);
    let out = rand() < 0.5 ? pick(SEED_TEXTS) : '';
    for (let i = 0; i < n; i++) {
      const p = piece();
      out = rand() < 0.5 ? out + p : (() => {
        const at = safeOffset(out, int(out.length + 1));
        return out.slice(0, at) + p + out.slice(at);
      })();
    }
    return out;
  };
  // Half the edits follow the last one (typing goes on where it was: the segment is then re-cut only
  // where the edit touched it), the others land anywhere.
  let last = 0;
  const edit = (text: string) => {
    const near = Math.max(0, Math.min(text.length, last + int(41) - 20));
    const a = safeOffset(text, rand() < 0.5 ? near : int(text.length + 1));
    const b = safeOffset(text, Math.min(text.length, a + (rand() < 0.6 ? 0 : int(40))));
    const insert = rand() < 0.3 ? '' : rand() < 0.5 ? piece() : pick(['\r', '\n', '\r\n', figure(), pick(SEPARATORS)]);
    last = a + insert.length;
    return { start: a, end: Math.max(a, b), insert };
  };
  return { document, edit, int };
}

/** An offset not between a \r and the \n after it (no LSP position names that place). */
export function safeOffset(text: string, at: number): number {
  return at > 0 && text[at - 1] === '\r' && text[at] === '\n' ? at + 1 : at;
}
