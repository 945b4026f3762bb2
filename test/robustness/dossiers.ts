/**
 * Dossiers for the property tests and the benchmark: the seed, the examples, dossiers built from the 13
 * open-data answers, and dossiers of a chosen length.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readQa, readSeed, type QaRecord } from '../helpers/corpus';

const examplesDir = resolve(__dirname, '..', '..', 'examples');

/** The corpus answer split into paragraphs of about `sentences` sentences (real answers are often one block). */
function paragraphsOf(answer: string, sentences = 4): string[] {
  const result: string[] = [];
  for (const block of answer.split(/\n+/)) {
    const parts = block.match(/[^.!?]+(?:[.!?]+|$)\s*/g) ?? [block];
    for (let i = 0; i < parts.length; i += sentences) result.push(parts.slice(i, i + sentences).join('').trim());
  }
  return result.filter((paragraph) => paragraph !== '');
}

export function dossierOf(record: QaRecord, answerParagraphs: readonly string[] = paragraphsOf(record.answer)): string {
  return [
    '---',
    `numero: ${record.number}`,
    `legislature: ${record.legislature}`,
    'chambre: AN',
    `auteur: ${record.author}`,
    `rubrique: ${record.rubrique}`,
    `titre: ${JSON.stringify(record.title)}`,
    '---',
    '',
    '# Question',
    '',
    record.question,
    '',
    '# Réponse',
    '',
    answerParagraphs.join('\n\n'),
    '',
    '# Notes internes',
    '',
    'Vérifier les chiffres avec le bureau.',
    '',
  ].join('\n');
}

/** Every real text we have: the seed (AN page export), the examples and one dossier per corpus answer. */
export function realDossiers(): string[] {
  const examples = readdirSync(examplesDir)
    .filter((name) => name.endsWith('.qe.md'))
    .sort()
    .map((name) => readFileSync(join(examplesDir, name), 'utf8'));
  return [readSeed(), ...examples, ...readQa().map((record) => dossierOf(record))];
}

function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/**
 * A dossier of about `words` words in all (metadata and question included), whose answer is made of the
 * corpus answers' paragraphs in turn (each copy numbered so that no two paragraphs are identical: a fair test
 * for a cache keyed by paragraph text).
 */
export function dossierOfLength(words: number): string {
  const records = readQa();
  const pool = records.flatMap((record) => paragraphsOf(record.answer));
  const paragraphs: string[] = [];
  let count = countWords(dossierOf(records[0]!, []));
  for (let i = 0; count < words; i++) {
    const copy = Math.floor(i / pool.length);
    const paragraph = copy === 0 ? pool[i % pool.length]! : `${pool[i % pool.length]!} (Rappel ${copy}.)`;
    paragraphs.push(paragraph);
    count += countWords(paragraph);
  }
  return dossierOf(records[0]!, paragraphs);
}

/** The words of a text, as `wc -w` counts them. */
export { countWords };
