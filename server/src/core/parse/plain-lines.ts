/**
 * Long runs of plain lines read in one piece. micromark spends about 16 µs on every line of a paragraph or
 * heading, whatever it holds: 100,000 short lines (a 1 MB header turned into text by one space before its
 * `---`) took 1.8 s, the same megabyte as one line 0.15 s. So the line breaks between two plain lines are
 * replaced, for micromark only, by a private-use stand-in of the same length, and the tree is then put back:
 * the stand-ins in values become line breaks again, and the lines and columns of the points after them are
 * counted again from their offsets (which the stand-ins leave unchanged).
 *
 * Why the tree is micromark's tree of the file:
 * - a plain line starts no block and ends none (no blank, no indentation, no marker or punctuation first, no
 *   `>`, `<` or backtick that could close a fence or an HTML block): the line after a plain line continues
 *   whatever the plain line was in (paragraph, lazy line, fenced code, HTML block);
 * - it holds no inline markup that a join could change (no `*`, `_`, `[`, `]`, `` ` ``, `<`, `\`, `&`), nor
 *   trailing blanks (a hard break);
 * - a construct opened before the run and closed after it would see the stand-in where a line break was: an
 *   autolink, inline HTML or a code span reads a line break differently, and a link's text drops it
 *   (mdast keeps line breaks only in paragraphs, headings and emphasis). So a run is joined only when its
 *   block (the lines between two blank lines, a superset of any paragraph holding the run) holds no `` ` ``,
 *   `<`, `[` or `]`. Emphasis across the run keeps its line breaks, as the stand-ins are put back in its text.
 * Exact for every text; the tests compare the trees on every real file and on random texts.
 */
import type { Nodes, Root } from 'mdast';
import type { Point } from 'unist';

/** Stand-ins of a joined `\n` and of the `\r` of a joined `\r\n`: private-use characters micromark reads as text. */
const newlineStandIn = 0xe007;
const returnStandIn = 0xe008;

/** Below this many joinable line breaks micromark reads the text as it is (every real dossier has far fewer). */
export const plainLinesFrom = 1_000;

/** The text micromark parses, and where line breaks were joined. */
export interface JoinedLines {
  readonly text: string;
  /** Offsets of the `\n` of each joined line break, ascending. */
  readonly breaks: Int32Array;
  /** For each joined line break, the offset of the next line break kept (or the text's length). */
  readonly lineEnds: Int32Array;
}

function isAsciiPunctuation(code: number): boolean {
  return (code >= 0x21 && code <= 0x2f) || (code >= 0x3a && code <= 0x40) || (code >= 0x5b && code <= 0x60) || (code >= 0x7b && code <= 0x7e);
}

/** Characters a plain line never holds: see the module's comment. */
function isMarkup(code: number): boolean {
  return (
    code === 42 /* * */ || code === 95 /* _ */ || code === 96 /* ` */ || code === 60 /* < */ || code === 62 /* > */ ||
    code === 91 /* [ */ || code === 93 /* ] */ || code === 92 /* \ */ || code === 38 /* & */ ||
    code === 9 || code === 13 || code === 0 || code === 0xfeff || code === newlineStandIn || code === returnStandIn
  );
}

/** True when the line `text[start, end)` (without its line break) is plain. */
function isPlainLine(text: string, start: number, end: number): boolean {
  if (end <= start) return false;
  const first = text.charCodeAt(start);
  if (first === 32 || isAsciiPunctuation(first)) return false;
  // An ordered list marker: up to nine digits, then `.` or `)`.
  if (first >= 48 && first <= 57) {
    let i = start;
    while (i < end && i - start < 10 && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
    const after = text.charCodeAt(i);
    if (i < end && (after === 46 || after === 41)) return false;
  }
  if (text.charCodeAt(end - 1) === 32) return false;
  for (let i = start; i < end; i++) if (isMarkup(text.charCodeAt(i))) return false;
  return true;
}

/** True when a block's lines hold a character that lets an inline construct reach across a line break. */
function holdsSpanningMarkup(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 96 || code === 60 || code === 91 || code === 93) return true;
  }
  return false;
}

function isBlankLine(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code !== 32 && code !== 9 && code !== 13) return false;
  }
  return true;
}

/**
 * The text with the line breaks between two plain lines replaced by stand-ins, or undefined when fewer than
 * `from` can be joined (or the text already holds a stand-in, or opens with a byte order mark).
 */
export function joinPlainLines(text: string, from = plainLinesFrom): JoinedLines | undefined {
  if (text.charCodeAt(0) === 0xfeff || text.includes(String.fromCharCode(newlineStandIn)) || text.includes(String.fromCharCode(returnStandIn))) return undefined;
  const breaks: number[] = [];
  const lineEnds: number[] = [];
  // Lines of the current block (between blank lines): their starts and their ends without `\r`.
  let blockStart = -1;
  const closeBlock = (blockEnd: number, lines: readonly number[]): void => {
    if (lines.length < 4 || holdsSpanningMarkup(text, blockStart, blockEnd)) return;
    let previousPlain = false;
    let pending = 0;
    for (let l = 0; l < lines.length; l += 2) {
      const plain = isPlainLine(text, lines[l]!, lines[l + 1]!);
      if (plain && previousPlain) {
        // The previous line's break: its `\n` is the character before this line.
        breaks.push(lines[l]! - 1);
        pending++;
      } else if (pending > 0) {
        closeRun(lines[l - 1]!, pending);
        pending = 0;
      }
      previousPlain = plain;
    }
    if (pending > 0) closeRun(lines[lines.length - 1]!, pending);
  };
  const closeRun = (end: number, count: number): void => {
    for (let i = 0; i < count; i++) lineEnds.push(end);
  };
  let lines: number[] = [];
  for (let start = 0; start <= text.length; ) {
    const newline = text.indexOf('\n', start);
    const next = newline < 0 ? text.length : newline;
    const end = next > start && text.charCodeAt(next - 1) === 13 ? next - 1 : next;
    if (isBlankLine(text, start, next)) {
      if (blockStart >= 0) closeBlock(start, lines);
      blockStart = -1;
      lines = [];
    } else {
      if (blockStart < 0) blockStart = start;
      lines.push(start, end);
    }
    if (newline < 0) break;
    start = newline + 1;
  }
  if (blockStart >= 0) closeBlock(text.length, lines);
  if (breaks.length < Math.max(1, from)) return undefined;

  const parts: string[] = [];
  let copied = 0;
  for (const at of breaks) {
    const cr = text.charCodeAt(at - 1) === 13;
    parts.push(text.slice(copied, cr ? at - 1 : at), cr ? String.fromCharCode(returnStandIn, newlineStandIn) : String.fromCharCode(newlineStandIn));
    copied = at + 1;
  }
  parts.push(text.slice(copied));
  return { text: parts.join(''), breaks: Int32Array.from(breaks), lineEnds: Int32Array.from(lineEnds) };
}

/** Number of joined breaks before `offset` (binary search). */
function breaksBefore(breaks: Int32Array, offset: number): number {
  let low = 0;
  let high = breaks.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (breaks[middle]! < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** A point of the joined text's tree, in the file: offsets are the same, lines and columns are counted again. */
function pointInFile(point: Point, joined: JoinedLines): Point {
  const offset = point.offset ?? 0;
  const before = breaksBefore(joined.breaks, offset);
  if (before === 0) return point;
  const lastBreak = joined.breaks[before - 1]!;
  // On the line the last joined break opened: the column counts from that break; later lines keep theirs.
  const column = offset <= joined.lineEnds[before - 1]! ? offset - lastBreak : point.column;
  return { line: point.line + before, column, offset };
}

/** Puts the file's line breaks and positions back in a tree micromark built from `joined.text`. */
export function unjoinTree(tree: Root, joined: JoinedLines): Root {
  const newline = String.fromCharCode(newlineStandIn);
  const carriageReturn = String.fromCharCode(returnStandIn);
  // Without recursion: inline nesting has no limit.
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    // New point objects: a point may be shared by two nodes.
    if (node.position) node.position = { start: pointInFile(node.position.start, joined), end: pointInFile(node.position.end, joined) };
    if ('value' in node && node.value.includes(newline)) node.value = node.value.split(carriageReturn).join('\r').split(newline).join('\n');
    if ('children' in node) for (const child of node.children) stack.push(child);
  }
  return tree;
}

/** `parse`'s tree of `text`, long runs of plain lines read in one piece (the same tree). */
export function parseJoiningPlainLines(text: string, parse: (text: string) => Root, from = plainLinesFrom): Root {
  const joined = joinPlainLines(text, from);
  return joined ? unjoinTree(parse(joined.text), joined) : parse(text);
}
