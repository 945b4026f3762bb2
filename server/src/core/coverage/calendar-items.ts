/**
 * The measures a calendar request names one by one (issue 10): « dans quels délais **les mesures 4 et 7**
 * seront mises en œuvre », « dans quels délais **la création de X et la formation de Y** seront mises en œuvre ».
 * Each becomes an item, so that a date given for one and not the other is seen, and the message names the one
 * without a date. (« ces mesures », resolved from the context, already has its items from the extraction.)
 */
import type { Section } from '../model/types';
import { foldForSearch } from '../text/fold';
import type { ExtractedSubQuestion, ObjectItem, ObjectTerm } from './extract';
import { lazyRx, rx } from './regex';
import { isContentWord, termKey } from './stem';
import { tokenize } from './text';

/** What opens a calendar request, before its object. */
const calendarHead = lazyRx(
  "^(?:dans quels? délais?|sous quels? délais?|à quelles? dates?|à quelle échéance|quand|selon quel calendrier|quel (?:est|sera) le calendrier(?: prévu)?(?: de mise en (?:œuvre|oeuvre|place)| d'application| de publication| d'entrée en vigueur)?|le calendrier(?: prévu)?(?: de mise en (?:œuvre|oeuvre|place)| d'application| de publication| d'entrée en vigueur)?)\\s+(?:(?:de la|de l'|des|du|de|d')\\s*)?",
);
/** The verb phrase that closes it (« seront mises en œuvre », « entreront en vigueur »). */
const calendarTail = lazyRx("\\s+(?:seront|sera|pourront|pourra|devraient|devrait|vont|va|entreront|entrera|interviendront|interviendra)\\b");
const complement = lazyRx("^(?:de|d'|du|des|à|au|aux|en|pour|par|sur|dans|avec)\\b");
/** A numbered reference: « les mesures 4 », « la mesure 16 », or a bare number after the first (« 7 »). */
const numberedRef = lazyRx('^(?:(?:les|la|le|l\')\\s*)?(\\p{L}+?)s?\\s+(\\d+[a-z]?)$|^(\\d+[a-z]?)$');

/** A conjunct as the message names it, cut at a word past 60 characters. */
function shortLabel(text: string): string {
  if (text.length <= 60) return text;
  const cut = text.lastIndexOf(' ', 60);
  return `${text.slice(0, cut > 30 ? cut : 60)}…`;
}

function termsOf(text: string): ObjectTerm[] {
  const seen = new Set<string>();
  const terms: ObjectTerm[] = [];
  for (const token of tokenize(text)) {
    if (!isContentWord(token.text) || /^\d/u.test(token.text)) continue;
    const key = termKey(token.text);
    if (seen.has(key)) continue;
    seen.add(key);
    terms.push({ key, word: token.text, weight: 1 });
  }
  return terms;
}

/** The sentence of the question that introduces « la mesure 7 »: its words describe the measure. */
function describedIn(question: Section, noun: string, number: string): ObjectTerm[] {
  const reference = rx(`\\b${noun}s?\\s+(?:n°\\s*)?${number}\\b`);
  for (const paragraph of question.paragraphs) {
    for (const sentence of paragraph.sentences) {
      const folded = foldForSearch(sentence.text);
      if (!reference.test(folded) || calendarHead().test(folded)) continue;
      const nounKey = termKey(noun);
      return termsOf(sentence.text).filter((term) => term.key !== nounKey);
    }
  }
  return [];
}

/**
 * The sub-question with one item per measure its calendar request names, when it names two or more and has no
 * items yet; otherwise the sub-question unchanged.
 */
export function withCalendarItems(sub: ExtractedSubQuestion, question: Section): ExtractedSubQuestion {
  if (sub.kind !== 'calendrier' || sub.items.length > 0) return sub;
  const folded = foldForSearch(sub.text);
  const head = calendarHead().exec(folded);
  if (!head) return sub;
  const start = head[0].length;
  const tail = calendarTail().exec(folded.slice(start));
  const end = tail ? start + tail.index : folded.length;
  const parts: { start: number; end: number }[] = [];
  const separator = /\s*,\s*|\s+et\s+/gu;
  let from = start;
  const object = folded.slice(start, end);
  for (let match = separator.exec(object); match; match = separator.exec(object)) {
    parts.push({ start: from, end: start + match.index });
    from = start + match.index + match[0].length;
  }
  parts.push({ start: from, end });
  if (parts.length < 2) return sub;
  // « la réforme des retraites et de l'assurance chômage »: a conjunct opened by a preposition completes the
  // noun before it; the request names one measure.
  if (parts.slice(1).some((part) => complement().test(folded.slice(part.start, part.end).trimStart()))) return sub;
  const items: ObjectItem[] = [];
  let noun: string | undefined;
  for (const part of parts) {
    const written = sub.text.slice(part.start, part.end).trim();
    const numbered = numberedRef().exec(folded.slice(part.start, part.end).trim());
    if (numbered) {
      noun = numbered[1] ?? noun;
      const number = numbered[2] ?? numbered[3]!;
      if (!noun) return sub;
      const terms = describedIn(question, noun, number);
      if (terms.length === 0) return sub;
      items.push({ label: `la ${noun} ${number}`, terms });
      continue;
    }
    const terms = termsOf(written);
    // A conjunct of fewer than two words of its own is a modifier, not a measure (« la création et le
    // financement des maisons de santé » is one object).
    if (terms.length < 2) return sub;
    items.push({ label: shortLabel(written.replace(/^(?:les|la|le|l['’])\s*/iu, (article) => article.toLowerCase())), terms });
  }
  return { ...sub, items };
}
