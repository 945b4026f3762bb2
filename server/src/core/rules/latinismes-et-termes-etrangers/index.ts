/**
 * G4 `latinismes-et-termes-etrangers`: Latin phrases the Guide de légistique asks to avoid (`in fine`,
 * `a contrario`, `de facto`…, information), English words with an official French equivalent (FranceTerme:
 * `deadline` → échéance, `task force` → groupe de travail…) and the accented `à priori`, `à posteriori`
 * (→ `a priori`, `a posteriori`).
 */
import type { Severity } from '../../findings/finding';
import type { Rule } from '../rule';
import { atSentenceStart, keepInitialCase, reportText, SP, textFix, WB, WE, answerMatches } from '../common/lexicon';
import { letterRegExp } from '../../text/letters';

interface Entry {
  readonly pattern: RegExp;
  readonly replacements: readonly string[];
  readonly severity?: Severity;
  readonly message: (found: string) => string;
}

const latin = (words: string, suggestion: string): Entry => ({
  pattern: letterRegExp(`${WB}(?:${words})${WE}`, 'giu'),
  replacements: [],
  severity: 'information',
  message: (found) => `« ${found} » : locution latine que le Guide de légistique recommande d'éviter ; préférer ${suggestion}.`,
});
/** Replacements are written `mot:g` with g the gender (m, f) or number (p) of the French term. */
const english = (words: string, replacements: readonly string[]): Entry => {
  const terms = replacements.map((replacement) => replacement.replace(/:[mfp]$/u, ''));
  return {
    pattern: letterRegExp(`${WB}(?:${words})${WE}`, 'gu'),
    replacements,
    message: (found) => `« ${found} » : anglicisme ; équivalent français recommandé (FranceTerme) : ${terms.map((r) => `« ${r} »`).join(' ou ')}.`,
  };
};

const masculine = /(?:^|[\s\u00A0\u202F(])(?:un|le|du|au|ce|cet|mon|ton|son|notre|votre|leur|aucun|chaque)[\s\u00A0\u202F]+$/iu;
const feminine = /(?:^|[\s\u00A0\u202F(])(?:une|la|cette|ma|ta|sa|notre|votre|leur|aucune|chaque)[\s\u00A0\u202F]+$/iu;
const elided = /(?:^|[\s\u00A0\u202F(])[ldLD]['’]$/u;
const plural = /(?:^|[\s\u00A0\u202F(])(?:les|des|ces|mes|tes|ses|nos|vos|leurs|aux|plusieurs|quelques|certains|certaines)[\s\u00A0\u202F]+$/iu;
const startsWithVowel = /^[aeiouyhàâéèêëîïôûœ]/iu;

/**
 * Whether replacing the English word by `term` keeps the sentence grammatical: the determiner before it must
 * agree in gender, allow the elision (« l' » before a vowel only, « le »/« la » before a consonant only), and
 * plurals are left to the drafter (the French term would need its own plural).
 */
function agrees(before: string, found: string, replacement: string): boolean {
  const gender = /:([mfp])$/u.exec(replacement)?.[1];
  const term = replacement.replace(/:[mfp]$/u, '');
  if (/s$/iu.test(found) && !/^(?:process|leadership)$/iu.test(found)) return gender === 'p';
  if (plural.test(before)) return gender === 'p';
  if (elided.test(before)) return startsWithVowel.test(term) && gender !== 'p';
  const vowel = startsWithVowel.test(term);
  if (masculine.test(before)) return gender === 'm' && !(vowel && /(?:le|du|au|ce|mon|ton|son)[\s\u00A0\u202F]+$/iu.test(before) && !/cet[\s\u00A0\u202F]+$/iu.test(before));
  if (feminine.test(before)) return gender === 'f' && !(vowel && /(?:la)[\s\u00A0\u202F]+$/iu.test(before));
  return gender !== 'p';
}

const entries: readonly Entry[] = [
  latin('in fine', '« à la fin », « en dernier lieu »'),
  latin('in situ', '« sur place »'),
  latin('a contrario', '« à l\'inverse », « inversement »'),
  latin('ex nihilo', '« à partir de rien »'),
  latin('de jure', '« en droit »'),
  latin('de facto', '« de fait »'),
  latin('ad hoc', '« spécifique », « adapté »'),
  latin('ipso facto', '« de ce fait », « par là même »'),
  latin('cursus', '« parcours », « études »'),
  {
    pattern: letterRegExp(`${WB}à${SP}+(priori|posteriori)${WE}`, 'giu'),
    replacements: [],
    message: (found) => `« ${found} » : locution latine, sans accent (« a ${found.split(/\s+/)[1]} »).`,
  },
  english('deadlines?', ['échéance:f', 'date limite:f']),
  english('process', ['processus:m', 'procédé:m']),
  english('feedbacks?', ['retour:m', "retour d'information:m"]),
  english('benchmarks?|benchmarking', ['parangonnage:m', 'étude comparative:f']),
  english('task[- ]forces?', ['groupe de travail:m', "cellule d'intervention:f"]),
  english('start-ups?|startups?', ['jeune pousse:f']),
  english('newsletters?', ["lettre d'information:f"]),
  english('clusters?', ['foyer:m', 'grappe:f']),
  english('e-mails?|emails?|mails?', ['courriel:m']),
  english('reporting', ['compte rendu:m', 'communication de données:f']),
  english('best practices?', ['bonnes pratiques:p']),
  english('open data', ['données ouvertes:p']),
  english('fact-checking', ['vérification des faits:f']),
  english('workshops?', ['atelier:m']),
  english('coachs?|coaching', ['accompagnateur:m', 'accompagnement:m']),
  english('leadership', ['direction:f', 'conduite:f']),
  english('timing', ['calendrier:m']),
];

export const rule: Rule = {
  meta: {
    id: 'latinismes-et-termes-etrangers',
    severity: 'warning',
    title: 'Latinisme ou terme étranger',
    description:
      "Signale les locutions latines que le Guide de légistique recommande d'éviter (« in fine », « a contrario », « de facto », « ad hoc »… : information), les mots anglais qui ont un équivalent français officiel (FranceTerme : « deadline » → « échéance », « task force » → « groupe de travail », « mail » → « courriel »…) et « à priori », « à posteriori » écrits avec un accent (« a priori », « a posteriori »). Les noms propres (French Tech) et les citations ne sont pas signalés.",
    fixable: true,
    group: 'G',
  },
  checkParagraph(context) {
    const { view } = context;
    for (const { entry, match } of answerMatches(view, entries)) {
      const found = match.match[0];
      // A capitalised English word inside a sentence is part of a name (« Choose France », « French Tech »).
      if (/^\p{Lu}/u.test(found) && !atSentenceStart(view.text, match.start)) continue;
      const replacements = /^à\s/i.test(found) ? [`${found.startsWith('À') ? 'A' : 'a'} ${found.split(/[\s\u00A0\u202F]+/)[1]}`] : entry.replacements;
      const before = view.text.slice(Math.max(0, match.start - 12), match.start);
      // Only replacements that keep the determiner's agreement are offered as fixes; the message names them all.
      const fixes = replacements
        .filter((replacement) => /^à\s/i.test(found) || agrees(before, found, replacement))
        .map((replacement) => {
          const text = keepInitialCase(found, replacement.replace(/:[mfp]$/u, ''));
          return textFix(view, `Remplacer par « ${text} »`, match.start, match.end, text);
        });
      reportText(context, match.start, match.end, entry.message(found), fixes, entry.severity && context.severity !== 'hint' ? entry.severity : undefined);
    }
  },
};
