/**
 * A report as a spam mirror site re-serves it: pinyin put after some of its characters (「政(zheng)府信息
 * 公(gong)開(kai)」), now and then twice (「政(zheng)(zheng)」) — the spec's §6, from real mirror pages.
 */
const PINYIN: Record<string, string> = {
  公: 'gong', 开: 'kai', 開: 'kai', 政: 'zheng', 府: 'fu', 信: 'xin', 息: 'xi', 报: 'bao', 報: 'bao', 告: 'gao', 申: 'shen', 请: 'qing', 請: 'qing',
  情: 'qing', 况: 'kuang', 況: 'kuang', 数: 'shu', 數: 'shu', 量: 'liang', 理: 'li', 结: 'jie', 結: 'jie', 果: 'guo', 行: 'xing', 复: 'fu', 復: 'fu',
  议: 'yi', 議: 'yi', 诉: 'su', 訴: 'su', 讼: 'song', 訟: 'song', 年: 'nian', 度: 'du', 总: 'zong', 總: 'zong', 计: 'ji', 計: 'ji', 不: 'bu', 予: 'yu',
  四: 'si', 三: 'san', 处: 'chu', 處: 'chu', 部: 'bu', 分: 'fen',
};

/** The syllables with their tone marks, as other mirror sites write them (「區(qū)」「報(bào)」「復(fù)」). */
const TONES: Record<string, string> = {
  gong: 'gōng', kai: 'kāi', zheng: 'zhèng', fu: 'fù', xin: 'xìn', xi: 'xī', bao: 'bào', gao: 'gào', shen: 'shēn', qing: 'qǐng', kuang: 'kuàng',
  shu: 'shù', liang: 'liàng', li: 'lǐ', jie: 'jié', guo: 'guǒ', xing: 'xíng', yi: 'yì', su: 'sù', song: 'sòng', nian: 'nián', du: 'dù', zong: 'zǒng',
  ji: 'jì', bu: 'bù', yu: 'yǔ', si: 'sì', san: 'sān', chu: 'chǔ', fen: 'fēn',
};

/** `text` with the pinyin of every other character the table knows after it, every seventh gloss doubled (`toned`: with tone marks). */
export function withPinyin(text: string, toned = false): string {
  let n = 0;
  return text.replace(/[\u4e00-\u9fff]/g, (c) => {
    const p = toned && PINYIN[c] ? TONES[PINYIN[c]] : PINYIN[c];
    if (!p || n++ % 2) return c;
    return c + `(${p})` + (n % 7 === 0 ? `(${p})` : '');
  });
}
