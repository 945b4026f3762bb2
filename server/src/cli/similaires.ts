/**
 * `qe-check similaires --corpus DIR [--limit N] [--format text|json] FICHIER…`: earlier questions like each
 * file, best first (contract in the design brief). Exit 0, or 2 for a usage or I/O error. Nothing leaves the
 * machine: the corpus is read from DIR.
 */
import { readFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { decodeBytes } from '../core';
import { readDocument } from '../core';
import { recordOf } from '../core';
import { CorpusIndex } from '../node/corpus';

export const similarUsage = `Utilisation : qe-check similaires --corpus DOSSIER [--limit N] [--format text|json] FICHIER...

Questions antérieures identiques ou proches de chaque question : le DOSSIER est parcouru (dossiers .qe.md, pages
exportées du site de l'Assemblée nationale, enregistrements open data .json) ; rien n'est envoyé nulle part.

  --corpus   dossier des questions antérieures (obligatoire)
  --limit    nombre de questions affichées par fichier (10 par défaut)
  --format   text (par défaut) ou json

Code de sortie : 0, ou 2 en cas d'erreur d'utilisation ou de lecture.`;

export class SimilarUsageError extends Error {}

interface Options {
  readonly write: (text: string) => void;
  readonly warn: (text: string) => void;
}

export async function similaires(argv: readonly string[], io: Options): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        corpus: { type: 'string' },
        limit: { type: 'string', default: '10' },
        format: { type: 'string', default: 'text' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new SimilarUsageError(`Arguments invalides (${error instanceof Error ? error.message : String(error)}).`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.write(`${similarUsage}\n`);
    return 0;
  }
  if (!values.corpus) throw new SimilarUsageError('L’option --corpus DOSSIER est obligatoire.');
  if (values.format !== 'text' && values.format !== 'json') throw new SimilarUsageError(`Format inconnu « ${values.format} » : text ou json attendu.`);
  const limit = Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw new SimilarUsageError(`--limit attend un entier de 1 à 1000, pas « ${values.limit} ».`);
  if (positionals.length === 0) throw new SimilarUsageError('Aucun fichier à comparer.');
  try {
    if (!statSync(values.corpus).isDirectory()) throw new SimilarUsageError(`« ${values.corpus} » n’est pas un dossier.`);
  } catch (error) {
    if (error instanceof SimilarUsageError) throw error;
    io.warn(`qe-check : le dossier « ${values.corpus} » est introuvable.`);
    return 2;
  }

  // What a hit shows sits in a temporary table on disk, as in the editor's index process: memory holds the
  // search index only, whatever the size of the corpus.
  const corpus = CorpusIndex.onDisk();
  try {
    return await compare(corpus, values.corpus, positionals, limit, values.format, io);
  } finally {
    corpus.close();
  }
}

/** Progress on stderr every twentieth of a corpus of this many files or more. */
const progressFrom = 500;

async function compare(corpus: CorpusIndex, folder: string, positionals: readonly string[], limit: number, format: 'text' | 'json', io: Options): Promise<number> {
  let shown = -1;
  await corpus.update([folder], (done, total) => {
    if (total < progressFrom) return;
    const step = Math.floor((done * 20) / total);
    if (step === shown) return;
    shown = step;
    io.warn(`qe-check : index des questions antérieures : ${done} / ${total} fichiers lus`);
  });
  for (const skipped of corpus.skipped) io.warn(`qe-check : ignoré « ${skipped.path} » : ${skipped.reason}.`);

  let ioError = false;
  const files: { path: string; similar: ReturnType<typeof corpus.index.similar> }[] = [];
  for (const path of positionals) {
    let text: string;
    try {
      const decoded = decodeBytes(readFileSync(path));
      if (!decoded.ok) {
        io.warn(`qe-check : « ${path} » : ${decoded.message}`);
        ioError = true;
        continue;
      }
      text = decoded.text;
    } catch (error) {
      io.warn(`qe-check : impossible de lire « ${path} » (${(error as { code?: string }).code ?? String(error)}).`);
      ioError = true;
      continue;
    }
    const record = recordOf(path, readDocument(text));
    if (!record) {
      io.warn(`qe-check : « ${path} » : aucune question reconnue.`);
      files.push({ path, similar: [] });
      continue;
    }
    files.push({ path, similar: corpus.index.similar(record, limit) });
  }

  if (format === 'json') {
    const report = {
      version: 1,
      files: files.map((file) => ({
        path: file.path,
        similar: file.similar.map((hit) => ({
          path: hit.record.path,
          numero: hit.record.numero ?? null,
          legislature: hit.record.legislature ?? null,
          chambre: hit.record.chambre ?? null,
          titre: hit.record.titre ?? null,
          score: hit.score,
          identical: hit.identical,
        })),
      })),
    };
    io.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    for (const file of files) {
      io.write(`${file.path}\n`);
      if (file.similar.length === 0) io.write('  aucune question antérieure proche\n');
      file.similar.forEach((hit, rank) => {
        const { record } = hit;
        const reference =
          record.numero !== undefined
            ? `${record.chambre === 'SENAT' ? 'Sénat' : (record.chambre ?? 'AN')} ${record.legislature !== undefined ? `${record.legislature}-` : ''}${record.numero}`
            : 'sans numéro';
        const label = hit.identical ? 'identique' : `${Math.round(hit.score * 100)} %`;
        io.write(`  ${rank + 1}. [${label}] ${reference}${record.date ? ` du ${record.date}` : ''}${record.titre ? ` — ${record.titre}` : ''}\n     ${record.path}\n`);
        if (record.answerStart) io.write(`     Réponse : ${record.answerStart.slice(0, 160)}${record.answerStart.length > 160 ? '…' : ''}\n`);
      });
    }
  }
  return ioError ? 2 : 0;
}
