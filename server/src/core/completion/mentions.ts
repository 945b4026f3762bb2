/**
 * Finding references to the catalog in the text: plan names (full or without their rank, disambiguated by the
 * rank or period written next to them), acronyms. Shared by completion and hover. Offsets are UTF-16 offsets
 * into the file, like everywhere in the core.
 */
import type { QeDocument } from '../model/types';
import type { AcronymEntry, Catalog, PlanEntry } from './catalog';
import { letterRegExp } from '../text/letters';
import { foldForSearch } from '../text/fold';

const ordinals: Readonly<Record<string, number>> = {
  premier: 1, premiere: 1, '1er': 1, '1re': 1, '1ere': 1,
  second: 2, seconde: 2, deuxieme: 2, '2nd': 2, '2nde': 2, '2e': 2, '2eme': 2,
  troisieme: 3, '3e': 3, '3eme': 3,
  quatrieme: 4, '4e': 4, '4eme': 4,
  cinquieme: 5, '5e': 5, '5eme': 5,
  sixieme: 6, '6e': 6, '6eme': 6,
  septieme: 7, '7e': 7, '7eme': 7,
};

/** The rank a (folded) word denotes: `second`, `2nd`, `deuxième` → 2. */
export function ordinalValue(word: string): number | undefined {
  return ordinals[foldForSearch(word)];
}

export const ordinalPattern = Object.keys(ordinals).join('|');

/** A plan's name without its leading rank (`second plan d'action…` → `plan d'action…`), folded. */
function coreName(plan: PlanEntry): { core: string; rank?: number } {
  const folded = foldForSearch(plan.nom);
  const match = /^(\S+)\s+(.*)$/.exec(folded);
  if (match && ordinalValue(match[1]!) !== undefined) return { core: match[2]!, rank: ordinalValue(match[1]!)! };
  return { core: folded };
}

export interface PlanMention {
  readonly plan: PlanEntry;
  readonly start: number;
  readonly end: number;
}

function wordBoundary(text: string, index: number): boolean {
  return index <= 0 || index >= text.length || !/[\p{L}\p{N}]/u.test(text[index]!);
}

/** Every mention of a catalog plan, in document order, including the rank before and the period after it. */
export function findPlanMentions(text: string, catalog: Catalog): PlanMention[] {
  const folded = foldForSearch(text);
  const byCore = new Map<string, { plan: PlanEntry; rank?: number }[]>();
  for (const plan of catalog.plans) {
    const { core, rank } = coreName(plan);
    const list = byCore.get(core) ?? [];
    list.push(rank === undefined ? { plan } : { plan, rank });
    byCore.set(core, list);
  }
  const mentions: PlanMention[] = [];
  for (const [core, candidates] of byCore) {
    if (core.length < 8) continue;
    let from = 0;
    for (;;) {
      const index = folded.indexOf(core, from);
      if (index < 0) break;
      from = index + core.length;
      if (!wordBoundary(folded, index - 1) || !wordBoundary(folded, index + core.length)) continue;
      let start = index;
      let end = index + core.length;
      let rank: number | undefined;
      const before = /(\S+)\s+$/.exec(folded.slice(Math.max(0, index - 16), index));
      if (before && ordinalValue(before[1]!) !== undefined) {
        rank = ordinalValue(before[1]!);
        start = index - before[0].length;
      }
      const after = /^\s*\(?\s*(\d{4})\s*[-–]\s*(\d{4})\s*\)?/.exec(folded.slice(end, end + 20));
      const period = after ? `${after[1]}-${after[2]}` : undefined;
      if (after) end += after[0].length;
      const scored = candidates
        .map((candidate) => ({
          candidate,
          score:
            (period && candidate.plan.periode === period ? 4 : 0) +
            (rank !== undefined && candidate.rank === rank ? 2 : 0) +
            (rank === undefined && candidate.rank === undefined ? 1 : 0),
        }))
        .sort((a, b) => b.score - a.score);
      const best = scored[0]!;
      const tie = scored.length > 1 && scored[1]!.score === best.score;
      if (tie && best.score === 0) continue;
      mentions.push({ plan: best.candidate.plan, start, end });
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}

const mentionCache = new WeakMap<QeDocument, WeakMap<Catalog, PlanMention[]>>();

/** Plan mentions of a document, computed once per document version and catalog (hovers ask on every move). */
export function planMentionsOf(document: QeDocument, catalog: Catalog): PlanMention[] {
  let byCatalog = mentionCache.get(document);
  if (!byCatalog) {
    byCatalog = new WeakMap();
    mentionCache.set(document, byCatalog);
  }
  let mentions = byCatalog.get(catalog);
  if (!mentions) {
    mentions = findPlanMentions(document.text, catalog);
    byCatalog.set(catalog, mentions);
  }
  return mentions;
}

/**
 * The plan a « mesure N » at `offset` refers to: the last plan named before it, else the first named after
 * it, else the plan the question's title names.
 */
export function planInContext(document: QeDocument, offset: number, catalog: Catalog): PlanEntry | undefined {
  const mentions = planMentionsOf(document, catalog);
  const before = mentions.filter((mention) => mention.end <= offset);
  if (before.length > 0) return before[before.length - 1]!.plan;
  if (mentions.length > 0) return mentions[0]!.plan;
  const title = document.metadata.titre;
  return title ? findPlanMentions(title, catalog)[0]?.plan : undefined;
}

/** Catalog entries for an acronym as written (`MIPROF`, `Miprof`), ambiguous ones included. */
export function acronymEntries(catalog: Catalog, word: string): AcronymEntry[] {
  const upper = word.toUpperCase();
  return catalog.acronyms.filter(
    (entry) => entry.sigle === word || entry.sigle.toUpperCase() === upper || (entry.variantes ?? []).some((variant) => variant === word),
  );
}

/** The word (letters, digits, `&`, `-`) around `offset`. */
export function wordAt(text: string, offset: number): { start: number; end: number; text: string } | undefined {
  const isWord = (char: string | undefined) => !!char && /[\p{L}\p{N}&]/u.test(char);
  let start = offset;
  let end = offset;
  while (start > 0 && isWord(text[start - 1])) start--;
  while (end < text.length && isWord(text[end])) end++;
  return start === end ? undefined : { start, end, text: text.slice(start, end) };
}

/** Whether `offset` lies inside the front matter / metadata block of a native dossier. */
export function inFrontMatter(document: QeDocument, offset: number): boolean {
  return document.format === 'dossier' && !!document.metadataRange && offset >= document.metadataRange.start && offset <= document.metadataRange.end && document.text.startsWith('---');
}

/** Whether the acronym (or one of its variants) is already written in `text` before `offset`. */
export function usedBefore(text: string, offset: number, entry: AcronymEntry): boolean {
  const forms = [entry.sigle, ...(entry.variantes ?? [])].map((form) => form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return letterRegExp(`(?<![\\p{L}\\p{N}])(?:${forms.join('|')})(?![\\p{L}\\p{N}])`, 'u').test(text.slice(0, offset));
}
