/**
 * G3 `citation-decret-arrete-circulaire`: decrees, orders and circulars cited incompletely: `décret du J mois
 * AAAA` without its number, an `arrêté du …` with no object at first mention, a numbered circular without its
 * date, a date without its year, and EU acts not written `directive 2011/36/UE` / `règlement (UE) 2016/679`.
 */
import type { Rule } from '../rule';
import { reportText, SP, textFix, WB } from '../common/lexicon';
import { letterRegExp } from '../../text/letters';

const MONTH = '(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)';
const DATE = `(?:1er|\\d{1,2})${SP}+${MONTH}`;
/** The first year whose decrees and ordinances carry a number (« décret n° 45-… »). */
const firstNumberedYear = 1945;
const decreeNoNumber = letterRegExp(`${WB}(décrets?|ordonnances?)(${SP}+(?:simple|en${SP}+Conseil${SP}+d['’]État))?${SP}+du${SP}+${DATE}${SP}+\\d{4}`, 'giu');
const orderNoObject = letterRegExp(`${WB}arrêtés?(?:${SP}+(?:ministériel|interministériel|préfectoral|conjoint))?${SP}+du${SP}+${DATE}${SP}+(\\d{4})(?!${SP}*(?:,${SP}*)?(?:relatif|relative|portant|fixant|pris|modifiant|pour|instituant|créant|définissant|autorisant|précisant|approuvant|déterminant|établissant|organisant|abrogant|complétant|accordant|listant|\\(|précité|susmentionné|susvisé|mentionné|cité))`, 'giu');
const circularNoDate = letterRegExp(`${WB}(circulaires?)${SP}+(?:(?:[A-Z][A-Za-z]+/)+[A-Za-z0-9/-]+|n°${SP}*[\\w/.-]+)(?![\\w/.-])(?!${SP}*(?:\\([^)]*\\))?${SP}*du${SP}+${DATE})`, 'gu');
const dateWithoutYear = letterRegExp(`${WB}(?:(?:décret|arrêté|circulaire|ordonnance|loi)s?)(?:${SP}+n°${SP}*[\\w/.-]+)?${SP}+du${SP}+(${DATE})(?!${SP}+\\d{4})(?!${SP}*(?:dernier|prochain))`, 'giu');
const directiveNumero = letterRegExp(`${WB}(directive)${SP}+(n°${SP}*)(?=\\d{2,4}/\\d+/(?:UE|CE|CEE))`, 'giu');
const reglementSansParentheses = letterRegExp(`${WB}(règlement)${SP}+(UE|CE)${SP}+(?:n°${SP}*)?(?=\\d{2,4}/\\d+)`, 'giu');

export const rule: Rule = {
  meta: {
    id: 'citation-decret-arrete-circulaire',
    severity: 'warning',
    title: "Citation de décret, d'arrêté ou de circulaire",
    description:
      "Signale les citations incomplètes de textes réglementaires : décret ou ordonnance cité par sa seule date, sans numéro ; arrêté cité à sa première mention sans son objet (« relatif à… », « portant… ») ; circulaire numérotée sans date ; date sans année ; actes de l'Union européenne mal écrits (« directive 2011/36/UE » sans « n° », « règlement (UE) 2016/679 » avec les parenthèses).",
    fixable: true,
    group: 'G',
  },
  checkParagraph(context) {
    const { view } = context;
    if (view.section !== 'answer') return;
    const source = view.paragraph.text;
    const each = (pattern: RegExp, onMatch: (m: RegExpExecArray) => void) => {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(source); m; m = pattern.exec(source)) {
        if (view.isMasked(m.index, m.index + 3) || view.inQuote(m.index, m.index + m[0].length)) continue;
        onMatch(m);
      }
    };
    each(decreeNoNumber, (m) =>
      // Decrees and ordinances are numbered since 1945: an older one (« décret du 17 juin 1854 », « décret-loi du
      // 29 octobre 1936 ») is cited by its date, it has no number to ask for.
      Number(/\d{4}$/.exec(m[0])?.[0]) < firstNumberedYear ? undefined : reportText(context, m.index, m.index + m[0].length, `« ${m[0]} » : citer ${/^o/i.test(m[1]!) ? "l'ordonnance" : 'le décret'} avec son numéro (« ${m[1]!.toLowerCase()} n° AAAA-NNN du … »).`),
    );
    const seenOrders = new Set<string>();
    each(orderNoObject, (m) => {
      const key = m[0].replace(/[\s\u00A0\u202F]+/g, ' ').toLowerCase();
      if (seenOrders.has(key)) return;
      seenOrders.add(key);
      if (/précité|susvisé|mentionné/.test(source.slice(m.index + m[0].length, m.index + m[0].length + 20))) return;
      reportText(context, m.index, m.index + m[0].length, `« ${m[0]} » : à la première mention, donner l'objet de l'arrêté (« relatif à… », « portant… », « fixant… »).`);
    });
    each(circularNoDate, (m) => reportText(context, m.index, m.index + m[0].length, `« ${m[0]} » : citer la circulaire avec sa date (« circulaire n° … du J mois AAAA »).`));
    each(dateWithoutYear, (m) => {
      const start = m.index + m[0].lastIndexOf(m[1]!);
      reportText(context, start, start + m[1]!.length, `« ${m[0]} » : la date d'un texte cité comprend l'année.`);
    });
    each(directiveNumero, (m) => {
      const start = m.index + m[0].length - m[2]!.length;
      reportText(context, start, m.index + m[0].length, 'Une directive européenne se cite sans « n° » (« directive 2011/36/UE »).', [textFix(view, 'Supprimer « n° »', start, m.index + m[0].length, '')]);
    });
    each(reglementSansParentheses, (m) => {
      const start = m.index + m[0].indexOf(m[2]!);
      reportText(context, start, start + m[2]!.length, `Un règlement européen se cite « règlement (${m[2]}) AAAA/NNN ».`, [textFix(view, `Écrire « (${m[2]}) »`, start, start + m[2]!.length, `(${m[2]})`)]);
    });
  },
};
