/**
 * F1 `sigle-non-developpe`: an acronym used without its expansion at first use (circulaire relative aux
 * règles d'élaboration des textes, § 1.1.1.5: « Le recours à un sigle peut toutefois être admis si celui-ci est
 * d'usage courant et a été développé dans le texte la première fois qu'il a été employé »). Every use before
 * the definition is reported; the fix inserts « Nom développé (SIGLE) » at the first use when the glossary
 * (built-in or the style pack's) knows the expansion, one fix per meaning for an ambiguous acronym, agreed with
 * the determiner before it (number, gender, elision; none when they cannot be decided); an acronym used once
 * is replaced by the name alone (`sigle-coherence` would report a definition never used again).
 */
import type { Fix } from '../../findings/finding';
import type { Rule } from '../rule';
import { groupAcronyms, paragraphAcronyms, type ParagraphAcronym } from '../common/acronyms';
import { fitPhrase, phraseGender, type NounForms } from '../common/agreement';

function accepted(occurrence: ParagraphAcronym, accepted: ReadonlySet<string>): boolean {
  return accepted.has(occurrence.form) || accepted.has(occurrence.form.toLowerCase()) || accepted.has(occurrence.key);
}

interface Expansion extends NounForms {
  /** As the glossary or the pack writes it (for the message). */
  readonly text: string;
  /** A name used without article (Tracfin, EDF): singular wherever it stands. */
  readonly properName?: boolean;
}

function expansions(occurrence: ParagraphAcronym): Expansion[] {
  const list: Expansion[] = [];
  if (occurrence.packExpansion) {
    // The pack gives one form: the singular, its gender from the head noun when the suffix tells.
    const genre = phraseGender(occurrence.packExpansion);
    list.push({ text: occurrence.packExpansion, singulier: occurrence.packExpansion, ...(genre ? { genre } : {}) });
  }
  for (const entry of occurrence.entries) {
    // The glossary adds, now and then, a note in parentheses (`(formation continue des adultes)`): not inserted.
    const expansion = entry.developpement.replace(/\s*\([^)]*\)\s*$/, '');
    if (list.some((known) => known.text === expansion) || /^\S+ \(sigle/.test(entry.developpement) || expansion === occurrence.form) continue;
    list.push({ text: expansion, ...(entry.singulier ? { singulier: entry.singulier } : {}), ...(entry.pluriel ? { pluriel: entry.pluriel } : {}), ...(entry.genre ? { genre: entry.genre } : {}), ...(entry.article === '' ? { properName: true } : {}) });
  }
  return list;
}

export const rule: Rule<readonly ParagraphAcronym[]> = {
  meta: {
    id: 'sigle-non-developpe',
    severity: 'warning',
    title: 'Sigle non développé',
    description:
      "Signale un sigle employé sans avoir été développé à sa première occurrence dans la réponse. La circulaire relative aux règles d'élaboration des textes (§ 1.1.1.5) n'admet un sigle que s'il est d'usage courant et développé à sa première occurrence. Formes reconnues : « Nom développé (SIGLE) », « SIGLE (Nom développé) », « SIGLE, Nom développé, », « SIGLE, c'est-à-dire … ». Les sigles d'usage courant du glossaire (TVA, SNCF…) et ceux de la liste des mots admis du guide de style ne sont pas signalés. La correction insère le développement du glossaire accordé au déterminant (« les ARS » → « les agences régionales de santé (ARS) ») ; un sigle employé une seule fois est remplacé par le nom développé. Quand le nombre, le genre ou l'élision ne peuvent être établis (« création de CPTS »), aucune correction automatique n'est proposée.",
    fixable: true,
    group: 'F',
  },
  // Per answer paragraph (cached by the incremental checker): its acronyms with their definitions.
  collectFacts(context) {
    return paragraphAcronyms(context.view, context.settings);
  },
  check(context) {
    const groups = groupAcronyms(context.facts, (acronyms) => acronyms);
    for (const group of groups) {
      const first = group[0]!;
      if (group.some((occurrence) => accepted(occurrence, context.settings.motsAcceptes))) continue;
      const association = first.entries.some((entry) => entry.type === 'association');
      if (!association && !first.packExpansion && first.entries.some((entry) => entry.usageCourant)) continue;
      const definedAt = group.findIndex((occurrence) => occurrence.definition !== undefined);
      const undefinedUses = definedAt < 0 ? group : group.slice(0, definedAt);
      if (undefinedUses.length === 0) continue;
      if (association) {
        for (const occurrence of undefinedUses) {
          // « ECPAT France »: the association's full name.
          if (/^[\s\u00A0\u202F]+\p{Lu}\p{Ll}/u.test(occurrence.view.text.slice(occurrence.end, occurrence.end + 3))) continue;
          context.report({
            range: occurrence.view.sourceRange(occurrence.start, occurrence.end),
            message: `« ${occurrence.form} » : nom d'association sous forme de sigle ; écrire son nom complet (« l'association ${occurrence.form} France », par exemple) ou ajouter le sigle à la liste des mots admis du guide de style.`,
            severity: 'information',
          });
        }
        continue;
      }
      const known = expansions(first);
      // Used once: the name written out is enough (« défini mais n'est plus employé ensuite » otherwise).
      const once = group.length === 1;
      undefinedUses.forEach((occurrence, index) => {
        const fixes: Fix[] = [];
        if (index === 0) {
          for (const expansion of known) {
            const phrase = fitPhrase(expansion, occurrence.view.text, occurrence.start);
            if (!phrase) continue;
            const newText = once ? phrase : `${phrase} (${occurrence.form})`;
            fixes.push({
              title: once ? `Écrire le nom développé : « ${phrase} »` : `Développer : « ${newText} »`,
              edits: [{ range: occurrence.view.sourceRange(occurrence.start, occurrence.end), newText }],
            });
          }
        }
        const texts = known.map((expansion) => expansion.text);
        const hint = texts.length === 1 ? ` (« ${texts[0]} »)` : texts.length > 1 ? ` (sigle ambigu : ${texts.map((k) => `« ${k} »`).join(' ou ')})` : '';
        const advice = once ? 'le sigle n\'est employé qu\'une fois : écrire le nom développé' : `écrire « Nom développé (${occurrence.form}) »`;
        const agreement = index === 0 && texts.length > 0 && fixes.length === 0 ? ', accordé au contexte' : '';
        context.report({
          range: occurrence.view.sourceRange(occurrence.start, occurrence.end),
          message:
            index === 0
              ? `Sigle « ${occurrence.form} » non développé à sa première occurrence${hint} : ${advice}${agreement}.`
              : `Sigle « ${occurrence.form} » employé sans avoir été développé${hint}.`,
          ...(fixes.length > 0 ? { fixes } : {}),
        });
      });
    }
  },
};
