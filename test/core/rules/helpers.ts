import { applyFixes, type Finding } from '../../../server/src/core/index';
import { buildDocument } from '../../../server/src/core/model/build';
import type { QeDocument } from '../../../server/src/core/model/types';
import { readDocument } from '../../../server/src/core/parse';
import type { Profile, Rule } from '../../../server/src/core/rules/rule';
import { defaultStyleSettings, type StyleSettings } from '../../../server/src/core/config/settings';
import { runRules } from '../../../server/src/core/rules/run';

export interface DossierParts {
  readonly question?: string;
  /** Extra front-matter lines (`publicationReponse:\n  date: 2019-11-19`). */
  readonly front?: string;
}

/** A minimal native dossier with the given answer (and question). */
export function dossier(answer: string, parts: DossierParts = {}): string {
  const front = ['---', 'numero: 1', 'legislature: 17', 'chambre: AN', ...(parts.front ? [parts.front] : []), '---', ''].join('\n');
  return `${front}\n# Question\n\n${parts.question ?? 'Le député interroge le ministre.'}\n\n# Réponse\n\n${answer}\n`;
}

export interface Seen {
  readonly rule: string;
  readonly severity: Finding['severity'];
  /** The file's text under the finding's range. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly message: string;
  /** The text once the first fix is applied alone (undefined when there is none). */
  readonly fixed?: string;
  readonly finding: Finding;
}

export function documentOf(text: string): QeDocument {
  return buildDocument(readDocument(text));
}

/** Runs one rule on `text` (a whole file) and returns what it found, in document order. */
export function check(rule: Rule, text: string, profile: Profile = 'jo', style: Partial<StyleSettings> = {}): Seen[] {
  const findings = runRules(documentOf(text), { profile, severities: {}, style: { ...defaultStyleSettings, ...style, profile } }, [rule]);
  findings.sort((a, b) => a.range.start - b.range.start);
  return findings.map((finding) => ({
    rule: finding.rule,
    severity: finding.severity,
    text: text.slice(finding.range.start, finding.range.end),
    start: finding.range.start,
    end: finding.range.end,
    message: finding.message,
    ...(finding.fixes?.length ? { fixed: applyFixes(text, [finding]).text } : {}),
    finding,
  }));
}

/** Runs one rule on the answer `answer` of a minimal dossier. */
export function checkAnswer(rule: Rule, answer: string, options: DossierParts & { profile?: Profile; style?: Partial<StyleSettings> } = {}): Seen[] {
  return check(rule, dossier(answer, options), options.profile, options.style);
}

/** The answer of `dossier(answer)` after applying the first fix of the only finding. */
export function fixedAnswer(rule: Rule, answer: string, options: DossierParts & { profile?: Profile; style?: Partial<StyleSettings> } = {}): string {
  const text = dossier(answer, options);
  const profile = options.profile ?? 'jo';
  const findings = runRules(documentOf(text), { profile, severities: {}, style: { ...defaultStyleSettings, ...options.style, profile } }, [rule]);
  const fixed = applyFixes(text, findings).text;
  const start = fixed.indexOf('# Réponse\n\n') + '# Réponse\n\n'.length;
  return fixed.slice(start, fixed.length - 1);
}

/** Texts under the findings' ranges. */
export function texts(seen: readonly Seen[]): string[] {
  return seen.map((finding) => finding.text);
}
