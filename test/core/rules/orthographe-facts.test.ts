/**
 * `orthographe` gathers unknown words per paragraph (`collectFacts`, cached) and applies the question's words in
 * `check`: the findings must equal those of the former whole-document pass, kept here as the reference.
 */
import assert from 'node:assert/strict';
import { analyze, type AnalyzeOptions } from '../../../server/src/core';
import type { Finding } from '../../../server/src/core/findings/finding';
import { acronymsByForm } from '../../../server/src/core/reference';
import { matchProse, proseViews } from '../../../server/src/core/rules/common/mask';
import { domainWords, hyphenPrefixes } from '../../../server/src/core/spelling/lexicon';
import { AnalysisCache } from '../../../server/src/core/incremental/cache';
import { loadSpellChecker } from '../../../server/src/node/spelling';
import { readSeed } from '../../helpers/corpus';
import { dossierOfLength } from '../../robustness/dossiers';

const wordPattern = /(?<![\p{L}\p{M}\p{N}_@./\\-])[\p{L}\p{M}]+(?:['’‑-][\p{L}\p{M}]+)*(?![\p{L}\p{M}\p{N}_@/\\]|[.-]\p{L})/gu;
const elision = /^(?:jusqu|lorsqu|puisqu|quoiqu|presqu|quelqu|aujourd(?=['’]hui)|qu|[ldjmnstc])['’]/iu;

/** The rule as it was before it moved to `collectFacts` (one pass over the document). */
function reference(text: string, options: AnalyzeOptions): { range: { start: number; end: number }; message: string }[] {
  const { document } = analyze(text, { ...options, severities: { orthographe: 'off' } });
  const checker = options.spellChecker!;
  const out: { range: { start: number; end: number }; message: string }[] = [];
  if (!document.answer) return out;
  const accepted = new Set(options.motsAcceptes ?? []);
  const subject = new Set<string>();
  for (const part of [document.metadata.titre ?? '', ...(document.question?.paragraphs.map((paragraph) => paragraph.text) ?? [])]) {
    for (const word of part.match(/[\p{L}\p{M}]+(?:['’‑-][\p{L}\p{M}]+)*/gu) ?? []) subject.add(word.toLowerCase());
  }
  const known = (word: string) => {
    const lower = word.toLowerCase();
    return accepted.has(word) || accepted.has(lower) || domainWords.has(lower) || subject.has(lower) || acronymsByForm.has(word) || checker.correct(word);
  };
  const reform = (word: string) => {
    for (let i = 0; i < word.length; i++) {
      const c = word[i];
      if (c !== 'i' && c !== 'u') continue;
      if (known(word.slice(0, i) + (c === 'i' ? 'î' : 'û') + word.slice(i + 1))) return true;
    }
    return false;
  };
  for (const view of proseViews(document)) {
    for (const match of matchProse(view, wordPattern)) {
      let word = match.match[0];
      let start = match.start;
      const elided = elision.exec(word);
      if (elided && elided[0].length < word.length && !/^aujourd/i.test(elided[0])) {
        start += elided[0].length;
        word = word.slice(elided[0].length);
      }
      if (word.length < 2 || /\p{Lu}/u.test(word)) continue;
      if (view.inQuote(start, start + word.length) || known(word)) continue;
      const normalised = word.replace(/’/g, "'");
      if (normalised !== word && known(normalised)) continue;
      if (/[-‑]/.test(word)) {
        const parts = word.split(/[-‑]/).filter((part) => part.length > 0);
        if (parts.every((part, index) => known(part) || (index < parts.length - 1 && (/^\p{Ll}{3,}o$/u.test(part) || hyphenPrefixes.has(part.toLowerCase()))))) continue;
      }
      if (reform(word)) continue;
      const ligature = word.replace(/oe/g, 'œ').replace(/Oe/g, 'Œ');
      const range = view.sourceRange(start, start + word.length);
      if (ligature !== word && known(ligature)) out.push({ range, message: `« ${word} » s'écrit avec la ligature : « ${ligature} ».` });
      else out.push({ range, message: `« ${word} » : mot inconnu du dictionnaire (faute de frappe ?). Si le mot est juste, l'ajouter aux mots admis du guide de style.` });
    }
  }
  return out;
}

const key = (finding: { range: { start: number; end: number }; message: string }) => `${finding.range.start}:${finding.range.end}:${finding.message}`;
const spelling = (findings: readonly Finding[]) => findings.filter((finding) => finding.rule === 'orthographe').map(key).sort();

describe('orthographe through per-paragraph facts', function () {
  this.timeout(60_000);

  it('finds what the whole-document pass found, with and without the incremental cache', async () => {
    const spellChecker = await loadSpellChecker();
    // Typos, a ligature, a quotation, an accepted word; `gruzomètres` is in the question of the last
    // dossier only (known there, unknown in the others).
    const extra =
      'Le développemnt des gruzomètres et la soeur du projet, abimé, sont suivis ; le « mot inconnnu » cité reste, comme le motaccepte.\n\n';
    const withExtra = (text: string) => text.replace('# Réponse\n\n', `# Réponse\n\n${extra}`);
    const dossier = dossierOfLength(1000);
    const texts = [readSeed(), dossier, withExtra(dossier), withExtra(dossier).replace('# Question\n\n', '# Question\n\nLes gruzomètres. ')];
    let reported = '';
    for (const text of texts) {
      for (const options of [{ spellChecker }, { spellChecker, motsAcceptes: ['motaccepte'] }] as AnalyzeOptions[]) {
        const expected = reference(text, options).map(key).sort();
        reported += expected.join('\n');
        assert.deepEqual(spelling(analyze(text, options).findings), expected);
        const cache = new AnalysisCache();
        analyze(text, { ...options, cache });
        assert.deepEqual(spelling(analyze(`${text}\nUne phrase ajoutée avec un mot erroné : tyypo.\n`, { ...options, cache }).findings), reference(`${text}\nUne phrase ajoutée avec un mot erroné : tyypo.\n`, options).map(key).sort());
      }
    }
    // The comparison is not vacuous: typos and a ligature were found.
    assert.match(reported, /développemnt/);
    assert.match(reported, /ligature : « sœur »/);
    assert.match(reported, /gruzomètres/);
  });
});
