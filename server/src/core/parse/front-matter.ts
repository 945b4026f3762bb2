import { isMap, isScalar, parseDocument, type Node as YamlNode } from 'yaml';
import type { OffsetRange } from '../model/types';
import type { MetadataCollector } from './metadata-collector';
import type { Problem } from './raw';

const yamlMessages: Record<string, string> = {
  BAD_INDENT: 'indentation incorrecte',
  TAB_AS_INDENT: 'tabulation employée pour indenter (utilisez des espaces)',
  DUPLICATE_KEY: 'clé en double',
  MISSING_CHAR: 'caractère manquant (guillemet, crochet ou accolade non fermé)',
  MULTILINE_IMPLICIT_KEY: 'clé sur plusieurs lignes (il manque probablement « : » ou une indentation)',
  BLOCK_AS_IMPLICIT_KEY: 'bloc employé comme clé (il manque probablement « : »)',
  UNEXPECTED_TOKEN: 'caractère inattendu',
  BAD_SCALAR_START: 'valeur mal commencée (mettez-la entre guillemets)',
  BAD_DQ_ESCAPE: 'séquence d’échappement invalide entre guillemets',
  ALIAS_PROPS: 'alias YAML mal formé',
};

export interface FrontMatter {
  /** From the opening `---` to the end of the closing line; undefined when there is no (closed) front matter. */
  readonly range?: OffsetRange;
  readonly problems: Problem[];
}

const opening = /^---[ \t]*(\r?\n|$)/;
const closing = /^(?:---|\.\.\.)[ \t]*$/;

/** Reads the YAML front matter at the very start of a dossier into the collector. */
export function readFrontMatter(text: string, collector: MetadataCollector): FrontMatter {
  const open = opening.exec(text);
  if (!open) return { problems: [] };
  const yamlStart = open[0].length;
  let lineStart = yamlStart;
  let firstBlank = -1;
  while (lineStart < text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    if (closing.test(line)) {
      const range = { start: 0, end: lineStart + line.length };
      return { range, problems: readYaml(text, yamlStart, lineStart, collector) };
    }
    if (firstBlank < 0 && line.trim() === '') firstBlank = lineStart;
    lineStart = lineEnd + 1;
  }
  const insertAt = firstBlank >= 0 ? firstBlank : text.length;
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  const needsBreak = insertAt === text.length && !/\n$/.test(text);
  return {
    problems: [
      {
        rule: 'entete-non-fermee',
        message:
          'L’en-tête de métadonnées ouvert par « --- » n’est jamais fermé : ajoutez une ligne « --- » après la dernière métadonnée. Les métadonnées sont ignorées en attendant.',
        range: { start: 0, end: 3 },
        fixes: [
          {
            title: 'Fermer l’en-tête par « --- »',
            edits: [{ range: { start: insertAt, end: insertAt }, newText: `${needsBreak ? newline : ''}---${newline}` }],
          },
        ],
      },
    ],
  };
}

function readYaml(text: string, start: number, end: number, collector: MetadataCollector): Problem[] {
  const source = text.slice(start, end);
  const problems: Problem[] = [];
  if (source.trim() === '') return problems;
  const document = parseDocument(source, { prettyErrors: false, uniqueKeys: true });
  const at = (range: readonly number[] | undefined | null): OffsetRange => ({
    start: start + (range?.[0] ?? 0),
    end: start + (range?.[1] ?? range?.[0] ?? 0),
  });
  for (const error of document.errors) {
    const what = yamlMessages[error.code] ?? 'syntaxe incorrecte';
    const range = at(error.pos);
    problems.push({
      rule: error.code === 'DUPLICATE_KEY' ? 'metadonnee-invalide' : 'entete-yaml-invalide',
      message: `En-tête YAML invalide : ${what}. Les métadonnées ne peuvent pas être lues tant que l’erreur demeure.`,
      range: range.end > range.start ? range : { start: range.start, end: Math.min(end, range.start + 1) },
    });
  }
  if (document.errors.length > 0) return problems;
  const contents = document.contents;
  if (!contents) return problems;
  if (!isMap(contents)) {
    problems.push({
      rule: 'entete-yaml-invalide',
      message: 'En-tête YAML invalide : une suite de lignes « clé: valeur » est attendue.',
      range: at(contents.range),
    });
    return problems;
  }
  for (const pair of contents.items) {
    const key = pair.key as YamlNode | null;
    const value = pair.value as YamlNode | null;
    const keyText = isScalar(key) ? String(key.value) : '';
    const keyRange = at(key?.range);
    const valueRange = value?.range ? at(value.range) : keyRange;
    collector.set(keyText, value ? value.toJSON() : null, keyRange, valueRange);
  }
  return problems;
}
