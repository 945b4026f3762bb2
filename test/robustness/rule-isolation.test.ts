/** A rule that throws is reported once, in French, and every other rule gives exactly what it gives alone. */
import assert from 'node:assert/strict';
import { analyze, AnalysisCache } from '../../server/src/core';
import { buildDocument } from '../../server/src/core/model/build';
import { readDocument } from '../../server/src/core/parse';
import { rules as registered } from '../../server/src/core/rules/registry';
import type { Rule } from '../../server/src/core/rules/rule';
import { runRules } from '../../server/src/core/rules/run';
import { realDossiers } from './dossiers';

const meta = (id: string) => ({ id, severity: 'error' as const, title: id, description: id, fixable: false, group: 'test' });

const throwsInCheck: Rule = {
  meta: meta('panne-document'),
  check(context) {
    context.report({ range: { start: 0, end: 1 }, message: 'constat partiel avant la panne' });
    throw new TypeError('lecture de undefined');
  },
};

const throwsOnSomeParagraphs: Rule = {
  meta: meta('panne-paragraphe'),
  checkParagraph(context) {
    context.report({ range: context.view.paragraph.range, message: 'constat partiel' });
    if (context.view.paragraph.text.length % 3 !== 0) throw new RangeError('indice hors limites');
  },
};

const throwsInFacts: Rule<number> = {
  meta: meta('panne-faits'),
  collectFacts() {
    throw new Error('faits illisibles');
  },
  check(context) {
    context.report({ range: { start: 0, end: 0 }, message: `${context.facts.length} faits` });
  },
};

const throwsNonError: Rule = {
  meta: meta('panne-chaine'),
  check() {
    throw 'chaîne lancée';
  },
};

const failing = [throwsInCheck, throwsOnSomeParagraphs, throwsInFacts as Rule, throwsNonError];
const settings = { profile: 'jo' as const, severities: {} };

describe('isolement des règles en panne', () => {
  for (const [index, text] of realDossiers().slice(0, 6).entries()) {
    it(`dossier ${index + 1} : une panne par règle, signalée une fois, et les autres règles vont jusqu’au bout`, () => {
      const document = analyze(text).document;
      const alone = runRules(document, settings, registered);
      // Failing rules interleaved with the real ones, with and without the incremental cache.
      const mixed = [failing[0]!, ...registered.slice(0, 3), failing[1]!, ...registered.slice(3), failing[2]!, failing[3]!];
      const cache = new AnalysisCache();
      for (let round = 0; round < 2; round++) {
        cache.begin([settings]);
        const cachedDocument = buildDocument(readDocument(text), cache);
        for (const [label, findings] of [
          ['sans cache', runRules(document, settings, mixed)],
          ['avec cache', runRules(cachedDocument, { ...settings, cache }, mixed)],
        ] as const) {
          const internal = findings.filter((finding) => finding.rule === 'erreur-interne');
          const hasParagraphs = (document.answer?.paragraphs.length ?? 0) > 0;
          const prose = [...(document.question?.sourcePath ? [] : document.question?.paragraphs ?? []), ...(document.answer?.paragraphs ?? [])];
          const expectedFailures = [
            'panne-document',
            'panne-chaine',
            ...(hasParagraphs ? ['panne-faits'] : []),
            ...(prose.some((paragraph) => paragraph.text.length % 3 !== 0) ? ['panne-paragraphe'] : []),
          ];
          assert.ok(expectedFailures.length >= 3);
          for (const id of expectedFailures) {
            assert.equal(internal.filter((finding) => finding.message.includes(`« ${id} »`)).length, 1, `${label} : ${id} signalée une fois`);
          }
          for (const finding of internal) {
            assert.equal(finding.severity, 'information');
            assert.match(finding.message, /^La règle « [a-z-]+ » a échoué sur ce document et a été ignorée \(.+\)\.$/);
          }
          assert.ok(!findings.some((finding) => finding.rule.startsWith('panne-')), `${label} : aucun constat partiel d’une règle en panne`);
          assert.deepEqual(
            findings.filter((finding) => finding.rule !== 'erreur-interne' && !finding.rule.startsWith('panne-')),
            alone,
            `${label} : les autres règles donnent exactement leurs constats`,
          );
        }
        cache.end();
      }
    });
  }
});
