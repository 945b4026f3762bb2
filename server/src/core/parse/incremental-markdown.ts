/**
 * Incremental Markdown parse (pure): after an edit, re-parse only the top-level blocks the edit touches and
 * keep the previous tree's other blocks, those after the edit shifted. The result is exactly the tree a full
 * parse gives, positions included (offset, line, column); whenever that is not certain, parse everything.
 *
 * Why it holds: at document level, a line that follows a blank line after a closed block (paragraph, heading,
 * thematic break, closed HTML block or fenced code) starts with no block open, so the text from there parses
 * as a document of its own; only link reference definitions reach across blocks (they change inline
 * parsing anywhere), hence a full parse whenever the old tree or the re-parsed part holds one. Lists and
 * indented code go on past a blank line (a list's looseness depends on all its items) and block quotes take
 * lazy lines: the window is widened past them. CommonMark, not GFM (no footnotes, no tables: the processor is
 * remark-parse alone).
 */
import type { Nodes, Root, RootContent } from 'mdast';
import type { Point, Position } from 'unist';

/** The last parse of one document (one tree per document, never more). */
export interface MarkdownTreeState {
  /** The text that was parsed (the front matter blanked out). */
  readonly body: string;
  readonly tree: Root;
  /** The tree holds a link reference definition: every edit is parsed in full. */
  readonly definitions: boolean;
}

/** Counters, for tests and the benchmark. */
export interface MarkdownParseStats {
  markdownFullParses: number;
  markdownIncrementalParses: number;
  /** Characters re-parsed by incremental parses. */
  markdownReparsedChars: number;
}

/** Where the previous tree is kept between analyses (the document's `AnalysisCache`). */
export interface MarkdownTreeMemory {
  markdownTree: MarkdownTreeState | undefined;
  readonly stats: MarkdownParseStats;
}

/** Below this length a full parse costs less than a millisecond: no bookkeeping. */
export const minimumIncrementalLength = 1024;

/** Parses `body`, re-using the previous tree in `memory` where the edit allows it, and remembers the result. */
export function parseMarkdownBody(body: string, parse: (text: string) => Root, memory?: MarkdownTreeMemory): Root {
  if (!memory) return parse(body);
  const previous = memory.markdownTree;
  if (previous && previous.body === body) return previous.tree;
  const reparsed = previous && body.length >= minimumIncrementalLength ? reparse(previous, body, parse) : undefined;
  if (reparsed) {
    memory.stats.markdownIncrementalParses++;
    memory.stats.markdownReparsedChars += reparsed.reparsedChars;
    memory.markdownTree = { body, tree: reparsed.tree, definitions: false };
    return reparsed.tree;
  }
  memory.stats.markdownFullParses++;
  const tree = parse(body);
  memory.markdownTree = { body, tree, definitions: holdsDefinition(tree.children) };
  return tree;
}

/**
 * The new tree from the old one, or undefined when the edit's effect may reach beyond the window (the
 * caller then parses everything).
 */
function reparse(
  previous: MarkdownTreeState,
  body: string,
  parse: (text: string) => Root,
): { tree: Root; reparsedChars: number } | undefined {
  const old = previous.body;
  // micromark skips a byte order mark opening the document, and every offset after it moves.
  if (previous.definitions || old.charCodeAt(0) === 0xfeff || body.charCodeAt(0) === 0xfeff) return undefined;
  const children = previous.tree.children;
  if (children.length === 0) return undefined;
  const changeStart = commonPrefixLength(old, body);
  const suffix = commonSuffixLength(old, body, changeStart);
  const changeEndOld = old.length - suffix;
  const delta = body.length - old.length;

  // Window start: after the blank line that follows a closed block ending before the change.
  let before = lastEndingBefore(children, changeStart);
  let windowStart = -1;
  for (; before >= 0; before--) {
    const node = children[before]!;
    const limit = Math.min(changeStart, children[before + 1]?.position?.start.offset ?? changeStart);
    const afterBlank = closedBlock(node, old) ? afterBlankLine(old, end(node), limit) : undefined;
    if (afterBlank !== undefined) {
      windowStart = afterBlank;
      break;
    }
  }
  if (before < 0) windowStart = 0;

  // Window end (old text): the start of the line of a block that follows a closed block and a blank line,
  // after the change.
  let after = before + 1;
  let windowEndOld = old.length;
  for (; after < children.length; after++) {
    const node = children[after]!;
    const lineStart = lineStartOf(old, start(node));
    // Strictly after: text inserted just before a line may join it.
    if (lineStart <= changeEndOld) continue;
    // Before the first block there are only blank lines: nothing is open.
    const last = children[after - 1];
    if (!last || (closedBlock(last, old) && afterBlankLine(old, end(last), lineStart) !== undefined)) {
      windowEndOld = lineStart;
      break;
    }
  }
  // Nothing to keep: a full parse costs the same.
  if (before < 0 && after >= children.length) return undefined;

  const windowEnd = windowEndOld + delta;
  const window = body.slice(windowStart, windowEnd);
  // A line break split in two (`\r` | `\n`) or a byte order mark parse differently at a document's edge.
  if (windowStart > 0 && ((body.charCodeAt(windowStart - 1) === 13 && body.charCodeAt(windowStart) === 10) || body.charCodeAt(windowStart) === 0xfeff)) return undefined;
  if (windowEnd < body.length && body.charCodeAt(windowEnd - 1) === 13 && body.charCodeAt(windowEnd) === 10) return undefined;

  // The text after the window must start a line.
  const lastChar = window.charCodeAt(window.length - 1);
  if (window.length > 0 && windowEnd < body.length && lastChar !== 10 && lastChar !== 13) return undefined;

  // Parsed from a copy: the nodes' texts are slices of what was parsed, and a slice of `body` would keep this
  // whole version of the file alive as long as the nodes live (V8 slices point into their parent string).
  const parsed = parse(flatCopy(window));
  if (holdsDefinition(parsed.children)) return undefined;
  // The text after the window must start with no block open: the window's last block is closed and followed
  // by a blank line inside the window (an unclosed fence or HTML block runs to the window's end and fails).
  const lastNew = parsed.children[parsed.children.length - 1];
  if (windowEnd < body.length && lastNew && !(closedBlock(lastNew, window) && afterBlankLine(window, end(lastNew), window.length) !== undefined)) {
    return undefined;
  }

  // Lines: the window starts two line breaks after the block before it (or on line 1).
  const windowLine = before >= 0 ? children[before]!.position!.end.line + 2 : 1;
  const inWindow = parsed.children.map((node) => shifted(node, windowStart, windowLine - 1));
  const kept = children.slice(0, before + 1);
  let rootEnd: Point;
  let moved: RootContent[] = [];
  if (after < children.length) {
    const lineDelta = windowLine + countLineBreaks(window) - children[after]!.position!.start.line;
    moved = children.slice(after).map((node) => shifted(node, delta, lineDelta));
    rootEnd = shiftPoint(previous.tree.position!.end, delta, lineDelta);
  } else {
    rootEnd = shiftPoint(parsed.position!.end, windowStart, windowLine - 1);
  }
  const tree: Root = {
    type: 'root',
    children: [...kept, ...inWindow, ...moved],
    position: { start: { line: 1, column: 1, offset: 0 }, end: rootEnd },
  };
  return { tree, reparsedChars: window.length };
}

function start(node: Nodes): number {
  return node.position?.start.offset ?? 0;
}

function end(node: Nodes): number {
  return node.position?.end.offset ?? 0;
}

/** Index of the last top-level block ending before `offset` (-1 if none). */
function lastEndingBefore(children: readonly RootContent[], offset: number): number {
  let low = 0;
  let high = children.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (end(children[middle]!) < offset) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

/**
 * A block that a blank line after it closes for good. Not lists, indented code or block quotes (they may go
 * on past a blank line), nor definitions. An unclosed fence or HTML block of kinds 1–5 runs to the document's
 * end, blank lines included, so the blank-line test that always follows this one rejects it.
 */
function closedBlock(node: RootContent, text: string): boolean {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
    case 'thematicBreak':
    case 'html':
      return true;
    case 'code':
      return /^ {0,3}(?:```|~~~)/.test(text.slice(start(node), start(node) + 6));
    default:
      return false;
  }
}

/**
 * Where the line after the first blank line following `from` starts, if the text from `from` to there is
 * whitespace (the rest of the block's line, one empty line) and that place is at most `limit`.
 */
function afterBlankLine(text: string, from: number, limit: number): number | undefined {
  let position = from;
  for (let breaks = 0; breaks < 2; breaks++) {
    while (position < limit && (text.charCodeAt(position) === 32 || text.charCodeAt(position) === 9)) position++;
    if (position >= limit) return undefined;
    const char = text.charCodeAt(position);
    if (char === 13) position += text.charCodeAt(position + 1) === 10 ? 2 : 1;
    else if (char === 10) position++;
    else return undefined;
  }
  return position <= limit ? position : undefined;
}

function lineStartOf(text: string, offset: number): number {
  let position = offset;
  while (position > 0 && text.charCodeAt(position - 1) !== 10 && text.charCodeAt(position - 1) !== 13) position--;
  return position;
}

/** Line breaks as micromark counts them: `\r\n`, `\n` or a lone `\r`. */
export function countLineBreaks(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (char === 10) count++;
    else if (char === 13) {
      count++;
      if (text.charCodeAt(i + 1) === 10) i++;
    }
  }
  return count;
}

/** Link reference definitions may sit in block quotes and list items; paragraphs never hold one. */
function holdsDefinition(nodes: readonly RootContent[]): boolean {
  // An explicit stack: container nesting drives the depth.
  const stack: RootContent[] = [...nodes];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'definition' || node.type === 'footnoteDefinition') return true;
    if (node.type === 'blockquote' || node.type === 'list' || node.type === 'listItem') for (const child of node.children) stack.push(child);
  }
  return false;
}

export function shiftPoint(point: Point, offset: number, lines: number): Point {
  return { line: point.line + lines, column: point.column, offset: (point.offset ?? 0) + offset };
}

/**
 * A copy of the node moved by `offset` characters and `lines` lines; columns stay (the move starts and ends at
 * line starts). Unchanged nodes are copied, never changed in place: the previous analysis may still hold them.
 */
export function shifted<T extends Nodes>(node: T, offset: number, lines: number): T {
  if (offset === 0 && lines === 0) return node;
  const copyOf = (original: Nodes): Nodes & { children?: Nodes[] } => {
    const copy = { ...original } as Nodes & { children?: Nodes[] };
    if (original.position) {
      const position: Position = { start: shiftPoint(original.position.start, offset, lines), end: shiftPoint(original.position.end, offset, lines) };
      copy.position = position;
    }
    return copy;
  };
  // Without recursion (inline nesting has no limit): each copy's children are replaced by their copies.
  const root = copyOf(node);
  const stack = [root];
  while (stack.length > 0) {
    const copy = stack.pop()!;
    if (!copy.children) continue;
    copy.children = copy.children.map((child) => {
      const childCopy = copyOf(child);
      stack.push(childCopy);
      return childCopy;
    });
  }
  return root as T;
}

/** A string that shares nothing with `text`'s parent (V8 copies strings under 13 characters anyway). */
function flatCopy(text: string): string {
  return text.length < 13 ? text : (' ' + text).slice(1);
}

const chunk = 4096;

/** Length of the common prefix, compared a chunk at a time (string equality is a memory comparison). */
function commonPrefixLength(a: string, b: string): number {
  const max = Math.min(a.length, b.length);
  let length = 0;
  while (length + chunk <= max && a.slice(length, length + chunk) === b.slice(length, length + chunk)) length += chunk;
  while (length < max && a.charCodeAt(length) === b.charCodeAt(length)) length++;
  return length;
}

/** Length of the common suffix that does not overlap the common prefix. */
function commonSuffixLength(a: string, b: string, prefix: number): number {
  const max = Math.min(a.length, b.length) - prefix;
  let length = 0;
  while (length + chunk <= max && a.slice(a.length - length - chunk, a.length - length) === b.slice(b.length - length - chunk, b.length - length)) length += chunk;
  while (length < max && a.charCodeAt(a.length - length - 1) === b.charCodeAt(b.length - length - 1)) length++;
  return length;
}
