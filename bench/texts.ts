/**
 * Benchmark texts made of distinct real paragraphs, never one repeated: the seed, the 16 open-data records and
 * the questions and answers of the coverage development set, all in `data/`. Per-paragraph caches cannot answer
 * from memory, as they could on a text repeated to length. When the pool runs out before the length asked, the
 * dossier holds every distinct paragraph and says how many words that is.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDocument } from '../server/src/core/model/build';
import { readDocument } from '../server/src/core/parse';
import { dataDir, readRawRecords, readSeed } from '../test/helpers/corpus';

export interface BenchDossier {
  readonly text: string;
  /** Words of the whole file (`wc -w`). */
  readonly words: number;
  /** Distinct paragraphs in the answer. */
  readonly paragraphs: number;
  /** True when every distinct paragraph of the pool was used before reaching the length asked. */
  readonly exhausted: boolean;
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** A block of prose cut into paragraphs of at most four sentences (real answers are often one block). */
function paragraphsOf(block: string): string[] {
  const result: string[] = [];
  for (const line of block.split(/\n+/)) {
    const sentences = line.match(/[^.!?]+(?:[.!?]+|$)\s*/g) ?? [line];
    for (let i = 0; i < sentences.length; i += 4) result.push(sentences.slice(i, i + 4).join('').trim());
  }
  return result.filter((paragraph) => countWords(paragraph) >= 3);
}

interface Source {
  readonly question: readonly string[];
  readonly answer: readonly string[];
}

function sources(): Source[] {
  const parsed = (text: string): Source => {
    const document = buildDocument(readDocument(text));
    return {
      question: (document.question?.paragraphs ?? []).flatMap((paragraph) => paragraphsOf(paragraph.text)),
      answer: (document.answer?.paragraphs ?? []).flatMap((paragraph) => paragraphsOf(paragraph.text)),
    };
  };
  const coverage = readFileSync(join(dataDir, 'corpus', 'coverage-dev', 'questions.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as { question?: string; answer?: string | null })
    .map((record) => ({ question: paragraphsOf(record.question ?? ''), answer: paragraphsOf(record.answer ?? '') }));
  return [parsed(readSeed()), ...readRawRecords().map(([, text]) => parsed(text)), ...coverage];
}

let pool: { question: string; paragraphs: string[] } | undefined;

/** The question of the dossiers (the seed's) and every other distinct paragraph: answers first, then questions. */
function distinctPool(): { question: string; paragraphs: string[] } {
  if (pool) return pool;
  const all = sources();
  const question = all[0]!.question.join('\n\n');
  const seen = new Set<string>(all[0]!.question.map(normalise));
  const paragraphs: string[] = [];
  for (const paragraph of [...all.flatMap((source) => source.answer), ...all.slice(1).flatMap((source) => source.question)]) {
    const key = normalise(paragraph);
    if (seen.has(key)) continue;
    seen.add(key);
    paragraphs.push(paragraph);
  }
  pool = { question, paragraphs };
  return pool;
}

function normalise(paragraph: string): string {
  return paragraph.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** A dossier of at least `words` words (metadata and question included) of distinct real paragraphs, or all of them. */
export function distinctDossier(words: number): BenchDossier {
  const { question, paragraphs } = distinctPool();
  const head = ['---', 'numero: 24191', 'legislature: 15', 'chambre: AN', '---', '', '# Question', '', question, '', '# Réponse', ''];
  const tail = ['', '# Notes internes', '', 'Vérifier les chiffres avec le bureau.', ''];
  let count = countWords([...head, ...tail].join('\n'));
  const used: string[] = [];
  for (const paragraph of paragraphs) {
    if (count >= words) break;
    used.push(paragraph);
    count += countWords(paragraph);
  }
  const text = [...head, used.join('\n\n'), ...tail].join('\n');
  return { text, words: countWords(text), paragraphs: used.length, exhausted: used.length === paragraphs.length && count < words };
}
