/**
 * Completion: what the drafter may insert at an offset — plan names, « mesure N » of the plan in context,
 * data sources, acronyms (with their expansion on first use), ministries' names, metadata keys and values,
 * directive verbs, sub-question ids and rule ids. Pure: offsets in, suggestions out; the LSP layer converts.
 */
import type { Analysis } from '../index';
import type { OffsetRange } from '../model/types';
import { allRuleMeta } from '../rules/registry';
import { describeAcronym, describePlan, describeSource } from '../hover/describe';
import { ministriesAt, type Catalog } from './catalog';
import { inFrontMatter, ordinalPattern, ordinalValue, planInContext, usedBefore } from './mentions';
import { directiveVerbs, keyInfo, metadataKeys } from './vocabulary';
import { foldForSearch } from '../text/fold';
import { letterRegExp } from '../text/letters';

export type SuggestionKind =
  | 'plan'
  | 'mesure'
  | 'axe'
  | 'source'
  | 'sigle'
  | 'ministere'
  | 'cle'
  | 'valeur'
  | 'directive'
  | 'sous-question'
  | 'regle';

export interface Suggestion {
  readonly label: string;
  readonly kind: SuggestionKind;
  /** One line shown beside the label. */
  readonly detail?: string;
  /** Markdown. */
  readonly documentation?: string;
  readonly insertText: string;
  /** `insertText` uses the snippet syntax (tab stops, choices). */
  readonly snippet?: boolean;
  /** What the suggestion replaces (ends at the cursor). */
  readonly range: OffsetRange;
  readonly filterText?: string;
  readonly sortText?: string;
}

export interface CompletionResult {
  readonly items: readonly Suggestion[];
  /** The list depends on more than the word typed: ask again on the next keystroke. */
  readonly isIncomplete: boolean;
}

const none: CompletionResult = { items: [], isIncomplete: false };

/** Characters after which an editor should ask for completions. */
export const triggerCharacters = [' ', ':', '°', '(', "'", '’'];

const planWords = String.raw`plans?|strat[ée]gies?|programmes?|pactes?|feuilles? de route|sch[ée]mas?`;

function escapeSnippet(text: string): string {
  return text.replace(/[\\$}]/g, '\\$&');
}

function escapeChoice(text: string): string {
  return text.replace(/[\\$}|,]/g, '\\$&');
}

function tokensOf(text: string): string[] {
  return foldForSearch(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((token) => token.length > 0);
}

/** Whether every typed token starts a word of `candidate` (the last one may be partial). */
function matchesTokens(candidate: string, typed: readonly string[]): boolean {
  const words = tokensOf(candidate);
  return typed.every((token) => words.some((word) => word.startsWith(token)));
}

export function complete(analysis: Analysis, offset: number, catalog: Catalog): CompletionResult {
  const { document } = analysis;
  const text = document.text;
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const linePrefix = text.slice(lineStart, offset);

  const directive = completeDirective(analysis, linePrefix, offset);
  if (directive) return directive;
  if (inFrontMatter(document, offset)) return completeMetadata(analysis, linePrefix, offset, catalog);
  if (isMasked(analysis, offset)) return none;

  return (
    completeMeasure(analysis, linePrefix, offset, catalog) ??
    completeSource(linePrefix, offset, catalog) ??
    completePlan(linePrefix, offset, catalog) ??
    completeMinistry(analysis, linePrefix, offset, catalog) ??
    completeAcronym(analysis, linePrefix, offset, catalog) ??
    none
  );
}

function isMasked(analysis: Analysis, offset: number): boolean {
  return analysis.document.masked.some(
    (range) => range.reason !== 'notes' && range.reason !== 'link' && offset > range.start && offset < range.end,
  );
}

function completeDirective(analysis: Analysis, linePrefix: string, offset: number): CompletionResult | undefined {
  const opened = /<!--\s*qe\s*:\s*([^>]*)$/u.exec(linePrefix);
  if (!opened) return undefined;
  const inside = opened[1]!;
  const verb = /^([\p{L}-]*)$/u.exec(inside);
  if (verb) {
    const range = { start: offset - verb[1]!.length, end: offset };
    return {
      isIncomplete: false,
      items: directiveVerbs.map((info, index) => ({
        label: info.verb,
        kind: 'directive' as const,
        detail: info.syntax,
        documentation: info.description,
        insertText: info.verb,
        range,
        sortText: String(index).padStart(2, '0'),
      })),
    };
  }
  const answers = /^r[ée]pond\s+(?:[Qq]?\d+\s*,\s*)*([Qq]?\d*)$/u.exec(inside) ?? /^sans-r[ée]ponse\s+([Qq]?\d*)$/u.exec(inside);
  if (answers) {
    const range = { start: offset - answers[1]!.length, end: offset };
    return {
      isIncomplete: false,
      items: analysis.subQuestions.map((subQuestion, index) => ({
        label: subQuestion.id,
        kind: 'sous-question' as const,
        detail: statusLabel(subQuestion.status),
        documentation: subQuestion.text,
        insertText: subQuestion.id,
        range,
        sortText: String(index).padStart(3, '0'),
      })),
    };
  }
  const suppression = /^d[ée]sactiver[\p{L}-]*\s+(?:[\p{L}\d-]+\s*,\s*)*([\p{L}\d-]*)$/u.exec(inside);
  if (suppression) {
    const range = { start: offset - suppression[1]!.length, end: offset };
    return {
      isIncomplete: false,
      items: allRuleMeta.map((meta) => ({
        label: meta.id,
        kind: 'regle' as const,
        detail: meta.title,
        documentation: meta.description,
        insertText: `${meta.id} : `,
        range,
      })),
    };
  }
  return none;
}

export function statusLabel(status: 'answered' | 'partial' | 'unanswered'): string {
  return status === 'answered' ? 'traitée' : status === 'partial' ? 'partiellement traitée' : 'sans réponse';
}

function completeMetadata(analysis: Analysis, linePrefix: string, offset: number, catalog: Catalog): CompletionResult {
  const { document } = analysis;
  if (/^-{3}/.test(linePrefix)) return none;
  const keyOnly = /^(\s*)([\p{L}\s-]*)$/u.exec(linePrefix);
  if (keyOnly) {
    const indented = keyOnly[1]!.length > 0;
    // From the text too: while a line is being typed the YAML may not parse.
    const block = document.text.slice(document.metadataRange?.start ?? 0, document.metadataRange?.end ?? 0);
    const present = new Set([
      ...document.metadataEntries.map((entry) => entry.key),
      ...[...block.matchAll(/^([^\s:#][^:#\n]*?)\s*:/gmu)].map((match) => keyInfo(match[1]!)?.key).filter((key) => key !== undefined),
    ]);
    const range = { start: offset - keyOnly[2]!.length, end: offset };
    if (indented) {
      return {
        isIncomplete: false,
        items: [
          { label: 'date', kind: 'cle', detail: 'Date de publication au JO', insertText: 'date: ', range },
          { label: 'page', kind: 'cle', detail: 'Page du JO', insertText: 'page: ', range },
        ],
      };
    }
    return {
      isIncomplete: false,
      items: metadataKeys
        .filter((info) => !present.has(info.key))
        .map((info, index) => ({
          label: info.key,
          kind: 'cle' as const,
          detail: info.label,
          documentation: `${info.description}\n\nExemple : \`${info.key}: ${info.example}\``,
          insertText: `${info.key}: `,
          range,
          sortText: String(index).padStart(2, '0'),
        })),
    };
  }
  const keyValue = /^\s*([^:#]+?)\s*:\s*(.*)$/u.exec(linePrefix);
  if (!keyValue) return none;
  const info = keyInfo(keyValue[1]!);
  const typed = keyValue[2]!;
  const range = { start: offset - typed.length, end: offset };
  const values = (labels: readonly string[], detail: string): CompletionResult => ({
    isIncomplete: false,
    items: labels.map((label, index) => ({ label, kind: 'valeur' as const, detail, insertText: label, range, sortText: String(index).padStart(3, '0') })),
  });
  switch (info?.key) {
    case 'chambre':
      return values(['AN', 'Sénat'], 'Chambre');
    case 'signalee':
      return values(['non', 'oui'], 'Question signalée');
    case 'legislature':
      return values(['17', '16', '15'], 'Législature');
    case 'ministereInterroge':
    case 'ministereAttributaire': {
      const date = document.metadata.publicationQuestion?.date;
      const typedTokens = tokensOf(typed);
      return {
        isIncomplete: true,
        items: ministriesAt(catalog, date)
          .filter((ministry) => matchesTokens(ministry.nom, typedTokens))
          .map((ministry, index) => ({
            label: ministry.nom,
            kind: 'ministere' as const,
            detail: `Gouvernement ${ministry.gouvernement}`,
            insertText: ministry.nom,
            filterText: typed || ministry.nom,
            range,
            sortText: String(index).padStart(3, '0'),
          })),
      };
    }
    default:
      return none;
  }
}

function completeMeasure(analysis: Analysis, linePrefix: string, offset: number, catalog: Catalog): CompletionResult | undefined {
  const match = /(?<![\p{L}])(mesures?|axes?)\s+(?:n[°o]\s*)?(\d*)$/iu.exec(linePrefix);
  if (!match) return undefined;
  const plan = planInContext(analysis.document, offset, catalog);
  if (!plan) return none;
  const range = { start: offset - match[2]!.length, end: offset };
  const isAxis = /^axe/i.test(match[1]!);
  const entries = isAxis ? (plan.axes ?? []) : (plan.mesures ?? []).filter((measure): measure is { numero: number; intitule: string } => measure.numero !== null);
  return {
    isIncomplete: false,
    items: entries.map((entry) => ({
      label: String(entry.numero),
      kind: isAxis ? ('axe' as const) : ('mesure' as const),
      detail: entry.intitule,
      documentation: describePlan(plan, isAxis ? undefined : entry.numero),
      insertText: String(entry.numero),
      range,
      sortText: String(entry.numero).padStart(4, '0'),
    })),
  };
}

function completeSource(linePrefix: string, offset: number, catalog: Catalog): CompletionResult | undefined {
  const sourceLine = /(?:^|[\s(])Sources?\s*:\s*([^,;]*)$/u.exec(linePrefix);
  if (sourceLine) {
    const typed = sourceLine[1]!;
    const range = { start: offset - typed.length, end: offset };
    const typedTokens = tokensOf(typed);
    return {
      isIncomplete: true,
      items: catalog.sources
        .filter((source) => matchesTokens(`${source.sigle ?? ''} ${source.nom}`, typedTokens))
        .map((source) => {
          const name = source.sigle ?? source.nom;
          const publications = source.exemplePublication?.length ? `\${1|${source.exemplePublication.map(escapeChoice).join(',')}|}` : '${1:publication}';
          return {
            label: name,
            kind: 'source' as const,
            detail: source.sigle ? source.nom : source.type ?? 'source',
            documentation: describeSource(source),
            insertText: `${escapeSnippet(name)}, ${publications}, \${2:année}`,
            snippet: true,
            filterText: typed || name,
            range,
          };
        }),
    };
  }
  const according = /(?<![\p{L}])(?:selon|d['’]apr[èe]s|source\s+:)\s+(?:l['’]|la\s+|le\s+|les\s+)?([\p{L}\d-]*)$/iu.exec(linePrefix);
  if (according && according[1]!.length > 0) {
    const typed = according[1]!;
    const range = { start: offset - typed.length, end: offset };
    const items = catalog.sources
      .filter((source) => matchesTokens(`${source.sigle ?? ''} ${source.nom}`, tokensOf(typed)))
      .map((source) => ({
        label: source.sigle ?? source.nom,
        kind: 'source' as const,
        detail: source.sigle ? source.nom : source.type ?? 'source',
        documentation: describeSource(source),
        insertText: source.sigle ?? source.nom,
        filterText: typed,
        range,
      }));
    if (items.length > 0) return { isIncomplete: true, items };
  }
  return undefined;
}

function completePlan(linePrefix: string, offset: number, catalog: Catalog): CompletionResult | undefined {
  const pattern = letterRegExp(String.raw`(?:^|[\s(«'’])((?:(?:${ordinalPattern})\s+)?(?:${planWords})(?:\s+[^\s.;:!?,()«»]*){0,10})$`, 'iu');
  const match = pattern.exec(foldForSearch(linePrefix));
  if (!match) return undefined;
  const typed = linePrefix.slice(linePrefix.length - match[1]!.length);
  const range = { start: offset - typed.length, end: offset };
  const words = tokensOf(typed);
  // The rank and the plan word are not filters: « second plan » offers every plan.
  const filters = words.filter((word, index) => index > 1 || !/^(plans?|strategies?|programmes?|pactes?|schemas?)$/.test(word)).filter((word) => !(word in rankWords));
  const typedRank = words.map(ordinalValue).find((rank) => rank !== undefined);
  const items = catalog.plans
    .filter((plan) => matchesTokens(`${plan.nom} ${plan.periode ?? ''} ${plan.domaine ?? ''}`, filters))
    .map((plan) => {
      const label = plan.periode ? `${plan.nom} (${plan.periode})` : plan.nom;
      return {
        label,
        kind: 'plan' as const,
        detail: plan.porteur ?? plan.domaine ?? 'plan',
        documentation: describePlan(plan),
        insertText: label,
        filterText: typed,
        range,
        sortText: `${typedRank !== undefined && ordinalValue(plan.nom.split(' ')[0]!) === typedRank ? '0' : '1'}${plan.verifie ? '0' : '1'}${plan.periode ? String(9999 - Number(plan.periode.slice(0, 4))) : '9999'}`,
      };
    });
  return items.length > 0 ? { isIncomplete: true, items } : undefined;
}

const rankWords: Readonly<Record<string, true>> = Object.fromEntries(ordinalPattern.split('|').map((word) => [word, true]));

function completeMinistry(analysis: Analysis, linePrefix: string, offset: number, catalog: Catalog): CompletionResult | undefined {
  const match = /(?<![\p{L}])((minist[èe]re|ministre)(?:\s+[^\s.;:!?()«»]*){0,8})$/iu.exec(linePrefix);
  if (!match) return undefined;
  const typed = match[1]!;
  const asMinister = /^ministre$/i.test(match[2]!);
  const range = { start: offset - typed.length, end: offset };
  const typedTokens = tokensOf(typed).slice(1);
  const date = analysis.document.metadata.publicationReponse?.date ?? analysis.document.metadata.publicationQuestion?.date;
  const items = ministriesAt(catalog, date)
    .filter((ministry) => /^minist[èe]re/i.test(ministry.nom))
    .map((ministry) => ({ ministry, name: asMinister ? ministry.nom.replace(/minist[èe]re/gi, 'ministre') : ministry.nom }))
    .filter(({ name }) => matchesTokens(name, typedTokens))
    .map(({ ministry, name }, index) => ({
      label: name,
      kind: 'ministere' as const,
      detail: `Gouvernement ${ministry.gouvernement}`,
      insertText: name,
      filterText: typed,
      range,
      sortText: String(index).padStart(3, '0'),
    }));
  return items.length > 0 ? { isIncomplete: true, items } : undefined;
}

function completeAcronym(analysis: Analysis, linePrefix: string, offset: number, catalog: Catalog): CompletionResult | undefined {
  const match = /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}\d&]+)$/u.exec(linePrefix);
  if (!match || !/^\p{Lu}{2}/u.test(match[1]!)) return undefined;
  const typed = match[1]!;
  const upper = typed.toUpperCase();
  const range = { start: offset - typed.length, end: offset };
  const answer = analysis.document.answer;
  const scopeStart = answer && offset >= answer.range.start ? answer.range.start : 0;
  const before = analysis.document.text.slice(scopeStart, range.start);
  const items = catalog.acronyms
    .filter((entry) => entry.sigle.toUpperCase().startsWith(upper) || (entry.variantes ?? []).some((variant) => variant.toUpperCase().startsWith(upper)))
    .map((entry) => {
      const first = !entry.usageCourant && !usedBefore(before, before.length, entry);
      return {
        label: entry.sigle,
        kind: 'sigle' as const,
        detail: entry.developpement,
        documentation: describeAcronym(entry) + (first ? '\n\nPremière occurrence dans la réponse : le développement est inséré.' : ''),
        insertText: first ? `${entry.developpement} (${entry.sigle})` : entry.sigle,
        filterText: `${entry.sigle} ${typed}`,
        range,
        sortText: `${entry.sigle.toUpperCase() === upper ? '0' : '1'}${entry.obsolete ? '1' : '0'}${entry.sigle}`,
      };
    });
  return items.length > 0 ? { isIncomplete: true, items } : undefined;
}

