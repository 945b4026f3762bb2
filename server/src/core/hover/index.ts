/**
 * Hover: what the reference catalog knows of the thing under the cursor — an acronym, a plan, « mesure N » of
 * the plan in context, a data source — and what a metadata key, a directive, a sub-question or a rule id
 * means. Pure: offsets in, Markdown out.
 */
import type { Analysis } from '../index';
import type { OffsetRange } from '../model/types';
import { ruleMeta } from '../rules/registry';
import type { Catalog } from '../completion/catalog';
import { acronymEntries, inFrontMatter, ordinalPattern, ordinalValue, planMentionsOf, planInContext, wordAt } from '../completion/mentions';
import { statusLabel } from '../completion';
import { keyInfo, verbInfo } from '../completion/vocabulary';
import { foldForSearch } from '../text/fold';
import { describeAcronym, describePlan, describeSource } from './describe';
import { describeSubQuestion, kindLabels, statusLabels, subQuestionAt, subQuestionsWithEvidenceAt } from '../coverage';
import { letterRegExp } from '../text/letters';
import { deadlineOf, describeDeadline } from '../deadline';

export interface HoverResult {
  readonly range: OffsetRange;
  /** Markdown, in French. */
  readonly markdown: string;
}

const within = (range: OffsetRange, offset: number): boolean => offset >= range.start && offset <= range.end;

export function hover(analysis: Analysis, offset: number, catalog: Catalog): HoverResult | undefined {
  return hoverMetadata(analysis, offset) ?? hoverDirective(analysis, offset) ?? hoverSubQuestion(analysis, offset) ?? hoverMeasure(analysis, offset, catalog) ?? hoverPlan(analysis, offset, catalog) ?? hoverWord(analysis, offset, catalog) ?? hoverEvidence(analysis, offset);
}

function hoverMetadata(analysis: Analysis, offset: number): HoverResult | undefined {
  const { document } = analysis;
  const entry =
    document.metadataEntries.find((candidate) => within(candidate.keyRange, offset)) ??
    document.metadataEntries.find((candidate) => candidate.key === 'publicationQuestion' && within(candidate.valueRange, offset));
  if (!entry) return undefined;
  const info = keyInfo(entry.key);
  if (!info) return undefined;
  // The publication date sets the deadline: shown on the key and on the date.
  const deadline = entry.key === 'publicationQuestion' ? describeDeadline(deadlineOf(document.metadata)) : undefined;
  if (!within(entry.keyRange, offset)) return deadline ? { range: entry.valueRange, markdown: `**${info.label}**\n\n${deadline}` } : undefined;
  const source = document.format === 'dossier' ? `\`${entry.key}\`` : `« ${entry.sourceKey} »`;
  const lines = [`**${info.label}** (${source})`, info.description, `Exemple : \`${info.key}: ${info.example}\``];
  if (document.format !== 'dossier') lines.push(`Dans un dossier \`.qe.md\`, cette donnée s’écrit \`${info.key}:\` dans l’en-tête.`);
  if (deadline) lines.push(deadline);
  return { range: entry.keyRange, markdown: lines.join('\n\n') };
}

function hoverDirective(analysis: Analysis, offset: number): HoverResult | undefined {
  const directive = analysis.document.directives.find((candidate) => within(candidate.range, offset));
  if (!directive) return undefined;
  if (within(directive.argumentRange, offset)) {
    const word = wordAt(analysis.document.text, offset);
    if (word && /^[Qq]\d+$/.test(word.text)) {
      const subQuestion = analysis.subQuestions.find((candidate) => candidate.id === word.text.toUpperCase());
      return {
        range: word,
        markdown: subQuestion
          ? `**Sous-question ${subQuestion.id}** — ${statusLabel(subQuestion.status)}\n\n> ${subQuestion.text}`
          : `**${word.text.toUpperCase()}** : sous-question introuvable dans la question.`,
      };
    }
    const id = /[\p{L}\d-]+/u.exec(analysis.document.text.slice(wordStart(analysis.document.text, offset)))?.[0];
    const meta = id ? ruleMeta(id) : undefined;
    if (meta && directive.verb.startsWith('desactiver')) {
      const start = wordStart(analysis.document.text, offset);
      return { range: { start, end: start + meta.id.length }, markdown: `**${meta.id}** — ${meta.title}\n\n${meta.description}` };
    }
  }
  const info = verbInfo(directive.verb);
  if (!info) return undefined;
  return { range: directive.verbRange, markdown: `**Directive \`${info.verb}\`** : \`<!-- qe: ${info.syntax} -->\`\n\n${info.description}\n\nLes directives ne paraissent jamais dans le texte publié.` };
}

function wordStart(text: string, offset: number): number {
  let start = offset;
  while (start > 0 && /[\p{L}\d-]/u.test(text[start - 1]!)) start--;
  return start;
}

function hoverSubQuestion(analysis: Analysis, offset: number): HoverResult | undefined {
  const { text } = analysis.document;
  const asked = subQuestionAt(analysis.subQuestions, offset);
  if (asked) {
    // Kind, status, then the answer passages that carry the evidence, quoted.
    const quotes = asked.evidence.slice(0, 3).map((range) => `- « ${excerpt(text.slice(range.start, range.end))} »`);
    if (quotes.length) quotes.unshift('Phrase retenue comme réponse :');
    const markdown = [describeSubQuestion(asked), ...(quotes.length ? ['', ...quotes] : []), '', `Rattacher un paragraphe : \`<!-- qe: repond ${asked.id} -->\``].join('\n');
    return { range: asked.range, markdown };
  }
  return undefined;
}

/** On an answer passage that carries evidence (last: more precise hovers on its words come first). */
function hoverEvidence(analysis: Analysis, offset: number): HoverResult | undefined {
  const served = subQuestionsWithEvidenceAt(analysis.subQuestions, offset);
  if (served.length === 0) return undefined;
  const range = served[0]!.evidence.find((candidate) => candidate.start <= offset && offset < candidate.end)!;
  return {
    range,
    // Why it counts (rule cited and concluded, explicit refusal, named measure…): a reviewer can disagree at once.
    markdown: served
      .map((sub) => {
        const reason = 'reason' in sub && typeof sub.reason === 'string' ? `\n\nPourquoi ce passage compte : ${sub.reason}.` : '';
        return `Ce passage répond à la **sous-question ${sub.id}** (${kindLabels[sub.kind]}, ${statusLabels[sub.status]}) : « ${excerpt(sub.text)} »${reason}`;
      })
      .join('\n\n'),
  };
}

function excerpt(value: string, length = 160): string {
  const flat = value.replace(/\s+/g, ' ').trim();
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
}

function hoverMeasure(analysis: Analysis, offset: number, catalog: Catalog): HoverResult | undefined {
  const text = analysis.document.text;
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = text.indexOf('\n', offset);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  const pattern = /(?<![\p{L}])mesure\s+(?:n[°o]\s*)?(\d+)/giu;
  for (const match of line.matchAll(pattern)) {
    const start = lineStart + match.index;
    const end = start + match[0].length;
    if (offset < start || offset > end) continue;
    const plan = planInContext(analysis.document, start, catalog);
    if (!plan) return undefined;
    return { range: { start, end }, markdown: describePlan(plan, Number(match[1])) };
  }
  return undefined;
}

function hoverPlan(analysis: Analysis, offset: number, catalog: Catalog): HoverResult | undefined {
  if (inFrontMatter(analysis.document, offset)) return undefined;
  const mention = planMentionsOf(analysis.document, catalog).find((candidate) => within(candidate, offset));
  if (mention) return { range: { start: mention.start, end: mention.end }, markdown: describePlan(mention.plan) };
  return hoverShortPlan(analysis, offset, catalog);
}

/** « le 2nd plan », « ce plan » : the plan in context, when its rank agrees with the one written. */
function hoverShortPlan(analysis: Analysis, offset: number, catalog: Catalog): HoverResult | undefined {
  const text = analysis.document.text;
  const from = Math.max(0, offset - 40);
  const window = foldForSearch(text.slice(from, offset + 40));
  const pattern = letterRegExp(String.raw`(?<![\p{L}\p{N}])(${ordinalPattern}|ce|ces|cet|nouveau)\s+plans?(?![\p{L}])`, 'gu');
  for (const match of window.matchAll(pattern)) {
    const start = from + match.index;
    const end = start + match[0].length;
    if (offset < start || offset > end) continue;
    const plan = planInContext(analysis.document, start, catalog);
    if (!plan) return undefined;
    const rank = ordinalValue(match[1]!);
    const planRank = ordinalValue(plan.nom.split(' ')[0] ?? '');
    if (rank !== undefined && planRank !== undefined && rank !== planRank) {
      // « le 1er plan » after the second one was named: the plan of the same series with that rank.
      const core = foldForSearch(plan.nom).replace(/^\S+\s+/, '');
      const sibling = catalog.plans.find((candidate) => ordinalValue(candidate.nom.split(' ')[0] ?? '') === rank && foldForSearch(candidate.nom).replace(/^\S+\s+/, '') === core);
      return sibling ? { range: { start, end }, markdown: describePlan(sibling) } : undefined;
    }
    return { range: { start, end }, markdown: describePlan(plan) };
  }
  return undefined;
}

function hoverWord(analysis: Analysis, offset: number, catalog: Catalog): HoverResult | undefined {
  const word = wordAt(analysis.document.text, offset);
  if (!word || word.text.length < 2 || !/^\p{Lu}/u.test(word.text)) return undefined;
  const acronyms = acronymEntries(catalog, word.text);
  const sources = catalog.sources.filter((source) => source.sigle && source.sigle.toUpperCase() === word.text.toUpperCase());
  if (acronyms.length === 0 && sources.length === 0) return undefined;
  const parts = [
    ...(acronyms.length > 1 ? [`Sigle ambigu : ${acronyms.length} développements possibles.`] : []),
    ...acronyms.map(describeAcronym),
    ...sources.map(describeSource),
  ];
  return { range: { start: word.start, end: word.end }, markdown: parts.join('\n\n---\n\n') };
}
