/**
 * A cheap necessary condition for a regular expression to match: a few literal strings of which every text
 * it matches contains at least one (`foo|bar\s+baz` → `foo` or `baz`). A pattern is compiled to native code
 * at its first run (519 patterns, ≈37 ms of a cold 1,000-word run), and most patterns never match a given
 * text: testing the literals first (`String.prototype.includes`) spares compiling them at all.
 *
 * The literals are read from the pattern's syntax, conservatively: anything not understood (a class, `.`, a
 * back-reference, an optional part, a negative lookaround) requires nothing, and a pattern whose syntax is not
 * fully understood gets no filter. So `mayMatch` is false only when the pattern cannot match: running the
 * pattern after it is exactly the same as running it alone.
 *
 * Reading a pattern in JavaScript on a cold start costs about what V8 takes to compile it (measured: no gain when
 * read at run time), so the build reads them (`recordLiteralFilters` during its check of the examples) and
 * `qe-check` installs what it read (`installLiteralFilters`), keyed by exact flags and source; a pattern with no
 * entry has no filter. The language server installs none.
 *
 * Case-insensitive patterns (`i`) keep only characters whose every case-insensitive equivalent (under `i`
 * and `iu`) lower-cases to the same single character (`é`/`É`; not `s`, which `iu` matches to U+017F LONG S;
 * `k` is left out too); the text is then searched lower-cased.
 */

export interface LiteralFilter {
  /** Every match contains one of these (lower-cased when `folded`). */
  readonly literals: readonly string[];
  /** True for an `i` pattern: search `text.toLowerCase()`. */
  readonly folded: boolean;
}

/** More literals than this cost more to search for than they save. */
const MAX_LITERALS = 200;
/** Literals shorter than this occur in nearly every paragraph. */
const MIN_LENGTH = 3;

/**
 * Characters kept in case-insensitive literals: each is lower-case, and every character that an `i` or `iu`
 * pattern matches to it (or to its upper case) lower-cases to it (checked over all of Unicode by a test).
 */
export const FOLD_SAFE = new Set(
  "abcdefghijlmnopqrtuvwxyz0123456789 '’-.,;:!?«»()/%&\u00a0\u202fàâäçéèêëîïôöùûüÿœæ",
);

type Req = readonly string[] | undefined;

class Unsupported extends Error {}

/**
 * One token of a pattern's syntax, read natively (a class or a run of plain characters at once): 1 plain
 * characters, 2 a class, 3 `\b`/`\B`, 4 an escape that stands for an unknown character (`\d`, `\p{Lu}`, a
 * back-reference), 5 an escaped character, 6 an opening parenthesis (7 its `?:`, `?=`, `?<!`, `?<name>`…),
 * 8 `)`, 9 `|`, 10 `.`, 11 `^`/`$`, 12 a quantifier (13 its minimum as written). Anything else (`\c`,
 * `\u{…}`, a lone `{` or `]` of a non-Unicode pattern) is not read: no filter.
 */
const TOKEN =
  /([^\\[\](){}|.^$*+?]+)|(\[(?:\\[^]|[^\]\\])*\])|(\\[bB])|(\\(?:[dDwWsS]|[1-9]\d*|[pP]\{[^}]*\}|k<[^>]*>))|\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|[tnrfv]|[\^$\\.*+?()[\]{}|/-])|(\((\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>))?)|(\))|(\|)|(\.)|([\^$])|(([*+?]|\{(\d+)(?:,\d*)?\})\??)/y;
const SURROGATE = /[\uD800-\uDFFF]/;
const CONTROL: Record<string, string> = { t: '\t', n: '\n', r: '\r', f: '\f', v: '\v' };

/**
 * Characters of a case-insensitive pattern that end a literal: those that do not lower-case to a character of
 * FOLD_SAFE (FOLD_SAFE and the upper case of each are kept).
 */
const FOLD_UNSAFE = new RegExp(
  `[^${[...FOLD_SAFE]
    .flatMap((c) => [c, c.toUpperCase()])
    .filter((c) => c.length === 1)
    .map((c) => (/[\\\]^-]/.test(c) ? `\\${c}` : c))
    .join('')}]`,
);

/** The shortest literal's length. */
function shortest(literals: readonly string[]): number {
  let min = Infinity;
  for (const literal of literals) if (literal.length < min) min = literal.length;
  return min;
}

/** Better: a longer shortest literal, then fewer literals. */
function better(a: readonly string[], b: Req): boolean {
  if (b === undefined) return true;
  const ma = shortest(a);
  const mb = shortest(b);
  return ma !== mb ? ma > mb : a.length < b.length;
}

/** One group being read (the whole pattern at the bottom): its alternatives so far, the current one's state. */
interface Frame {
  /** `?:`, `?=`, `?<!`… as written, '' for a capturing group. */
  readonly kind: string;
  /** Union of the literals of the alternatives read. */
  readonly alternatives: string[];
  /** An alternative requires no literal. */
  any: boolean;
  /** Characters that follow each other in every match of the current alternative. */
  run: string;
  /** The best requirement found in the current alternative. */
  best: Req;
}

const frame = (kind: string): Frame => ({ kind, alternatives: [], any: false, run: '', best: undefined });

function consider(f: Frame, req: Req): void {
  if (req !== undefined && req.length > 0 && better(req, f.best)) f.best = req;
}

function flush(f: Frame): void {
  if (f.run !== '') consider(f, [f.run]);
  f.run = '';
}

/** Appends characters that follow each other in every match (for `i`: cut at the characters not kept). */
function append(f: Frame, text: string, fold: boolean): void {
  if (!fold) {
    f.run += text;
    return;
  }
  let rest = text;
  for (let unsafe = FOLD_UNSAFE.exec(rest); unsafe !== null; unsafe = FOLD_UNSAFE.exec(rest)) {
    f.run += rest.slice(0, unsafe.index).toLowerCase();
    flush(f);
    rest = rest.slice(unsafe.index + 1);
  }
  f.run += rest.toLowerCase();
}

/** Closes the current alternative of `f`. */
function endAlternative(f: Frame): void {
  flush(f);
  if (f.best === undefined || f.alternatives.length + f.best.length > MAX_LITERALS) f.any = true;
  else if (!f.any) for (const literal of f.best) if (!f.alternatives.includes(literal)) f.alternatives.push(literal);
  f.best = undefined;
}

const required = (f: Frame): Req => (f.any || f.alternatives.length > MAX_LITERALS ? undefined : f.alternatives);

/** The minimum count of a quantifier token. */
function quantifierMin(token: RegExpExecArray): number {
  const q = token[13]!;
  return q[0] === '+' ? 1 : q[0] === '*' || q[0] === '?' ? 0 : Number(token[14]);
}

/** The character of an escape (`n`, `.`, `u00A0`, `x41`); a surrogate half is not read (no filter). */
function escaped(escape: string): string {
  if (escape.length === 1) return CONTROL[escape] ?? escape;
  const code = parseInt(escape.slice(1), 16);
  if (code >= 0xd800 && code <= 0xdfff) throw new Unsupported();
  return String.fromCharCode(code);
}

function parse(source: string, fold: boolean): Req {
  if (SURROGATE.test(source)) throw new Unsupported();
  const n = source.length;
  TOKEN.lastIndex = 0;
  const next = (): RegExpExecArray | null => {
    if (TOKEN.lastIndex >= n) return null;
    const token = TOKEN.exec(source);
    if (token === null) throw new Unsupported();
    return token;
  };
  const stack: Frame[] = [];
  let f = frame('');
  let token = next();
  while (token !== null) {
    if (token[9] !== undefined) {
      endAlternative(f);
      token = next();
      continue;
    }
    if (token[6] !== undefined) {
      stack.push(f);
      f = frame(token[7] ?? '');
      token = next();
      continue;
    }
    if (token[12] !== undefined) throw new Unsupported();
    const atom = token;
    token = next();
    let min: number | undefined;
    if (token !== null && token[12] !== undefined) {
      min = quantifierMin(token);
      token = next();
    }
    if (atom[8] !== undefined) {
      // The end of a group (its quantifier read above).
      const inner = f;
      const outer = stack.pop();
      if (outer === undefined) throw new Unsupported();
      endAlternative(inner);
      f = outer;
      const req = required(inner);
      const needed = min === undefined || min > 0;
      if (inner.kind === '?=' || inner.kind === '?<=') {
        // A lookaround matches no text: the characters around it stay next to each other.
        if (needed) consider(f, req);
      } else if (inner.kind !== '?!' && inner.kind !== '?<!') {
        flush(f);
        if (needed) consider(f, req);
      }
      continue;
    }
    const text = atom[1] ?? (atom[5] === undefined ? undefined : escaped(atom[5]));
    if (text !== undefined) {
      if (min === undefined) append(f, text, fold);
      else {
        // The quantifier applies to the last character only.
        append(f, text.slice(0, -1), fold);
        if (min > 0) append(f, text.slice(-1), fold);
        flush(f);
      }
    } else if (atom[3] === undefined && atom[11] === undefined) flush(f);
    // (\b, ^, $ match no text: the run goes on.)
  }
  if (stack.length > 0) throw new Unsupported();
  endAlternative(f);
  return required(f);
}

/** The filter of a pattern, or undefined when its literals would not help (or its syntax is not understood). */
export function literalFilter(source: string, flags: string): LiteralFilter | undefined {
  if (flags.includes('v')) return undefined;
  const folded = flags.includes('i');
  let req: Req;
  try {
    req = parse(source, folded);
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
  if (req === undefined || req.length === 0 || req.length > MAX_LITERALS) return undefined;
  if (req.some((literal) => literal.length < MIN_LENGTH)) return undefined;
  return { literals: req, folded };
}

const filters = new WeakMap<RegExp, LiteralFilter | null>();
const shortSources = new WeakMap<RegExp, string>();

/**
 * Tells that `pattern` was built from `source` by rewriting only what requires no literal (a `\b` into an
 * assertion, `\p{L}` into a class of letters): its literals are those of the shorter source.
 */
export function readLiteralsFrom<P extends RegExp>(pattern: P, source: string): P {
  shortSources.set(pattern, source);
  return pattern;
}

/**
 * Literals read by the build (`literalFilter` on the patterns a check of the examples met), keyed by flags and
 * source: reading them at run time would cost about what compiling the pattern costs. A pattern that is not
 * there (changed since, or not met) simply has no filter.
 */
const known = new Map<string, readonly string[]>();
let recorded: Map<string, readonly string[]> | undefined;

const keyOf = (source: string, flags: string): string => `${flags}/${source}`;

/** Installs the literals the build read (entries of {@link recordedLiteralFilters}), each checked for shape. */
export function installLiteralFilters(entries: unknown): void {
  if (!Array.isArray(entries)) return;
  for (const entry of entries) {
    if (!Array.isArray(entry) || entry.length !== 2 || typeof entry[0] !== 'string' || !Array.isArray(entry[1])) continue;
    const literals = entry[1] as unknown[];
    if (literals.length === 0 || !literals.every((literal) => typeof literal === 'string' && literal.length > 0)) continue;
    known.set(entry[0], literals as string[]);
  }
}

/** Build step: from now on, filters are read from the patterns themselves and kept for {@link recordedLiteralFilters}. */
export function recordLiteralFilters(): void {
  recorded ??= new Map();
}

/** The filters read since {@link recordLiteralFilters}, as `installLiteralFilters` takes them. */
export function recordedLiteralFilters(): [string, readonly string[]][] {
  return [...(recorded ?? [])];
}

/** The filter of `pattern`, worked out once per pattern object. */
export function filterOf(pattern: RegExp): LiteralFilter | undefined {
  let filter = filters.get(pattern);
  if (filter === undefined) {
    const source = shortSources.get(pattern) ?? pattern.source;
    const key = keyOf(source, pattern.flags);
    if (recorded !== undefined) {
      filter = literalFilter(source, pattern.flags) ?? null;
      if (filter !== null) recorded.set(key, filter.literals);
    } else {
      const literals = known.get(key);
      filter = literals === undefined ? null : { literals, folded: pattern.flags.includes('i') };
    }
    filters.set(pattern, filter);
  }
  return filter ?? undefined;
}

/**
 * False only when `pattern` cannot match `text` (none of its literals occurs). `lower` gives the text
 * lower-cased, for case-insensitive patterns (a caller that tests many patterns on one text computes it once).
 */
export function mayMatch(pattern: RegExp, text: string, lower: () => string = () => text.toLowerCase()): boolean {
  const filter = filterOf(pattern);
  if (filter === undefined) return true;
  const subject = filter.folded ? lower() : text;
  for (const literal of filter.literals) if (subject.includes(literal)) return true;
  return false;
}
