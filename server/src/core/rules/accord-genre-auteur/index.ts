/**
 * E3 `accord-genre-auteur`: a reference to the author of the question whose gender contradicts the metadata
 * (`Auteur : Mme …` while the answer says `le député`, `M. le député`; `Auteur : M. …` while it says
 * `la députée`). The author's civility comes from the metadata, else from the first words of the question
 * (`M. Patrice Anato interroge…`). The epicene `l'honorable parlementaire` is always right.
 */
import type { Rule } from '../rule';
import { matchProse, type ProseView } from '../common/mask';
import { SP, WE } from '../common/lexicon';
import type { QeDocument } from '../../model/types';
import { letterRegExp } from '../../text/letters';

type Gender = 'feminin' | 'masculin';

function authorGender(document: QeDocument): Gender | undefined {
  const fromText = (text: string | undefined): Gender | undefined => {
    const match = text ? /^\s*(?:\[)?(Mmes?|M\.|MM\.|Madame|Monsieur)(?=[\s\u00A0\u202F])/u.exec(text) : null;
    if (!match) return undefined;
    return /^M(?:me|mes|adame)/.test(match[1]!) ? 'feminin' : 'masculin';
  };
  return fromText(document.metadata.auteur) ?? fromText(document.question?.paragraphs[0]?.text);
}

// (1) civility, (2) determiner, (3) title.
const masculineRef = letterRegExp(`(?<![\\p{L}])(?:(M\\.|Monsieur)${SP}+)?(le|du|au)${SP}+(député|sénateur|parlementaire)${WE}(?!${SP}+(?:européen|honoraire))`, 'giu');
const feminineRef = letterRegExp(`(?<![\\p{L}])(?:(Mme|Madame)${SP}+)?(la|de la|à la)${SP}+(députée|sénatrice|parlementaire)${WE}(?!${SP}+(?:européenne|honoraire))`, 'giu');

const toFeminine: Readonly<Record<string, string>> = { le: 'la', du: 'de la', au: 'à la', député: 'députée', sénateur: 'sénatrice', parlementaire: 'parlementaire' };
const toMasculine: Readonly<Record<string, string>> = { la: 'le', 'de la': 'du', 'à la': 'au', députée: 'député', sénatrice: 'sénateur', parlementaire: 'parlementaire' };

/** A mention of the author of one gender (text offsets), as written: `check` keeps those of the wrong gender. */
interface Mention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly civility?: string;
  readonly determiner: string;
  readonly title: string;
  /**
   * Surnames of persons named in the same sentence (« la députée Durand », « Mme Marie Durand, députée »): when
   * none is the author's, the mention is a third person (another member who asked the same question).
   */
  readonly named?: readonly string[];
}

/** Civility + name, or title + name: a person the sentence names. */
const namedPerson = letterRegExp(`(?:\\b(?:Mmes?|M\\.|MM\\.|Madame|Monsieur)|(?:députée?|sénat(?:eur|rice)))${SP}+(?:(?:le|la)${SP}+(?:députée?|sénat(?:eur|rice))${SP}+)?((?:\\p{Lu}[\\p{Ll}'’-]+${SP}+)*\\p{Lu}[\\p{L}'’-]+)`, 'gu');

/** The sentence around a mention (text offsets), cut at final points. */
function sentenceAround(text: string, start: number, end: number): string {
  const before = text.slice(0, start);
  const from = Math.max(before.lastIndexOf('. '), before.lastIndexOf('? '), before.lastIndexOf('! ')) + 1;
  const rest = text.slice(end).search(/[.!?](?:\s|$)/u);
  return text.slice(from, rest < 0 ? text.length : end + rest);
}

/** Cheap test first: both patterns name one of these titles (same flags, so the same letters match). */
const anyTitle = /député|sénat|parlementaire/iu;
const noMentions = { masculine: [], feminine: [] };

function mentions(view: ProseView, pattern: RegExp): Mention[] {
  const result: Mention[] = [];
  for (const match of matchProse(view, pattern)) {
    if (view.inQuote(match.start, match.end)) continue;
    const [, civility, determiner, title] = match.match;
    if (title!.toLowerCase() === 'parlementaire' && !civility) continue;
    const named = [...sentenceAround(view.text, match.start, match.end).matchAll(namedPerson)].map((person) => person[1]!.split(/[\s\u00A0\u202F]+/u).pop()!);
    result.push({ start: match.start, end: match.end, text: match.match[0], ...(civility ? { civility } : {}), determiner: determiner!, title: title!, ...(named.length > 0 ? { named } : {}) });
  }
  return result;
}

export const rule: Rule<{ readonly masculine: readonly Mention[]; readonly feminine: readonly Mention[] }> = {
  meta: {
    id: 'accord-genre-auteur',
    severity: 'warning',
    title: "Genre de l'auteur de la question",
    description:
      "Signale une mention de l'auteur de la question dont le genre contredit les métadonnées (« Auteur : Mme … » alors que la réponse écrit « le député » ; « Auteur : M. … » et « la députée »). La civilité de l'auteur est lue dans les métadonnées, sinon au début de la question. « L'honorable parlementaire », épicène, convient dans les deux cas. La correction accorde la mention.",
    fixable: true,
    group: 'E',
  },
  // Per answer paragraph (cached by the incremental checker): the mentions of each gender; the author's gender
  // comes from the metadata or the question, so `check` chooses.
  collectFacts(context) {
    const { view } = context;
    if (view.section !== 'answer' || !anyTitle.test(view.text)) return noMentions;
    return { masculine: mentions(view, masculineRef), feminine: mentions(view, feminineRef) };
  },
  check(context) {
    const { document } = context;
    const gender = authorGender(document);
    if (!gender) return;
    const swap = gender === 'feminin' ? toFeminine : toMasculine;
    const author = `${document.metadata.auteur ?? ''} ${document.question?.paragraphs[0]?.text.slice(0, 80) ?? ''}`;
    for (const { view, facts } of context.facts) {
      for (const { start, end, text, civility, determiner, title, named } of gender === 'feminin' ? facts.masculine : facts.feminine) {
        // A sentence that names someone else than the author speaks of a third person.
        if (named && !named.some((surname) => author.includes(surname))) continue;
        const range = view.sourceRange(start, end);
        const lowerDet = determiner.toLowerCase();
        const newDet = swap[lowerDet] ?? lowerDet;
        const newTitle = swap[title.toLowerCase()] ?? title;
        const newCivility = civility ? (gender === 'feminin' ? (civility === 'Monsieur' ? 'Madame' : 'Mme') : civility === 'Madame' ? 'Monsieur' : 'M.') : undefined;
        let replacement = `${newDet} ${newTitle}`;
        if (determiner.charAt(0) !== lowerDet.charAt(0)) replacement = replacement.charAt(0).toUpperCase() + replacement.slice(1);
        if (newCivility) replacement = `${newCivility} ${replacement}`;
        context.report({
          range,
          message: `« ${text} » : l'auteur de la question est ${gender === 'feminin' ? 'une femme' : 'un homme'} (métadonnées) ; écrire « ${replacement} » ou « l'honorable parlementaire ».`,
          fixes: [{ title: `Remplacer par « ${replacement} »`, edits: [{ range, newText: replacement }] }],
        });
      }
    }
  },
};
