/**
 * Editor features on top of the analysis: completion, hover, document links, folding, code lens, and the
 * custom requests behind the client's commands (new dossier from a question, coverage, publication text).
 * Translation only: the logic is in `core/completion`, `core/hover`, `core/navigation`, `core/publish`.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CompletionItemKind,
  FoldingRangeKind,
  InsertTextFormat,
  MarkupKind,
  type CodeLens,
  type CompletionItem,
  type Connection,
  type DocumentLink,
  type FoldingRange,
  type ServerCapabilities,
  type TextDocuments,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, type Analysis, type AnalyzeOptions, type LineIndex } from '../../core';
import type { Catalog } from '../../core/completion/catalog';
import { complete, statusLabel, triggerCharacters, type SuggestionKind } from '../../core/completion';
import { hover } from '../../core/hover';
import { documentLinks, foldingRanges } from '../../core/navigation';
import { publicationText } from '../../core/publish/plain-text';
import { toDossier } from '../../core/dossier/serialize';
import { CatalogFiles } from '../../node/catalog-file';
import { ruleDocumentationUri } from '../convert';
import { coverageSummary } from '../../core/coverage';
import { coverageRequest, dossierFromQuestionRequest, publicationTextRequest, type CoverageResult } from './protocol';

export const editorCapabilities: ServerCapabilities = {
  completionProvider: { triggerCharacters, resolveProvider: false },
  hoverProvider: true,
  documentLinkProvider: { resolveProvider: false },
  foldingRangeProvider: true,
  codeLensProvider: { resolveProvider: false },
};

export interface EditorFeatureDeps {
  readonly documents: TextDocuments<TextDocument>;
  readonly analysisOf: (document: TextDocument) => Promise<{ readonly analysis: Analysis; readonly lines: LineIndex }>;
  readonly workspaceRoots: () => readonly string[];
  readonly optionsFor?: (uri: string) => Promise<AnalyzeOptions>;
}

const completionKinds: Record<SuggestionKind, CompletionItemKind> = {
  plan: CompletionItemKind.Module,
  mesure: CompletionItemKind.EnumMember,
  axe: CompletionItemKind.Enum,
  source: CompletionItemKind.Reference,
  sigle: CompletionItemKind.Constant,
  ministere: CompletionItemKind.Class,
  cle: CompletionItemKind.Property,
  valeur: CompletionItemKind.Value,
  directive: CompletionItemKind.Keyword,
  'sous-question': CompletionItemKind.Field,
  regle: CompletionItemKind.Event,
};

/** Files the server also sees that are not dossiers (style packs, catalogues). */
function isDossierUri(uri: string): boolean {
  return !/\/\.qe-(style|catalogue)\.json$/.test(uri);
}

function pathOf(uri: string): string | undefined {
  return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
}

export function registerEditorFeatures(connection: Connection, deps: EditorFeatureDeps): void {
  const catalogs = new CatalogFiles();
  const reported = new Set<string>();

  function catalogFor(uri: string): Catalog {
    const { catalog, messages } = catalogs.catalogFor(pathOf(uri), deps.workspaceRoots());
    for (const message of messages) {
      if (reported.has(message)) continue;
      reported.add(message);
      connection.console.warn(`Catalogue de référence : ${message}`);
    }
    return catalog;
  }

  async function entryOf(uri: string) {
    const document = deps.documents.get(uri);
    if (!document || !isDossierUri(uri)) return undefined;
    return deps.analysisOf(document);
  }

  connection.onCompletion(async (params) => {
    const entry = await entryOf(params.textDocument.uri);
    if (!entry) return null;
    const offset = entry.lines.offsetAt(params.position);
    const result = complete(entry.analysis, offset, catalogFor(params.textDocument.uri));
    const items = result.items.map((item): CompletionItem => {
      const range = entry.lines.range(item.range);
      return {
        label: item.label,
        kind: completionKinds[item.kind],
        ...(item.detail ? { detail: item.detail } : {}),
        ...(item.documentation ? { documentation: { kind: MarkupKind.Markdown, value: item.documentation } } : {}),
        textEdit: { range, newText: item.insertText },
        insertTextFormat: item.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
        ...(item.filterText ? { filterText: item.filterText } : {}),
        ...(item.sortText ? { sortText: item.sortText } : {}),
      };
    });
    return { isIncomplete: result.isIncomplete, items };
  });

  connection.onHover(async (params) => {
    const entry = await entryOf(params.textDocument.uri);
    if (!entry) return null;
    const result = hover(entry.analysis, entry.lines.offsetAt(params.position), catalogFor(params.textDocument.uri));
    return result ? { contents: { kind: MarkupKind.Markdown, value: result.markdown }, range: entry.lines.range(result.range) } : null;
  });

  connection.onDocumentLinks(async (params) => {
    const entry = await entryOf(params.textDocument.uri);
    if (!entry) return [];
    const path = pathOf(params.textDocument.uri);
    const links: DocumentLink[] = [];
    for (const link of documentLinks(entry.analysis)) {
      let target: string | undefined;
      if (link.target.kind === 'rule') target = ruleDocumentationUri(link.target.id);
      else if (path) {
        // Relative to the dossier's folder; a path written relative to the workspace (older dossiers) also works.
        const relativePath = link.target.path;
        const candidates = [resolve(dirname(path), relativePath), ...deps.workspaceRoots().map((root) => resolve(root, relativePath))];
        const file = candidates.find((candidate) => existsSync(candidate)) ?? candidates[0]!;
        target = pathToFileURL(file).href;
      }
      if (target) links.push({ range: entry.lines.range(link.range), target, tooltip: link.tooltip });
    }
    return links;
  });

  connection.onFoldingRanges(async (params) => {
    const entry = await entryOf(params.textDocument.uri);
    if (!entry) return [];
    const ranges: FoldingRange[] = [];
    for (const fold of foldingRanges(entry.analysis)) {
      const startLine = entry.lines.positionAt(fold.start).line;
      const endLine = entry.lines.positionAt(fold.end).line;
      if (endLine > startLine) ranges.push({ startLine, endLine, kind: fold.kind === 'comment' ? FoldingRangeKind.Comment : FoldingRangeKind.Region });
    }
    return ranges;
  });

  connection.onCodeLens(async (params) => {
    const entry = await entryOf(params.textDocument.uri);
    if (!entry) return [];
    const { analysis } = entry;
    const answer = analysis.document.answer;
    const total = analysis.subQuestions.length;
    // Before the answer is written, the checklist sits on the question's heading.
    const host = answer ?? analysis.document.question;
    if (!host || host.sourcePath || total === 0) return [];
    const anchor = entry.lines.range(host.headingRange ?? { start: host.range.start, end: host.range.start });
    const lens: CodeLens = {
      range: anchor,
      command: {
        title: coverageSummary(analysis.subQuestions),
        command: 'qe.showCoverage',
        arguments: [params.textDocument.uri],
      },
    };
    return [lens];
  });

  connection.onRequest(dossierFromQuestionRequest, (params) => {
    const analysis = analyze(params.text);
    const { document } = analysis;
    if (document.format === 'dossier' && document.text.startsWith('---')) {
      return { error: 'Ce fichier est déjà un dossier de réponse (.qe.md).' };
    }
    if (!document.question || document.question.paragraphs.length === 0) {
      return { error: 'Aucune question reconnue : il faut une page de question exportée du site de l’Assemblée nationale ou un enregistrement open data.' };
    }
    return {
      dossier: toDossier(document, params.origin ? { origin: params.origin } : {}),
      ...(document.metadata.numero !== undefined ? { numero: document.metadata.numero } : {}),
      ...(document.metadata.legislature !== undefined ? { legislature: document.metadata.legislature } : {}),
      ...(document.metadata.chambre !== undefined ? { chambre: document.metadata.chambre } : {}),
    };
  });

  connection.onRequest(coverageRequest, async (params): Promise<CoverageResult | null> => {
    const entry = await entryOf(params.uri);
    if (!entry) return null;
    const { analysis, lines } = entry;
    const text = analysis.document.text;
    const options = (await deps.optionsFor?.(params.uri)) ?? {};
    const subQuestions = analysis.subQuestions.map((subQuestion) => ({
      id: subQuestion.id,
      text: subQuestion.text,
      kind: subQuestion.kind,
      status: subQuestion.status,
      statusLabel: statusLabel(subQuestion.status),
      range: lines.range(subQuestion.range),
      evidence: subQuestion.evidence.map((range) => {
        const excerpt = text.slice(range.start, range.end).replace(/\s+/g, ' ').trim();
        return { range: lines.range(range), excerpt: excerpt.length > 160 ? `${excerpt.slice(0, 157)}…` : excerpt };
      }),
    }));
    return {
      subQuestions,
      answered: subQuestions.filter((item) => item.status === 'answered').length,
      partial: subQuestions.filter((item) => item.status === 'partial').length,
      total: subQuestions.length,
      findings: analysis.findings.length,
      profile: options.profile ?? 'jo',
    };
  });

  connection.onRequest(publicationTextRequest, async (params) => {
    const entry = await entryOf(params.uri);
    if (!entry) return null;
    const options = (await deps.optionsFor?.(params.uri)) ?? {};
    return publicationText(entry.analysis, {
      ...(options.apostrophe ? { apostrophe: options.apostrophe } : {}),
      narrowSpaces: true,
    });
  });
}
