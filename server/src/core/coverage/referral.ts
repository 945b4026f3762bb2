/**
 * Referral answers (QUESTION-FORMS.md §10.3): « L'honorable parlementaire est invité à se reporter à la réponse
 * faite à la question écrite n° 4512 (JO Sénat du …) ». Such an answer is a normal published answer that answers
 * elsewhere: it is reported once (`reponse-par-renvoi`), never as an empty answer or a list of misses.
 */
import type { OffsetRange, Section } from '../model/types';
import { lazyRx } from './regex';
import { foldForSearch } from '../text/fold';

export interface Referral {
  /** Number of the question referred to, as written without spaces (`4512`, `07181`). */
  readonly numero: string;
  /** The chamber of that question when the answer says it, else null. */
  readonly chambre: 'AN' | 'Sénat' | null;
  /** The referring sentence (source range). */
  readonly range: OffsetRange;
}

const referring = lazyRx(
  "\\b(?:(?:est|sont)\\s+(?:invitée?s?|priée?s?)\\s+à\\s+se\\s+(?:reporter|référer)|(?:il\\s+)?(?:est|peut\\s+être)\\s+renvoyée?\\s+(?:à|au|aux)|se\\s+(?:reporter|référer)|renvoie\\s+(?:à|au|aux)|prière\\s+de\\s+se\\s+reporter|voir(?=\\s+la\\s+réponse))\\b.{0,80}?\\bréponse\\b.{0,120}?\\bquestions?\\s+(?:écrites?\\s+)?(?:n°s?|nos?\\b|nºs?|numéros?)\\s*(\\d[\\d  \\u202f]*\\d|\\d)",
);
const senat = lazyRx("\\b(?:jo\\s+sénat|journal\\s+officiel\\s+(?:du\\s+)?sénat|j\\.o\\.\\s+sénat|sénat)\\b");
const assemblee = lazyRx("\\b(?:jo\\s+an|j\\.o\\.\\s+an|assemblée\\s+nationale|débats\\s+an|questions\\s+an)\\b");

/** Answers longer than this are not referral answers even when they refer to another answer in passing. */
const maxWords = 90;

/** The referral of an answer that answers by referring to another one, if it is one. */
export function findReferral(answer: Section | null | undefined): Referral | undefined {
  if (!answer) return undefined;
  let words = 0;
  for (const paragraph of answer.paragraphs) for (const sentence of paragraph.sentences) words += sentence.words.filter((word) => word.kind === 'word' || word.kind === 'number').length;
  if (words === 0 || words > maxWords) return undefined;
  for (const paragraph of answer.paragraphs) {
    for (const sentence of paragraph.sentences) {
      const folded = foldForSearch(sentence.text);
      const match = referring().exec(folded);
      if (!match) continue;
      const after = folded.slice(match.index);
      const chambre = senat().test(after) ? 'Sénat' : assemblee().test(after) ? 'AN' : null;
      return { numero: match[1]!.replace(/[\s\u00a0\u202f]/gu, ''), chambre, range: sentence.range };
    }
  }
  return undefined;
}
