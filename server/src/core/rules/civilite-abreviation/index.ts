/**
 * D1 `civilite-abreviation`: civility titles abbreviated the English way (`Mr`, `Mrs`), with a superfluous or
 * missing dot (`Mme.`, `M Dupont`), the abolished `Mlle` / `Mademoiselle` (circulaire du 21 février 2012),
 * or written out before a name in running text (`Madame Dupont` → `Mme Dupont`).
 */
import type { Rule } from '../rule';
import { reportText, SP, textFix, WB, WE, answerMatches } from '../common/lexicon';
import { letterRegExp } from '../../text/letters';

/** A capitalised name follows (not a title or a determiner written with a capital). */
const NAME = `(?=${SP}+(?!(?:Le|La|Les|L['’]|Ministre|Président|Présidente|Député|Députée|Sénateur|Sénatrice|Maire|Préfet|Préfète)${WE})\\p{Lu}[\\p{Ll}'’-]*\\p{L})`;

interface Entry {
  readonly pattern: RegExp;
  readonly replacement: (found: string) => string | undefined;
  readonly message: (found: string, replacement: string | undefined) => string;
}

const entries: readonly Entry[] = [
  {
    pattern: letterRegExp(`${WB}Mr\\.?${NAME}`, 'gu'),
    replacement: () => 'M.',
    message: (found) => `« ${found} » est l'abréviation anglaise de « mister » : « Monsieur » s'abrège « M. ».`,
  },
  {
    pattern: letterRegExp(`${WB}Mrs\\.?${NAME}`, 'gu'),
    replacement: () => 'MM.',
    message: (found) => `« ${found} » n'est pas une abréviation française : « Messieurs » s'abrège « MM. ».`,
  },
  {
    pattern: letterRegExp(`(?<![\\p{L}\\p{N}_.,])M${NAME}`, 'gu'),
    replacement: () => 'M.',
    message: () => '« Monsieur » s\'abrège « M. », avec un point.',
  },
  {
    pattern: letterRegExp(`${WB}(?:Mme|Mmes|Me)\\.${NAME}`, 'gu'),
    replacement: (found) => found.slice(0, -1),
    message: (found) => `« ${found.slice(0, -1)} » s'écrit sans point : l'abréviation se termine par la dernière lettre du mot.`,
  },
  {
    pattern: letterRegExp(`${WB}(?:Mlles?|Melles?)\\.?${WE}`, 'gu'),
    replacement: (found) => (/s\.?$/.test(found) ? 'Mmes' : 'Mme'),
    message: (found) =>
      `« ${found} » : le titre de « Mademoiselle » n'est plus employé dans les documents administratifs (circulaire du Premier ministre du 21 février 2012) ; écrire « Mme ».`,
  },
  {
    pattern: letterRegExp(`${WB}Mesdemoiselles${WE}|${WB}Mademoiselle${WE}`, 'gu'),
    replacement: (found) => (found === 'Mesdemoiselles' ? 'Mesdames' : 'Madame'),
    message: (found) =>
      `« ${found} » : le titre de « Mademoiselle » n'est plus employé dans les documents administratifs (circulaire du Premier ministre du 21 février 2012).`,
  },
  {
    pattern: letterRegExp(`${WB}(?:Monsieur|Madame|Messieurs|Mesdames)${NAME}`, 'gu'),
    replacement: (found) => ({ Monsieur: 'M.', Madame: 'Mme', Messieurs: 'MM.', Mesdames: 'Mmes' })[found],
    message: (found, replacement) => `Devant un nom, dans le texte courant, « ${found} » s'abrège « ${replacement} ».`,
  },
];

export const rule: Rule = {
  meta: {
    id: 'civilite-abreviation',
    severity: 'error',
    title: 'Abréviation de civilité fautive',
    description:
      "Signale les civilités mal abrégées : « Mr » (anglais) pour « M. », « Mme. » avec un point, « M » sans point devant un nom, « Mlle » et « Mademoiselle » (supprimés des documents administratifs par la circulaire du 21 février 2012), « Madame Dupont » en toutes lettres dans le texte courant (« Mme Dupont »). Correction automatique vers « M. », « MM. », « Mme », « Mmes », « Me ».",
    fixable: true,
    group: 'D',
  },
  checkParagraph(context) {
    const { view } = context;
    for (const { entry, match } of answerMatches(view, entries)) {
      const found = match.match[0];
      const replacement = entry.replacement(found);
      reportText(
        context,
        match.start,
        match.end,
        entry.message(found, replacement),
        replacement ? [textFix(view, `Remplacer par « ${replacement} »`, match.start, match.end, replacement)] : undefined,
      );
    }
  },
};
