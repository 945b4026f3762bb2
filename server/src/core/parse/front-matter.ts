import { isMap, isScalar, parseDocument, Schema, type Node as YamlNode } from 'yaml';
import type { OffsetRange } from '../model/types';
import type { MetadataCollector } from './metadata-collector';
import type { Problem } from './raw';
import { jsonNesting, lineNesting } from './nesting';

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

/** Collections the front matter may nest (a dossier's is flat: `clé: valeur`). */
const maxYamlNesting = 64;

/** The first line nested deeper than the limit (flow brackets, indentation, `- ` markers), or undefined. */
function yamlNesting(source: string): { line: number; start: number; end: number } | undefined {
  const flow = jsonNesting(source, maxYamlNesting);
  let line = 1;
  for (let lineStart = 0; lineStart < source.length; line++) {
    const newline = source.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? source.length : newline;
    if ((flow.offset >= lineStart && flow.offset <= lineEnd) || (lineEnd - lineStart > maxYamlNesting && lineNesting(source, lineStart, lineEnd) > maxYamlNesting)) {
      return { line, start: lineStart, end: lineEnd };
    }
    lineStart = lineEnd + 1;
  }
  return undefined;
}

function readYaml(text: string, start: number, end: number, collector: MetadataCollector): Problem[] {
  const source = text.slice(start, end);
  const problems: Problem[] = [];
  if (source.trim() === '') return problems;
  const deep = yamlNesting(source);
  if (deep) {
    problems.push({
      rule: 'entete-yaml-invalide',
      message: `En-tête YAML trop imbriqué (plus de ${maxYamlNesting} niveaux, ligne ${deep.line.toLocaleString('fr-FR')}) : les métadonnées ne sont pas lues.`,
      range: { start: start + deep.start, end: start + deep.end },
    });
    return problems;
  }
  const flat = flatYamlEntries(source);
  if (flat) return readFlatYaml(flat, start, end, collector);
  // Duplicate keys are found below in one pass: the parser's own check compares every pair (quadratic).
  const document = parseDocument(source, { prettyErrors: false, uniqueKeys: false });
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
  const seen = new Set<string>();
  for (const pair of contents.items) {
    const key = pair.key as YamlNode | null;
    const name = isScalar(key) ? String(key.value) : undefined;
    if (name === undefined) continue;
    if (seen.has(name)) problems.push(duplicateKey(at(key?.range), end));
    seen.add(name);
  }
  if (problems.length > 0) return problems;
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

/**
 * A header made only of simple `clé: valeur` lines is read without the YAML library, whatever its length: the
 * library's parse costs about 8 µs a line (0.7 s for 90,000 keys), and its first parse in a process about 7 ms
 * (its code and patterns met for the first time), a good part of a cold `qe-check` on a small dossier, whose
 * header is such lines (`numero: 24191`, `chambre: AN`). Anything else takes the library's path.
 */

/** One `clé: valeur` line of a flat header (offsets in the YAML source). */
export interface FlatYamlEntry {
  readonly key: string;
  readonly keyStart: number;
  /** The value's text. */
  readonly value: string;
  readonly valueStart: number;
  /** The value as the YAML library reads it: the text, or a number for a decimal integer (`24191`). */
  readonly scalar: string | number;
}

/** Decimal integers of at most 15 digits: the core schema's `int` reads them as `parseInt` and `Number` do. */
const decimalInteger = /^(?:0|[1-9][0-9]{0,14})$/;

/**
 * A key at the start of the line, `:`, spaces, then a plain value: it opens with no YAML indicator, holds no
 * `:` or `#` (no nested mapping, no comment), no tab, no control, format or surrogate character, and ends
 * with no space. Such a line means the same to the YAML library as to a reader.
 */
const flatLine = /^([A-Za-z][A-Za-z0-9_-]{0,127}): +([^\s\-?:,[\]{}#&*!|>'"%@`\p{C}\u2028\u2029\ufeff][^\t\r\n:#\p{C}\u2028\u2029\ufeff]*)$/u;

/** Scalars the YAML core schema reads as something else than a string (null, booleans, numbers). */
let typedScalarTests: readonly RegExp[] | undefined;
function typedScalar(text: string): boolean {
  typedScalarTests ??= new Schema({}).tags.flatMap((tag) => (tag.test ? [tag.test] : []));
  return typedScalarTests.some((test) => test.test(text));
}

/**
 * The lines of a header made only of flat `clé: valeur` lines whose key is a string and whose value a string or
 * a decimal integer to the YAML library (`\n` or `\r\n` line ends), or undefined for anything else (blank lines,
 * comments, nesting, quotes, other typed values…), which the library then reads.
 */
export function flatYamlEntries(source: string): FlatYamlEntry[] | undefined {
  const entries: FlatYamlEntry[] = [];
  for (let lineStart = 0; lineStart < source.length; ) {
    const newline = source.indexOf('\n', lineStart);
    const next = newline < 0 ? source.length : newline + 1;
    const lineEnd = newline > lineStart && source.charCodeAt(newline - 1) === 13 ? newline - 1 : newline < 0 ? source.length : newline;
    const match = flatLine.exec(source.slice(lineStart, lineEnd));
    if (!match) return undefined;
    const key = match[1]!;
    const value = match[2]!;
    if (value.endsWith(' ') || typedScalar(key)) return undefined;
    const scalar = decimalInteger.test(value) ? Number(value) : value;
    if (scalar === value && typedScalar(value)) return undefined;
    entries.push({ key, keyStart: lineStart, value, valueStart: lineEnd - value.length, scalar });
    lineStart = next;
  }
  return entries;
}

/** A key given twice (`end`: the header's end, so that an empty key still gets a one-character range). */
function duplicateKey(range: OffsetRange, end: number): Problem {
  return {
    rule: 'metadonnee-invalide',
    message: `En-tête YAML invalide : ${yamlMessages.DUPLICATE_KEY}. Les métadonnées ne peuvent pas être lues tant que l’erreur demeure.`,
    range: range.end > range.start ? range : { start: range.start, end: Math.min(end, range.start + 1) },
  };
}

/** What `readYaml` makes of a flat header: the same duplicate-key problems and metadata, in one pass. */
function readFlatYaml(entries: readonly FlatYamlEntry[], start: number, end: number, collector: MetadataCollector): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const { key, keyStart } of entries) {
    if (seen.has(key)) problems.push(duplicateKey({ start: start + keyStart, end: start + keyStart + key.length }, end));
    seen.add(key);
  }
  if (problems.length > 0) return problems;
  for (const { key, keyStart, value, valueStart, scalar } of entries) {
    const keyRange = { start: start + keyStart, end: start + keyStart + key.length };
    collector.set(key, scalar, keyRange, { start: start + valueStart, end: start + valueStart + value.length });
  }
  return problems;
}
