import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The repository's own copy of the real texts (seed, open-data records, coverage sets, style catalog, reference
 * data): `data/`, with its sources and licences in `data/README.md`. Tests, evaluations and benchmarks read it
 * from here, never from a folder beside the repository.
 */
export const dataDir = resolve(__dirname, '..', '..', 'data');

export const seedPath = join(dataDir, 'seeds', 'qe-15-24191.md');
export const rawDir = join(dataDir, 'corpus', 'an-17', 'raw');

export interface QaRecord {
  id: string;
  legislature: number;
  number: number;
  author: string;
  ministry_asked: string;
  ministry_answering: string;
  rubrique: string;
  title: string;
  question: string;
  answer: string;
}

export function readSeed(): string {
  return readFileSync(seedPath, 'utf8');
}

/** The 13 answered pairs as extracted by the corpus's own script (reference values). */
export function readQa(): QaRecord[] {
  return readFileSync(join(dataDir, 'corpus', 'an-17', 'qa.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as QaRecord);
}

/** Every raw open-data record: [file name, text]. */
export function readRawRecords(): [string, string][] {
  return readdirSync(rawDir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => [name, readFileSync(join(rawDir, name), 'utf8')]);
}
