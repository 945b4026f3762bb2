/**
 * French prose parser: `ParseFrench` extends parse-latin@7.0.0 (pinned: we
 * replace two of its paragraph plugins by index) with French abbreviations,
 * elision, number, source and sentence-break rules, plus a flat,
 * position-exact sentence/token API for the checkers.
 *
 * Pure module: no node built-ins, no LSP. All offsets are UTF-16 code units.
 */
import { ParseLatin } from 'parse-latin';
import { toString } from 'nlcst-to-string';
import type {
  Paragraph,
  ParagraphContent,
  Punctuation,
  Sentence,
  SentenceContent,
  Source,
  Symbol as SymbolNode,
  Word,
  WordContent,
} from 'nlcst';
import type { Point, Position } from 'unist';
import { letterRegExp } from '../text/letters';

// ---------------------------------------------------------------------------
// Public flat API

export interface ProseToken {
  start: number;
  end: number;
  kind: 'word' | 'number' | 'symbol' | 'source';
}

export interface ProseSentence {
  start: number;
  end: number;
  tokens: ProseToken[];
}

/** Target chunk length: parse-latin's splicing plugins are superlinear on one huge token list. */
const DEFAULT_CHUNK = 2000;
/** Chunks after which a text without any safe cut is cut at a space all the same. */
const FORCED_CUT = 4;
/** …and never before this many characters: real prose always has a safe cut much sooner. */
const MIN_FORCED_CUT = 8_000;

/** The last white space before `limit` (after `from`), else `limit` itself, outside a surrogate pair. */
function forcedCut(text: string, from: number, limit: number): number {
  for (let at = limit; at > from + 1; at--) {
    const code = text.charCodeAt(at - 1);
    if (code === 32 || code === 10 || code === 9) return at;
  }
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}

/**
 * Sentences of one paragraph of plain text; offsets are UTF-16 offsets into
 * `text`. Punctuation and symbols are 'symbol' tokens; whitespace is not a
 * token. The whole input is one paragraph: blank lines only end a sentence
 * after final punctuation.
 */
export function segmentSentences(text: string): ProseSentence[] {
  return segmentSentencesChunked(text, DEFAULT_CHUNK);
}

/**
 * Same as {@link segmentSentences} with an explicit chunk target (exported for
 * the equivalence tests; `Infinity` parses the text in one piece).
 */
export function segmentSentencesChunked(text: string, chunk: number): ProseSentence[] {
  const out: ProseSentence[] = [];
  const parser = sharedParser();
  let from = 0;
  // The first cut candidate at or after `candidateFrom`: a text without any is not searched again per chunk
  // (each search ran to the end of the text: quadratic).
  let candidateFrom = -1;
  let candidate = -1;
  while (from < text.length) {
    let to = text.length;
    if (to - from > chunk * 1.5) {
      // Past `FORCED_CUT` chunks (at least 8,000 characters) without a safe cut (« article L. » repeated, a wall of `!`), the text is cut at
      // a space anyway: parse-latin is quadratic on one huge sentence, and such a text has no real sentence to keep.
      const limit = from + Math.max(Math.max(1, chunk) * FORCED_CUT, MIN_FORCED_CUT);
      const start = from + Math.max(1, chunk);
      if (start < candidateFrom || start > candidate) {
        CUT_CANDIDATE.lastIndex = start;
        candidateFrom = start;
        candidate = CUT_CANDIDATE.exec(text)?.index ?? Infinity;
      }
      const cut = candidate > limit ? -1 : findSafeCut(text, start, limit);
      if (cut > from && cut < to) to = cut;
      else if (to > limit) to = forcedCut(text, from, limit);
    }
    const piece = from === 0 && to === text.length ? text : text.slice(from, to);
    collectSentences(parser.tokenizeParagraph(piece), from, out);
    from = to;
  }
  return out;
}

/** Parse one paragraph into an nlcst tree (no chunking; positions relative to `text`). */
export function parseFrenchParagraph(text: string): Paragraph {
  return sharedParser().tokenizeParagraph(text);
}

let parserInstance: ParseFrench | undefined;
function sharedParser(): ParseFrench {
  // One instance: the plugin lists are built once; parsing keeps no state.
  return (parserInstance ??= new ParseFrench());
}

function collectSentences(paragraph: Paragraph, base: number, out: ProseSentence[]): void {
  for (const sentence of paragraph.children) {
    if (sentence.type !== 'SentenceNode') continue;
    const tokens: ProseToken[] = [];
    for (const node of sentence.children) {
      if (node.type === 'WhiteSpaceNode') continue;
      const start = base + startOffset(node);
      const end = base + endOffset(node);
      if (end <= start) continue;
      tokens.push({ start, end, kind: tokenKind(node) });
    }
    if (tokens.length === 0) continue;
    out.push({ start: tokens[0].start, end: tokens[tokens.length - 1].end, tokens });
  }
}

const LETTER_OR_DIGIT = letterRegExp(String.raw`[\p{L}\p{N}]`, 'u');
// Roman ordinals (XXIe, Ier, Ve); lone L/C/D/M are excluded because Le, Ce, De, Me are words.
const ROMAN_FIRST = new Set([...'IVXLCDM'].map((letter) => letter.charCodeAt(0)));
const ROMAN_ORDINAL = /^(?=[IVXLCDM]{2}|[IVX])M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})(?:er|re|e|ème|eme|nd|nde)$/;

function tokenKind(node: SentenceContent): ProseToken['kind'] {
  switch (node.type) {
    case 'SourceNode':
      return 'source';
    case 'WordNode': {
      // Read part by part: the word's text (`toString`, an array and a string per word) is built only for the
      // roman-ordinal test, whose first character is one of I V X L C D M. A one-character class matches the
      // parts' texts joined exactly when it matches one of them.
      let c = NaN;
      let letterOrDigit = false;
      for (const part of node.children) {
        if (Number.isNaN(c) && part.value.length > 0) c = part.value.charCodeAt(0);
        if (!letterOrDigit && LETTER_OR_DIGIT.test(part.value)) letterOrDigit = true;
      }
      if (c >= 48 && c <= 57) return 'number';
      if (ROMAN_FIRST.has(c) && ROMAN_ORDINAL.test(toString(node))) return 'number';
      return letterOrDigit ? 'word' : 'symbol';
    }
    default:
      return 'symbol';
  }
}

// Offsets come from the leaves, which parse-latin's tokenizer always sets.
function startOffset(node: SentenceContent | WordContent): number {
  if (node.type === 'WordNode') return startOffset(node.children[0]);
  return node.position?.start.offset ?? 0;
}
function endOffset(node: SentenceContent | WordContent): number {
  if (node.type === 'WordNode') return endOffset(node.children[node.children.length - 1]);
  return node.position?.end.offset ?? 0;
}

// ---------------------------------------------------------------------------
// The parser

type SentencePlugin = (node: Sentence) => void;
type ParagraphPlugin = (node: Paragraph) => void;

export class ParseFrench extends ParseLatin {
  constructor() {
    super();
    const s = this.tokenizeSentencePlugins;
    const p = this.tokenizeParagraphPlugins;
    // parse-latin is pinned at 7.0.0; we replace p[4] (mergePrefixExceptions) and p[9] (breakImplicitSentences).
    if (s.length !== 6 || p.length !== 12) {
      throw new Error('ParseFrench: unexpected parse-latin plugin layout (expects parse-latin@7.0.0)');
    }
    const sentencePlugins: SentencePlugin[] = [
      mergeNumeroSign,
      mergeDigitGroups,
      ...s.slice(0, 2), // initial/final word symbols
      mergeInnerWordSymbol, // s[2], without its queues and splices
      mergeInnerWordSlash, // s[3], without its splice per slash
      s[4], // initialisms
      splitElisions,
      s[5], // patchPosition
    ];
    const paragraphPlugins: ParagraphPlugin[] = [
      p[0], // mergeNonWordSentences
      p[1], // mergeAffixSymbol
      mergeSpacedClosingQuotes,
      p[2], // mergeInitialLowerCaseLetterSentences
      p[3], // mergeInitialDigitSentences
      mergeFrenchPrefixExceptions,
      p[5], // mergeAffixExceptions
      // Before mergeRemainingFullStops, which would glue the final `.` to its word.
      breakAfterFinalPunctuationBlankLine,
      p[6], // mergeRemainingFullStops
      p[7], // makeInitialWhiteSpaceSiblings
      p[8], // makeFinalWhiteSpaceSiblings
      p[10], // removeEmptyNodes
      p[11], // patchPosition
    ];
    this.tokenizeSentencePlugins = sentencePlugins;
    this.tokenizeParagraphPlugins = paragraphPlugins;
  }

  /**
   * Same algorithm and output as parse-latin's `tokenize`, but each UTF-16
   * unit is classified once through a table instead of three large regexes
   * per character; then URLs, e-mails and legal identifiers are merged.
   */
  override tokenize(value?: string | null): SentenceContent[] {
    const children: SentenceContent[] = [];
    if (!value) return children;
    let line = 1;
    let column = 1;
    let offset = 0;
    let from = 0;
    let start: Point = { line, column, offset };
    let previousType = 0;
    let previous = -1;
    for (let index = 0; index < value.length; index++) {
      const code = value.charCodeAt(index);
      const type = classify(code);
      if (
        index > from &&
        !(
          previousType === type &&
          (type === WORD || type === SPACE || code === previous || (code >= 0xd800 && code <= 0xdfff))
        )
      ) {
        // One point object ends a token and starts the next: points are never mutated (see below).
        const end: Point = { line, column, offset };
        children.push(createNode(previousType, value.slice(from, index), start, end));
        from = index;
        start = end;
      }
      if (code === 13 || (code === 10 && previous !== 13)) {
        line++;
        column = 1;
      } else if (code !== 10) {
        column++;
      }
      offset++;
      previousType = type;
      previous = code;
    }
    if (from < value.length) {
      children.push(createNode(previousType, value.slice(from), start, { line, column, offset }));
    }
    return mergeSources(value, children);
  }
}

// ---------------------------------------------------------------------------
// Character classes (cached parse-latin verdicts)

const SPACE = 1;
const PUNCT = 2;
const WORD = 3;
const SYMBOL = 4;
const classes = new Uint8Array(65536);
let probe: ParseLatin | undefined;

function classify(code: number): number {
  let c = classes[code];
  if (c === 0) {
    // Ask parse-latin itself so the classes stay identical to its regexes
    // (they are not exported). U+FEFF (BOM) is whitespace for us, as for JS \s.
    probe ??= new ParseLatin();
    const type = code === 0xfeff ? 'WhiteSpaceNode' : probe.tokenize(String.fromCharCode(code))[0]?.type;
    c = type === 'WhiteSpaceNode' ? SPACE : type === 'PunctuationNode' ? PUNCT : type === 'WordNode' ? WORD : SYMBOL;
    classes[code] = c;
  }
  return c;
}

function createNode(type: number, value: string, start: Point, end: Point): SentenceContent {
  if (type === WORD) {
    return {
      type: 'WordNode',
      children: [{ type: 'TextNode', value, position: { start, end } }],
      position: { start, end },
    };
  }
  const nodeType = type === SPACE ? 'WhiteSpaceNode' : type === PUNCT ? 'PunctuationNode' : 'SymbolNode';
  return { type: nodeType, value, position: { start, end } };
}

// ---------------------------------------------------------------------------
// Node helpers. New nodes get new position objects whose points are the
// children's points; no point object is ever mutated (here or in
// parse-latin's plugins), so tokens share them: a token's end is the next
// one's start, a word's points are its text's.

type Leaf = Exclude<SentenceContent, Word>;

function span(first: { position?: Position }, last: { position?: Position }): Position | undefined {
  return first.position && last.position ? { start: first.position.start, end: last.position.end } : undefined;
}

function makeWord(children: WordContent[]): Word {
  const word: Word = { type: 'WordNode', children };
  const position = span(children[0], children[children.length - 1]);
  if (position) word.position = position;
  return word;
}

function asSymbol(node: Leaf): SymbolNode {
  const symbol: SymbolNode = { type: 'SymbolNode', value: node.value };
  if (node.position) symbol.position = { start: node.position.start, end: node.position.end };
  return symbol;
}

function isDigits(value: string): boolean {
  if (value.length === 0) return false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Value of a word made of one text node, else undefined. */
function plainWord(node: SentenceContent | undefined): string | undefined {
  if (node && node.type === 'WordNode' && node.children.length === 1 && node.children[0].type === 'TextNode') {
    return node.children[0].value;
  }
  return undefined;
}

function isUpperInitial(value: string): boolean {
  const c = value.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

// ---------------------------------------------------------------------------
// Tokenizer-level merge: URLs, e-mails, legal identifiers (-> SourceNode) and
// slash dates (-> one WordNode). Needs the raw text, hence not a plugin.

const SOURCE_PATTERN = letterRegExp(
  [
    String.raw`\b(?:https?|ftp)://[^\s<>«»"{}|\\^` + '`' + String.raw`]+`,
    String.raw`\bwww\.[^\s<>«»"{}|\\^` + '`' + String.raw`]+`,
    String.raw`(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}][\p{L}\p{N}._%+-]*@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+`,
    String.raw`\b\d{2,4}/\d{1,5}/(?:UE|CE|CEE|EU|JAI|PESC|Euratom)\b`,
    String.raw`\bECLI:[A-Z]{2}:[A-Z0-9]+:\d{4}:[A-Z0-9.]+`,
    String.raw`\b(?:JORF|LEGI|KALI|CETA|JURI|CNIL|CONS)(?:TEXT|ARTI|SCTA)\d{12}\b`,
    String.raw`(?<![\p{L}\p{N}._@/-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:gouv\.fr|fr|com|org|net|eu|int|info|io)(?![\p{L}\p{N}])(?:/[^\s<>«»"]*)?`,
    // Dates and other slash-joined numbers: one number word, not a source.
    String.raw`(\b\d{1,4}(?:/\d{1,5})+\b)`,
  ].join('|'),
  'gu',
);

/**
 * Something each alternative of SOURCE_PATTERN needs (a slash, an @, `www.`, `ECLI:`, a Légifrance id, a dot
 * before a domain suffix): most paragraphs have none, and this scan costs an eighth of the full pattern's.
 */
const SOURCE_HINT = letterRegExp(String.raw`[/@]|www\.|ECLI:|(?:TEXT|ARTI|SCTA)\d|[a-z0-9]\.(?:fr|com|org|net|eu|int|info|io)(?![\p{L}\p{N}])`, 'u');

const TRAILING = new Set(['.', ',', ';', ':', '!', '?', '…', ')', ']', '}', '»', '"', "'", '’', '”']);

function trimSource(value: string, start: number, end: number): number {
  while (end > start && TRAILING.has(value.charAt(end - 1))) {
    if (value.charAt(end - 1) === ')') {
      // Keep a closing parenthesis opened inside the URL (Wikipedia-style).
      const inner = value.slice(start, end);
      if (inner.split('(').length > inner.split(')').length - 1) break;
    }
    end--;
  }
  return end;
}

function mergeSources(value: string, nodes: SentenceContent[]): SentenceContent[] {
  if (!SOURCE_HINT.test(value)) return nodes;
  SOURCE_PATTERN.lastIndex = 0;
  let match = SOURCE_PATTERN.exec(value);
  if (!match) return nodes;
  const out: SentenceContent[] = [];
  let j = 0;
  while (match) {
    const isNumber = match[1] !== undefined;
    const s = match.index;
    const e = isNumber ? s + match[0].length : trimSource(value, s, s + match[0].length);
    while (j < nodes.length && endOffset(nodes[j]) <= s) out.push(nodes[j++]);
    if (j < nodes.length && startOffset(nodes[j]) < s) {
      // Starts inside a token (`Éwww.x`): not a source; a word is never cut.
      SOURCE_PATTERN.lastIndex = s + 1;
      match = SOURCE_PATTERN.exec(value);
      continue;
    }
    const first = j;
    let whitespace = false;
    while (j < nodes.length && startOffset(nodes[j]) < e) {
      if (nodes[j].type === 'WhiteSpaceNode') whitespace = true;
      j++;
    }
    if (j === first) break;
    // A match may end inside a run of identical marks (`a_(b))`): split the run.
    const tail = nodes[j - 1];
    if (endOffset(tail) > e && startOffset(tail) < e && (tail.type === 'PunctuationNode' || tail.type === 'SymbolNode')) {
      const [head, rest] = splitMarkRun(tail, e - startOffset(tail));
      nodes[j - 1] = rest;
      j--;
      nodes.splice(j, 0, head);
      j++;
    }
    const group = nodes.slice(first, j);
    if (whitespace || (group.length === 1 && (isNumber || group[0].type === 'SourceNode'))) {
      for (const node of group) out.push(node);
    } else {
      out.push(isNumber ? makeWord(flatten(group)) : makeSource(value, group));
    }
    SOURCE_PATTERN.lastIndex = Math.max(e, endOffset(group[group.length - 1]));
    match = SOURCE_PATTERN.exec(value);
  }
  while (j < nodes.length) out.push(nodes[j++]);
  return out;
}

/** Split a punctuation or symbol run (no line breaks inside) at `at` code units. */
function splitMarkRun<T extends Punctuation | SymbolNode>(node: T, at: number): [T, T] {
  const start = node.position?.start;
  const end = node.position?.end;
  const head = { ...node, value: node.value.slice(0, at) };
  const rest = { ...node, value: node.value.slice(at) };
  if (start && end) {
    const middle: Point = { line: start.line, column: start.column + at, offset: (start.offset ?? 0) + at };
    head.position = { start, end: middle };
    rest.position = { start: { ...middle }, end };
  }
  return [head, rest];
}

function flatten(group: SentenceContent[]): WordContent[] {
  const parts: WordContent[] = [];
  for (const node of group) {
    if (node.type === 'WordNode') for (const child of node.children) parts.push(child);
    else if (node.type !== 'WhiteSpaceNode') parts.push(node);
  }
  return parts;
}

function makeSource(value: string, group: SentenceContent[]): Source {
  const first = group[0];
  const last = group[group.length - 1];
  const source: Source = { type: 'SourceNode', value: value.slice(startOffset(first), endOffset(last)) };
  const a = first.type === 'WordNode' ? first.children[0] : first;
  const b = last.type === 'WordNode' ? last.children[last.children.length - 1] : last;
  const position = span(a, b);
  if (position) source.position = position;
  return source;
}

// ---------------------------------------------------------------------------
// Sentence plugins (linear: they rebuild the child list instead of splicing)

/** parse-latin's inner word symbols (its `wordSymbolInner`, not exported): `l'homme`, `porte-avions`, `a.b`. */
const INNER_WORD_SYMBOL = /^([&'\-.:=?@\u00AD\u00B7\u2010\u2011\u2019\u2027]|_+)$/;

/**
 * parse-latin's `mergeInnerWordSymbol` (words joined by `'`, `-`, `.`… are one word), same output, in one pass:
 * the original spreads every word's children into a new queue and splices the sentence at each merge, 200 MB
 * of garbage per megabyte of « l'l'l'… ».
 */
function mergeInnerWordSymbol(sentence: Sentence): void {
  const src = sentence.children;
  let out: SentenceContent[] | undefined;
  for (let i = 0; i < src.length; i++) {
    const child = src[i]!;
    const previous = out ? out[out.length - 1] : src[i - 1];
    if (previous?.type === 'WordNode' && (child.type === 'SymbolNode' || child.type === 'PunctuationNode')) {
      // The last word reached from here through inner word symbols only.
      let lastWord = -1;
      for (let j = i; j < src.length; j++) {
        const sibling = src[j]!;
        if (sibling.type === 'WordNode') lastWord = j;
        else if (!((sibling.type === 'SymbolNode' || sibling.type === 'PunctuationNode') && INNER_WORD_SYMBOL.test(sibling.value))) break;
      }
      if (lastWord >= 0) {
        let last: WordContent | undefined;
        for (let j = i; j <= lastWord; j++) {
          const sibling = src[j]!;
          if (sibling.type === 'WordNode') {
            for (const part of sibling.children) previous.children.push((last = part));
          } else {
            previous.children.push((last = sibling as SymbolNode | Punctuation));
          }
        }
        if (previous.position && last?.position) previous.position.end = last.position.end;
        out ??= src.slice(0, i);
        i = lastWord;
        continue;
      }
    }
    out?.push(child);
  }
  if (out) sentence.children = out;
}

/**
 * parse-latin's `mergeInnerWordSlash` (`et/ou`, `A/B`: short words joined by `/` are one word), same output,
 * in one pass: the original splices the sentence's child list at each slash, and « x/ » ×10,000 in one
 * sentence spent 1.8 s per megabyte there.
 */
function mergeInnerWordSlash(sentence: Sentence): void {
  const src = sentence.children;
  let out: SentenceContent[] | undefined;
  for (let i = 0; i < src.length; i++) {
    const child = src[i]!;
    const previous = out ? out[out.length - 1] : src[i - 1];
    if (previous && previous.type === 'WordNode' && (child.type === 'SymbolNode' || child.type === 'PunctuationNode') && toString(child) === '/') {
      const previousValue = toString(previous);
      let tail: SentenceContent = child;
      const queue: WordContent[] = [child];
      let nextValue = '';
      const next = src[i + 1];
      if (next && next.type === 'WordNode') {
        nextValue = toString(next);
        tail = next;
        for (const part of next.children) queue.push(part);
      }
      if (previousValue.length < 3 && (!nextValue || nextValue.length < 3)) {
        for (const part of queue) previous.children.push(part);
        if (previous.position && tail.position) previous.position.end = tail.position.end;
        out ??= src.slice(0, i);
        if (tail !== child) i++;
        continue;
      }
    }
    out?.push(child);
  }
  if (out) sentence.children = out;
}

/** `n°`, `N°`, `n°s`: one word (`n` + `°` are split by parse-latin). */
function mergeNumeroSign(sentence: Sentence): void {
  const src = sentence.children;
  let out: SentenceContent[] | undefined;
  for (let i = 0; i < src.length; i++) {
    const node = src[i];
    const value = plainWord(node);
    const next = src[i + 1];
    if (
      (value === 'n' || value === 'N') &&
      node.type === 'WordNode' &&
      next &&
      next.type === 'SymbolNode' &&
      next.value === '°'
    ) {
      const parts: WordContent[] = [node.children[0], next];
      let skip = 1;
      const after = src[i + 2];
      if (plainWord(after) === 's' && after.type === 'WordNode') {
        parts.push(after.children[0]);
        skip = 2;
      }
      out ??= src.slice(0, i);
      out.push(makeWord(parts));
      i += skip;
      continue;
    }
    out?.push(node);
  }
  if (out) sentence.children = out;
}

const GROUP_SPACES = new Set([' ', '\u00a0', '\u202f', '\u2009']);

/**
 * True when the digits at `i` follow a word with letters through one symbol (`M.32`, `art.32`): parse-latin then
 * joins them into one word, which must not take in the digit groups after a space.
 */
function gluedAfterLetters(nodes: readonly SentenceContent[], i: number): boolean {
  const symbol = nodes[i - 1];
  const word = nodes[i - 2];
  // An apostrophe is an elision (`d’1 000`), split off later.
  if (symbol === undefined || symbol.type === 'WhiteSpaceNode' || /^['’]$/.test(toString(symbol))) return false;
  return word?.type === 'WordNode' && /\p{L}/u.test(toString(word));
}

/** `32 000`, `1 200 000` (space, NBSP, NNBSP, thin space), `1,5`, `3 000,50`: one word. */
function mergeDigitGroups(sentence: Sentence): void {
  const src = sentence.children;
  let out: SentenceContent[] | undefined;
  for (let i = 0; i < src.length; i++) {
    const node = src[i];
    const value = plainWord(node);
    if (value !== undefined && node.type === 'WordNode' && isDigits(value) && !gluedAfterLetters(src, i)) {
      const parts: WordContent[] = [node.children[0]];
      let j = i + 1;
      if (value.length <= 3) {
        for (;;) {
          const gap = src[j];
          const group = src[j + 1];
          const groupValue = plainWord(group);
          if (
            gap?.type === 'WhiteSpaceNode' &&
            GROUP_SPACES.has(gap.value) &&
            groupValue !== undefined &&
            groupValue.length === 3 &&
            isDigits(groupValue) &&
            group.type === 'WordNode'
          ) {
            parts.push(asSymbol(gap), group.children[0]);
            j += 2;
          } else break;
        }
      }
      const comma = src[j];
      const decimals = src[j + 1];
      const decimalsValue = plainWord(decimals);
      if (
        comma?.type === 'PunctuationNode' &&
        comma.value === ',' &&
        decimalsValue !== undefined &&
        isDigits(decimalsValue) &&
        decimals.type === 'WordNode'
      ) {
        parts.push(comma, decimals.children[0]);
        j += 2;
      }
      if (j > i + 1) {
        out ??= src.slice(0, i);
        out.push(makeWord(parts));
        i = j - 1;
        continue;
      }
    }
    out?.push(node);
  }
  if (out) sentence.children = out;
}

const ELIDED = new Set(['l', 'd', 'qu', 'j', 'n', 's', 'c', 'm', 't', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu', 'presqu']);
/** Lexicalised forms whose first part is an elided word (`presqu'île`); `aujourd'hui` etc. never match ELIDED. */
const LEXICALISED = new Set(["presqu'île", "presqu'îles", "presqu'ile", "presqu'iles"]);

/** `l'État` -> `l'` + `État`, `jusqu'à` -> `jusqu'` + `à`; keeps `presqu'île`, `N'Diaye`. */
function splitElisions(sentence: Sentence): void {
  const src = sentence.children;
  let out: SentenceContent[] | undefined;
  for (let i = 0; i < src.length; i++) {
    const node = src[i];
    const pieces = node.type === 'WordNode' && node.children.length > 2 ? splitWord(node) : undefined;
    if (pieces) {
      out ??= src.slice(0, i);
      for (const piece of pieces) out.push(piece);
    } else {
      out?.push(node);
    }
  }
  if (out) sentence.children = out;
}

function splitWord(word: Word): Word[] | undefined {
  const all = word.children;
  // An index into the children, not `slice(2)` per elision (quadratic on « l'l'l'… »).
  let at = 0;
  const pieces: Word[] = [];
  while (all.length - at > 2) {
    const head = all[at];
    const apostrophe = all[at + 1];
    const tail = all[at + 2];
    if (
      head.type !== 'TextNode' ||
      tail.type !== 'TextNode' ||
      (apostrophe.type !== 'PunctuationNode' && apostrophe.type !== 'SymbolNode') ||
      (apostrophe.value !== "'" && apostrophe.value !== '’')
    ) {
      break;
    }
    const elided = head.value.toLowerCase();
    if (!ELIDED.has(elided)) break;
    // Every lexicalised form starts with `presqu'`: no string built per elision.
    if (elided === 'presqu' && LEXICALISED.has(elided + "'" + tail.value.toLowerCase())) break;
    // N'Diaye, M'Bala: a name, not an elision (but N'EST in capitals is).
    if (
      (head.value === 'N' || head.value === 'M') &&
      isUpperInitial(tail.value) &&
      tail.value.length > 1 &&
      !isUpperInitial(tail.value.charAt(1))
    ) {
      break;
    }
    pieces.push(makeWord([head, apostrophe]));
    at += 2;
  }
  if (pieces.length === 0) return undefined;
  pieces.push(makeWord(all.slice(at)));
  return pieces;
}

// ---------------------------------------------------------------------------
// Paragraph plugins

const CLOSING_QUOTES = new Set(['»', '”', '›']);

function hasLineBreak(value: string): boolean {
  return value.includes('\n') || value.includes('\r');
}

/**
 * `« Texte. » Suite`: parse-latin leaves ` »` at the start of the next
 * sentence (it only moves closers that touch the full stop). Move a
 * space-separated closing French/English quote back to the sentence it closes.
 */
function mergeSpacedClosingQuotes(paragraph: Paragraph): void {
  const src = paragraph.children;
  let out: ParagraphContent[] | undefined;
  for (let i = 0; i < src.length; i++) {
    const node = src[i];
    const previous = out ? out[out.length - 1] : src[i - 1];
    if (node.type === 'SentenceNode' && previous?.type === 'SentenceNode') {
      const kids = node.children;
      let k = 0;
      for (;;) {
        let q = k;
        const gap = kids[q];
        if (gap?.type === 'WhiteSpaceNode' && !hasLineBreak(gap.value)) q++;
        const quote = kids[q];
        if (quote?.type === 'PunctuationNode' && CLOSING_QUOTES.has(quote.value)) k = q + 1;
        else break;
      }
      if (k > 0) {
        for (let m = 0; m < k; m++) previous.children.push(kids[m]);
        const moved = kids[k - 1];
        const position = span(previous, moved);
        if (position) previous.position = position;
        out ??= src.slice(0, i);
        if (k < kids.length) {
          node.children = kids.slice(k);
          const rest = span(node.children[0], node);
          if (rest) node.position = rest;
          out.push(node);
        }
        continue;
      }
    }
    out?.push(node);
  }
  if (out) paragraph.children = out;
}

// Case-sensitive titles and abbreviations (never end a sentence).
const SENSITIVE = new Set(['M', 'MM', 'Mme', 'Mmes', 'Mlle', 'Mlles', 'Me', 'Mgr', 'Dr', 'Pr', 'St', 'Ste', 'Sts']);
// Case-insensitive abbreviations that never end a sentence.
const INSENSITIVE = new Set([
  'al', 'cf', 'ex', 'p', 'pp', 'n', 'no', 'nos', 'chap', 'c.-à-d', 'av', 'apr', 'bd', 'cass', 'civ', 'crim', 'soc', 'com',
  'bull', 'req', 'ass', 'plén', 'sect', 'ch', 'ord', 'réf', 'préc', 'obs', 'concl', 'comm', 'rapp', 'rec', 'doc',
  'tél', 'fig', 'env', 'hab', 'vs', 'cit', 'op', 'ibid', 'id', 'ss', 'sq', 'sqq', 'spéc', 'resp', 'dir', 'adm', 'gén',
  'const', 'cons', 'décr', 'délib', 'circ', 'instr', 'règl', 'dép', 'suppl', 'coll', 'suiv', 'trad', 'ann', 'loc',
  'sén', 'nat', 'arr', 'éd', 'cie', 'ets', 'sté', 'approx', 'jurispr', 'mém',
  'janv', 'févr', 'fév', 'avr', 'juil', 'oct', 'nov', 'déc',
]);
// Abbreviations that are also words: non-terminal only before a reference (`art. 3`, `sept. 2019`, `vol. 2`).
const BEFORE_REFERENCE = new Set(['art', 'sept', 'vol']);
const COMPOUND_INITIALS = /^(?:\p{Lu}\.-?)+\p{Lu}$/u;
const OPENERS = new Set(['«', '(', '[', '"', '“', '‘', '‹']);

/** Whether a word followed by `.` is an abbreviation that keeps the sentence going. */
function isFrenchAbbreviation(value: string, next: string | undefined, alone: boolean): boolean {
  // "1. Les mesures…": a list number alone before its sentence.
  if (alone && value.length <= 3 && isDigits(value)) return true;
  if (SENSITIVE.has(value)) return true;
  const lower = value.toLowerCase();
  if (lower === 'etc') return !(next !== undefined && isUpperInitial(next));
  if (value.length === 1) {
    // Initials and `L.`/`R.`/`D.` references; not the verb `a` nor `y`.
    return value !== 'a' && value !== 'y' && lower !== value.toUpperCase();
  }
  if (INSENSITIVE.has(lower)) return true;
  if (BEFORE_REFERENCE.has(lower)) {
    if (next === undefined) return false;
    const c = next.charCodeAt(0);
    return (c >= 48 && c <= 57) || (next.length === 1 && isUpperInitial(next)) || next === 'premier';
  }
  return COMPOUND_INITIALS.test(value);
}

/** First word of a sentence, skipping white space and opening quotes or brackets. */
function firstWord(sentence: Sentence): string | undefined {
  for (const node of sentence.children) {
    if (node.type === 'WhiteSpaceNode') continue;
    if (node.type === 'PunctuationNode' && OPENERS.has(node.value)) continue;
    return node.type === 'WordNode' ? toString(node) : undefined;
  }
  return undefined;
}

/** Replaces parse-latin's English/Latin `mergePrefixExceptions`. */
function mergeFrenchPrefixExceptions(paragraph: Paragraph): void {
  const src = paragraph.children;
  const out: ParagraphContent[] = [];
  let i = 0;
  while (i < src.length) {
    const current = src[i++];
    out.push(current);
    if (current.type !== 'SentenceNode') continue;
    // Whether the sentence is just `word .` (possibly after white space), counted incrementally: merging only replaces the last word and appends, and a rescan of the
    // growing sentence at every merge was quadratic (« M. M. M. … »).
    let scanned = 0;
    let words = 0;
    let other = false;
    const onlyWordSoFar = (kids: SentenceContent[]): boolean => {
      for (; scanned < kids.length - 1; scanned++) {
        const type = kids[scanned]!.type;
        if (type === 'WordNode') words++;
        else if (type !== 'WhiteSpaceNode') other = true;
      }
      return !other && words === 1;
    };
    for (;;) {
      const next = src[i];
      if (!next || next.type !== 'SentenceNode') break;
      const kids = current.children;
      const period = kids[kids.length - 1];
      const word = kids[kids.length - 2];
      if (
        !period ||
        period.type !== 'PunctuationNode' ||
        period.value !== '.' ||
        !word ||
        word.type !== 'WordNode' ||
        !isFrenchAbbreviation(toString(word), firstWord(next), onlyWordSoFar(kids))
      ) {
        break;
      }
      kids[kids.length - 2] = makeWord([...word.children, period]);
      kids.pop();
      for (const child of next.children) kids.push(child);
      const position = span(current, next);
      if (position) current.position = position;
      i++;
    }
  }
  paragraph.children = out;
}

function countLineBreaks(value: string): number {
  let count = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 10 || (c === 13 && value.charCodeAt(i + 1) !== 10)) count++;
  }
  return count;
}

const CLOSERS = new Set(['»', '”', '"', '’', "'", ')', ']', '›']);

function isFinalPunctuation(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charAt(i);
    if (c !== '.' && c !== '!' && c !== '?' && c !== '…' && c !== '‽') return false;
  }
  return value.length > 0;
}

/** Does the text before `kids[index]` end with final punctuation (maybe followed by closers)? */
function endsWithFinalPunctuation(kids: SentenceContent[], index: number): boolean {
  for (let k = index - 1; k >= 0; k--) {
    const node = kids[k];
    if (node.type === 'WhiteSpaceNode' && !hasLineBreak(node.value)) continue;
    if (node.type === 'PunctuationNode' && CLOSERS.has(node.value)) continue;
    return node.type === 'PunctuationNode' && isFinalPunctuation(node.value);
  }
  return false;
}

/**
 * Replaces parse-latin's `breakImplicitSentences`: a blank line ends a
 * sentence only after final punctuation (`répondu.\n\nsuite`), never inside
 * one (`les professionnels\n\ndisposent`).
 */
function breakAfterFinalPunctuationBlankLine(paragraph: Paragraph): void {
  const src = paragraph.children;
  let out: ParagraphContent[] | undefined;
  for (let i = 0; i < src.length; i++) {
    const node = src[i];
    if (node.type === 'SentenceNode') {
      let from = 0;
      const kids = node.children;
      for (let k = 1; k < kids.length - 1; k++) {
        const gap = kids[k];
        if (gap.type !== 'WhiteSpaceNode' || countLineBreaks(gap.value) < 2 || !endsWithFinalPunctuation(kids, k)) {
          continue;
        }
        out ??= src.slice(0, i);
        out.push(makeSentence(kids.slice(from, k)), gap);
        from = k + 1;
      }
      if (from > 0) {
        out?.push(makeSentence(kids.slice(from)));
        continue;
      }
    }
    out?.push(node);
  }
  if (out) paragraph.children = out;
}

function makeSentence(children: SentenceContent[]): Sentence {
  const sentence: Sentence = { type: 'SentenceNode', children };
  const position = span(children[0], children[children.length - 1]);
  if (position) sentence.position = position;
  return sentence;
}

// ---------------------------------------------------------------------------
// Chunking: cut the text where every rule above agrees a sentence ends, so
// that parsing piecewise gives exactly the tokens and sentences of one parse.

// A final mark right after a letter, then white space, then a capital letter.
const WHITE_SPACE = /\s/;
const CUT_CANDIDATE = /(?<=[A-Za-zÀ-ÖØ-öø-ɏ])[.!?…](?=[\t\n\v\f\r \u00a0\u2000-\u200a\u202f]+[A-ZÀ-ÖØ-ÞŒ])/g;

function isLetterCode(c: number): boolean {
  return (
    (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)
  );
}

/** Whether the white-space-delimited segment ending at `at` may be (part of) a URL or e-mail. */
function insideSource(text: string, at: number): boolean {
  let a = at;
  while (a > 0 && !WHITE_SPACE.test(text.charAt(a - 1))) {
    if (at - a > 2000) return true;
    a--;
  }
  const segment = text.slice(a, at);
  return segment.includes('://') || segment.includes('www.') || segment.includes('@');
}

/**
 * Whether the first non-space segment after `at` starts with a plain word
 * (not an e-mail, ECLI or Légifrance identifier, which would leave the next
 * sentence without a word and make parse-latin merge it backwards).
 */
function startsPlainWord(text: string, at: number): boolean {
  let q = at;
  while (q < text.length && WHITE_SPACE.test(text.charAt(q))) q++;
  let r = q;
  while (r < text.length && isLetterCode(text.charCodeAt(r))) r++;
  const after = text.charCodeAt(r);
  if (after >= 48 && after <= 57) return false;
  let e = r;
  while (e < text.length && !WHITE_SPACE.test(text.charAt(e))) {
    const c = text.charAt(e);
    if (c === '@' || c === ':' || c === '/' || e - r > 2000) return false;
    e++;
  }
  return r > q;
}

/** Offset just after a safe sentence end at or after `from`, or -1. */
function findSafeCut(text: string, from: number, limit = Infinity): number {
  CUT_CANDIDATE.lastIndex = from;
  for (let match = CUT_CANDIDATE.exec(text); match; match = CUT_CANDIDATE.exec(text)) {
    const mark = match.index;
    if (mark > limit) return -1;
    let a = mark;
    while (a > 0 && isLetterCode(text.charCodeAt(a - 1))) a--;
    const before = a > 0 ? text.charAt(a - 1) : ' ';
    const run = text.slice(a, mark);
    // The word before the mark must be a plain word (left-bounded by space,
    // apostrophe or an opener) that no abbreviation rule can claim.
    const plainLeft = WHITE_SPACE.test(before) || before === "'" || before === '’' || OPENERS.has(before);
    const lower = run.toLowerCase();
    if (plainLeft && (insideSource(text, a) || !startsPlainWord(text, mark + 1))) continue;
    if (
      plainLeft &&
      run.length >= 2 &&
      (text.charAt(mark) !== '.' ||
        (!SENSITIVE.has(run) && !INSENSITIVE.has(lower) && !BEFORE_REFERENCE.has(lower) && lower !== 'etc'))
    ) {
      return mark + 1;
    }
  }
  return -1;
}
