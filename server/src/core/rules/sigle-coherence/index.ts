/**
 * F2 `sigle-coherence`: one body written two ways (`ANSES` / `Anses`), an acronym expanded twice, an acronym
 * defined but never used again, an expanded name later abbreviated without definition (« traite des êtres
 * humains » ×5 then `TEH`), and acronyms of bodies that no longer exist under that name (glossary `obsolete`).
 */
import type { Rule } from '../rule';
import { fitPhrase } from '../common/agreement';
import { groupAcronyms, paragraphAcronyms, type ParagraphAcronym, type PlacedAcronym } from '../common/acronyms';
import { comparisonKey, comparisonKeyUncached } from '../../text/fold';

interface Facts {
  readonly acronyms: readonly ParagraphAcronym[];
  /** The paragraph's folded text, for (d): is a name written out somewhere in the answer. */
  readonly folded: string;
}

export const rule: Rule<Facts> = {
  meta: {
    id: 'sigle-coherence',
    severity: 'warning',
    title: 'Cohérence des sigles',
    description:
      "Signale les incohérences d'emploi des sigles dans la réponse : un même organisme écrit de deux façons (« ANSES » et « Anses »), un sigle développé deux fois, un sigle défini mais jamais réemployé (mieux vaut s'en passer), un nom écrit en toutes lettres puis abrégé sans définition (« traite des êtres humains », puis « TEH »), et un sigle d'organisme disparu ou renommé (glossaire). La correction uniformise sur la première forme ou remplace le sigle par son développement.",
    fixable: true,
    group: 'F',
  },
  // Per answer paragraph (cached by the incremental checker): its acronyms with their definitions.
  collectFacts(context) {
    const { view } = context;
    if (view.section !== 'answer') return { acronyms: [], folded: '' };
    return { acronyms: paragraphAcronyms(view, context.settings), folded: comparisonKeyUncached(view.paragraph.text) };
  },
  check(context) {
    const groups = groupAcronyms(context.facts, (facts) => facts.acronyms);
    // The answer's text is its paragraphs joined by blank lines, and a glossary name holds no line break: it is
    // in the answer when it is in one of its paragraphs.
    const inAnswer = (expansion: string) => context.facts.some(({ facts }) => facts.folded.includes(expansion));
    for (const group of groups) {
      const first = group[0]!;
      const range = (o: PlacedAcronym) => o.view.sourceRange(o.start, o.end);
      // (a) two spellings
      for (const occurrence of group) {
        if (occurrence.form === first.form) continue;
        context.report({
          range: range(occurrence),
          message: `« ${occurrence.form} » est écrit « ${first.form} » plus haut : garder une seule graphie.`,
          fixes: [{ title: `Remplacer par « ${first.form} »`, edits: [{ range: range(occurrence), newText: first.form }] }],
        });
      }
      const definitions = group.map((occurrence) => occurrence.definition);
      const definedCount = definitions.filter(Boolean).length;
      // (b) expanded twice
      if (definedCount > 1) {
        let seen = 0;
        group.forEach((occurrence, index) => {
          if (!definitions[index]) return;
          seen++;
          if (seen < 2) return;
          context.report({ range: range(occurrence), message: `Le sigle « ${occurrence.form} » est déjà développé plus haut : ne le développer qu'une fois.` });
        });
      }
      // (c) defined, used once
      if (group.length === 1 && definitions[0]) {
        const definition = definitions[0];
        const fixes =
          definition.kind === 'avant-parentheses' && first.view.paragraph.text.slice(definition.start + 1, definition.end - 1).trim() === first.form
            ? [
                {
                  title: 'Supprimer le sigle inutile',
                  edits: [{ range: first.view.sourceRange(/\s$/.test(first.view.paragraph.text.slice(0, definition.start)) ? definition.start - 1 : definition.start, definition.end), newText: '' }],
                },
              ]
            : [];
        context.report({
          range: range(first),
          message: `Le sigle « ${first.form} » est défini mais n'est plus employé ensuite : le nom développé suffit.`,
          ...(fixes.length > 0 ? { fixes } : {}),
        });
      }
      // (d) written out earlier, then abbreviated without definition
      if (definedCount === 0) {
        const entry = first.entries.find((candidate) => !candidate.usageCourant && !/\(sigle/.test(candidate.developpement));
        const beforeFirst = comparisonKey(first.view.paragraph.text.slice(0, first.start));
        const expansion = entry && comparisonKey(entry.developpement);
        if (entry && expansion && (beforeFirst.includes(expansion) || first.view.paragraph !== context.document.answer?.paragraphs[0]) && inAnswer(expansion)) {
          context.report({
            range: range(first),
            message: `« ${entry.developpement} » est écrit en toutes lettres plus haut, puis abrégé en « ${first.form} » sans définition : garder la forme développée, ou introduire le sigle à la première occurrence.`,
            // The name agreed with the determiner (« les ARS » → « les agences régionales de santé »); none when unsure.
            fixes: group.slice(0, 1).flatMap((occurrence) => {
              const phrase = fitPhrase({ ...entry, ...(entry.article === '' ? { properName: true } : {}) }, occurrence.view.text, occurrence.start);
              return phrase ? [{ title: `Remplacer par « ${phrase} »`, edits: [{ range: range(occurrence), newText: phrase }] }] : [];
            }),
          });
        }
      }
      // (e) obsolete body
      const obsolete = first.entries.length > 0 && first.entries.every((entry) => entry.obsolete) ? first.entries[0] : undefined;
      if (obsolete) {
        context.report({
          range: range(first),
          message: `« ${first.form} » (${obsolete.developpement}) n'existe plus sous ce nom${obsolete.remplacePar ? ` : remplacé par « ${obsolete.remplacePar} »` : ''}.`,
        });
      }
    }
  },
};
