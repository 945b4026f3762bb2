/** Completion: catalog entries (plans, measures, sources, acronyms, ministries), metadata keys and values, directives. */
import { CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem } from 'vscode-languageserver/node';
import { complete, triggerCharacters, type SuggestionKind } from '../../core';
import type { Feature } from '../feature';
import { safeMarkdown } from '../markdown';

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

export const completion: Feature = {
  capabilities: () => ({ completionProvider: { triggerCharacters, resolveProvider: false } }),
  register(server) {
    server.connection.onCompletion(async (params) => {
      const entry = await server.dossierAnalysis(params.textDocument.uri);
      if (!entry) return null;
      const offset = entry.lines.offsetAt(params.position);
      const result = complete(entry.analysis, offset, server.catalogFor(params.textDocument.uri));
      const items = result.items.map((item): CompletionItem => {
        const range = entry.lines.range(item.range);
        return {
          label: item.label,
          kind: completionKinds[item.kind],
          ...(item.detail ? { detail: item.detail } : {}),
          ...(item.documentation ? { documentation: { kind: MarkupKind.Markdown, value: safeMarkdown(item.documentation) } } : {}),
          textEdit: { range, newText: item.insertText },
          insertTextFormat: item.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
          ...(item.filterText ? { filterText: item.filterText } : {}),
          ...(item.sortText ? { sortText: item.sortText } : {}),
        };
      });
      return { isIncomplete: result.isIncomplete, items };
    });
  },
};
