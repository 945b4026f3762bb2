/**
 * The readers and the model never throw and never produce a range outside the text, whatever the input:
 * random text, and real dossiers mutated at random (Markdown syntax, JSON, control characters, lone
 * surrogates, CR line ends…).
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze } from '../../server/src/core';
import { readRawRecords } from '../helpers/corpus';
import { realDossiers } from './dossiers';
import { assertValidRanges, assertVerbatimSlices } from './ranges';

const dossiers = [...realDossiers(), ...readRawRecords().map(([, text]) => text)];

const nasty = [
  '\u0000', '\u0001', '\r', '\r\n', '\n\n', '\uD800', '\uDC00', '😀', '\u200B', '\uFEFF', '\u00A0', '\u202F', '\t',
  '---\n', '\n---\n', '# ', '\n## Réponse\n', '\n# Question\n', '> ', '>>>>>>>>', '- ', '1. ', '```', '\n```\n', '~~~',
  '`', '**', '_', '*', '[', ']', '(', ')', '[x]: https://a.fr\n', '![img](a.png)', '<', '>', '<!--', '-->',
  '<!-- qe: ', '<!-- qe: repond Q1 -->', '<!-- qe: desactiver x -->', '<sup>', '</sup>', '&', '&amp;', '&#0;', '&#xFFFFFF;',
  '\\', '|', '| a | b |\n|---|---|\n', '{', '}', '"', '":', '{"question": {', '«', '»', '’', '…', 'n°', 'M.', 'etc.',
  'numero: ', 'question: ../../etc/passwd', 'question: /etc/passwd', 'a'.repeat(3000), ' '.repeat(200), '.'.repeat(500),
];

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), text: fc.constantFrom(...nasty) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), text: fc.string({ unit: 'binary', maxLength: 8 }) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.integer({ min: 1, max: 400 }) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.integer({ min: 1, max: 400 }) }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(text: string, change: Mutation): string {
  const at = Math.min(text.length, Math.floor(change.at * (text.length + 1)));
  switch (change.kind) {
    case 'insert':
      return text.slice(0, at) + change.text + text.slice(at);
    case 'delete':
      return text.slice(0, at) + text.slice(at + change.length);
    case 'duplicate':
      return text.slice(0, at + change.length) + text.slice(at, at + change.length) + text.slice(at + change.length);
  }
}

describe('robustesse du lecteur et du modèle', () => {
  it('dossiers réels mutés au hasard : aucune exception, toutes les plages valides', () => {
    let verbatim = 0;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: dossiers.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 12 }), fc.boolean(), (index, changes, crlf) => {
        let text = dossiers[index]!;
        if (crlf) text = text.replace(/\r?\n/g, '\r\n');
        for (const change of changes) text = mutate(text, change);
        const analysis = analyze(text);
        assertValidRanges(text, analysis);
        verbatim += assertVerbatimSlices(text, analysis);
      }),
      { seed: 424242, numRuns: 250 },
    );
    assert.ok(verbatim > 100, `les paragraphes mot pour mot sont vérifiés (${verbatim})`);
  });

  it('texte quelconque (unicode, binaire) : aucune exception, toutes les plages valides', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), fc.string({ unit: 'grapheme', maxLength: 400 }), fc.array(fc.constantFrom(...nasty), { maxLength: 60 }).map((parts) => parts.join(''))), (text) => {
        assertValidRanges(text, analyze(text));
      }),
      { seed: 7, numRuns: 400 },
    );
  });

  it('texte en clair sans balisage : chaque paragraphe, phrase et mot se relit dans le texte', () => {
    const word = fc.constantFrom('Le', 'ministère', 'a', 'engagé', '32\u00a0000', 'euros', 'l’État', 'M.', 'Dupont', 'n°', '2019-1480', 'etc.', '😀', 'aujourd’hui', 'MIPROF', '1er', 'XXIe', '«', '»', ',', ';', ':', '?', '!');
    const paragraph = fc.array(fc.array(word, { minLength: 1, maxLength: 15 }).map((words) => `${words.join(' ')}.`), { minLength: 1, maxLength: 6 }).map((sentences) => sentences.join(' '));
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 5 }), fc.array(paragraph, { minLength: 1, maxLength: 3 }), (answer, question) => {
        const text = `# Question\n\n${question.join('\n\n')}\n\n# Réponse\n\n${answer.join('\n\n')}\n`;
        const analysis = analyze(text);
        assertValidRanges(text, analysis);
        assert.equal(assertVerbatimSlices(text, analysis), answer.length + question.length);
      }),
      { seed: 99, numRuns: 150 },
    );
  });
});
