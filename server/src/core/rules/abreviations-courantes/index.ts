/**
 * D4 `abreviations-courantes`: abbreviations that a JO answer writes out (circulaire relative aux règles
 * d'élaboration des textes, § 1.1.1.6: « éviter … l'usage d'abréviations »): `etc` without its dot or its
 * comma, `cf` without its dot, `càd`, `i.e.`, `e.g.`, `p. ex.`, `art.` in running prose, `env.`, `qqn`,
 * `vs`, `&`, `tél.`, `max.`, `min.`, `resp.`.
 */
import type { Rule } from '../rule';
import { keepInitialCase, reportText, SP, textFix, WB, WE, answerMatches } from '../common/lexicon';
import { letterRegExp } from '../../text/letters';

interface Entry {
  readonly pattern: RegExp;
  /** Replacements offered (the first is the preferred fix); none: message only. */
  readonly replacements: readonly string[];
  readonly message: (found: string) => string;
  /** Part of the match to report and replace (capture group), default the whole match. */
  readonly group?: number;
  /** Text in every match (see `answerMatches`), given for the costly patterns (a class or lookbehind first). */
  readonly needs?: string;
}

const entries: readonly Entry[] = [
  { pattern: letterRegExp(`${WB}etc(?![.\\p{L}…])`, 'gu'), replacements: ['etc.'], message: () => '« etc. » prend toujours un point abréviatif.' },
  {
    pattern: letterRegExp(`[\\p{L}\\p{N})»](${SP}+)etc${WE}`, 'gu'),
    needs: 'etc',
    group: 1,
    replacements: [', '],
    message: () => '« etc. » est précédé d\'une virgule (« les partenaires, etc. »).',
  },
  { pattern: letterRegExp(`${WB}cf(?![.\\p{L}])`, 'giu'), replacements: ['cf.'], message: () => '« cf. » prend un point abréviatif ; mieux : « voir ».' },
  {
    pattern: letterRegExp(`${WB}(?:càd|c-à-d|c\\.à\\.d\\.?|c\\.-à-d(?![.\\p{L}])|i\\.e\\.|i\\.e${WE})`, 'giu'),
    replacements: ["c'est-à-dire"],
    message: (found) => `« ${found} » : écrire « c'est-à-dire » en toutes lettres.`,
  },
  {
    pattern: letterRegExp(`${WB}(?:e\\.g\\.|p\\.${SP}?ex\\.|p\\.${SP}?ex${WE}|par ex\\.)`, 'giu'),
    replacements: ['par exemple'],
    message: (found) => `« ${found} » : écrire « par exemple » en toutes lettres.`,
  },
  {
    pattern: letterRegExp(`${WB}art\\.(?=${SP}*(?:[LRDA]\\.|\\d|\\uFFFC))`, 'gu'),
    replacements: ['article'],
    message: () => '« art. » : dans le texte courant, écrire « article » en toutes lettres.',
  },
  { pattern: letterRegExp(`${WB}(?:env|approx)\\.`, 'giu'), replacements: ['environ'], message: (found) => `« ${found} » : écrire « environ ».` },
  { pattern: letterRegExp(`${WB}qqn${WE}`, 'giu'), replacements: ["quelqu'un"], message: () => "« qqn » : écrire « quelqu'un »." },
  { pattern: letterRegExp(`${WB}qqch${WE}`, 'giu'), replacements: ['quelque chose'], message: () => '« qqch » : écrire « quelque chose ».' },
  { pattern: letterRegExp(`${WB}qq${WE}`, 'giu'), replacements: ['quelques'], message: () => '« qq » : écrire « quelques ».' },
  {
    pattern: letterRegExp(`${WB}vs\\.?(?=${SP})`, 'giu'),
    replacements: ['contre', 'par rapport à'],
    message: (found) => `« ${found} » : écrire « contre » ou « par rapport à ».`,
  },
  {
    // `&` between lower-case words (company names such as Procter & Gamble keep it).
    pattern: letterRegExp(`(?<=\\p{Ll}${SP})&(?=${SP}\\p{Ll})`, 'gu'),
    needs: '&',
    replacements: ['et'],
    message: () => '« & » : écrire « et ».',
  },
  { pattern: letterRegExp(`${WB}tél\\.`, 'giu'), replacements: ['téléphone'], message: () => '« tél. » : écrire « téléphone ».' },
  { pattern: letterRegExp(`${WB}max\\.(?=${SP}*\\p{N})`, 'giu'), replacements: ['au maximum'], message: () => '« max. » : écrire « au maximum ».' },
  { pattern: letterRegExp(`${WB}min\\.(?=${SP}*\\p{N})`, 'giu'), replacements: ['au minimum'], message: () => '« min. » : écrire « au minimum ».' },
  { pattern: letterRegExp(`${WB}resp\\.`, 'giu'), replacements: ['respectivement'], message: () => '« resp. » : écrire « respectivement ».' },
];

export const rule: Rule = {
  meta: {
    id: 'abreviations-courantes',
    severity: 'warning',
    title: 'Abréviation à écrire en toutes lettres',
    description:
      "Signale les abréviations à éviter dans une réponse publiée au Journal officiel : « etc » sans point ou sans virgule devant, « cf » sans point, « càd », « i.e. », « e.g. », « p. ex. », « art. » dans le texte courant, « env. », « qqn », « qqch », « vs », « & », « tél. », « max. », « min. », « resp. ». La correction écrit le mot en toutes lettres.",
    fixable: true,
    group: 'D',
  },
  checkParagraph(context) {
    const { view } = context;
    for (const { entry, match } of answerMatches(view, entries)) {
      const start = entry.group ? match.groupStart(entry.group)! : match.start;
      const found = entry.group ? match.match[entry.group]! : match.match[0];
      const end = start + found.length;
      const fixes = entry.replacements.map((replacement) => {
        const text = entry.group ? replacement : keepInitialCase(found, replacement);
        return textFix(view, text === ', ' ? 'Ajouter la virgule' : `Remplacer par « ${text} »`, start, end, text);
      });
      reportText(context, start, end, entry.message(found), fixes);
    }
  },
};
