/**
 * Worst-case inputs checked in linear time at a low constant (issue 12, `bench/worst-case.bench.ts`): one test
 * per mechanism, asserting on counts and on the output (no time bound; the times are the benchmark's).
 * - the findings cap reaches into the rules: each rule builds at most its share of the cap per paragraph, the
 *   others are only counted, and what is shown (and the count) equals what the uncapped findings give;
 * - paragraphs crowded with inline markup are parsed as text, their characters kept, with a French notice;
 * - the paragraph bounds of fixes are found once per paragraph, not once per finding;
 * - parse-latin's `word/word` merge, rewritten in one pass, gives parse-latin's tree.
 */
import assert from 'node:assert/strict';
import { ParseLatin } from 'parse-latin';
import { analyze, type Analysis } from '../../server/src/core';
import type { Finding, Severity } from '../../server/src/core/findings/finding';
import { paragraphBounds, paragraphBoundsOf } from '../../server/src/core/findings/fix-guard';
import type { SentenceContent } from 'nlcst';
import { toString as nlcstToString } from 'nlcst-to-string';
import { ParseFrench, parseFrenchParagraph, segmentSentencesChunked } from '../../server/src/core/prose/parse-french';
import { letterRegExp } from '../../server/src/core/text/letters';
import type { Rule } from '../../server/src/core/rules/rule';
import { runRulesCounted } from '../../server/src/core/rules/run';
import { rules } from '../../server/src/core/rules/registry';
import { reportText, reportedBeyondCap } from '../../server/src/core/rules/common/style';
import { documentOf } from '../core/rules/helpers';
import { seededRandom } from '../helpers/random';

const head = '---\nnumero: 1\n---\n\n# Question\n\nM. Jean Dupont interroge M. le ministre de l’intérieur sur les moyens de la police.\n\n# Réponse\n\n';
const dossier = (answer: string) => `${head}${answer}\n`;
const settings = { profile: 'jo' as const, severities: {} };

/** A test rule: `count` findings per paragraph at the given offsets (text offsets of the view), and how many it built. */
function floodRule(offsets: (length: number) => number[], severity: (index: number) => Severity | undefined = () => undefined, useBeyondCap = false) {
  const built = { count: 0 };
  const rule: Rule = {
    meta: { id: 'test-inondation', severity: 'warning', title: 'test', description: 'test', fixable: false, group: 'A' },
    checkParagraph(context) {
      const { view } = context;
      if (view.section !== 'answer') return;
      offsets(view.text.length).forEach((at, index) => {
        const wanted = severity(index);
        if (useBeyondCap && reportedBeyondCap(context, view, at, at + 1, wanted)) return;
        built.count++;
        reportText(context, view, at, at + 1, `constatation ${index}`, wanted ? { severity: wanted } : {});
      });
    },
  };
  return { rule, built };
}

const keyOf = (finding: Finding): string => `${finding.rule}@${finding.range.start}-${finding.range.end}:${finding.severity}:${finding.message}`;

/** What the cap shows, computed from every finding: the most severe first, then by position. */
function expectedShown(all: readonly Finding[], max: number): string[] {
  const rank: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };
  const keys = all.map((finding, index) => ({ finding, index }));
  // The notices that the file is checked in part first (they must survive the cap), then by severity.
  const rankOf = (finding: Finding): number => (finding.rule === 'fichier-tronque' ? -1 : rank[finding.severity]);
  keys.sort((a, b) => rankOf(a.finding) - rankOf(b.finding) || a.finding.range.start - b.finding.range.start || a.finding.range.end - b.finding.range.end || a.index - b.index);
  return keys
    .slice(0, max)
    .map(({ finding }) => keyOf(finding))
    .sort();
}

const shownKeys = (analysis: Analysis): string[] =>
  analysis.findings
    .filter((finding) => !/autres constatations non affichées/.test(finding.message))
    .map(keyOf)
    .sort();

describe('pires cas en temps linéaire (ticket 12, banc « pire cas »)', function () {
  this.timeout(120_000);

  describe('le plafond de constatations s’applique dans les règles', () => {
    it('une règle garde au plus sa part du plafond par paragraphe et compte le reste', () => {
      const { rule } = floodRule((length) => Array.from({ length: Math.floor(length / 2) }, (_, i) => 2 * i));
      const document = documentOf(dossier('a '.repeat(5000)));
      const run = runRulesCounted(document, { ...settings, maxFindings: 10 }, [rule]);
      // One more than the cap: the first finding left out is built, the notice goes there.
      assert.equal(run.findings.length, 11);
      const uncapped = runRulesCounted(document, settings, [rule]);
      assert.equal(uncapped.dropped, 0);
      assert.ok(uncapped.findings.length >= 4999, `${uncapped.findings.length}`);
      assert.equal(run.findings.length + run.dropped, uncapped.findings.length);
    });

    it('les constatations gardées sont les premières dans l’ordre du plafond, même signalées en désordre et de gravités mêlées', () => {
      const random = seededRandom(12);
      const offsets = Array.from({ length: 3000 }, () => Math.floor(random() * 5000));
      const severities: Severity[] = ['error', 'warning', 'information', 'hint'];
      const picked = offsets.map(() => severities[Math.floor(random() * 4)]!);
      const { rule } = floodRule(() => offsets, (index) => picked[index]);
      const document = documentOf(dossier('mot '.repeat(1500)));
      const all = runRulesCounted(document, settings, [rule]).findings;
      const run = runRulesCounted(document, { ...settings, maxFindings: 40 }, [rule]);
      assert.equal(run.findings.length + run.dropped, all.length);
      assert.deepEqual(run.findings.map(keyOf).sort(), expectedShown(all, 41));
    });

    it('« beyondCap » : une règle ne construit pas ce qui ne serait que compté', () => {
      const { rule, built } = floodRule((length) => Array.from({ length: Math.floor(length / 2) }, (_, i) => 2 * i), undefined, true);
      const document = documentOf(dossier('a '.repeat(5000)));
      const run = runRulesCounted(document, { ...settings, maxFindings: 10 }, [rule]);
      // Built until the list is first cut (twice the share), then only what sorts before the last kept.
      assert.ok(built.count <= 2 * 11, `${built.count} constatations construites`);
      assert.equal(run.findings.length + run.dropped, runRulesCounted(document, settings, [rule]).findings.length, 'le compte reste exact');
    });

    it('analyze : ce qui est affiché et le compte égalent ce que donnent toutes les constatations', () => {
      // Several pathological paragraphs and a normal one: guillemets, apostrophes, brackets, double spaces.
      const text = dossier(
        ['«'.repeat(3000), "l'".repeat(3000), '« '.repeat(2000), 'Le  ministre  répond  « ici».', '['.repeat(2500), 'Etat '.repeat(1500)].join('\n\n'),
      );
      const all = analyze(text, { maxFindings: 10_000_000 }).findings;
      for (const max of [50, 700]) {
        const capped = analyze(text, { maxFindings: max });
        assert.deepEqual(shownKeys(capped), expectedShown(all, max), `plafond ${max}`);
        const notice = capped.findings.find((finding) => /autres constatations non affichées/.test(finding.message));
        assert.ok(notice);
        assert.equal(Number(notice.message.match(/^([\d\s\u202f]+) autres/)![1]!.replace(/\D/g, '')), all.length - max, notice.message);
      }
    });

    it('toutes les règles enregistrées : même résultat sous le plafond, qu’on compte ou non', () => {
      const document = documentOf(dossier('Le  ministre répond « ici». Les collectivités l\'ont demandé ; l’Etat aussi (voir [1]).\n\nSecond paragraphe , ici.'));
      const plain = runRulesCounted(document, settings, rules).findings;
      const capped = runRulesCounted(document, { ...settings, maxFindings: 5000 }, rules);
      assert.equal(capped.dropped, 0);
      assert.deepEqual(capped.findings, plain);
    });
  });

  describe('paragraphes saturés de balisage en ligne', () => {
    it('plus de 2 000 « [ » : lus comme du texte, caractères gardés, avis en français', () => {
      const answer = `${'['.repeat(3000)} fin`;
      const analysis = analyze(dossier(answer));
      const notice = analysis.findings.find((finding) => finding.rule === 'fichier-tronque');
      assert.ok(notice, 'un avis');
      assert.match(notice.message, /Paragraphe de plus de 2\s000 caractères de balisage .* lus comme du texte/);
      const paragraph = analysis.document.answer!.paragraphs[0]!;
      assert.equal(paragraph.text, answer);
    });

    it('barres obliques inverses, « < », « & », « ` » et « ! » : texte exact, aucun échappement lu', () => {
      const answer = `${'\\&amp;<b>`x`![a](b)'.repeat(400)}`;
      const analysis = analyze(dossier(answer));
      assert.ok(analysis.findings.some((finding) => finding.rule === 'fichier-tronque' && /balisage/.test(finding.message)));
      assert.equal(analysis.document.answer!.paragraphs[0]!.text, answer);
    });

    it('un paragraphe ordinaire garde ses liens et son code, et rien n’est signalé', () => {
      const answer = `Voir [le rapport](https://exemple.fr/r) et \`code\`, ${'[a] '.repeat(400)}.`;
      const analysis = analyze(dossier(answer));
      assert.ok(!analysis.findings.some((finding) => /balisage/.test(finding.message)));
      const text = analysis.document.answer!.paragraphs[0]!.text;
      assert.ok(text.startsWith('Voir le rapport et code,'), text.slice(0, 40));
    });

    it('plus de 20 000 dans le fichier : les paragraphes qui en ont plus de 100 sont lus comme du texte aussi', () => {
      const paragraphs = Array.from({ length: 150 }, () => `${'['.repeat(150)} fin`);
      const analysis = analyze(dossier(paragraphs.join('\n\n')));
      const notice = analysis.findings.find((finding) => finding.rule === 'fichier-tronque' && /balisage/.test(finding.message));
      assert.ok(notice, 'un avis');
      assert.match(notice.message, /^Fichier de plus de 20\s000 caractères de balisage, paragraphe de plus de 100 .* \(150 paragraphes\)/);
      assert.deepEqual(
        analysis.document.answer!.paragraphs.map((paragraph) => paragraph.text),
        paragraphs,
      );
    });

    it('moins de 20 000 dans le fichier, aucun paragraphe de plus de 2 000 : rien n’est simplifié', () => {
      const analysis = analyze(dossier(Array.from({ length: 100 }, () => `${'['.repeat(150)} fin`).join('\n\n')));
      assert.ok(!analysis.findings.some((finding) => /balisage/.test(finding.message)));
    });

    it('un caractère de remplacement déjà présent : le paragraphe est laissé tel quel', () => {
      const answer = `\uE000${'['.repeat(3000)}`;
      const analysis = analyze(dossier(answer));
      assert.ok(!analysis.findings.some((finding) => /balisage/.test(finding.message)));
    });
  });

  describe('bornes de paragraphe des corrections', () => {
    it('paragraphBoundsOf répond comme paragraphBounds, pour toute position, dans l’ordre ou non', () => {
      const random = seededRandom(7);
      const pieces = ['a', ' ', '\n', '\n\n', '\n\n\n', 'b\n'];
      for (let round = 0; round < 50; round++) {
        let text = '';
        for (let i = 0; i < 80; i++) text += pieces[Math.floor(random() * pieces.length)];
        const bounds = paragraphBoundsOf(text);
        const offsets = Array.from({ length: text.length + 1 }, (_, i) => i);
        if (round % 2) offsets.sort(() => random() - 0.5);
        for (const offset of offsets) {
          const { start, end } = paragraphBounds(text, offset);
          const memo = bounds(offset);
          assert.deepEqual([memo.start, memo.end], [start, end], `${JSON.stringify(text)} @${offset}`);
        }
      }
    });
  });
});

describe('découpage en phrases : fusion « mot/mot » en une passe', () => {
  it('donne l’arbre de parse-latin, barre oblique par barre oblique', () => {
    // The reference: the same parser with parse-latin's own plugin (which splices the sentence at each slash).
    const ours = new ParseFrench();
    const reference = new ParseFrench();
    const plugins = [...reference.tokenizeSentencePlugins];
    assert.equal(plugins[5]!.name, 'mergeInnerWordSlash', 'la place du greffon');
    plugins[5] = new ParseLatin().tokenizeSentencePlugins[3]!;
    reference.tokenizeSentencePlugins = plugins;
    const random = seededRandom(3);
    const pieces = ['x', 'ab', 'abc', 'et', 'ou', '/', '/', '//', ' ', ' ', '.', '-', '1', 'É'];
    let slashes = 0;
    for (let round = 0; round < 400; round++) {
      let text = '';
      for (let i = 0; i < 30; i++) text += pieces[Math.floor(random() * pieces.length)];
      slashes += text.split('/').length - 1;
      assert.equal(JSON.stringify(ours.tokenizeParagraph(text)), JSON.stringify(reference.tokenizeParagraph(text)), JSON.stringify(text));
    }
    assert.ok(slashes > 1000);
  });
});

describe('découpage en phrases : fusion des mots joints par « \' », « - », « . »… en une passe', () => {
  it('donne l’arbre de parse-latin', () => {
    // The reference: the same parser with parse-latin's own plugin (a queue per word, a splice per merge).
    const ours = new ParseFrench();
    const reference = new ParseFrench();
    const plugins = [...reference.tokenizeSentencePlugins];
    assert.equal(plugins[4]!.name, 'mergeInnerWordSymbol', 'la place du greffon');
    plugins[4] = new ParseLatin().tokenizeSentencePlugins[2]!;
    reference.tokenizeSentencePlugins = plugins;
    const random = seededRandom(12);
    const pieces = ['l', 'd', 'qu', 'aujourd', 'hui', 'x', 'Ab', 'N', '1', '12', "'", "'", '’', '’', '-', '-', '.', ':', '=', '?', '@', '&', '_', '__', '\u00ad', '·', '‐', '‑', '‧', ' ', ' ', ',', '!', '/', '«', '°', '\n\n'];
    let merged = 0;
    for (let round = 0; round < 600; round++) {
      let text = '';
      for (let i = 0; i < 40; i++) text += pieces[Math.floor(random() * pieces.length)];
      const tree = reference.tokenizeParagraph(text);
      assert.equal(JSON.stringify(ours.tokenizeParagraph(text)), JSON.stringify(tree), JSON.stringify(text));
      // Words holding a mark: the merges (or elisions split again after them).
      for (const sentence of tree.children) {
        if (sentence.type !== 'SentenceNode') continue;
        for (const word of sentence.children) if (word.type === 'WordNode' && word.children.some((part) => part.type !== 'TextNode')) merged++;
      }
    }
    assert.ok(merged > 1000, `${merged} mots fusionnés`);
  });
});

describe('découpage en phrases : nature des jetons lue partie par partie', () => {
  it('mot, nombre ou symbole : la même nature que sur le texte entier du mot', () => {
    // The reference: the kind read on the word's whole text, as before (an array and a string per word).
    const letterOrDigit = letterRegExp(String.raw`[\p{L}\p{N}]`, 'u');
    const roman = /^(?=[IVXLCDM]{2}|[IVX])M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})(?:er|re|e|ème|eme|nd|nde)$/;
    const kindOf = (node: SentenceContent): string => {
      if (node.type === 'SourceNode') return 'source';
      if (node.type !== 'WordNode') return 'symbol';
      const value = nlcstToString(node);
      const c = value.charCodeAt(0);
      if ((c >= 48 && c <= 57) || roman.test(value)) return 'number';
      return letterOrDigit.test(value) ? 'word' : 'symbol';
    };
    const random = seededRandom(21);
    const pieces = ['XXIe', 'Ier', 'IVe', 'Ve', 'Le', 'Mme', 'DCCe', 'XIXème', 'Ire', 'l', "'", '’', 'État', '1er', '12', '°', 'n', 's', '-', '_', '·', '&', '@', '.', ' ', ' ', '«', '»', '€', '%', '\u00ad', '😀', 'ß', 'x', '/', ':'];
    let words = 0;
    for (let round = 0; round < 500; round++) {
      let text = '';
      for (let i = 0; i < 30; i++) text += pieces[Math.floor(random() * pieces.length)];
      const expected: string[] = [];
      for (const sentence of parseFrenchParagraph(text).children) {
        if (sentence.type !== 'SentenceNode') continue;
        for (const node of sentence.children) {
          if (node.type === 'WhiteSpaceNode' || nlcstToString(node).length === 0) continue;
          expected.push(kindOf(node));
          if (node.type === 'WordNode') words++;
        }
      }
      const kinds = segmentSentencesChunked(text, Infinity).flatMap((sentence) => sentence.tokens.map((token) => token.kind));
      assert.deepEqual(kinds, expected, JSON.stringify(text));
    }
    assert.ok(words > 2000, `${words} mots`);
  });
});

describe('paragraphes coupés par un saut de page', () => {
  for (const part of ['le', '*le*']) {
    it(`5 000 paragraphes « ${part} » coupés en une suite : un seul paragraphe, ses 4 999 sauts, le texte exact`, () => {
      // Joined once per run (they were joined one by one, copying the text and the breaks each time: quadratic).
      const analysis = analyze(dossier(Array.from({ length: 5000 }, () => part).join('\n\n')));
      const paragraphs = analysis.document.answer!.paragraphs;
      assert.equal(paragraphs.length, 1);
      assert.equal(paragraphs[0]!.breaks.length, 4999);
      assert.equal(paragraphs[0]!.text, Array.from({ length: 5000 }, () => 'le').join('\n\n'));
      const end = paragraphs[0]!.text.length;
      const last = paragraphs[0]!.sourceRange(end - 2, end);
      assert.equal(analysis.document.text.slice(last.start, last.end), 'le');
    });
  }
});
