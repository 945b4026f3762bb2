/**
 * G1 `citation-loi`: law and ordinance citations. Canonical form: `loi n° AAAA-NNN du J mois AAAA relative à…`.
 * Checks (a) that `n°` is there (`loi 2019-1234` → `loi n° 2019-1234`), (b) that the year of the number matches
 * the year of the date (`2004-1484` ↔ `30 décembre 2004`), (d) that `Loi`, `Ordonnance` are in lower case in the
 * middle of a sentence. The date format itself (c) is left to `date-format` and `minuscule-mois-jours`, which
 * report it everywhere; short forms after a full citation (e) are accepted.
 */
import type { Rule } from '../rule';
import { matchProse } from '../common/mask';
import { atSentenceStart, reportText, SP, textFix, WB } from '../common/lexicon';
import { letterRegExp } from '../../text/letters';

const MONTH = '(?:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre)';
// (1) kind, (2) organique, (3) n° with its space, (4) number, (5) number year, (6) day, (7) date year.
const citation = letterRegExp(
  `${WB}(lois?|Lois?|ordonnances?|Ordonnances?)(${SP}+organiques?)?${SP}+((?:n°|nº|no|N°)${SP}*)?((\\d{2,4})-\\d+)(?:${SP}+du${SP}+(1er|\\d{1,2})${SP}+${MONTH}${SP}+(\\d{4}))?`,
  'gdu',
);
const capitalised = letterRegExp(`${WB}(Loi|Ordonnance)(?=${SP}+(?:\\d{2,4}-\\d|organique|n°|nº|du${SP}+(?:1er|\\d)|de${SP}+finances|relative|portant|pour${SP}+(?:la|le|l['’]|une|un)))`, 'gu');

export const rule: Rule = {
  meta: {
    id: 'citation-loi',
    severity: 'error',
    title: 'Citation de loi ou d’ordonnance',
    description:
      "Vérifie les citations de lois et d'ordonnances : forme « loi n° AAAA-NNN du J mois AAAA relative à… ». Signale l'absence de « n° » (« loi 2019-1234 »), un numéro dont l'année ne correspond pas à celle de la date (« loi n° 2004-1484 du 30 décembre 2005 »), et « Loi » ou « Ordonnance » avec une capitale en milieu de phrase. Les formes abrégées (« la loi du 2 février 2016 », « la loi précitée ») sont admises. Le format de la date relève de « date-format ».",
    fixable: true,
    group: 'G',
  },
  checkParagraph(context) {
    const { view } = context;
    if (view.section !== 'answer') return;
    // Legal numbers are masked for the other rules: read the citation on the paragraph's own text, and skip it
    // only when its first word is masked or it is quoted.
    const source = view.paragraph.text;
    citation.lastIndex = 0;
    for (let m = citation.exec(source); m; m = citation.exec(source)) {
      const end = m.index + m[0].length;
      if (view.isMasked(m.index, m.index + m[1]!.length) || view.inQuote(m.index, end)) continue;
      check(m.index, end, m);
    }
    function check(start: number, _end: number, m: RegExpExecArray) {
      const kind = m[1]!;
      const number = m[4]!;
      const numberYear = m[5]!;
      const indices = (m as RegExpExecArray & { indices?: ([number, number] | undefined)[] }).indices;
      if (!m[3]) {
        const numberStart = indices?.[4]?.[0] ?? start + m[0].indexOf(number);
        reportText(context, start, numberStart + number.length, `Citation incomplète : « ${kind} » est suivi du numéro sans « n° » (« ${kind.toLowerCase()} n° ${number} »).`, [
          textFix(view, 'Insérer « n° »', numberStart, numberStart, 'n°\u00A0'),
        ]);
      }
      const dateYear = m[7];
      if (dateYear) {
        const expected = numberYear.length === 2 ? dateYear.slice(2) : dateYear;
        if (numberYear !== expected) {
          reportText(
            context,
            start,
            _end,
            `« ${view.paragraph.text.slice(start, _end)} » : le numéro (${numberYear}-…) ne correspond pas à l'année de la date (${dateYear}) ; le numéro d'une loi ou d'une ordonnance commence par l'année de sa signature. Vérifier la référence.`,
          );
        }
      }
    }
    for (const match of matchProse(view, capitalised)) {
      if (view.inQuote(match.start, match.end) || atSentenceStart(view.text, match.start)) continue;
      const word = match.match[1]!;
      const lower = word.toLowerCase();
      reportText(context, match.start, match.end, `« ${word} » s'écrit en minuscules en milieu de phrase (« la ${lower} n° … »).`, [
        textFix(view, `Remplacer par « ${lower} »`, match.start, match.end, lower),
      ]);
    }
  },
};
