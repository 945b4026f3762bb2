/**
 * H3 `pleonasme`: redundant wordings (`prévoir à l'avance`, `puis ensuite`, `car en effet`, `voire même`,
 * `dans le cas échéant`, `perspectives d'avenir`, `réitérer à nouveau`…). The fix deletes the redundant part.
 */
import type { Severity } from '../../findings/finding';
import type { Rule } from '../rule';
import { keepInitialCase, reportText, SP, textFix, WB, WE, answerMatches } from '../common/lexicon';
import { letterRegExp } from '../../text/letters';

interface Entry {
  readonly pattern: RegExp;
  /** The wording to keep (the fix replaces the match by it). */
  readonly keep: (match: RegExpExecArray) => string;
  readonly severity?: Severity;
}

const w = (source: string) => letterRegExp(source, 'giu');
const first = (m: RegExpExecArray) => m[1]!;

const entries: readonly Entry[] = [
  { pattern: w(`${WB}((?:prév|planifi|prépar|réserv)\\p{L}*)${SP}+à${SP}+l['’]avance${WE}`), keep: first },
  { pattern: w(`${WB}(puis)${SP}+(?:ensuite|après)${WE}`), keep: first },
  { pattern: w(`${WB}(car)${SP}+en${SP}+effet${WE}`), keep: first },
  { pattern: w(`${WB}(comme)${SP}+par${SP}+exemple${WE}`), keep: first },
  { pattern: w(`${WB}((?:collabor|coopér)\\p{L}*)${SP}+ensemble${WE}`), keep: first },
  { pattern: w(`${WB}((?:se|s['’])${SP}*entraid\\p{L}*)${SP}+mutuellement${WE}`), keep: first },
  { pattern: w(`${WB}(ajout\\p{L}*)${SP}+en${SP}+plus${WE}`), keep: first },
  { pattern: w(`${WB}(voire)${SP}+même${WE}`), keep: first },
  { pattern: w(`${WB}(descend\\p{L}*)${SP}+en${SP}+bas${WE}|${WB}(mont\\p{L}*)${SP}+en${SP}+haut${WE}|${WB}(recul\\p{L}*)${SP}+en${SP}+arrière${WE}`), keep: (m) => m[1] ?? m[2] ?? m[3]! },
  { pattern: w(`${WB}(actuellement)${SP}+en${SP}+ce${SP}+moment${WE}`), keep: first },
  { pattern: w(`${WB}(seule?s?)${SP}+et${SP}+uniques?${WE}`), keep: first },
  { pattern: w(`${WB}sûr(e?s?)${SP}+et${SP}+(certaine?s?)${WE}`), keep: (m) => m[2]! },
  { pattern: w(`${WB}absolument${SP}+((?:essentiel|nécessaire|indispensable|primordial|impératif)\\p{L}*)${WE}`), keep: first },
  { pattern: w(`${WB}(?:totalement|complètement|entièrement)${SP}+(achev\\p{L}*)${WE}`), keep: first },
  { pattern: w(`${WB}dans${SP}+(le${SP}+cas${SP}+échéant)${WE}`), keep: first },
  { pattern: w(`${WB}(perspectives?)${SP}+d['’]avenir${WE}`), keep: first },
  { pattern: w(`${WB}(réitér\\p{L}*)${SP}+(?:à${SP}+nouveau|de${SP}+nouveau)${WE}`), keep: first },
  { pattern: w(`${WB}(prévisions?)${SP}+pour${SP}+l['’]avenir${WE}`), keep: first },
  { pattern: w(`${WB}(?:faux|faus)${SP}+(prétextes?)${WE}`), keep: first, severity: 'hint' },
];

export const rule: Rule = {
  meta: {
    id: 'pleonasme',
    severity: 'warning',
    title: 'Pléonasme',
    description:
      "Signale les pléonasmes : « prévoir à l'avance », « puis ensuite », « car en effet », « comme par exemple », « collaborer ensemble », « voire même », « actuellement en ce moment », « seul et unique », « absolument essentiel », « dans le cas échéant » (« le cas échéant »), « perspectives d'avenir », « réitérer à nouveau »… La correction supprime la partie redondante.",
    fixable: true,
    group: 'H',
  },
  checkParagraph(context) {
    const { view } = context;
    for (const { entry, match } of answerMatches(view, entries)) {
      const keep = keepInitialCase(match.match[0], entry.keep(match.match));
      reportText(
        context,
        match.start,
        match.end,
        `« ${match.match[0]} » : pléonasme ; « ${keep} » suffit.`,
        [textFix(view, `Remplacer par « ${keep} »`, match.start, match.end, keep)],
        entry.severity && context.severity === 'warning' ? entry.severity : undefined,
      );
    }
  },
};
