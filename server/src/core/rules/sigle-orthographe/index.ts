/**
 * F4 `sigle-orthographe`: an acronym in capitals that the glossary does not know but that is one edit (or,
 * for long ones, two substitutions) away from a registered acronym: `URSAFF` → `URSSAF` (real published
 * answer AN 14-103711QE). Acronyms defined in the answer and words of the style pack are not reported.
 */
import type { Rule } from '../rule';
import { isAllCaps, lookupAcronym, paragraphAcronyms, type ParagraphAcronym } from '../common/acronyms';
import { editDistance } from '../common/lexicon';
import { acronyms } from '../../reference';

/** Registered all-capitals forms, by length. */
const registered: readonly string[] = [...new Set(acronyms.flatMap((entry) => [entry.sigle, ...(entry.variantes ?? [])]).filter(isAllCaps))];

/** Verdicts of `closest` by form (it compares with every registered acronym; a form recurs in a dossier). */
const closestMemo = new Map<string, string | undefined>();

function closest(form: string): string | undefined {
  if (closestMemo.has(form)) return closestMemo.get(form);
  if (closestMemo.size >= 2000) closestMemo.clear();
  const verdict = closestUncached(form);
  closestMemo.set(form, verdict);
  return verdict;
}

function closestUncached(form: string): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  let ties = 0;
  for (const candidate of registered) {
    if (Math.abs(candidate.length - form.length) > 1) continue;
    const distance = editDistance(form, candidate, 2);
    const allowed = form.length >= 6 && candidate.length === form.length && candidate[0] === form[0] ? 2 : form.length >= 4 ? 1 : 0;
    if (distance > allowed) continue;
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
      ties = 0;
    } else if (distance === bestDistance) ties++;
  }
  return ties === 0 ? best : undefined;
}

interface Candidate {
  readonly acronym: ParagraphAcronym;
  /** Defined, or at least introduced in parentheses after a name (`Comité national de suivi (CNSX)`). */
  readonly defined: boolean;
  /** The registered acronym it is close to, for a capitals form the glossary and the style pack do not know. */
  readonly closest?: string;
}

export const rule: Rule<readonly Candidate[]> = {
  meta: {
    id: 'sigle-orthographe',
    severity: 'warning',
    title: 'Sigle mal orthographié',
    description:
      "Signale un sigle inconnu du glossaire mais très proche d'un sigle enregistré (une lettre de différence, ou deux lettres interverties ou substituées pour un sigle long) : « URSAFF » pour « URSSAF ». Les sigles développés dans la réponse et ceux de la liste des mots admis du guide de style ne sont pas signalés. La correction écrit le sigle enregistré.",
    fixable: true,
    group: 'F',
  },
  // Per answer paragraph (cached by the incremental checker): its acronyms, whether each is defined there, and
  // the registered acronym an unknown one is close to (the costly comparison with the whole glossary).
  collectFacts(context) {
    const { view, settings } = context;
    const introduced = (acronym: ParagraphAcronym) =>
      /\p{L}[\s\u00A0\u202F]*\($/u.test(view.text.slice(Math.max(0, acronym.start - 3), acronym.start)) && /^[),]/.test(view.text.slice(acronym.end, acronym.end + 1));
    return paragraphAcronyms(view, settings).map((acronym): Candidate => {
      const defined = acronym.definition !== undefined || introduced(acronym);
      const { form } = acronym;
      const unknown =
        isAllCaps(form) && form.length >= 4 && !/\d/.test(form) && lookupAcronym(form).length === 0 && !acronym.packExpansion && !settings.motsAcceptes.has(form) && !settings.motsAcceptes.has(form.toLowerCase());
      const right = unknown ? closest(form) : undefined;
      return { acronym, defined, ...(right ? { closest: right } : {}) };
    });
  },
  check(context) {
    const defined = new Set<string>();
    for (const { facts } of context.facts) for (const candidate of facts) if (candidate.defined) defined.add(candidate.acronym.key);
    for (const { view, facts } of context.facts) {
      for (const { acronym, closest: right } of facts) {
        if (!right || defined.has(acronym.key)) continue;
        const range = view.sourceRange(acronym.start, acronym.end);
        context.report({
          range,
          message: `« ${acronym.form} » n'est pas un sigle connu : s'agit-il de « ${right} » (${lookupAcronym(right)[0]?.developpement ?? 'glossaire'}) ?`,
          fixes: [{ title: `Remplacer par « ${right} »`, edits: [{ range, newText: right }] }],
        });
      }
    }
  },
};
