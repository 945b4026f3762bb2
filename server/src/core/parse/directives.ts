import type { Directive, OffsetRange } from '../model/types';
import type { Problem } from './raw';
import { stripAccents } from '../text/fold';

/** Verbs a `<!-- qe: verbe arguments -->` comment may use, normalised (lower case, no accents). */
const directiveVerbs = [
  'repond',
  'sans-reponse',
  'desactiver',
  'desactiver-ligne-suivante',
  'desactiver-paragraphe',
  'desactiver-fichier',
] as const;

const pattern = /^<!--\s*qe\s*:\s*([^\s]+)\s*([\s\S]*?)\s*-->$/u;

/** A verb as compared: lower case, no accents (`Répond` → `repond`). */
export function normalizeVerb(verb: string): string {
  return stripAccents(verb).toLowerCase();
}

/**
 * Reads a directive from an HTML comment. Returns undefined for an ordinary comment (not `qe:`), and a
 * problem for an unknown verb.
 */
export function parseDirective(text: string, range: OffsetRange): Directive | { problem: Problem } | undefined {
  const source = text.slice(range.start, range.end).trimEnd();
  const match = pattern.exec(source);
  if (!match) return undefined;
  const verbStart = range.start + match.index + match[0].indexOf(match[1]!, 4);
  const verbRange = { start: verbStart, end: verbStart + match[1]!.length };
  const verb = normalizeVerb(match[1]!);
  if (!(directiveVerbs as readonly string[]).includes(verb)) {
    return {
      problem: {
        rule: 'directive-inconnue',
        message: `Directive inconnue « ${match[1]} ». Verbes admis : ${directiveVerbs.join(', ')}.`,
        range: verbRange,
      },
    };
  }
  const argument = match[2] ?? '';
  const argumentStart = argument ? source.indexOf(argument, verbRange.end - range.start) + range.start : verbRange.end;
  return {
    range: { start: range.start, end: range.start + source.length },
    verb,
    verbRange,
    argument,
    argumentRange: { start: argumentStart, end: argumentStart + argument.length },
  };
}
