/**
 * section-missing: one of the six sections has no heading. The fix inserts the official heading
 * where it belongs: before the section's own content (sectionPlace.ts), with the document's line
 * breaks and blank-line style.
 */
import { governmentForm } from '../../analysis/model/format';
import { SECTIONS } from '../../analysis/form/schema';
import type { DocFacts } from '../../analysis/model/facts';
import type { Finding, Related, SectionId, Span } from '../../analysis/types';
import { msg } from '../shared/cells';
import type { DocumentCheck } from '../types';
import { placeHeading } from './sectionPlace';
import { lineEndAt } from '../../analysis/reader/text/lines';
import { swappedSections } from './swapped';
import { sectionWrittenOtherwise } from './writtenOtherwise';
import { headingNumeral, insertedBefore } from './inserted';
import type { Misnumbered } from './misnumbered';

/** From `at` to the end of its line (at most 80 characters: a one-line page is one long line). */
function lineSpan(text: string, at: number): Span {
  const end = Math.min(lineEndAt(text, at), at + 80);
  return { start: at, end: Math.max(end, Math.min(at + 1, text.length)) };
}

const ALL = SECTIONS.reduce((m, d) => m | (1 << d.id), 0);

/** Where the last heading of a section before `id` ends (0 when there is none). */
function lastHeadingBefore(f: DocFacts, id: SectionId): number {
  let end = 0;
  for (const h of f.headings) if (h.section < id) end = Math.max(end, h.span.end);
  return end;
}

/** Whether every section of the form after `id` is there under its numeral moved on by `shift` (none under its own). */
function numberedOnToTheEnd(f: DocFacts, id: SectionId, shift: number, present: number): boolean {
  for (const def of SECTIONS) {
    if (def.id <= id) continue;
    if (present & (1 << def.id)) return false;
    const otherwise = sectionWrittenOtherwise(f, def.id);
    if (otherwise?.kind !== 'misnumbered' || headingNumeral(otherwise.heading.text) !== def.id + shift) return false;
  }
  return true;
}

/** A heading numbered on from a section put in: where it is, and which of the form's it is. */
function shiftedHeading(wrong: Misnumbered, def: (typeof SECTIONS)[number]): Related {
  return { span: { start: wrong.numeral.start, end: wrong.numeral.start + wrong.text.length }, message: msg('section-missing.shifted', { section: def.name }) };
}

export const sectionMissing: DocumentCheck = {
  code: 'section-missing',
  severity: 'error',
  scope: 'document',
  description: { cn: '缺少六个部分之一', tw: '缺少六個部分之一', en: 'One of the six sections is missing' },
  messages: {
    'section-missing': { cn: '缺少「{section}」部分', tw: '缺少「{section}」部分', en: 'Section “{section}” is missing' },
    // (Not 「缺少…部分」: the section is there, under another numeral — a review read 「missing」 of a section plainly present.)
    'section-missing.numbered': {
      cn: '标题「{heading}」编号有误，应为「{numeral}、」：规定格式中这一部分是「{section}」',
      tw: '標題「{heading}」編號有誤，應為「{numeral}、」：規定格式中這一部分是「{section}」',
      en: 'The heading “{heading}” is misnumbered: it is the form’s section “{section}”',
    },
    'section-missing.inserted': {
      cn: '「{heading}」不是规定格式中的部分，其后 {count} 个部分的编号因此顺延（「{first}」在规定格式中是「{numeral}、」）',
      tw: '「{heading}」不是規定格式中的部分，其後 {count} 個部分的編號因此順延（「{first}」在規定格式中是「{numeral}、」）',
      en: '“{heading}” is not a section of the form, so the {count} sections after it are numbered on from it (“{first}” is the form’s section {numeral})',
    },
    'section-missing.shifted': {
      cn: '编号顺延：规定格式中这一部分是「{section}」',
      tw: '編號順延：規定格式中這一部分是「{section}」',
      en: 'Numbered on: this is the form’s section “{section}”',
    },
    'section-missing.worded': {
      cn: '标题「{heading}」与规定格式不同：这一部分的标题应为「{written}」',
      tw: '標題「{heading}」與規定格式不同：這一部分的標題應為「{written}」',
      en: 'The heading “{heading}” is not the form’s: this section should be headed “{written}” ({section})',
    },
    'section-missing.styled': {
      cn: '标题「{heading}」的编号与规定格式不同：这一部分的标题应为「{written}」',
      tw: '標題「{heading}」的編號與規定格式不同：這一部分的標題應為「{written}」',
      en: 'The heading “{heading}” is not numbered as the form’s: this section should be headed “{written}” ({section})',
    },
    'section-missing.tablesOnly': {
      cn: '这个文件只有统计表，没有报告正文：六个部分未检查（如是年度报告的附表，请与报告正文一起检查）',
      tw: '這個檔案只有統計表，沒有報告正文：六個部分未檢查（如是年度報告的附表，請與報告正文一起檢查）',
      en: 'This file holds the tables alone, not the report’s text: its six sections are not checked (if it is a report’s attachment, check it with the report)',
    },
    'fix.restyle': { cn: '将编号改为「{numeral}」', tw: '將編號改為「{numeral}」', en: 'Number it “{numeral}”' },
    'fix.reword': { cn: '将标题改为「{written}」', tw: '將標題改為「{written}」', en: 'Change the heading to “{written}” ({section})' },
    'fix.renumber': { cn: '将编号改为「{numeral}」', tw: '將編號改為「{numeral}」', en: 'Renumber it “{numeral}”' },
    'fix.insertHeading': { cn: '插入标题「{written}」', tw: '插入標題「{written}」', en: 'Insert the heading “{written}” ({section})' },
  },
  run(f) {
    if (!governmentForm(f.format)) return [];
    // The tables alone (an attachment saved on its own): one note, not five sections missing (found by a review).
    if (f.tablesOnly) return [{ code: 'section-missing', severity: 'information', span: { start: 0, end: Math.min(f.length, lineEndAt(f.text, 0)) }, message: msg('section-missing.tablesOnly') }];
    // Which of the six are present, as bits (this runs on every edit, over every heading; a document
    // of many reports has thousands): the walk stops once all six are seen.
    let present = 0;
    for (let i = 0; i < f.headings.length && present !== ALL; i++) present |= 1 << f.headings[i].section;
    const out: Finding[] = [];
    /** Where the last heading of an earlier section found under another numeral or in other words ends. */
    let claimed = 0;
    // (Two sections in each other's place, each numbered where it stands, are there: section-order says so.)
    const swapped = present !== ALL ? swappedSections(f) : undefined;
    /** The finding of a section put in, while the headings after it are numbered on from it by `shift`. */
    let shifted: { shift: number; finding: Finding; args: { heading: string; first: string; numeral: string }; count: number } | undefined;
    for (const def of SECTIONS) {
      // (A section under its own numeral ends a run of headings numbered on: one after it is misnumbered on its own.)
      if (present & (1 << def.id)) {
        shifted = undefined;
        continue;
      }
      if (swapped && (def.id === swapped.first || def.id === swapped.second)) {
        claimed = Math.max(claimed, swapped.end);
        continue;
      }
      const next = f.headings.find((h) => h.section > def.id);
      const heading = f.script === 'traditional' ? def.name.tw : def.name.cn;
      const otherwise = sectionWrittenOtherwise(f, def.id);
      // Its heading under another numeral, between the headings around where it belongs: renumbered, not inserted.
      if (otherwise?.kind === 'misnumbered') {
        const wrong = otherwise.heading;
        const numeral = '一二三四五六'[def.id - 1];
        // Numbered on from a section of the report's own put in before it (inserted.ts): said once, there.
        const written = headingNumeral(wrong.text);
        const shift = written === undefined ? 0 : written - def.id;
        if (shift > 0 && shifted?.shift === shift) {
          shifted.finding.related!.push(shiftedHeading(wrong, def));
          shifted.count++;
          shifted.finding.message = msg('section-missing.inserted', { ...shifted.args, count: shifted.count });
          claimed = Math.max(claimed, wrong.numeral.start + wrong.text.length);
          continue;
        }
        const before = lastHeadingBefore(f, def.id);
        // (Only where every section of the form after it is there too, numbered on alike: with one missing — 「五、信息处理费
        // 收取情况」 and the problems as 六, no 其他需要报告的事项 — the renumbering and the heading inserted mend the report.)
        const put = shift > 0 && numberedOnToTheEnd(f, def.id, shift, present) ? insertedBefore(f, def.id, shift, Math.max(claimed, before), wrong.numeral.start) : undefined;
        if (put) {
          const args = { heading: put.headings.map((h) => h.text).join('」「'), first: wrong.text, numeral };
          const finding: Finding = { code: 'section-missing', severity: 'warning', span: { ...put.headings[0].span }, message: msg('section-missing.inserted', { ...args, count: 1 }), related: [shiftedHeading(wrong, def)] };
          shifted = { shift, finding, args, count: 1 };
          out.push(finding);
          claimed = Math.max(claimed, wrong.numeral.start + wrong.text.length);
          continue;
        }
        out.push({
          code: 'section-missing',
          severity: 'error',
          span: { start: wrong.numeral.start, end: wrong.numeral.start + wrong.text.length },
          message: msg('section-missing.numbered', { section: def.name, heading: wrong.text, numeral }),
          fixes: [{ title: msg('fix.renumber', { numeral }), edits: [{ span: { ...wrong.numeral }, newText: wrong.newText }], preferred: true }],
        });
        claimed = Math.max(claimed, wrong.numeral.start + wrong.text.length);
        continue;
      }
      // Its heading numbered in another style (「1.总体情况」「（一）总体情况」「第一章 总体情况」「【总体情况】」): the
      // section is there, in its place, under the form's number or none; the form's numbering offered (a warning, as below).
      if (otherwise?.kind === 'restyled') {
        shifted = undefined;
        const restyled = otherwise.heading;
        out.push({
          code: 'section-missing',
          severity: 'warning',
          span: { ...restyled.span },
          message: msg('section-missing.styled', { section: def.name, heading: restyled.text, written: heading }),
          fixes: [{ title: msg('fix.restyle', { numeral: '一二三四五六'[def.id - 1] + '、' }), edits: [{ span: { ...restyled.span }, newText: restyled.newText }], preferred: true }],
        });
        claimed = Math.max(claimed, restyled.span.end);
        continue;
      }
      // Its heading in the report's own words, in its place and under its numeral: the form's words offered.
      if (otherwise?.kind === 'reworded') {
        shifted = undefined;
        const reworded = otherwise.heading;
        // A warning, not an error: the section is there, in its place and under its numeral, only its heading
        // is not the form's (「三、收到和处理政府信息公开申情况」, a word dropped) — a review saw 「缺少」 said of a
        // section plainly present.
        out.push({
          code: 'section-missing',
          severity: 'warning',
          span: { ...reworded.span },
          message: msg('section-missing.worded', { section: def.name, heading: reworded.text, written: heading }),
          fixes: [{ title: msg('fix.reword', { section: def.name, written: heading }), edits: [{ span: { ...reworded.span }, newText: heading }], preferred: true }],
        });
        claimed = Math.max(claimed, reworded.span.end);
        continue;
      }
      const { at, insert, content } = placeHeading(f, def.id, heading, claimed);
      // The finding sits where the heading belongs: on the line it goes before, or the next heading.
      const span: Span = content < f.length ? lineSpan(f.text, content) : next ? { ...next.span } : f.headings.length ? { start: f.length, end: f.length } : f.title ? { ...f.title.span } : { start: 0, end: 0 };
      out.push({
        code: 'section-missing',
        severity: 'error',
        span,
        message: msg('section-missing', { section: def.name }),
        fixes: [{ title: msg('fix.insertHeading', { section: def.name, written: heading }), edits: [{ span: { start: at, end: at }, newText: insert }], preferred: true }],
      });
    }
    return out;
  },
};
