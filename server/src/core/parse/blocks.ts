/**
 * A bound on the number of Markdown blocks read. micromark, the model and the rules each spend some tens of
 * microseconds on every block, however short: a megabyte of « - a » list items (250,000 of them) took about
 * 45 s, of « le » paragraphs separated by blank lines about 16 s, of « # a » headings about 10 s. A real dossier
 * has at most a few hundred blocks. So past `maxBlocks` lines that may start a block, the rest of the text is
 * not parsed (as over the size limit, `limit.ts`: every offset, line and column before the cut stays the
 * file's), not checked, and one French `fichier-tronque` problem (at the start, as the size limit's) says where the check stops.
 */
import type { Problem } from './raw';

/** Lines that may start a block, at most (a real answer has a few hundred). */
export const maxBlocks = 6_000;

export interface BlockLimited {
  /** The text to parse: `text`, or its beginning up to `cut`. */
  readonly text: string;
  /** Where the check stops (the start of the first line past the limit), when the text was cut. */
  readonly cut?: number;
  readonly problems: readonly Problem[];
}

/** True when `code`, first on a line (after at most three spaces), may open or continue a block other than a paragraph. */
function isBlockMarker(code: number): boolean {
  return (
    code === 62 /* > */ || code === 45 /* - */ || code === 42 /* * */ || code === 43 /* + */ || code === 35 /* # */ ||
    code === 61 /* = */ || code === 95 /* _ */ || code === 126 /* ~ */ || code === 96 /* ` */ || code === 60 /* < */ ||
    (code >= 48 && code <= 57) /* an ordered list item */
  );
}

/**
 * Counts the lines that may start a block (a non-blank line after a blank one, or a line that opens with a
 * block marker); past `limit` of them, cuts the text at the start of the next such line.
 */
export function limitBlocks(text: string, limit = maxBlocks): BlockLimited {
  let count = 0;
  let previousBlank = true;
  let line = 1;
  for (let start = 0; start < text.length; line++) {
    const end = lineEnd(text, start);
    let first = start;
    while (first < end && (text.charCodeAt(first) === 32 || text.charCodeAt(first) === 9)) first++;
    const blank = first === end;
    if (!blank && (previousBlank || (first - start <= 3 && isBlockMarker(text.charCodeAt(first))))) {
      count++;
      if (count > limit) return cutAt(text, start, line, limit);
    }
    previousBlank = blank;
    if (end >= text.length) break;
    // A line ends with « \r\n », « \n » or a lone « \r », as micromark reads it.
    start = text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
  }
  return { text, problems: [] };
}

/** The offset of the line ending (« \n » or « \r ») of the line starting at `start`, or the text's length. */
function lineEnd(text: string, start: number): number {
  for (let at = start; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === 10 || code === 13) return at;
  }
  return text.length;
}

function cutAt(text: string, cut: number, line: number, limit: number): BlockLimited {
  return {
    text: text.slice(0, cut),
    cut,
    problems: [
      {
        rule: 'fichier-tronque',
        severity: 'warning',
        message: `Plus de ${limit.toLocaleString('fr-FR')} blocs (paragraphes, titres, éléments de liste, citations) : la suite du fichier, à partir de la ligne ${line.toLocaleString('fr-FR')}, n’est pas contrôlée.`,
        // At the start, as the size limit's notice: a notice at the cut would come after the findings cap.
        range: { start: 0, end: 0 },
      },
    ],
  };
}
