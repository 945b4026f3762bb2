/**
 * G4 `latinismes-et-termes-etrangers`: Latin phrases the Guide de légistique asks to avoid (`in fine`,
 * `a contrario`, `de facto`…, information), English words with an official French equivalent (FranceTerme:
 * `deadline` → échéance, `task force` → groupe de travail…) and the accented `à priori`, `à posteriori`
 * (→ `a priori`, `a posteriori`).
 */
import type { Severity } from '../../findings/finding';
import type { Rule } from '../rule';
import { matchProse } from '../shared/mask';
import { atSentenceStart, keepInitialCase, reportText, SP, textFix, WB, WE } from '../shared/lexicon';

interface Entry {
  readonly pattern: RegExp;
  readonly replacements: readonly string[];
  readonly severity?: Severity;
  readonly message: (found: string) => string;
}

const latin = (words: string, suggestion: string): Entry => ({
  pattern: new RegExp(`${WB}(?:${words})${WE}`, 'giu'),
  replacements: [],
  severity: 'information',
  message: (found) => `« ${found} » : locution latine que le Guide de légistique recommande d'éviter ; préférer ${suggestion}.`,
});
const english = (words: string, replacements: readonly string[]): Entry => ({
  pattern: new RegExp(`${WB}(?:${words})${WE}`, 'gu'),
  replacements,
  message: (found) => `« ${found} » : anglicisme ; équivalent français recommandé (FranceTerme) : ${replacements.map((r) => `« ${r} »`).join(' ou ')}.`,
});

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
    pattern: new RegExp(`${WB}à${SP}+(priori|posteriori)${WE}`, 'giu'),
    replacements: [],
    message: (found) => `« ${found} » : locution latine, sans accent (« a ${found.split(/\s+/)[1]} »).`,
  },
  english('deadlines?', ['échéance', 'date limite']),
  english('process', ['processus', 'procédé']),
  english('feedbacks?', ['retour', "retour d'information"]),
  english('benchmarks?|benchmarking', ['parangonnage', 'étude comparative']),
  english('task[- ]forces?', ['groupe de travail', "cellule d'intervention"]),
  english('start-ups?|startups?', ['jeune pousse']),
  english('newsletters?', ["lettre d'information"]),
  english('clusters?', ['foyer', 'grappe']),
  english('e-mails?|emails?|mails?', ['courriel']),
  english('reporting', ['compte rendu', 'communication de données']),
  english('best practices?', ['bonnes pratiques']),
  english('open data', ['données ouvertes']),
  english('fact-checking', ['vérification des faits']),
  english('workshops?', ['atelier']),
  english('coachs?|coaching', ['accompagnateur', 'accompagnement']),
  english('leadership', ['direction', 'conduite']),
  english('timing', ['calendrier']),
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
    if (view.section !== 'answer') return;
    for (const entry of entries) {
      for (const match of matchProse(view, entry.pattern)) {
        if (view.inQuote(match.start, match.end)) continue;
        const found = match.match[0];
        // A capitalised English word inside a sentence is part of a name (« Choose France », « French Tech »).
        if (/^\p{Lu}/u.test(found) && !atSentenceStart(view.text, match.start)) continue;
        const replacements = /^à\s/i.test(found) ? [`${found.startsWith('À') ? 'A' : 'a'} ${found.split(/[\s\u00A0\u202F]+/)[1]}`] : entry.replacements;
        const fixes = replacements.map((replacement) => {
          const text = keepInitialCase(found, replacement);
          return textFix(view, `Remplacer par « ${text} »`, match.start, match.end, text);
        });
        reportText(context, match.start, match.end, entry.message(found), fixes, entry.severity && context.severity !== 'hint' ? entry.severity : undefined);
      }
    }
  },
};
