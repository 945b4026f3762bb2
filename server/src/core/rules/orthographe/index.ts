/**
 * J3 `orthographe`: words unknown to the French dictionary (hunspell, `dictionary-fr`), in the answer. The
 * checker comes from the Node adapter through `AnalyzeOptions.spellChecker` (the rule reports nothing without
 * one). Skipped: acronyms and any word in capitals, numbers, words with a capital (proper names: the dictionary
 * does not know most of them, and a false alarm at error level costs more than a missed typo), glossary forms,
 * the style pack's accepted words, a built-in list of administrative and health vocabulary, words of the
 * question and of its title (the subject's own terms: `musicothérapeutes`), quotations. A hyphenated word that fails as a whole is checked part by part;
 * an elided article (`l'`, `qu'`) is checked apart. No suggestions in the finding: the editor asks for them when
 * a fix is requested (`spellingSuggestions`).
 */
import { absoluteRange, relativeRange, type Rule } from '../rule';
import type { OffsetRange } from '../../model/types';
import { acronymsByForm } from '../../reference';
import { domainWords, hyphenPrefixes } from '../../spelling/lexicon';
import { letterRegExp } from '../../text/letters';

const wordPattern = letterRegExp(String.raw`(?<![\p{L}\p{M}\p{N}_@./\\-])[\p{L}\p{M}]+(?:['’‑-][\p{L}\p{M}]+)*(?![\p{L}\p{M}\p{N}_@/\\]|[.-]\p{L})`, 'gu');
const elision = /^(?:jusqu|lorsqu|puisqu|quoiqu|presqu|quelqu|aujourd(?=['’]hui)|qu|[ldjmnstc])['’]/iu;

/** True when putting back one circumflex on an i or a u gives a known word (1990 reform spelling). */
function reformSpelling(word: string, known: (word: string) => boolean): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word[i];
    if (c !== 'i' && c !== 'u') continue;
    if (known(word.slice(0, i) + (c === 'i' ? 'î' : 'û') + word.slice(i + 1))) return true;
  }
  return false;
}

type Known = (word: string) => boolean;

/** What is reported for a word: nothing (known, or accepted), a sure ligature fix, or an unknown word. */
function verdict(word: string, known: Known): { readonly ligature: string } | 'unknown' | undefined {
  if (known(word)) return undefined;
  const normalised = word.replace(/’/g, "'");
  if (normalised !== word && known(normalised)) return undefined;
  // Hyphenated words: part by part; a combining form in -o (`médico-`, `socio-`) is accepted before a known word.
  if (/[-‑]/.test(word)) {
    const parts = word.split(/[-‑]/).filter((part) => part.length > 0);
    if (parts.every((part, index) => known(part) || (index < parts.length - 1 && (/^\p{Ll}{3,}o$/u.test(part) || hyphenPrefixes.has(part.toLowerCase()))))) return undefined;
  }
  // The 1990 spelling reform drops the circumflex on i and u (`abimé`, `connaitre`): accepted.
  if (reformSpelling(word, known)) return undefined;
  // `soeur`, `oeuvre`: the ligature is required (`sœur`, `œuvre`); a sure fix.
  const ligature = word.replace(/oe/g, 'œ').replace(/Oe/g, 'Œ');
  return ligature !== word && known(ligature) ? { ligature } : 'unknown';
}

/** A word of a paragraph that the dictionary and the settings do not know (the question's words not yet applied). */
interface Candidate {
  readonly word: string;
  /** Paragraph-relative file range. */
  readonly range: OffsetRange;
}

export const rule: Rule<readonly Candidate[]> = {
  meta: {
    id: 'orthographe',
    severity: 'error',
    title: 'Orthographe',
    description:
      "Signale les mots de la réponse inconnus du dictionnaire français (Hunspell, dictionnaire « dictionary-fr »). Ne sont pas vérifiés : les sigles et mots en capitales, les nombres, les mots à majuscule (noms propres), les formes du glossaire des sigles, les mots admis du guide de style, un lexique administratif et médico-social intégré, les mots de la question et de son titre (termes du sujet) et les citations. Les graphies rectifiées de 1990 (« abimé ») sont admises ; « oe » au lieu de la ligature (« soeur ») est corrigé automatiquement en « œ ». Les suggestions de correction sont calculées à la demande, dans l'éditeur.",
    fixable: true,
    group: 'J',
  },
  // Per paragraph (cached by the incremental checker): the words unknown without the question's words. Every
  // test of `verdict` only gains from a larger `known`, so a word known here is known in `check` too.
  collectFacts(context) {
    const checker = context.settings.spellChecker;
    const { view } = context;
    const candidates: Candidate[] = [];
    if (!checker || view.section !== 'answer') return candidates;
    const accepted = context.settings.motsAcceptes;
    const known: Known = (word) => {
      const lower = word.toLowerCase();
      return accepted.has(word) || accepted.has(lower) || domainWords.has(lower) || acronymsByForm.has(word) || checker.correct(word);
    };
    // The words by hand rather than through `matchProse`: a 50,000-word answer would build as many match objects
    // with their source ranges. Same matches: a word never holds `MASK_CHAR` (not a letter), nor is empty.
    const { text } = view;
    wordPattern.lastIndex = 0;
    for (let match = wordPattern.exec(text); match; match = wordPattern.exec(text)) {
      let word = match[0];
      let start = match.index;
      const elided = elision.exec(word);
      if (elided && elided[0].length < word.length && !/^aujourd/i.test(elided[0])) {
        start += elided[0].length;
        word = word.slice(elided[0].length);
      }
      if (word.length < 2 || /\p{Lu}/u.test(word)) continue;
      if (view.inQuote(start, start + word.length) || verdict(word, known) === undefined) continue;
      candidates.push({ word, range: relativeRange(view, view.sourceRange(start, start + word.length)) });
    }
    return candidates;
  },
  check(context) {
    const checker = context.settings.spellChecker;
    const { document } = context;
    if (!checker || !document.answer) return;
    const accepted = context.settings.motsAcceptes;
    // The subject's own terms: words of the question and of its title.
    const subject = new Set<string>();
    for (const text of [document.metadata.titre ?? '', ...(document.question?.paragraphs.map((paragraph) => paragraph.text) ?? [])]) {
      for (const word of text.match(/[\p{L}\p{M}]+(?:['’‑-][\p{L}\p{M}]+)*/gu) ?? []) subject.add(word.toLowerCase());
    }
    const known: Known = (word) => {
      const lower = word.toLowerCase();
      return accepted.has(word) || accepted.has(lower) || domainWords.has(lower) || subject.has(lower) || acronymsByForm.has(word) || checker.correct(word);
    };
    for (const { view, facts } of context.facts) {
      for (const { word, range: relative } of facts) {
        const found = verdict(word, known);
        if (found === undefined) continue;
        const range = absoluteRange(view, relative);
        if (found !== 'unknown') {
          const { ligature } = found;
          context.report({
            range,
            message: `« ${word} » s'écrit avec la ligature : « ${ligature} ».`,
            fixes: [{ title: `Écrire « ${ligature} »`, edits: [{ range, newText: ligature }] }],
          });
          continue;
        }
        context.report({
          range,
          message: `« ${word} » : mot inconnu du dictionnaire (faute de frappe ?). Si le mot est juste, l'ajouter aux mots admis du guide de style.`,
        });
      }
    }
  },
};
