/**
 * Requests on how two things fit together (`articulation`): both named, and their relation.
 */

import { missingEvidence } from './evidence';
import { type ExtractedSubQuestion, type ObjectTerm } from './extract';
import { AnswerIndex } from './answer-index';
import { type Assessment, distinctTerms } from './assessment';

function mentions(index: AnswerIndex, terms: readonly ObjectTerm[], position: number): boolean {
  return terms.some((term) => index.containing(term.key).has(position));
}

export function assessArticulation(index: AnswerIndex, sub: ExtractedSubQuestion, addressing: readonly number[], best: number): Assessment {
  const compared = sub.compared!;
  const first = distinctTerms(compared.first, compared.second);
  const second = distinctTerms(compared.second, compared.first);
  const count = index.sentences.length;
  const evidence = new Set<number>();
  let sawFirst = false;
  let sawSecond = false;
  for (let i = 0; i < count; i++) {
    const inFirst = mentions(index, first, i);
    const inSecond = mentions(index, second, i);
    sawFirst ||= inFirst;
    sawSecond ||= inSecond;
    const window = [i, i + 1].filter((position) => position < count && index.sentences[position]!.paragraph === index.sentences[i]!.paragraph);
    const hasFirst = window.filter((position) => mentions(index, first, position));
    const hasSecond = window.filter((position) => mentions(index, second, position));
    const hasRelation = window.filter((position) => index.carries('articulation', position));
    if (hasFirst.length && hasSecond.length && hasRelation.length) {
      for (const position of [...hasFirst, ...hasSecond]) evidence.add(position);
    }
  }
  // A sentence that names one side with a relation word to the other (« dans la continuité du 1er plan »)
  // addresses the comparison without naming both.
  if (evidence.size > 0) return { status: 'answered', evidence: [...evidence].sort((a, b) => a - b), missing: [], candidate: [...evidence][0]! };
  const missing: string[] = [];
  if (!sawFirst) missing.push(`« ${compared.first.label} » n’est pas mentionné`);
  if (!sawSecond) missing.push(`« ${compared.second.label} » n’est pas mentionné`);
  if (missing.length === 0) missing.push(missingEvidence.articulation);
  const addressed = addressing.length > 0 || sawFirst || sawSecond;
  const partialEvidence = addressing.filter((position) => index.carries('articulation', position));
  return { status: addressed ? 'partial' : 'unanswered', evidence: addressed ? partialEvidence : [], missing, candidate: best };
}
