import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Where `shared/` is: beside the repository (as in CI), or named by QE_SHARED. */
export const sharedDir = process.env.QE_SHARED ?? resolve(__dirname, '..', '..', '..', 'shared');

export const seedPath = join(sharedDir, 'seeds', 'qe-15-24191.md');
export const rawDir = join(sharedDir, 'corpus', 'an-17', 'raw');

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
  return readFileSync(join(sharedDir, 'corpus', 'an-17', 'qa.jsonl'), 'utf8')
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
