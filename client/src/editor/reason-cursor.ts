/**
 * « Désactiver … » quick fixes insert `<!-- qe: desactiver… règle :  -->` with the reason to write after « : ».
 * The client turns their edit into a snippet edit whose final tab stop is there, so that VS Code leaves the
 * cursor on the reason (the server stays editor-neutral: a plain text edit for other editors). Pure: no `vscode`.
 */

const directive = /^(\s*)(<!-- qe: desactiver[\p{L}-]* [^\n]*? : ) -->(\s*)$/u;

function escapeSnippet(text: string): string {
  return text.replace(/[\\$}]/g, '\\$&');
}

/** The snippet for a suppression directive's inserted text (`$0` on the reason), undefined for any other text. */
export function reasonSnippet(newText: string): string | undefined {
  const match = directive.exec(newText);
  if (!match) return undefined;
  return `${escapeSnippet(match[1]!)}${escapeSnippet(match[2]!)}$0 -->${escapeSnippet(match[3]!)}`;
}
