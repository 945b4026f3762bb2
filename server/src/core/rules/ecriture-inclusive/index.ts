/**
 * E1 `ecriture-inclusive`: abbreviated double forms inside one word (point médian `professionnel·le·s`,
 * dotted `député.e.s`, parenthesised `candidat(e)s`, `-e-s` suffixes, capital `E` inside a word, neologisms
 * `iel`, `celleux`, `toustes`). The circulaire du 21 novembre 2017 bans « l'écriture dite inclusive » from the
 * JO: every match is an error. A number-only `(s)` (`le ou les candidat(s)`) is a number marker, reported as
 * information.
 */
import type { Rule } from '../rule';
import { matchProse } from '../common/mask';
import { reportText, textFix } from '../common/lexicon';
import { letterRegExp } from '../../text/letters';

const SUFFIX = '(?:e|es|ne|nes|le|les|te|tes|se|ses|rice|rices|euse|euses|ère|ères|ive|ives|ale|ales|x|s)';
const middleDot = letterRegExp(String.raw`(?<!\p{L})\p{L}+(?:[·•⋅]\p{L}+)+`, 'gu');
const dotted = letterRegExp(`(?<![\\p{L}\\p{N}.@])\\p{Ll}{3,}(?:\\.${SUFFIX}){1,2}(?![\\p{L}\\p{N}]|\\.\\p{L})`, 'gu');
const parenthesised = letterRegExp(`(?<![\\p{L}])\\p{L}{2,}\\(${SUFFIX.replace('|x|s)', ')')}\\)s?(?![\\p{L}])`, 'gu');
const numberOnly = letterRegExp(String.raw`(?<![\p{L}])\p{L}{2,}\(s\)(?![\p{L}])`, 'gu');
const slashed = letterRegExp(String.raw`(?<![\p{L}])\p{Ll}{3,}\/(?:e|ne|le|te|rice|euse|ère)(?:\/s)?(?![\p{L}\/])`, 'gu');
const hyphenated = letterRegExp(String.raw`(?<![\p{L}])\p{Ll}{3,}-(?:e|ne|le|te|rice|euse|ère)(?:-s)?(?![\p{L}-])`, 'gu');
const capitalE = letterRegExp(String.raw`(?<![\p{L}])\p{Ll}{3,}(?:E|ES|Es|NE|NEs|NES|LE|LEs|TE|TEs)(?![\p{L}])`, 'gu');
const neologism = letterRegExp(String.raw`(?<![\p{L}])(?:iels?|ielles?|celleux|toustes|auteurices?|lecteurices?|acteurices?|travailleureuses?)(?![\p{L}])`, 'giu');

/** The generic masculine of an abbreviated double form (`professionnel·le·s` → `professionnels`). */
function masculine(word: string): string | undefined {
  const parts = word.split(/[·•⋅.()/-]+/).filter((part) => part.length > 0);
  if (parts.length < 2) return undefined;
  const last = parts[parts.length - 1]!;
  const plural = last === 's' || (last.endsWith('s') && parts.length >= 2 && !/^(?:x)$/.test(last));
  const base = parts[0]!;
  if (/E$|ES$|Es$/.test(base)) return undefined;
  return base + (plural && !base.endsWith('s') ? (base.endsWith('eau') ? 'x' : 's') : '');
}

export const rule: Rule = {
  meta: {
    id: 'ecriture-inclusive',
    severity: 'error',
    title: 'Écriture dite inclusive',
    description:
      "Signale les formes abrégées de double genre à l'intérieur d'un mot : point médian (« professionnel·le·s »), points (« député.e.s »), parenthèses (« candidat(e)s »), tirets (« salarié-e-s »), E capitale (« salariéEs ») et néologismes (« iel », « celleux », « toustes »). La circulaire du 21 novembre 2017 proscrit l'écriture dite inclusive des textes publiés au Journal officiel ; écrire le masculin générique ou la double forme complète (« les candidates et les candidats »). Le « (s) » de nombre est signalé à titre d'information.",
    fixable: true,
    group: 'E',
  },
  checkParagraph(context) {
    const { view } = context;
    if (view.section !== 'answer') return;
    const seen: { start: number; end: number }[] = [];
    const report = (start: number, end: number, word: string, information = false) => {
      if (seen.some((range) => range.start < end && start < range.end)) return;
      if (view.inQuote(start, end)) return;
      seen.push({ start, end });
      if (information) {
        reportText(context, start, end, `« ${word} » : le « (s) » marque le nombre, pas le genre ; préférer « le ou les … » avec un accord explicite, ou le pluriel.`, undefined, 'information');
        return;
      }
      const generic = masculine(word);
      reportText(
        context,
        start,
        end,
        `« ${word} » : l'écriture dite inclusive est proscrite au Journal officiel (circulaire du 21 novembre 2017). Écrire le masculin générique${generic ? ` (« ${generic} »)` : ''} ou la double forme complète.`,
        generic ? [textFix(view, `Remplacer par « ${generic} »`, start, end, generic)] : undefined,
      );
    };
    const text = view.text;
    // Cheap tests first: most paragraphs have none of these signs.
    const candidates: RegExp[] = [];
    if (/[·•⋅]/.test(text)) candidates.push(middleDot);
    if (/\p{Ll}\.\p{Ll}/u.test(text)) candidates.push(dotted);
    const paren = text.includes('(') && /\p{L}\((?:e|s|ne|le|te|se|rice|euse|ère|ive|ale)/u.test(text);
    if (paren) candidates.push(parenthesised);
    if (/-(?:e|ne|le|te|rice|euse|ère)(?![\p{L}])|-(?:e|ne|le|te|rice|euse|ère)-s/u.test(text)) candidates.push(hyphenated);
    if (/\p{Ll}(?:E|ES|Es|NE|LE|TE)(?!\p{L})/u.test(text)) candidates.push(capitalE);
    if (text.includes('/')) candidates.push(slashed);
    if (/iel|celleux|toustes|ice|euse/i.test(text)) candidates.push(neologism);
    for (const pattern of candidates) {
      for (const match of matchProse(view, pattern)) report(match.start, match.end, match.match[0]);
    }
    if (paren) for (const match of matchProse(view, numberOnly)) report(match.start, match.end, match.match[0], context.severity !== 'hint');
  },
};
