import type { Nodes, Paragraph as MdParagraph, Root, RootContent } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Directive, Heading, MaskedRange, OffsetRange, SectionKind, SourceFormat } from '../model/types';
import { MappedText, MappedTextBuilder } from '../text/source-map';
import { readAnPageMetadata } from './an-page';
import { readFrontMatter } from './front-matter';
import { MetadataCollector } from './metadata-collector';
import type { Problem, RawDocument, RawParagraph, RawSection } from './raw';
import { mappedFromInline } from './inline';
import { normalizeKey } from './metadata';
import { parseDirective } from './directives';
import { countLineBreaks, parseMarkdownBody, shifted, shiftPoint, type MarkdownTreeMemory } from './incremental-markdown';
import { parseJoiningPlainLines } from './plain-lines';
import { limitEmphasis, limitInlineMarkup, limitMarkdownNesting, restoreInlineMarkup } from './nesting';
import { installLinearEditMap } from './edit-map';
import { limitBlocks } from './blocks';

// micromark's edit map made linear before any parse (see `edit-map.ts`).
installLinearEditMap();

// No indented code: a drafter's or a page's paragraph indented by four spaces is text to check, not code to skip
// (it made a whole question or answer vanish: « réponse vide », « aucune demande reconnue »). Fenced code stays.
const processor = unified()
  .use(remarkParse)
  .data('micromarkExtensions', [{ disable: { null: ['codeIndented'] } }]);

type SectionRole = SectionKind | 'metadata';

/** Normalised heading texts that open a section. */
const sectionHeadings = new Map<string, SectionRole>([
  ['question', 'question'],
  ['textedelaquestion', 'question'],
  ['questionecrite', 'question'],
  ['reponse', 'answer'],
  ['textedelareponse', 'answer'],
  ['projetdereponse', 'answer'],
  ['reponseduministere', 'answer'],
  ['notes', 'notes'],
  ['note', 'notes'],
  ['notesinternes', 'notes'],
  ['noteinterne', 'notes'],
  ['remarquesinternes', 'notes'],
  ['donneescles', 'metadata'],
  ['datescles', 'metadata'],
  ['datecle', 'metadata'],
]);

function sectionRole(text: string): SectionRole | undefined {
  return sectionHeadings.get(normalizeKey(text.replace(/\(s\)/g, '')));
}

function rangeOf(node: Nodes): OffsetRange {
  return { start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0 };
}

function plainText(node: Nodes): string {
  const parts: string[] = [];
  forEachInOrder(node, (child) => {
    if ('value' in child && child.type !== 'html') parts.push(child.value);
    return true;
  });
  return parts.join('');
}

/**
 * Visits a tree in document order without recursion (inline nesting, such as emphasis in emphasis, has no
 * limit in Markdown); `enter` returns false to skip a node's children.
 */
export function forEachInOrder(root: Nodes, enter: (node: Nodes) => boolean): void {
  const stack: Nodes[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!enter(node) || !('children' in node)) continue;
    const children = node.children as Nodes[];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
}

/** The nodes of a tree that hold a value (text, code, HTML), in document order. */
function valuesOf(tree: Root): (Nodes & { value: string })[] {
  const values: (Nodes & { value: string })[] = [];
  forEachInOrder(tree, (node) => {
    if ('value' in node) values.push(node);
    return true;
  });
  return values;
}

/** Appends without spreading (a spread of a long array overflows the call stack). */
function appendAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

interface OpenSection {
  role: SectionRole;
  depth: number;
  headingRange?: OffsetRange;
  start: number;
  end: number;
  nodes: RootContent[];
}

/** micromark's parse of the whole text, as is. */
export const parseMarkdownText = (body: string): Root => processor.parse(body) as Root;

/**
 * Past this many characters of blank lines at the start (a long front matter, blanked), micromark reads only the
 * text after them (it spent 0.4 s reading the 90,000 blank lines of a 1 MB header).
 */
export const blankStartFrom = 4096;

/**
 * The whole-document parse (the incremental parse must give exactly its tree): `parseMarkdownText`'s tree.
 * Blank lines opening a document close nothing and make no node, so a long run of them is skipped and the tree
 * of the rest is moved down by their characters and lines; long runs of plain lines are read in one piece
 * (`plain-lines.ts`).
 */
export function parseMarkdownTree(body: string): Root {
  const skip = blankLinesAtStart(body);
  // A byte order mark is skipped only at the very start of a document: not after the blank lines.
  if (skip < blankStartFrom || body.charCodeAt(skip) === 0xfeff) return parseJoiningPlainLines(body, parseMarkdownText);
  const rest = parseJoiningPlainLines(body.slice(skip), parseMarkdownText);
  const lines = countLineBreaks(body.slice(0, skip));
  return {
    ...rest,
    children: rest.children.map((node) => shifted(node, skip, lines)),
    position: { start: { line: 1, column: 1, offset: 0 }, end: shiftPoint(rest.position!.end, skip, lines) },
  };
}

/** Length of the whole blank lines (spaces, tabs, line breaks) that open `text`: up to the last line break. */
function blankLinesAtStart(text: string): number {
  let afterBreak = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (char === 10 || char === 13) afterBreak = i + 1;
    else if (char !== 32 && char !== 9) break;
  }
  return afterBreak;
}

/**
 * Reads a Markdown file: a native dossier (YAML front matter, Question / Réponse / Notes sections, `<!-- qe: … -->`
 * directives) or an Assemblée nationale page export ("Texte de la question", "Texte de la réponse", "Données clés").
 * With `memory` (the document's analysis cache), only the blocks an edit touches are parsed again.
 */
export function readMarkdown(text: string, memory?: MarkdownTreeMemory): RawDocument {
  const problems: Problem[] = [];
  const masked: MaskedRange[] = [];
  const collector = new MetadataCollector();

  const frontMatter = readFrontMatter(text, collector);
  appendAll(problems, frontMatter.problems);
  // Blank the front matter (same length, same line breaks) so that Markdown offsets stay those of the file.
  const blocks = limitBlocks(frontMatter.range ? blankOut(text, frontMatter.range) : text);
  appendAll(problems, blocks.problems);
  const nesting = limitMarkdownNesting(blocks.text);
  const emphasis = limitEmphasis(nesting.text);
  const body = emphasis.text;
  const markup = limitInlineMarkup(body);
  appendAll(problems, nesting.problems);
  appendAll(problems, emphasis.problems);
  appendAll(problems, markup.problems);
  if (frontMatter.range) masked.push({ ...frontMatter.range, reason: 'metadata' });

  const tree = parseMarkdownBody(markup.parsed, parseMarkdownTree, memory);
  if (markup.blocks.length > 0) restoreInlineMarkup(valuesOf(tree));
  const headings: Heading[] = [];
  const sections: OpenSection[] = [];
  const preamble: RootContent[] = [];
  let current: OpenSection | undefined;
  // A page export names its parts « Texte de la question » / « Texte de la réponse »: there, a page title that
  // happens to read « Question » or « Réponse » is only a title.
  const pageParts = new Set(['textedelaquestion', 'textedelareponse']);
  const keyOf = (node: Nodes): string => normalizeKey(plainText(node).trim().replace(/\(s\)/g, ''));
  const pageStructure = tree.children.some((node) => node.type === 'heading' && pageParts.has(keyOf(node)));

  for (const node of tree.children) {
    if (node.type === 'heading') {
      const headingText = plainText(node).trim();
      const key = keyOf(node);
      const role = pageStructure && (key === 'question' || key === 'reponse' || key === 'questionecrite') ? undefined : sectionRole(headingText);
      const range = rangeOf(node);
      masked.push({ ...range, reason: 'heading' });
      if (role) {
        current = { role, depth: node.depth, headingRange: range, start: range.start, end: range.end, nodes: [] };
        sections.push(current);
        headings.push({ range, depth: node.depth, text: headingText, opens: role });
        continue;
      }
      headings.push({ range, depth: node.depth, text: headingText });
      // An unrecognised heading at the same level or above closes the section; a deeper one is a sub-part.
      if (current && node.depth <= current.depth) current = undefined;
      if (current) {
        current.nodes.push(node);
        current.end = range.end;
      } else {
        preamble.push(node);
      }
      continue;
    }
    if (current) {
      current.nodes.push(node);
      current.end = rangeOf(node).end;
    } else {
      preamble.push(node);
    }
  }

  const anPage = !frontMatter.range && sections.some((section) => section.role === 'metadata');
  const format: SourceFormat = anPage ? 'an-page' : 'dossier';
  const directives: Directive[] = [];

  const bySection = (role: SectionRole) => sections.filter((section) => section.role === role);
  const build = (section: OpenSection): RawSection =>
    buildSection(body, section, masked, directives, problems);

  const questions = bySection('question');
  const answers = bySection('answer');
  for (const extra of [...questions.slice(1), ...answers.slice(1)]) {
    problems.push({
      rule: 'section-dupliquee',
      message: `Section « ${extra.role === 'question' ? 'Question' : 'Réponse'} » en double : seule la première est prise en compte.`,
      range: extra.headingRange ?? { start: extra.start, end: extra.end },
    });
  }
  const question = questions[0] ? build(questions[0]) : null;
  const answer = answers[0] ? build(answers[0]) : null;
  const notes = bySection('notes').map((section) => {
    masked.push({ start: section.start, end: section.end, reason: 'notes' });
    return build(section);
  });
  // Duplicated sections are still scanned for directives and masked, never checked.
  for (const extra of [...questions.slice(1), ...answers.slice(1)]) {
    masked.push({ start: extra.start, end: extra.end, reason: 'notes' });
  }
  for (const node of preamble) collectDirectives(body, node, directives, masked, problems);

  let metadataRange = frontMatter.range;
  if (anPage) {
    const metadataSections = bySection('metadata');
    readAnPageMetadata(body, preamble, metadataSections.flatMap((section) => section.nodes), collector);
    for (const section of metadataSections) masked.push({ start: section.start, end: section.end, reason: 'metadata' });
    metadataRange = { start: metadataSections[0]!.start, end: metadataSections[metadataSections.length - 1]!.end };
    for (const node of preamble) masked.push({ ...rangeOf(node), reason: 'metadata' });
  }

  appendAll(problems, collector.problems);
  if (text.trim() === '') {
    problems.push({ rule: 'fichier-vide', message: 'Le fichier est vide : ni métadonnées, ni question, ni réponse.', range: { start: 0, end: 0 } });
  } else if (!answer || (!question && !collector.metadata.question)) {
    const missing = [!question && !collector.metadata.question ? '« Question »' : '', !answer ? '« Réponse »' : '']
      .filter(Boolean)
      .join(' et ');
    problems.push({
      rule: 'section-manquante',
      message: `Section ${missing} introuvable : ajoutez un titre « # Question » ou « # Réponse » avant le texte correspondant.`,
      range: { start: 0, end: firstLineEnd(text) },
    });
  }

  return {
    format,
    text,
    metadata: collector.metadata,
    metadataEntries: collector.entries,
    ...(metadataRange ? { metadataRange } : {}),
    question,
    answer,
    notes,
    directives,
    masked,
    headings,
    problems,
    ...(blocks.cut !== undefined ? { truncated: true } : {}),
  };
}

function firstLineEnd(text: string): number {
  const newline = text.search(/\r?\n/);
  return newline < 0 ? text.length : newline;
}

/** Replaces every character of the range but line breaks by spaces. */
function blankOut(text: string, range: OffsetRange): string {
  const blanked = text.slice(range.start, range.end).replace(/[^\r\n]/g, ' ');
  return text.slice(0, range.start) + blanked + text.slice(range.end);
}

function buildSection(
  text: string,
  section: OpenSection,
  masked: MaskedRange[],
  directives: Directive[],
  problems: Problem[],
): RawSection {
  const blocks: { node: MdParagraph; answers: string[] }[] = [];
  let pendingAnswers: string[] = [];
  const visit = (node: RootContent): boolean => {
    switch (node.type) {
      case 'paragraph': {
        const inlineAnswers: string[] = [];
        for (const child of node.children) {
          if (child.type === 'html') {
            const directive = handleHtml(text, child, directives, masked, problems);
            if (directive?.verb === 'repond') appendAll(inlineAnswers, answerIds(directive.argument));
          }
        }
        blocks.push({ node, answers: [...pendingAnswers, ...inlineAnswers] });
        pendingAnswers = [];
        return false;
      }
      case 'html': {
        const directive = handleHtml(text, node, directives, masked, problems);
        // A new `repond` before any paragraph replaces the pending one: an empty place (a skeleton's) covers nothing.
        if (directive?.verb === 'repond') pendingAnswers = answerIds(directive.argument);
        return false;
      }
      case 'heading':
      case 'code':
      case 'table':
      case 'definition':
      case 'yaml':
        masked.push({ ...rangeOf(node), reason: node.type === 'code' ? 'code' : 'heading' });
        return false;
      default:
        return true;
    }
  };
  for (const node of section.nodes) forEachInOrder(node, (child) => visit(child as RootContent));

  const paragraphs = mergeCutParagraphs(
    text,
    blocks.map(({ node, answers }) => ({
      mapped: mappedFromInline(text, node.children, masked),
      range: rangeOf(node),
      breaks: [],
      answers,
    })),
  );
  return {
    kind: section.role as SectionKind,
    range: { start: section.start, end: section.end },
    ...(section.headingRange ? { headingRange: section.headingRange } : {}),
    paragraphs,
  };
}

function answerIds(argument: string): string[] {
  return argument
    .split(/[\s,;]+/)
    .map((id) => id.trim().toUpperCase())
    .filter((id) => /^Q\d+$/.test(id));
}

function handleHtml(
  text: string,
  node: Nodes & { type: 'html' },
  directives: Directive[],
  masked: MaskedRange[],
  problems: Problem[],
): Directive | undefined {
  const range = rangeOf(node);
  masked.push({ ...range, reason: node.value.startsWith('<!--') ? 'comment' : 'html' });
  const directive = parseDirective(text, range);
  if (!directive) return undefined;
  if ('problem' in directive) {
    problems.push(directive.problem);
    return undefined;
  }
  directives.push(directive);
  return directive;
}

function collectDirectives(text: string, node: RootContent, directives: Directive[], masked: MaskedRange[], problems: Problem[]): void {
  forEachInOrder(node, (child) => {
    if (child.type === 'html') handleHtml(text, child, directives, masked, problems);
    return true;
  });
}

const finalPunctuation = /[.!?…:;»")\]]/u;
const lowerStart = /^[\p{Ll}]/u;

/** True when the last character of the texts joined (gaps are blank) that is not white space is final punctuation. */
function endsWithFinalPunctuation(run: readonly RawParagraph[]): boolean {
  for (let p = run.length - 1; p >= 0; p--) {
    const text = run[p]!.mapped.text;
    let i = text.length - 1;
    while (i >= 0 && /\s/u.test(text[i]!)) i--;
    if (i >= 0) return finalPunctuation.test(text[i]!);
  }
  return false;
}

/**
 * Joins a paragraph cut by a page break (as in the Assemblée nationale export): the first part ends without
 * final punctuation and the next begins in lower case. The blank line stays in the text and is recorded as a break.
 * Each run of cut paragraphs is joined once (joining them one by one was quadratic: 100,000 « le » paragraphs
 * took 7 s here).
 */
function mergeCutParagraphs(text: string, paragraphs: RawParagraph[]): RawParagraph[] {
  const merged: RawParagraph[] = [];
  let run: RawParagraph[] = [];
  const close = (): void => {
    if (run.length === 1) merged.push(run[0]!);
    else if (run.length > 1) merged.push(joinRun(text, run));
    run = [];
  };
  for (const paragraph of paragraphs) {
    const previous = run[run.length - 1];
    if (
      previous &&
      !endsWithFinalPunctuation(run) &&
      lowerStart.test(paragraph.mapped.text) &&
      run[0]!.mapped.isVerbatim === paragraph.mapped.isVerbatim &&
      /^\s*$/.test(text.slice(previous.range.end, paragraph.range.start))
    ) {
      run.push(paragraph);
    } else {
      close();
      run.push(paragraph);
    }
  }
  close();
  return merged;
}

/** One paragraph from a run of cut ones: texts joined with the blank lines between them, recorded as breaks. */
function joinRun(text: string, run: readonly RawParagraph[]): RawParagraph {
  const first = run[0]!;
  const last = run[run.length - 1]!;
  const breaks: OffsetRange[] = [...first.breaks];
  const answers: string[] = [...first.answers];
  for (let i = 1; i < run.length; i++) {
    breaks.push({ start: run[i - 1]!.range.end, end: run[i]!.range.start });
    appendAll(answers, run[i]!.answers);
  }
  let mapped: MappedText;
  if (first.mapped.isVerbatim) {
    const parts = [first.mapped.text];
    for (let i = 1; i < run.length; i++) parts.push(text.slice(run[i - 1]!.range.end, run[i]!.range.start), run[i]!.mapped.text);
    mapped = MappedText.verbatim(parts.join(''), first.mapped.sourceRange(0, 0).start);
  } else {
    const builder = new MappedTextBuilder();
    builder.append(first.mapped);
    for (let i = 1; i < run.length; i++) {
      builder.keep(text, run[i - 1]!.range.end, run[i]!.range.start);
      builder.append(run[i]!.mapped);
    }
    mapped = builder.build();
  }
  return { mapped, range: { start: first.range.start, end: last.range.end }, breaks, answers };
}
