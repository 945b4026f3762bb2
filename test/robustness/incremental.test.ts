/**
 * Incremental checking: after any sequence of random edits, an analysis through a long-lived cache equals a
 * fresh analysis of the same text (findings, fixes, related locations and the whole document model).
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze, AnalysisCache, type Finding } from '../../server/src/core';
import { buildDocument } from '../../server/src/core/model/build';
import type { QeDocument } from '../../server/src/core/model/types';
import { readDocument } from '../../server/src/core/parse';
import { absoluteRange, relativeRange, type Rule } from '../../server/src/core/rules/rule';
import { runRules } from '../../server/src/core/rules/run';
import { matchProse, proseView } from '../../server/src/core/rules/common/mask';
import { realDossiers } from './dossiers';

// ---------------------------------------------------------------------------------------------------------
// Rules of every kind the runner knows, written for the test (the real ones grow in the registry).

const meta = (id: string) => ({ id, severity: 'warning' as const, title: id, description: id, fixable: true, group: 'test' });

/** Paragraph scope, with a fix: a doubled space. */
const doubleSpace: Rule = {
  meta: meta('test-double-espace'),
  checkParagraph(context) {
    for (const match of matchProse(context.view, / {2,}/g)) {
      context.report({ range: match.range, message: 'Espaces multiples.', fixes: [{ title: 'Une espace', edits: [{ range: match.range, newText: ' ' }] }] });
    }
  },
};

/** Paragraph scope, depends on the section and on the masks (severity lower in the question). */
const longWord: Rule = {
  meta: meta('test-mot-long'),
  checkParagraph(context) {
    for (const match of matchProse(context.view, /\p{L}{14,}/gu)) {
      context.report({ range: match.range, message: `Mot long « ${match.match[0]} ».`, ...(context.view.section === 'question' ? { severity: 'hint' as const } : {}) });
    }
  },
};

interface AcronymFact {
  readonly acronym: string;
  readonly range: { readonly start: number; readonly end: number };
  readonly expanded: boolean;
}

/** Document scope from per-paragraph facts: an acronym's first use must be expanded (related: later uses). */
const acronymFirstUse: Rule<AcronymFact[]> = {
  meta: meta('test-sigle'),
  collectFacts(context) {
    return matchProse(context.view, /\b([A-Z]{3,})\b( \()?/g).map((match) => ({
      acronym: match.match[1]!,
      range: relativeRange(context.view, match.group(1)!),
      expanded: match.match[2] !== undefined,
    }));
  },
  check(context) {
    const seen = new Map<string, AcronymFact[]>();
    for (const { view, facts } of context.facts) {
      for (const fact of facts) seen.set(fact.acronym, [...(seen.get(fact.acronym) ?? []), { ...fact, range: absoluteRange(view, fact.range) }]);
    }
    for (const [acronym, uses] of seen) {
      if (uses[0]!.expanded) continue;
      context.report({
        range: uses[0]!.range,
        message: `Sigle « ${acronym} » non développé à sa première occurrence.`,
        related: uses.slice(1).map((use) => ({ range: use.range, message: 'Autre occurrence' })),
      });
    }
  },
};

/** Document scope from facts, across paragraphs: the same long word opening two consecutive paragraphs. */
const repeatedOpening: Rule<{ word: string; range: { start: number; end: number } } | null> = {
  meta: meta('test-repetition'),
  collectFacts(context) {
    const first = context.view.paragraph.sentences[0]?.words[0];
    return first && first.text.length >= 4 ? { word: first.text.toLowerCase(), range: relativeRange(context.view, first.range) } : null;
  },
  check(context) {
    for (let i = 1; i < context.facts.length; i++) {
      const previous = context.facts[i - 1]!;
      const current = context.facts[i]!;
      if (previous.facts && current.facts && previous.facts.word === current.facts.word) {
        context.report({
          range: absoluteRange(current.view, current.facts.range),
          message: `Répétition de « ${current.facts.word} ».`,
          related: [{ range: absoluteRange(previous.view, previous.facts.range), message: 'Première' }],
        });
      }
    }
  },
};

/** Plain document scope. */
const documentLength: Rule = {
  meta: meta('test-longueur'),
  check(context) {
    const words = context.document.answer?.paragraphs.reduce((sum, paragraph) => sum + paragraph.sentences.length, 0) ?? 0;
    if (words % 2 === 1) context.report({ range: { start: 0, end: 0 }, message: 'Nombre impair de phrases.' });
  },
};

/** Throws on some paragraphs only: reported once, whatever the cache holds. */
const fragile: Rule = {
  meta: meta('test-fragile'),
  checkParagraph(context) {
    if (context.view.paragraph.text.includes('XYZZY')) throw new Error('panne simulée');
    context.report({ range: context.view.paragraph.range, message: 'Paragraphe vu.' });
  },
};

const testRules: readonly Rule[] = [doubleSpace, longWord, acronymFirstUse as Rule, repeatedOpening as Rule, documentLength, fragile];
const settings = { profile: 'jo' as const, severities: {} };

function checkWith(text: string, cache?: AnalysisCache): { document: QeDocument; findings: Finding[] } {
  cache?.begin([settings]);
  const document = buildDocument(readDocument(text, cache), cache);
  const findings = runRules(document, { ...settings, ...(cache ? { cache } : {}) }, testRules);
  cache?.end();
  return { document, findings };
}

/** The document model as plain data (functions dropped), to compare two analyses. */
function plain(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}

// ---------------------------------------------------------------------------------------------------------
// Random edits

type Edit =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'move'; from: number; to: number };

const snippets = [
  'a', ' ', '  ', '\n', '\n\n', '.', ' MIPROF ', ' la DGCS (', '**gras**', '`code`', '<!-- qe: repond Q1 -->\n', 'XYZZY',
  '\n\n# Notes\n\n', '\n\n# Réponse\n\n', '« citation longue de la question »', 'é', '’', '\u00A0', '[lien](https://x.fr)',
  'Ainsi, ', 'interministérielle ', '\r\n', '\\*', '&amp;', '\n- puce\n', '\n\n    code indenté\n\n', '1er', '😀',
  // Markdown structure (the tree is re-parsed only around the edit): fences, quotes, definitions, comments, setext.
  '```', '\n> ', '[x]: https://x.fr\n', '<!--', '\n===\n', '\n# ', '* ',
];

const editArbitrary: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fc.double({ min: 0, max: 1, noNaN: true }).map((x) => x), text: fc.constantFrom(...snippets) }).map((edit) => ({ ...edit, at: edit.at })) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), text: fc.string({ maxLength: 6 }) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.integer({ min: 1, max: 40 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('move' as const), from: fc.double({ min: 0, max: 1, noNaN: true }), to: fc.double({ min: 0, max: 1, noNaN: true }) }) },
) as fc.Arbitrary<Edit>;

/** Applies an edit (positions as fractions of the text's length); a move cuts a paragraph and pastes it elsewhere. */
function applyEdit(text: string, edit: Edit): string {
  const position = (fraction: number) => Math.min(text.length, Math.floor(fraction * (text.length + 1)));
  switch (edit.kind) {
    case 'insert': {
      const at = position(edit.at);
      return text.slice(0, at) + edit.text + text.slice(at);
    }
    case 'delete': {
      const at = position(edit.at);
      return text.slice(0, at) + text.slice(at + edit.length);
    }
    case 'move': {
      const paragraphs = text.split('\n\n');
      if (paragraphs.length < 3) return text;
      const from = Math.min(paragraphs.length - 1, Math.floor(edit.from * paragraphs.length));
      const [moved] = paragraphs.splice(from, 1);
      const to = Math.min(paragraphs.length, Math.floor(edit.to * (paragraphs.length + 1)));
      paragraphs.splice(to, 0, moved!);
      return paragraphs.join('\n\n');
    }
  }
}

const dossiers = realDossiers();

describe('vérification incrémentale', () => {
  it('après des modifications aléatoires, le cache donne exactement le résultat d’une analyse complète (règles de test)', () => {
    let reparsed = 0;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: dossiers.length - 1 }), fc.array(editArbitrary, { minLength: 1, maxLength: 25 }), (index, edits) => {
        const cache = new AnalysisCache();
        let text = dossiers[index]!;
        checkWith(text, cache);
        for (const edit of edits) {
          text = applyEdit(text, edit);
          const incremental = checkWith(text, cache);
          const fresh = checkWith(text);
          assert.deepEqual(incremental.findings, fresh.findings);
          assert.deepEqual(plain(incremental.document), plain(fresh.document));
        }
        reparsed += cache.stats.markdownIncrementalParses;
      }),
      { seed: 20261127, numRuns: 60 },
    );
    assert.ok(reparsed > 0, 'l’arbre Markdown est réanalysé autour des modifications');
  });

  it('avec les règles enregistrées, analyze({ cache }) égale analyze() après des modifications aléatoires', () => {
    let reparsed = 0;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: dossiers.length - 1 }), fc.array(editArbitrary, { minLength: 1, maxLength: 15 }), (index, edits) => {
        const cache = new AnalysisCache();
        let text = dossiers[index]!;
        analyze(text, { cache });
        for (const edit of edits) {
          text = applyEdit(text, edit);
          assert.deepEqual(analyze(text, { cache }).findings, analyze(text).findings);
        }
        reparsed += cache.stats.markdownIncrementalParses;
      }),
      { seed: 6, numRuns: 30 },
    );
    assert.ok(reparsed > 0, 'l’arbre Markdown est réanalysé autour des modifications');
  });

  it('réutilise la segmentation et les résultats des paragraphes inchangés, décalés', () => {
    const cache = new AnalysisCache();
    const text = dossiers[4]!;
    const first = checkWith(text, cache);
    const misses = cache.stats.resultMisses;
    assert.ok(misses > 0);
    // Typing at the start of the answer: every paragraph after it moves by one character.
    const at = text.indexOf('# Réponse') + '# Réponse\n\n'.length;
    const edited = `${text.slice(0, at)}X${text.slice(at)}`;
    const second = checkWith(edited, cache);
    const rulesPerParagraph = testRules.filter((rule) => rule.checkParagraph || rule.collectFacts).length;
    assert.equal(cache.stats.resultMisses - misses, rulesPerParagraph, 'seul le paragraphe modifié est recontrôlé');
    assert.ok(cache.stats.segmentHits > 0);
    const moved = second.findings.find((finding) => finding.rule === 'test-mot-long' && finding.range.start > at + 200);
    assert.ok(moved, 'un constat après le paragraphe modifié');
    assert.ok(first.findings.some((finding) => finding.range.start === moved.range.start - 1 && finding.message === moved.message), 'décalé d’un caractère');
  });

  it('garde les paragraphes du modèle et leurs vues d’une analyse à l’autre ; ceux qui bougent sont copiés sans être segmentés de nouveau', () => {
    const cache = new AnalysisCache();
    const text = dossiers[4]!;
    const first = checkWith(text, cache);
    const before = first.document.answer!.paragraphs;
    assert.ok(before.length >= 3);
    const index = Math.floor(before.length / 2);
    // Typing at the start of a paragraph in the middle of the answer.
    const at = before[index]!.range.start;
    const edited = `${text.slice(0, at)}X${text.slice(at)}`;
    const segmented = cache.stats.segmentMisses;
    const second = checkWith(edited, cache);
    const after = second.document.answer!.paragraphs;
    assert.equal(after.length, before.length);
    for (let i = 0; i < index; i++) {
      assert.equal(after[i], before[i], `paragraphe ${i} avant la modification : le même objet`);
      assert.equal(proseView(second.document, after[i]!, 'answer'), proseView(first.document, before[i]!, 'answer'), `paragraphe ${i} : la même vue`);
    }
    for (let i = index + 1; i < after.length; i++) {
      assert.notEqual(after[i], before[i], `paragraphe ${i} après la modification : déplacé`);
      assert.equal(after[i]!.sentences[0]!.words[0]!.text, before[i]!.sentences[0]!.words[0]!.text);
    }
    assert.equal(cache.stats.segmentMisses - segmented, 1, 'seul le paragraphe modifié est segmenté');
    assert.ok(cache.stats.paragraphHits >= index);
    assert.deepEqual(plain(second.document), plain(checkWith(edited).document));
  });

  it('un paragraphe inchangé dont les masques changent (citation de la question modifiée) est recontrôlé', () => {
    const quote = '« circulaire interministérielle comportant une liste »';
    const base = `# Question\n\nIl prévoit une circulaire interministérielle comportant une liste non limitative.\n\n# Réponse\n\nLe ministère cite la ${quote} en question.\n`;
    const cache = new AnalysisCache();
    const before = checkWith(base, cache);
    assert.ok(!before.findings.some((finding) => finding.rule === 'test-mot-long' && finding.message.includes('interministérielle') && finding.range.start > base.indexOf('# Réponse')));
    const edited = base.replace('une circulaire interministérielle comportant', 'une note');
    const after = checkWith(edited, cache);
    assert.deepEqual(after.findings, checkWith(edited).findings);
    assert.ok(after.findings.some((finding) => finding.rule === 'test-mot-long' && finding.range.start > edited.indexOf('# Réponse')), 'la citation n’est plus masquée');
  });

  it('un réglage différent vide les résultats mémorisés (jamais de constat d’un autre profil)', () => {
    const cache = new AnalysisCache();
    const text = dossiers[1]!;
    analyze(text, { cache, profile: 'jo' });
    const other = analyze(text, { cache, profile: 'imprimerie-nationale' });
    assert.deepEqual(other.findings, analyze(text, { profile: 'imprimerie-nationale' }).findings);
  });

  it('des réglages reconstruits à l’identique gardent le cache ; un réglage modifié le vide', () => {
    const cache = new AnalysisCache();
    const text = dossiers[3]!;
    const pack = () => ({ substitutions: [{ fautif: 'mesures', correct: 'dispositions' }], sigles: { MIPROF: 'Mission interministérielle' } });
    analyze(text, { cache, ...pack() });
    const misses = cache.stats.resultMisses;
    analyze(text, { cache, ...pack() });
    assert.equal(cache.stats.resultMisses, misses, 'mêmes valeurs, nouveaux objets : rien n’est recalculé');
    const changed = { substitutions: [{ fautif: 'mesures', correct: 'actions' }] };
    const result = analyze(text, { cache, ...changed });
    assert.ok(cache.stats.resultMisses > misses);
    assert.deepEqual(result.findings, analyze(text, changed).findings);
  });

  it('le cache reste borné : il oublie ce que les deux dernières analyses n’ont pas utilisé', () => {
    const cache = new AnalysisCache();
    for (const text of dossiers) checkWith(text, cache);
    const last = dossiers[dossiers.length - 1]!;
    checkWith(last, cache);
    checkWith(last, cache);
    const fresh = new AnalysisCache();
    checkWith(last, fresh);
    assert.deepEqual(cache.size, fresh.size);
  });

  it('une règle qui échoue est signalée une seule fois, que ses résultats viennent du cache ou non', () => {
    const cache = new AnalysisCache();
    const text = dossiers[2]!.replace('# Réponse\n\n', '# Réponse\n\nXYZZY.\n\n');
    checkWith(text, cache);
    const again = checkWith(`${text}\n\nEncore XYZZY.\n`, cache);
    const failures = again.findings.filter((finding) => finding.rule === 'erreur-interne');
    assert.equal(failures.length, 1);
    assert.match(failures[0]!.message, /test-fragile.*panne simulée/);
    assert.ok(!again.findings.some((finding) => finding.rule === 'test-fragile'), 'aucun constat partiel de la règle en panne');
    assert.ok(again.findings.some((finding) => finding.rule === 'test-double-espace' || finding.rule === 'test-mot-long'), 'les autres règles continuent');
  });
});
