import type { Analysis } from '../index';
import { LineIndex } from '../text/line-index';

const labels = { error: 'erreur', warning: 'avertissement', information: 'information', hint: 'suggestion' } as const;

/** Compiler-style lines (`fichier:ligne:colonne: gravité [règle] message`), 1-based as editors show them. */
export function toTextLines(path: string, analysis: Analysis): string[] {
  const lines = new LineIndex(analysis.document.text);
  return analysis.findings.map((finding) => {
    const { line, character } = lines.positionAt(finding.range.start);
    return `${path}:${line + 1}:${character + 1}: ${labels[finding.severity]} [${finding.rule}] ${finding.message}`;
  });
}

export function pluralFr(count: number, singular: string, plural: string): string {
  return `${count.toLocaleString('fr-FR')} ${count > 1 ? plural : singular}`;
}

/** French lines `chemin:ligne:colonne : message` (1-based) for problems located in a text (style packs, catalogs). */
export function locatedMessages(path: string, text: string, problems: readonly { readonly range: { readonly start: number }; readonly message: string }[]): string[] {
  const lines = new LineIndex(text);
  return problems.map((problem) => {
    const position = lines.positionAt(problem.range.start);
    return `${path}:${position.line + 1}:${position.character + 1} : ${problem.message}`;
  });
}
