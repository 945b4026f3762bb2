/**
 * Suppressions written in the dossier: `<!-- qe: desactiver règle : motif -->` (whole file),
 * `<!-- qe: desactiver-ligne-suivante règle : motif -->` (next non-blank line) and
 * `<!-- qe: desactiver-paragraphe règle : motif -->` (the paragraph holding the comment, or else the next one).
 * Several rules may be named, separated by commas. Applied after the rules ran; the suppressions themselves
 * are checked (missing reason, unknown rule, nothing suppressed).
 */
import type { Finding } from '../findings/finding';
import type { Directive, OffsetRange, QeDocument } from '../model/types';
import type { Problem } from '../parse/raw';
import { nearest } from '../config/nearest';

export type SuppressionScope = 'fichier' | 'ligne' | 'paragraphe';

export interface Suppression {
  readonly directive: Directive;
  readonly scope: SuppressionScope;
  /** Named rule ids with their source ranges. */
  readonly rules: readonly { readonly id: string; readonly range: OffsetRange }[];
  readonly reason: string;
  /** Offsets the suppression covers: a finding is suppressed when its start lies in [start, end]. */
  readonly target: OffsetRange | undefined;
}

const scopes: Readonly<Record<string, SuppressionScope>> = {
  desactiver: 'fichier',
  'desactiver-fichier': 'fichier',
  'desactiver-ligne-suivante': 'ligne',
  'desactiver-paragraphe': 'paragraphe',
};

/** Ids the suppression machinery emits; they cannot be suppressed themselves. */
const suppressionRuleIds = ['suppression-sans-motif', 'suppression-inconnue', 'suppression-inutile'] as const;

/** Reads the suppressions of a document (directives with a `desactiver…` verb). */
export function readSuppressions(document: QeDocument): Suppression[] {
  const result: Suppression[] = [];
  for (const directive of document.directives) {
    const scope = scopes[directive.verb];
    if (!scope) continue;
    const { rules, reason } = splitArgument(directive);
    result.push({ directive, scope, rules, reason, target: targetOf(document, directive, scope) });
  }
  return result;
}

/**
 * `a, b : motif` → ids a and b, reason « motif ». Without a colon, the leading comma-separated list is taken
 * as the ids and the rest as the reason.
 */
function splitArgument(directive: Directive): Pick<Suppression, 'rules' | 'reason'> {
  const argument = directive.argument;
  const colon = argument.indexOf(':');
  let idsText: string;
  let reason: string;
  if (colon >= 0) {
    idsText = argument.slice(0, colon);
    reason = argument.slice(colon + 1).trim();
  } else {
    const match = /^[^\s,]+(?:\s*,\s*[^\s,]+)*/u.exec(argument);
    idsText = match?.[0] ?? '';
    reason = argument.slice(idsText.length).trim();
  }
  const rules: { id: string; range: OffsetRange }[] = [];
  for (const match of idsText.matchAll(/[^\s,]+/gu)) {
    const start = directive.argumentRange.start + match.index;
    rules.push({ id: match[0], range: { start, end: start + match[0].length } });
  }
  return { rules, reason };
}

function targetOf(document: QeDocument, directive: Directive, scope: SuppressionScope): OffsetRange | undefined {
  const text = document.text;
  if (scope === 'fichier') return { start: 0, end: text.length };
  if (scope === 'ligne') {
    let lineEnd = text.indexOf('\n', directive.range.end);
    while (lineEnd >= 0) {
      const start = lineEnd + 1;
      const next = text.indexOf('\n', start);
      const end = next < 0 ? text.length : next;
      if (text.slice(start, end).trim() !== '') return { start, end: text[end - 1] === '\r' ? end - 1 : end };
      lineEnd = next;
    }
    return undefined;
  }
  const paragraphs = [document.question, document.answer, ...document.notes]
    .flatMap((section) => (section && !section.sourcePath ? section.paragraphs : []))
    .map((paragraph) => paragraph.range)
    .sort((a, b) => a.start - b.start);
  return (
    paragraphs.find((range) => range.start <= directive.range.start && directive.range.end <= range.end) ??
    paragraphs.find((range) => range.start >= directive.range.end)
  );
}

export interface SuppressionOutcome {
  /** Findings left after the suppressions. */
  readonly kept: Finding[];
  /** Problems with the suppressions themselves (missing reason, unknown rule, unused). */
  readonly problems: Problem[];
}

/**
 * Filters the findings through the dossier's suppressions. `isKnown` tells rule ids the tool can emit;
 * `isEnabled` whether a rule runs with the current settings (an unused suppression of a rule that is off is
 * not reported: it may serve under another profile).
 */
export function applySuppressions(
  document: QeDocument,
  findings: readonly Finding[],
  isKnown: (id: string) => boolean,
  isEnabled: (id: string) => boolean,
  knownIds: () => Iterable<string> = () => [],
): SuppressionOutcome {
  const suppressions = readSuppressions(document);
  if (suppressions.length === 0) return { kept: [...findings], problems: [] };
  const used = suppressions.map((suppression) => suppression.rules.map(() => false));
  const kept = findings.filter((finding) => {
    if ((suppressionRuleIds as readonly string[]).includes(finding.rule)) return true;
    let suppressed = false;
    suppressions.forEach((suppression, index) => {
      const target = suppression.target;
      if (!target || finding.range.start < target.start || finding.range.start > target.end) return;
      suppression.rules.forEach((rule, ruleIndex) => {
        if (rule.id === finding.rule) {
          used[index]![ruleIndex] = true;
          suppressed = true;
        }
      });
    });
    return !suppressed;
  });

  const problems: Problem[] = [];
  suppressions.forEach((suppression, index) => {
    const { directive } = suppression;
    const verb = document.text.slice(directive.verbRange.start, directive.verbRange.end);
    if (suppression.rules.length === 0) {
      problems.push({
        rule: 'suppression-inconnue',
        message: `La directive « ${verb} » ne nomme aucune règle : écrivez « <!-- qe: ${directive.verb} identifiant-de-règle : motif --> ».`,
        range: directive.verbRange,
      });
      return;
    }
    if (suppression.reason === '') {
      problems.push({
        rule: 'suppression-sans-motif',
        message: `Désactivation sans motif : indiquez pourquoi la règle est désactivée, après « : » (« <!-- qe: ${directive.verb} ${suppression.rules.map((rule) => rule.id).join(', ')} : motif --> »).`,
        range: directive.range,
      });
    }
    suppression.rules.forEach((rule, ruleIndex) => {
      if (!isKnown(rule.id) || (suppressionRuleIds as readonly string[]).includes(rule.id)) {
        const close = nearest(rule.id, knownIds());
        problems.push({
          rule: 'suppression-inconnue',
          message: `Règle inconnue « ${rule.id} » : cette désactivation n’a aucun effet.${close ? ` Voulez-vous dire « ${close} » ?` : ''}`,
          range: rule.range,
          ...(close ? { fixes: [{ title: `Remplacer par « ${close} »`, edits: [{ range: rule.range, newText: close }] }] } : {}),
        });
        return;
      }
      if (!used[index]![ruleIndex] && isEnabled(rule.id)) {
        const where = { fichier: 'dans ce fichier', ligne: 'sur la ligne suivante', paragraphe: 'dans ce paragraphe' }[suppression.scope];
        problems.push({
          rule: 'suppression-inutile',
          message: `Désactivation inutile : la règle « ${rule.id} » ne signale rien ${suppression.target ? where : '(aucune ligne ni aucun paragraphe ne suit la directive)'}.`,
          range: rule.range,
        });
      }
    });
  });
  return { kept, problems };
}

/**
 * The edit that silences one finding with a directive, for the editor's « Désactiver … » code actions (never a
 * finding's fix: `--fix` must not silence anything). The reason is left empty after « : » for the writer to
 * fill in (`suppression-sans-motif` reminds it; `reason` is where it goes in `newText`). `paragraphe`: the
 * directive on its own line before the paragraph holding the finding (undefined outside a paragraph). `ligne`:
 * the directive goes at the end of the previous line when it belongs to the same paragraph (a comment alone on its
 * line would cut the paragraph), else on its own line just before; metadata findings can only be silenced for the
 * file. Undefined for inputs without directives.
 */
export function suppressionEdit(
  document: QeDocument,
  finding: Finding,
  scope: 'ligne' | 'paragraphe' | 'fichier',
): { range: OffsetRange; newText: string; reason: number } | undefined {
  const edit = directiveEdit(document, finding, scope);
  // The reason is written between « : » and « --> ».
  return edit ? { ...edit, reason: edit.newText.lastIndexOf(' -->') } : undefined;
}

function directiveEdit(document: QeDocument, finding: Finding, scope: 'ligne' | 'paragraphe' | 'fichier'): { range: OffsetRange; newText: string } | undefined {
  if (document.format !== 'dossier') return undefined;
  const text = document.text;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const inMetadata = !!document.metadataRange && finding.range.start < document.metadataRange.end;
  if (scope === 'fichier' || inMetadata) {
    if (scope !== 'fichier') return undefined;
    const directive = `<!-- qe: desactiver ${finding.rule} :  -->`;
    const separator = text === '' || text.endsWith('\n') ? '' : eol;
    return { range: { start: text.length, end: text.length }, newText: `${separator}${eol}${directive}${eol}` };
  }
  const paragraphs = [document.question, document.answer, ...document.notes].flatMap((section) => (section && !section.sourcePath ? section.paragraphs : []));
  if (scope === 'paragraphe') {
    const paragraph = paragraphs.find((candidate) => candidate.range.start <= finding.range.start && finding.range.start < candidate.range.end);
    if (!paragraph) return undefined;
    // Alone on its line before the paragraph: it then covers the next paragraph, this one.
    const start = text.lastIndexOf('\n', paragraph.range.start - 1) + 1;
    const indent = /^[ \t]*/.exec(text.slice(start))![0];
    return { range: { start, end: start }, newText: `${indent}<!-- qe: desactiver-paragraphe ${finding.rule} :  -->${eol}` };
  }
  const directive = `<!-- qe: desactiver-ligne-suivante ${finding.rule} :  -->`;
  const lineStart = text.lastIndexOf('\n', finding.range.start - 1) + 1;
  if (lineStart > 0) {
    const previousEnd = text[lineStart - 2] === '\r' ? lineStart - 2 : lineStart - 1;
    const previousStart = text.lastIndexOf('\n', previousEnd - 1) + 1;
    const previous = text.slice(previousStart, previousEnd);
    const sameParagraph = paragraphs.some((paragraph) => paragraph.range.start <= previousStart && finding.range.start < paragraph.range.end);
    if (previous.trim() !== '' && sameParagraph) {
      return { range: { start: previousEnd, end: previousEnd }, newText: ` ${directive}` };
    }
  }
  const indent = /^[ \t]*/.exec(text.slice(lineStart))![0];
  return { range: { start: lineStart, end: lineStart }, newText: `${indent}${directive}${eol}` };
}
