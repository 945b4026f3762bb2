/**
 * F4 `sigle-orthographe`: an acronym in capitals that the glossary does not know but that is one edit (or,
 * for long ones, two substitutions) away from a registered acronym: `URSAFF` → `URSSAF` (real published
 * answer AN 14-103711QE). Acronyms defined in the answer and words of the style pack are not reported.
 */
import type { Rule } from '../rule';
import { acronymOccurrences, definitionAt, isAllCaps, lookupAcronym } from '../shared/acronyms';
import { editDistance } from '../shared/lexicon';
import { acronyms } from '../../reference';

/** Registered all-capitals forms, by length. */
const registered: readonly string[] = [...new Set(acronyms.flatMap((entry) => [entry.sigle, ...(entry.variantes ?? [])]).filter(isAllCaps))];

function closest(form: string): string | undefined {
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

export const rule: Rule = {
  meta: {
    id: 'sigle-orthographe',
    severity: 'warning',
    title: 'Sigle mal orthographié',
    description:
      "Signale un sigle inconnu du glossaire mais très proche d'un sigle enregistré (une lettre de différence, ou deux lettres interverties ou substituées pour un sigle long) : « URSAFF » pour « URSSAF ». Les sigles développés dans la réponse et ceux de la liste des mots admis du guide de style ne sont pas signalés. La correction écrit le sigle enregistré.",
    fixable: true,
    group: 'F',
  },
  check(context) {
    const occurrences = acronymOccurrences(context.document, context.settings, { question: false });
    // Defined, or at least introduced in parentheses after a name (`Comité national de suivi (CNSX)`).
    const introduced = (occurrence: (typeof occurrences)[number]) =>
      /\p{L}[\s\u00A0\u202F]*\($/u.test(occurrence.view.text.slice(Math.max(0, occurrence.start - 3), occurrence.start)) && /^[),]/.test(occurrence.view.text.slice(occurrence.end, occurrence.end + 1));
    const defined = new Set(occurrences.filter((occurrence) => definitionAt(occurrence) || introduced(occurrence)).map((occurrence) => occurrence.key));
    const verdicts = new Map<string, string | undefined>();
    for (const occurrence of occurrences) {
      const { form } = occurrence;
      if (!isAllCaps(form) || form.length < 4 || /\d/.test(form)) continue;
      if (lookupAcronym(form).length > 0 || occurrence.packExpansion || defined.has(occurrence.key)) continue;
      if (context.settings.motsAcceptes.has(form) || context.settings.motsAcceptes.has(form.toLowerCase())) continue;
      if (!verdicts.has(form)) verdicts.set(form, closest(form));
      const right = verdicts.get(form);
      if (!right) continue;
      const range = occurrence.view.sourceRange(occurrence.start, occurrence.end);
      context.report({
        range,
        message: `« ${form} » n'est pas un sigle connu : s'agit-il de « ${right} » (${lookupAcronym(right)[0]?.developpement ?? 'glossaire'}) ?`,
        fixes: [{ title: `Remplacer par « ${right} »`, edits: [{ range, newText: right }] }],
      });
    }
  },
};
