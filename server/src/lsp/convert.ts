import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import {
  DiagnosticSeverity,
  type Diagnostic,
  type DocumentSymbol,
  SymbolKind,
} from 'vscode-languageserver/node';
import type { Analysis, Finding, Severity } from '../core';
import { LineIndex } from '../core';
import type { Section } from '../core/model/types';

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

/** Rule documentation shipped with the extension (`docs/regles.md`), reachable offline. */
export function ruleDocumentationUri(rule: string): string {
  return `${pathToFileURL(resolve(__dirname, '..', '..', 'docs', 'regles.md')).href}#${rule}`;
}

export function toDiagnostic(finding: Finding, lines: LineIndex, uri: string): Diagnostic {
  const data: DiagnosticData = {
    fixes: (finding.fixes ?? []).map((fix) => ({
      title: fix.title,
      edits: fix.edits.map((edit) => ({ range: lines.range(edit.range), newText: edit.newText })),
    })),
  };
  return {
    range: lines.range(finding.range),
    severity: severities[finding.severity],
    code: finding.rule,
    codeDescription: { href: ruleDocumentationUri(finding.rule) },
    source: diagnosticSource,
    message: finding.message,
    ...(finding.related?.length
      ? {
          relatedInformation: finding.related.map((related) => ({
            location: { uri, range: lines.range(related.range) },
            message: related.message,
          })),
        }
      : {}),
    data,
  };
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
      children: subHeadings.map((heading) => ({
        name: heading.text,
        kind: SymbolKind.String,
        range: lines.range(heading.range),
        selectionRange: lines.range(heading.range),
      })),
    });
  }
  symbols.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return symbols;
}

function contains(lines: LineIndex, outer: { start: number; end: number }, symbol: DocumentSymbol): boolean {
  const start = lines.offsetAt(symbol.range.start);
  return start >= outer.start && start <= outer.end;
}
