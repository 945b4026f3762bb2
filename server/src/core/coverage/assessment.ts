/**
 * What the kinds' assessments share: the assessment itself, why its evidence counts, the sentences of one item
 * of a request, and the sentences that go on with the one before.
 */

import { answerForm, describesAction, figuresIn, namesMeasure, statesNoData, citesRule } from './evidence';
import { type ObjectItem, type ObjectTerm } from './extract';
import { keysMatch } from './stem';
import { lazyRx } from './regex';
import type { CoverageStatus, SubQuestionKind } from './types';
import { AnswerIndex, type Scored } from './answer-index';

/**
 * The sentences that address one item of a request by themselves (not only read with the next sentence), when
 * there are any: the date of « la mesure 16 » is the one in a sentence about the measure 16, not the date of a
 * neighbouring sentence about the plan, so that deleting it is noticed.
 */
export function ownAddressing(scored: Scored, addressing: readonly number[], tied: readonly number[]): number[] {
  const own = addressing.filter((position) => scored.scores[position]! >= 1 || tied.includes(position));
  return own.length > 0 ? own : [...addressing];
}

/** A sentence opened by a demonstrative (« Cette obligation résulte de… », « Ces dispositions… ») goes on with the one before. */
const demonstrativeOpening = lazyRx("^\\W*(?:cette|ces|cet|ce|celle-ci|celui-ci|ceux-ci|celles-ci)\\s+\\p{L}");

/**
 * Only for the kinds whose evidence is specific (a mechanism with its basis, a yes or no, a view): a `mesures`
 * request would take any « Ce dispositif… » for a named measure.
 */
const continuedKinds: ReadonlySet<SubQuestionKind> = new Set(['modalites', 'intention', 'position']);

export function continuesPrevious(index: AnswerIndex, kind: SubQuestionKind, position: number): boolean {
  const sentence = index.sentences[position];
  return continuedKinds.has(kind) && sentence !== undefined && demonstrativeOpening().test(sentence.folded);
}

/** Sentences that address another item of the request by themselves. */
export function aboutOtherItems(itemScores: readonly Scored[], itemIndex: number): Set<number> {
  const others = new Set<number>();
  itemScores.forEach((other, otherIndex) => {
    if (otherIndex !== itemIndex) other.scores.forEach((value, position) => value >= 1 && others.add(position));
  });
  return others;
}

export function distinctTerms(side: ObjectItem, other: ObjectItem): ObjectTerm[] {
  const distinct = side.terms.filter((term) => !other.terms.some((candidate) => keysMatch(candidate.key, term.key)));
  return distinct.length > 0 ? distinct : [...side.terms];
}

export interface Assessment {
  status: CoverageStatus;
  evidence: number[];
  missing: string[];
  candidate: number;
  /** Why the evidence counts (French, for the hover). */
  reason?: string;
}

/** Why a sentence carrying the evidence of a kind counts (French, for the hover). */
export function reasonFor(index: AnswerIndex, kind: SubQuestionKind, position: number): string {
  const folded = index.sentences[position]!.folded;
  switch (kind) {
    case 'calendrier':
      return 'une date ou une période précise';
    case 'chiffres':
      return figuresIn(folded).length === 0 && statesNoData(folded) ? 'la réponse dit que le chiffre demandé n’est pas disponible' : 'un chiffre avec son unité';
    case 'mesures':
      return !namesMeasure(folded) && describesAction(folded) ? 'une action décrite (renforcée, créée, mise en place…)' : 'une mesure nommée (texte, plan, programme, crédits…)';
    case 'modalites':
      return 'le mécanisme est décrit (qui, comment, sur quelle base)';
    case 'intention':
      return answerForm(kind, folded) ?? 'une réponse explicite (oui ou non)';
    case 'position':
      return answerForm(kind, folded) ?? 'une appréciation du Gouvernement';
    case 'droit':
      return citesRule(folded) ? 'la règle citée et une conclusion sur le cas posé' : 'une conclusion sur le cas posé';
    case 'articulation':
      return 'les deux éléments comparés et leur relation';
    case 'autre':
      return 'le passage traite la demande';
  }
}
