/**
 * What `qe-check` says about an input beyond its findings: files it cannot check (exit 2, with the reason) and
 * what `--fix` did or refused to do. Kept apart from the argument handling of `qe-check.ts`.
 */
import type { Analysis, Finding } from '../core';
import { LineIndex, pluralFr } from '../core';

/** The extension of the files `--fix` rewrites: the dossiers the team drafts in, never a published source. */
export const dossierExtension = '.qe.md';

/**
 * Why a file that was read cannot be checked, or undefined when it can: text that is not UTF-8 or is binary,
 * a JSON record that does not parse (finding `fichier-illisible`), or an input in which neither a question nor
 * an answer was found (empty file, text without headings). An unanswered open-data record has a question: it
 * is checked.
 */
export function unusableInput(path: string, analysis: Analysis): string | undefined {
  const unreadable = analysis.findings.find((finding) => finding.rule === 'fichier-illisible');
  if (unreadable) return `« ${path} » : ${unreadable.message} Rien n’a été contrôlé.`;
  const { question, answer } = analysis.document;
  if (question || answer) return undefined;
  const empty = analysis.document.text.trim() === '';
  return (
    `« ${path} » ${empty ? 'est vide' : 'ne contient ni question ni réponse reconnaissables'} : rien n’a été contrôlé. ` +
    `Un dossier ${dossierExtension} place la question sous un titre « # Question » et la réponse sous un titre « # Réponse » ; ` +
    'une page exportée du site de l’Assemblée nationale ou un enregistrement open data (.json) est lu tel quel.'
  );
}

/** Why `--fix` leaves a file alone (it is not a `.qe.md` dossier), with the way to get one; undefined to fix it. */
export function fixRefusal(path: string, analysis: Analysis): string | undefined {
  // A check that failed part-way saw only part of the findings: its fixes are not to be trusted.
  if (analysis.findings.some((finding) => finding.rule === 'erreur-interne')) {
    return `le contrôle de « ${path} » a échoué en partie (constatation « erreur-interne ») : --fix ne l’a pas modifié.`;
  }
  if (path.endsWith(dossierExtension) && analysis.document.format === 'dossier') return undefined;
  const what =
    analysis.document.format === 'open-data'
      ? 'un enregistrement open data'
      : analysis.document.format === 'dossier'
        ? `un fichier sans l’extension ${dossierExtension}`
        : 'une page exportée';
  return (
    `--fix ne modifie que les dossiers ${dossierExtension} : « ${path} » (${what}) n’a pas été modifié. ` +
    `Pour rédiger la réponse, créez un dossier : commande « Nouvelle réponse à partir de la question » de VS Code ` +
    `(clic droit sur le fichier), ou un fichier ${dossierExtension} avec la question sous « # Question » et la réponse sous « # Réponse » ; ` +
    `puis « qe-check --fix dossier${dossierExtension} ».`
  );
}

/** One applied fix, located in the text it was applied to. */
export interface AppliedFix {
  readonly text: string;
  readonly finding: Finding;
}

/**
 * Lines saying what `--fix` changed: `fichier:ligne:colonne: corrigé [règle] titre de la correction : « avant »
 * → « après »`, then a count. Spaces the eye cannot tell apart are shown by name in the excerpts.
 */
export function describeFixes(path: string, applied: readonly AppliedFix[]): string[] {
  if (applied.length === 0) return [];
  const indexes = new Map<string, LineIndex>();
  const lines = applied.map(({ text, finding }) => {
    let index = indexes.get(text);
    if (!index) {
      index = new LineIndex(text);
      indexes.set(text, index);
    }
    const fix = finding.fixes![0]!;
    const start = Math.min(...fix.edits.map((edit) => edit.range.start));
    const end = Math.max(...fix.edits.map((edit) => edit.range.end));
    const { line, character } = index.positionAt(start);
    // The words around the change, so that a changed space or apostrophe is seen in place.
    const from = wordStart(text, start);
    const to = wordEnd(text, end);
    const before = text.slice(from, to);
    let after = text.slice(from, start);
    let cursor = start;
    for (const edit of [...fix.edits].sort((a, b) => a.range.start - b.range.start)) {
      after += text.slice(cursor, edit.range.start) + edit.newText;
      cursor = edit.range.end;
    }
    after += text.slice(cursor, to);
    return `${path}:${line + 1}:${character + 1}: corrigé [${finding.rule}] ${fix.title} : « ${visible(before)} » → « ${visible(after)} »`;
  });
  lines.push(`${path} : ${pluralFr(applied.length, 'correction appliquée', 'corrections appliquées')}.`);
  return lines;
}

const spaceNames: Record<string, string> = {
  ' ': '␣',
  '\u00a0': '[espace insécable]',
  '\u202f': '[espace fine insécable]',
  '\u2009': '[espace fine]',
  '\r': '',
  '\n': '[saut de ligne]',
  '\t': '[tabulation]',
};

/** An excerpt in which spaces are named when the change is about them (an empty text is shown as such). */
function visible(text: string): string {
  if (text === '') return '[rien]';
  const short = text.length > 60 ? `${text.slice(0, 57)}…` : text;
  return /^\s+$/.test(short) || /[\u00a0\u202f\u2009\r\n\t]/.test(short)
    ? [...short].map((char) => spaceNames[char] ?? char).join('')
    : short;
}

/** Start of the word before `offset` (blanks next to the change included; at most 20 characters, one line). */
function wordStart(text: string, offset: number): number {
  let start = offset;
  while (start > 0 && offset - start < 3 && /[^\S\n]/.test(text[start - 1]!)) start--;
  while (start > 0 && offset - start < 20 && !/\s/.test(text[start - 1]!)) start--;
  return start;
}

/** End of the word after `offset` (blanks next to the change included; at most 20 characters, one line). */
function wordEnd(text: string, offset: number): number {
  let end = offset;
  while (end < text.length && end - offset < 3 && /[^\S\n]/.test(text[end]!)) end++;
  while (end < text.length && end - offset < 20 && !/\s/.test(text[end]!)) end++;
  return end;
}
