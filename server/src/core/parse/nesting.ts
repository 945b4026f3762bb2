/**
 * Nesting limits of the readers. Input nesting drives recursion (and, in micromark, time quadratic in the
 * depth of block containers): `> ` ×4,000 or `- ` ×2,000 on one line overflowed the stack. Lines nested deeper
 * than `maxMarkdownNesting` containers are blanked before parsing (same length, line breaks kept, so every
 * offset stays the file's) and reported in French; JSON and YAML texts deeper than their limit are refused
 * before any recursive parser sees them.
 */
import type { OffsetRange } from '../model/types';
import type { Problem } from './raw';

/** Block quotes and list items one line may open; real dossiers use a handful. */
export const maxMarkdownNesting = 100;

/** Objects and arrays a JSON text may nest (open-data records nest about 8 deep, style packs 4). */
export const maxJsonNesting = 256;

/**
 * Depth of the block containers a line opens: block quote markers, list markers, and leading indentation
 * (two columns per level, as a nested list item needs).
 */
export function lineNesting(text: string, start: number, end: number): number {
  let depth = 0;
  let i = start;
  let columns = 0;
  while (i < end) {
    const code = text.charCodeAt(i);
    if (code === 32 /* space */ || code === 9 /* tab */) {
      columns += code === 9 ? 4 : 1;
      i++;
      continue;
    }
    depth += columns >> 1;
    columns = 0;
    if (code === 62 /* > */) {
      depth++;
      i++;
      continue;
    }
    let marker = i;
    if (code === 45 /* - */ || code === 42 /* * */ || code === 43 /* + */) marker = i + 1;
    else {
      while (marker < end && marker - i < 9 && text.charCodeAt(marker) >= 48 && text.charCodeAt(marker) <= 57) marker++;
      const after = text.charCodeAt(marker);
      marker = marker > i && (after === 46 /* . */ || after === 41 /* ) */) ? marker + 1 : i;
    }
    if (marker === i) return depth;
    const next = marker < end ? text.charCodeAt(marker) : 32;
    if (next !== 32 && next !== 9) break;
    depth++;
    i = marker;
  }
  // Trailing blanks open nothing (a blanked front matter is a line of spaces).
  return depth;
}

export interface NestingLimited {
  readonly text: string;
  readonly problems: Problem[];
}

/** Blanks the lines nested deeper than the limit; one French problem names the first and counts them. */
export function limitMarkdownNesting(text: string, limit = maxMarkdownNesting): NestingLimited {
  let result: string[] | undefined;
  let copiedUpTo = 0;
  let first: { range: OffsetRange; line: number; depth: number } | undefined;
  let count = 0;
  let line = 1;
  for (let start = 0; start < text.length; line++) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    // Cheap test first: a line shorter than the limit cannot open that many containers.
    if (end - start > limit) {
      const depth = lineNesting(text, start, end);
      if (depth > limit) {
        count++;
        first ??= { range: { start, end }, line, depth };
        result ??= [];
        result.push(text.slice(copiedUpTo, start), text.slice(start, end).replace(/[^\r]/g, ' '));
        copiedUpTo = end;
      }
    }
    start = end + 1;
  }
  if (!result || !first) return { text, problems: [] };
  result.push(text.slice(copiedUpTo));
  const others = count > 1 ? ` (et ${(count - 1).toLocaleString('fr-FR')} autre${count > 2 ? 's' : ''} ligne${count > 2 ? 's' : ''})` : '';
  return {
    text: result.join(''),
    problems: [
      {
        rule: 'fichier-tronque',
        severity: 'warning',
        message: `Ligne ${first.line.toLocaleString('fr-FR')}${others} : citations ou listes imbriquées sur ${first.depth.toLocaleString('fr-FR')} niveaux (au plus ${limit}) ; ces lignes ne sont pas contrôlées.`,
        range: first.range,
      },
    ],
  };
}

/**
 * The deepest nesting of objects and arrays in a JSON text, counted without recursion (strings skipped,
 * comments not special: a bracket in a comment can only make the count larger, never hide depth).
 * Stops counting once over `limit` and returns where that happened.
 */
export function jsonNesting(text: string, limit = maxJsonNesting): { depth: number; offset: number } {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === 92 /* \ */) i++;
      else if (code === 34 /* " */) inString = false;
      continue;
    }
    if (code === 34) inString = true;
    else if (code === 123 /* { */ || code === 91 /* [ */) {
      depth++;
      if (depth > deepest) deepest = depth;
      if (depth > limit) return { depth, offset: i };
    } else if (code === 125 /* } */ || code === 93 /* ] */) depth = Math.max(0, depth - 1);
  }
  return { depth: deepest, offset: -1 };
}

/** The French message for a JSON text nested deeper than the limit. */
export function jsonTooDeep(offset: number, limit = maxJsonNesting): { message: string; range: OffsetRange } {
  return {
    message: `objets ou listes imbriqués sur plus de ${limit} niveaux (à partir de la position ${offset.toLocaleString('fr-FR')}) : le texte n’est pas lu`,
    range: { start: offset, end: offset + 1 },
  };
}

/**
 * The blocks (text between blank lines) holding more than `limit` of the characters `counts` accepts; with
 * `inLine`, a line's first non-blank character is not counted (block markers: fences, HTML blocks, definitions).
 */
function crowdedBlocks(text: string, limit: number, counts: (code: number) => boolean, inLine = false): (OffsetRange & { markers: number })[] {
  const blocks: (OffsetRange & { markers: number })[] = [];
  let blockStart = 0;
  let markers = 0;
  let blank = true;
  const close = (end: number): void => {
    if (markers > limit) blocks.push({ start: blockStart, end, markers });
    markers = 0;
  };
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 10;
    if (code === 10 /* \n */) {
      if (blank) {
        close(i);
        blockStart = i + 1;
      }
      blank = true;
    } else if (code === 32 || code === 9 || code === 13) {
      continue;
    } else {
      if (counts(code) && !(inLine && blank)) markers++;
      blank = false;
    }
  }
  close(text.length);
  return blocks;
}

/** The first line of a block, for the range of its notice. */
function firstLineOf(text: string, block: OffsetRange): OffsetRange {
  const lineEnd = text.indexOf('\n', block.start);
  return { start: block.start, end: lineEnd < 0 || lineEnd > block.end ? block.end : lineEnd };
}

/** Emphasis markers (`*`, `_`) one paragraph may hold: micromark pairs them in time quadratic in their number. */
export const maxEmphasisMarkers = 2_000;

/**
 * Blanks the emphasis markers of the blocks (text between blank lines) that hold more than the limit, so that
 * they are read as plain text; one French problem names the first such block.
 */
export function limitEmphasis(text: string, limit = maxEmphasisMarkers): NestingLimited {
  const blocks = crowdedBlocks(text, limit, (code) => code === 42 /* * */ || code === 95 /* _ */);
  if (blocks.length === 0) return { text, problems: [] };
  const parts: string[] = [];
  let copied = 0;
  for (const block of blocks) {
    parts.push(text.slice(copied, block.start), text.slice(block.start, block.end).replace(/[*_]/g, ' '));
    copied = block.end;
  }
  parts.push(text.slice(copied));
  return {
    text: parts.join(''),
    problems: [
      {
        rule: 'fichier-tronque',
        severity: 'warning',
        message: `Paragraphe de plus de ${limit.toLocaleString('fr-FR')} marques d’emphase (« * » ou « _ ») : elles sont lues comme des espaces${blocks.length > 1 ? ` (${blocks.length.toLocaleString('fr-FR')} paragraphes)` : ''}.`,
        range: firstLineOf(text, blocks[0]!),
      },
    ],
  };
}

/**
 * Inline markup characters one paragraph may hold: brackets and `!` (links, images), backslashes (escapes),
 * `<` (HTML, autolinks), `&` (character references) and backticks (code). micromark reads each in linear time
 * but at a high constant: 1 MB of `[` took 7 s, of `\` 5 s, of `!` 2 s. Real answers hold a few dozen.
 */
export const maxInlineMarkup = 2_000;

/**
 * Beyond this many inline markup characters in the whole text, paragraphs holding more than
 * `maxInlineMarkupWhenCrowded` are read as text too: the per-paragraph limit alone is side-stepped by many
 * paragraphs just under it (500 paragraphs of 1,999 `[` took 5 s).
 */
export const maxDocumentInlineMarkup = 20_000;
export const maxInlineMarkupWhenCrowded = 100;

/** The characters {@link limitInlineMarkup} reads as text, and their stand-ins for the parse. */
const inlineMarkup = '[]\\<&`!';
const firstStandIn = 0xe000;

/** A crowded paragraph's markup characters replaced by stand-ins (`restoreInlineMarkup` puts them back). */
export interface InlineMarkupLimited extends NestingLimited {
  /** The text micromark parses: the stand-ins in place of the crowded paragraphs' markup characters. */
  readonly parsed: string;
  /** The paragraphs where stand-ins were put (empty when none). */
  readonly blocks: readonly OffsetRange[];
}

/**
 * In the blocks that hold more than `limit` inline markup characters (not counting a line's first character,
 * which may open a block: fence, HTML block, definition), every such character but a line's first is
 * replaced, for micromark only, by a private-use stand-in of the same length: micromark reads it as plain text,
 * quickly. {@link restoreInlineMarkup} then puts the characters back in the tree's values, so the document's
 * text is the file's, but these paragraphs have no links, images, escapes, HTML or code spans. A block that
 * already holds a stand-in character is left as it is. In a text holding more than `maxDocumentInlineMarkup`
 * of them, the limit per paragraph is `maxInlineMarkupWhenCrowded`. One French problem says so.
 */
export function limitInlineMarkup(text: string, limit = maxInlineMarkup): InlineMarkupLimited {
  const isMarkup = (code: number): boolean => code === 91 || code === 93 || code === 92 || code === 60 || code === 38 || code === 96 || code === 33;
  const candidates = crowdedBlocks(text, Math.min(limit, maxInlineMarkupWhenCrowded), isMarkup, true);
  let total = 0;
  for (const block of candidates) total += block.markers;
  // Over the document's limit, every paragraph over the lower limit is read as text: micromark then reads at
  // most 100 markup characters per paragraph.
  const documentCrowded = total > maxDocumentInlineMarkup;
  const blocks = candidates.filter((block) => (documentCrowded || block.markers > limit) && !/[\uE000-\uE006]/.test(text.slice(block.start, block.end)));
  if (blocks.length === 0) return { text, parsed: text, blocks, problems: [] };
  const parts: string[] = [];
  let copied = 0;
  for (const block of blocks) {
    parts.push(text.slice(copied, block.start));
    let lineStart = true;
    let run = block.start;
    for (let i = block.start; i < block.end; i++) {
      const code = text.charCodeAt(i);
      if (code === 10) lineStart = true;
      else if (code === 32 || code === 9 || code === 13) continue;
      else {
        if (!lineStart && isMarkup(code)) {
          parts.push(text.slice(run, i), String.fromCharCode(firstStandIn + inlineMarkup.indexOf(text[i]!)));
          run = i + 1;
        }
        lineStart = false;
      }
    }
    parts.push(text.slice(run, block.end));
    copied = block.end;
  }
  parts.push(text.slice(copied));
  return {
    text,
    parsed: parts.join(''),
    blocks,
    problems: [
      {
        rule: 'fichier-tronque',
        severity: 'warning',
        message: `${documentCrowded ? `Fichier de plus de ${maxDocumentInlineMarkup.toLocaleString('fr-FR')} caractères de balisage, paragraphe de plus de ${maxInlineMarkupWhenCrowded.toLocaleString('fr-FR')}` : `Paragraphe de plus de ${limit.toLocaleString('fr-FR')} caractères de balisage`} (« [ », « ] », « ! », « \\ », « < », « & » ou « \` ») : ils sont lus comme du texte, sans liens, images, échappements, balises ni code${blocks.length > 1 ? ` (${blocks.length.toLocaleString('fr-FR')} paragraphes)` : ''}.`,
        range: firstLineOf(text, blocks[0]!),
      },
    ],
  };
}

/** Puts back, in the values of a tree parsed from `limitInlineMarkup(…).parsed`, the characters the stand-ins replaced. */
export function restoreInlineMarkup<Node extends { value?: unknown }>(nodes: Iterable<Node>): void {
  for (const node of nodes) {
    if (typeof node.value !== 'string' || !/[\uE000-\uE006]/.test(node.value)) continue;
    // One native split and join per stand-in: a callback per character cost 0.3 s on 1 MB of them.
    let value = node.value;
    for (let i = 0; i < inlineMarkup.length; i++) value = value.split(String.fromCharCode(firstStandIn + i)).join(inlineMarkup[i]!);
    node.value = value;
  }
}
