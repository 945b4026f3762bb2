/**
 * The open documents, kept equal to the editor's text for every legal change sequence.
 *
 * `vscode-languageserver-textdocument` 1.0.12 keeps the right text but wrong line offsets when an incremental
 * change makes or breaks a `\r\n` pair at one of its ends (text ending with `\r` inserted before an existing
 * `\n`, text starting with `\n` after an existing `\r`, a deletion that joins them): it counts the pair as two
 * line breaks, and every later position below is mapped one character off, so later edits land at the wrong
 * place. After such a change the line offsets are computed again from the text (a full change of the same
 * text); other changes keep the library's fast path.
 */
import { TextDocuments } from 'vscode-languageserver/node';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';

/** Applies changes one by one, recomputing line offsets after a change that joins or splits a `\r\n` pair. */
export function updateDocument(document: TextDocument, changes: readonly TextDocumentContentChangeEvent[], version: number): TextDocument {
  let current = document;
  for (const change of changes) {
    if (!('range' in change)) {
      current = TextDocument.update(current, [change], version);
      continue;
    }
    const old = current.getText();
    const a = current.offsetAt(change.range.start);
    const b = current.offsetAt(change.range.end);
    const start = Math.min(a, b);
    const end = Math.max(a, b);
    current = TextDocument.update(current, [change], version);
    const text = current.getText();
    const after = start + change.text.length;
    const pairAtStart = text[start - 1] === '\r' && (text[start] === '\n' || old[start] === '\n');
    const pairAtEnd = text[after] === '\n' && (text[after - 1] === '\r' || old[end - 1] === '\r');
    if (pairAtStart || pairAtEnd) current = TextDocument.update(current, [{ text }], version);
  }
  return current;
}

export function createTextDocuments(): TextDocuments<TextDocument> {
  return new TextDocuments({ create: TextDocument.create, update: updateDocument });
}
