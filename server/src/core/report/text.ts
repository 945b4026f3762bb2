import type { Analysis } from '../index';
import type { Finding, Severity } from '../findings/finding';
import { LineIndex } from '../text/line-index';

/** The one French name of each severity, wherever a user reads it (CLI, generated rule documentation). */
export const severityNames: Readonly<Record<Severity, { readonly one: string; readonly many: string }>> = {
  error: { one: 'erreur', many: 'erreurs' },
  warning: { one: 'avertissement', many: 'avertissements' },
  information: { one: 'information', many: 'informations' },
  hint: { one: 'suggestion', many: 'suggestions' },
};

/** Positions listed after a grouped line before « … ». */
const listedPositions = 8;

/**
 * Compiler-style lines (`fichier:ligne:colonne: gravité [règle] message`), 1-based as editors show them.
 * Identical findings (same rule, severity and message) on several lines are one line, at the first, followed by
 * the count and the other positions: a profile that flags every apostrophe would otherwise print the same line
 * fifty times.
 */
export function toTextLines(path: string, analysis: Analysis): string[] {
  const lines = new LineIndex(analysis.document.text);
  const groups = new Map<string, Finding[]>();
  for (const finding of analysis.findings) {
    const key = `${finding.rule}\u0000${finding.severity}\u0000${finding.message}`;
    const group = groups.get(key);
    if (group) group.push(finding);
    else groups.set(key, [finding]);
  }
  const where = (finding: Finding) => {
    const { line, character } = lines.positionAt(finding.range.start);
    return { line: line + 1, character: character + 1 };
  };
  return [...groups.values()].map((group) => {
    const first = group[0]!;
    const { line, character } = where(first);
    let text = `${path}:${line}:${character}: ${severityNames[first.severity].one} [${first.rule}] ${first.message}`;
    if (group.length > 1) {
      const others = group.slice(1, 1 + listedPositions).map((finding) => {
        const position = where(finding);
        return `${position.line}:${position.character}`;
      });
      const more = group.length - 1 > listedPositions ? ', …' : '';
      text += ` (${group.length.toLocaleString('fr-FR')} fois ; aussi en ${others.join(', ')}${more})`;
    }
    return text;
  });
}

export function pluralFr(count: number, singular: string, plural: string): string {
  return `${count.toLocaleString('fr-FR')} ${count > 1 ? plural : singular}`;
}

/** « 2 erreurs », « 0 suggestion »… with the severity's one French name. */
export function severityCount(severity: Severity, count: number): string {
  return pluralFr(count, severityNames[severity].one, severityNames[severity].many);
}

/** French lines `chemin:ligne:colonne : message` (1-based) for problems located in a text (style packs, catalogs). */
export function locatedMessages(path: string, text: string, problems: readonly { readonly range: { readonly start: number }; readonly message: string }[]): string[] {
  const lines = new LineIndex(text);
  return problems.map((problem) => {
    const position = lines.positionAt(problem.range.start);
    return `${path}:${position.line + 1}:${position.character + 1} : ${problem.message}`;
  });
}
