import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import {
  DiagnosticSeverity,
  type Diagnostic,
  type DocumentSymbol,
  SymbolKind,
} from 'vscode-languageserver/node';
import type { Analysis, Finding, OffsetRange, Section, Severity } from '../core';
import { LineIndex, subQuestionOutline } from '../core';

export const diagnosticSource = 'qe';

const severities: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** What a diagnostic carries for its quick fixes, so that code actions need no server state. */
export interface DiagnosticData {
  readonly fixes: readonly { title: string; edits: { range: Diagnostic['range']; newText: string }[] }[];
}

let documentationBase: string | undefined;
const documentationUris = new Map<string, string>();

/** Rule documentation shipped with the extension (`docs/regles.md`), reachable offline. */
export function ruleDocumentationUri(rule: string): string {
  // Asked for every diagnostic of every keystroke: the path is resolved once, each rule's address built once.
  let uri = documentationUris.get(rule);
  if (uri === undefined) {
    documentationBase ??= pathToFileURL(resolve(__dirname, '..', '..', 'docs', 'regles.md')).href;
    uri = `${documentationBase}#${rule}`;
    documentationUris.set(rule, uri);
  }
  return uri;
}

/** Parts of diagnostics that many share (never modified: they are only sent). */
const noFixes: DiagnosticData = Object.freeze({ fixes: Object.freeze([]) as unknown as DiagnosticData['fixes'] });
const codeDescriptions = new Map<string, { readonly href: string }>();

export function toDiagnostic(finding: Finding, lines: LineIndex, uri: string): Diagnostic {
  const data: DiagnosticData = finding.fixes?.length
    ? {
        fixes: finding.fixes.map((fix) => ({
          title: fix.title,
          edits: fix.edits.map((edit) => ({ range: lines.range(edit.range), newText: edit.newText })),
        })),
      }
    : noFixes;
  let codeDescription = codeDescriptions.get(finding.rule);
  if (!codeDescription) {
    codeDescription = Object.freeze({ href: ruleDocumentationUri(finding.rule) });
    codeDescriptions.set(finding.rule, codeDescription);
  }
  const related = finding.anchor ? [{ range: finding.range, message: wholeRangeMessage }, ...(finding.related ?? [])] : finding.related;
  return {
    // A long finding underlines its anchor only: the whole sentence or paragraph is its first related location.
    range: lines.range(finding.anchor ?? finding.range),
    severity: severities[finding.severity],
    code: finding.rule,
    codeDescription,
    source: diagnosticSource,
    message: finding.message,
    ...(related?.length
      ? {
          relatedInformation: related.map((location) => ({
            location: { uri, range: lines.range(location.range) },
            message: location.message,
          })),
        }
      : {}),
    data,
  };
}

/** Related information of an anchored finding: the passage it is about. */
export const wholeRangeMessage = 'Passage concerné';

/**
 * Diagnostics of one document, reusing those of its previous conversion: typing converts thousands of findings
 * per keystroke (50,000 words: 4,000), and all but those around the edit are unchanged. A previous diagnostic is
 * reused for a finding equal to its finding (shifted by the edit's length after it) whose every offset lies
 * where the positions cannot have changed: before the first changed character, or, when the edit added or
 * removed no line, after the first line break of the unchanged end of the text. The diagnostics are the same
 * as `toDiagnostic`'s, object for object.
 */
export class DiagnosticMemo {
  private text = '';
  private lineCount = -1;
  private uri = '';
  private findings: readonly Finding[] = [];
  private diagnostics: readonly Diagnostic[] = [];
  /** Counters, for tests. */
  readonly stats = { reused: 0, converted: 0 };

  convert(findings: readonly Finding[], lines: LineIndex, text: string, uri: string): readonly Diagnostic[] {
    if (findings === this.findings && text === this.text && uri === this.uri) {
      this.stats.reused += findings.length;
      return this.diagnostics;
    }
    const sameUri = uri === this.uri;
    const old = this.text;
    const shortest = Math.min(old.length, text.length);
    let prefix = 0;
    while (prefix < shortest && old.charCodeAt(prefix) === text.charCodeAt(prefix)) prefix++;
    // The position of an offset depends on the characters before it, and on the next one after a `\r` (a `\r\n`
    // pair is one line break): one character of margin before the change.
    const prefixLimit = prefix === text.length && prefix === old.length ? prefix + 1 : prefix - 1;
    let suffix = 0;
    while (suffix < shortest - prefix && old.charCodeAt(old.length - 1 - suffix) === text.charCodeAt(text.length - 1 - suffix)) suffix++;
    const delta = text.length - old.length;
    let suffixLine = Infinity;
    if (lines.lineCount === this.lineCount) {
      const newline = text.indexOf('\n', text.length - suffix);
      if (newline >= 0) suffixLine = newline + 1;
    }
    const previous = this.findings;
    const previousDiagnostics = this.diagnostics;
    const diagnostics: Diagnostic[] = [];
    let cursor = 0;
    for (const finding of findings) {
      let diagnostic: Diagnostic | undefined;
      if (sameUri && previous.length > 0) {
        offsetBounds(finding);
        const shift = bounds.high < prefixLimit ? 0 : bounds.low >= suffixLine ? delta : undefined;
        if (shift !== undefined) {
          const target = finding.range.start - shift;
          while (cursor < previous.length && previous[cursor]!.range.start < target) cursor++;
          for (let i = cursor; i < previous.length && previous[i]!.range.start === target; i++) {
            if (sameFinding(previous[i]!, finding, shift)) {
              diagnostic = previousDiagnostics[i];
              break;
            }
          }
        }
      }
      if (diagnostic) this.stats.reused++;
      else {
        diagnostic = toDiagnostic(finding, lines, uri);
        this.stats.converted++;
      }
      diagnostics.push(diagnostic);
    }
    this.text = text;
    this.lineCount = lines.lineCount;
    this.uri = uri;
    this.findings = findings;
    this.diagnostics = diagnostics;
    return diagnostics;
  }
}

const bounds = { low: 0, high: 0 };

/** The lowest and highest offsets of a finding (range, fix edits, related locations), into `bounds`. */
function offsetBounds(finding: Finding): void {
  let low = finding.range.start;
  let high = finding.range.end;
  if (finding.fixes) {
    for (const fix of finding.fixes) {
      for (const edit of fix.edits) {
        if (edit.range.start < low) low = edit.range.start;
        if (edit.range.end > high) high = edit.range.end;
      }
    }
  }
  if (finding.related) {
    for (const related of finding.related) {
      if (related.range.start < low) low = related.range.start;
      if (related.range.end > high) high = related.range.end;
    }
  }
  bounds.low = low;
  bounds.high = high;
}

function sameRange(a: OffsetRange, b: OffsetRange, shift: number): boolean {
  return a.start + shift === b.start && a.end + shift === b.end;
}

const none: readonly never[] = [];

/** True when `b` is `a` moved by `shift`. */
function sameFinding(a: Finding, b: Finding, shift: number): boolean {
  if (a === b && shift === 0) return true;
  if (a.rule !== b.rule || a.severity !== b.severity || a.message !== b.message || !sameRange(a.range, b.range, shift)) return false;
  if (a.anchor || b.anchor) {
    if (!a.anchor || !b.anchor || !sameRange(a.anchor, b.anchor, shift)) return false;
  }
  const fixesA = a.fixes ?? none;
  const fixesB = b.fixes ?? none;
  if (fixesA.length !== fixesB.length) return false;
  for (let i = 0; i < fixesA.length; i++) {
    const x = fixesA[i]!;
    const y = fixesB[i]!;
    if (x.title !== y.title || x.edits.length !== y.edits.length) return false;
    for (let j = 0; j < x.edits.length; j++) {
      if (x.edits[j]!.newText !== y.edits[j]!.newText || !sameRange(x.edits[j]!.range, y.edits[j]!.range, shift)) return false;
    }
  }
  const relatedA = a.related ?? none;
  const relatedB = b.related ?? none;
  if (relatedA.length !== relatedB.length) return false;
  for (let i = 0; i < relatedA.length; i++) {
    if (relatedA[i]!.message !== relatedB[i]!.message || !sameRange(relatedA[i]!.range, relatedB[i]!.range, shift)) return false;
  }
  return true;
}

const metadataLabels: Record<string, string> = {
  numero: 'Numéro',
  legislature: 'Législature',
  chambre: 'Chambre',
  auteur: 'Auteur',
  circonscription: 'Circonscription',
  groupe: 'Groupe',
  ministereInterroge: 'Ministère interrogé',
  ministereAttributaire: 'Ministère attributaire',
  rubrique: 'Rubrique',
  titre: 'Titre',
  publicationQuestion: 'Publication de la question',
  publicationReponse: 'Publication de la réponse',
  signalee: 'Question signalée',
  signalement: 'Signalement au JO',
  questionsLiees: 'Questions liées',
  question: 'Fichier de la question',
};

function describe(value: unknown): string {
  if (typeof value === 'boolean') return value ? 'oui' : 'non';
  if (value && typeof value === 'object') {
    const publication = value as { date?: string; page?: number };
    return [publication.date, publication.page ? `page ${publication.page}` : ''].filter(Boolean).join(', ');
  }
  return String(value);
}

const sectionNames = { question: 'Question', answer: 'Réponse', notes: 'Notes internes' } as const;

/** Outline: metadata, question, answer (with its sub-headings), notes. */
export function toDocumentSymbols(analysis: Analysis, lines: LineIndex): DocumentSymbol[] {
  const { document } = analysis;
  const symbols: DocumentSymbol[] = [];
  if (document.metadataRange && document.metadataEntries.length > 0) {
    const children = document.metadataEntries.map(
      (entry): DocumentSymbol => ({
        name: metadataLabels[entry.key] ?? entry.key,
        detail: describe(document.metadata[entry.key]),
        kind: SymbolKind.Property,
        range: lines.range({ start: Math.min(entry.keyRange.start, entry.valueRange.start), end: Math.max(entry.keyRange.end, entry.valueRange.end) }),
        selectionRange: lines.range(entry.keyRange),
      }),
    );
    symbols.push({
      name: 'Métadonnées',
      kind: SymbolKind.Namespace,
      range: lines.range(document.metadataRange),
      selectionRange: lines.range(document.metadataRange),
      children: children.filter((child) => contains(lines, document.metadataRange!, child)),
    });
  }
  const sections = [document.question, document.answer, ...document.notes].filter(
    (section): section is Section => section !== null && !section.sourcePath,
  );
  for (const section of sections) {
    const subHeadings = document.headings.filter(
      (heading) => !heading.opens && heading.range.start > section.range.start && heading.range.end <= section.range.end,
    );
    const words = section.paragraphs.reduce((sum, paragraph) => sum + paragraph.sentences.reduce((n, s) => n + s.words.filter((w) => w.kind === 'word' || w.kind === 'number').length, 0), 0);
    symbols.push({
      name: sectionNames[section.kind],
      detail: section.kind === 'notes' ? 'non publiées' : `${words.toLocaleString('fr-FR')} mots`,
      kind: section.kind === 'answer' ? SymbolKind.Module : section.kind === 'question' ? SymbolKind.Interface : SymbolKind.File,
      range: lines.range(section.range),
      selectionRange: lines.range(section.headingRange ?? section.range),
      children: [
        ...(section.kind === 'question' ? subQuestionOutline(analysis).map((sub) => ({ name: sub.name, detail: sub.detail, kind: SymbolKind.Field, range: lines.range(sub.range), selectionRange: lines.range(sub.range) })) : []),
        ...subHeadings.map((heading) => ({
          name: heading.text,
          kind: SymbolKind.String,
          range: lines.range(heading.range),
          selectionRange: lines.range(heading.range),
        })),
      ],
    });
  }
  symbols.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return symbols;
}

function contains(lines: LineIndex, outer: { start: number; end: number }, symbol: DocumentSymbol): boolean {
  const start = lines.offsetAt(symbol.range.start);
  return start >= outer.start && start <= outer.end;
}
