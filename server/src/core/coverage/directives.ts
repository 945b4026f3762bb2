/**
 * The `sans-reponse` directives: the sub-questions a drafter leaves unanswered on purpose, and why.
 */

import type { Directive } from '../model/types';

interface Deliberate {
  readonly ids: string[];
  readonly reason: string;
  readonly directive: Directive;
}

const idPattern = /^\s*((?:q\s*\d+\s*(?:,|et)?\s*)+)/iu;

export function parseIds(text: string): string[] {
  return [...text.matchAll(/q\s*(\d+)/giu)].map((match) => `Q${Number(match[1])}`);
}

export function readDeliberate(directives: readonly Directive[]): Deliberate[] {
  const result: Deliberate[] = [];
  for (const directive of directives) {
    if (directive.verb !== 'sans-reponse') continue;
    const match = idPattern.exec(directive.argument);
    const ids = match ? parseIds(match[1]!) : [];
    const rest = match ? directive.argument.slice(match[0].length) : directive.argument;
    const reason = rest.replace(/^\s*[:—–-]\s*/u, '').trim();
    result.push({ ids, reason, directive });
  }
  return result;
}

// ---------------------------------------------------------------------------------------------------------
// Entry point
