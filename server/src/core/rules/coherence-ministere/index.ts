/**
 * I6 `coherence-ministere`: ministries' names. (1) A full ministry name that belongs to an earlier government
 * than the one in office at the answer's date (built-in table of ministries per government, from
 * `reference/ministeres.json`); (2) a former name listed by the style pack (`ministeres[].anciensNoms`), fixed to
 * the current name; (3) `le ministre` / `la ministre` followed by a portfolio whose office-holder's gender the
 * style pack gives, when they disagree.
 */
import type { Rule } from '../rule';
import type { ProseView } from '../common/mask';
import { comparisonKey } from '../../text/fold';
import { governments, type GovernmentEntry } from '../../reference';
import type { QeDocument } from '../../model/types';

/** The ministry names of the table, without the rank prefixes (`ministère d'État,`, `garde des sceaux,`). */
function cleanName(name: string): string {
  return name
    .replace(/\s*\([^)]*\)\s*$/, '')
    .replace(/^(?:ministère d['’]État,\s*)?(?:garde des sceaux,\s*)?/i, '')
    .trim();
}

const names: readonly { name: string; folded: string; governments: GovernmentEntry[] }[] = (() => {
  const map = new Map<string, { name: string; folded: string; governments: GovernmentEntry[] }>();
  for (const government of governments) {
    for (const raw of government.ministeres) {
      const name = cleanName(raw);
      if (!/^ministère\s/i.test(name)) continue;
      const folded = comparisonKey(name);
      const entry = map.get(folded) ?? { name, folded, governments: [] };
      entry.governments.push(government);
      map.set(folded, entry);
    }
  }
  return [...map.values()].sort((a, b) => b.folded.length - a.folded.length);
})();

function referenceDate(document: QeDocument): string | undefined {
  const answer = document.metadata.publicationReponse?.date;
  if (answer) return answer;
  const question = document.metadata.publicationQuestion?.date;
  if (!question) return undefined;
  const date = new Date(`${question}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + 2);
  return date.toISOString().slice(0, 10);
}

/** Occurrences of a folded phrase in a view's text, as whole words not continued by more of a name. */
const foldedViews = new WeakMap<ProseView, string>();

function find(view: ProseView, folded: string): { start: number; end: number }[] {
  let text = foldedViews.get(view);
  if (text === undefined) {
    text = comparisonKey(view.text);
    foldedViews.set(view, text);
  }
  if (!text.includes(folded.slice(0, 12))) return [];
  const result: { start: number; end: number }[] = [];
  for (let at = text.indexOf(folded); at >= 0; at = text.indexOf(folded, at + 1)) {
    const end = at + folded.length;
    if (/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[end] ?? '')) continue;
    if (/^(?:,\s*|\s+et\s+)(?:de|des|du|d')[\s']/u.test(text.slice(end, end + 8))) continue;
    result.push({ start: at, end });
  }
  return result;
}

interface Hit {
  readonly start: number;
  readonly end: number;
}

/** What an answer paragraph that names a ministry holds (text offsets); null for the others. */
type Facts = {
  /** Ministry names of the table, without overlaps, with the index of their entry in `names`. */
  readonly names: readonly (Hit & { readonly entry: number })[];
  /** Per ministry of the style pack, per former name: its occurrences. */
  readonly former: readonly (readonly (readonly Hit[])[])[];
  /** Per ministry of the style pack with a gender: `le ministre` / `la ministre` of the wrong one. */
  readonly gender: readonly (readonly Hit[])[];
} | null;

export const rule: Rule<Facts> = {
  meta: {
    id: 'coherence-ministere',
    severity: 'warning',
    title: 'Intitulé de ministère',
    description:
      "Signale un intitulé complet de ministère qui appartient à un gouvernement antérieur à celui en fonctions à la date de la réponse (table des ministères par gouvernement), un ancien intitulé listé par le guide de style (« ministeres », remplacé par l'intitulé actuel), et « le ministre » ou « la ministre » suivi d'un portefeuille dont le guide de style donne le genre du titulaire, quand ils ne concordent pas. Le Journal officiel reste la référence pour l'intitulé exact.",
    fixable: true,
    group: 'I',
  },
  // Per answer paragraph (cached by the incremental checker): every occurrence of a name; `check` keeps those
  // of another government than the one in office at the answer's date (metadata).
  collectFacts(context) {
    const { view, settings } = context;
    // Text offsets of `comparisonKey(text)` equal those of `text` for French (NFD folding keeps one unit per letter
    // except œ/æ, which are rare in ministry names): check before mapping.
    if (view.section !== 'answer' || !/ministre|ministère/i.test(view.text) || comparisonKey(view.text).length !== view.text.length) return null;
    const taken: (Hit & { entry: number })[] = [];
    names.forEach((entry, index) => {
      for (const hit of find(view, entry.folded)) {
        if (taken.some((range) => range.start < hit.end && hit.start < range.end)) continue;
        taken.push({ ...hit, entry: index });
      }
    });
    return {
      names: taken,
      former: settings.ministeres.map((ministere) => ministere.anciensNoms.map((former) => find(view, comparisonKey(former)))),
      gender: settings.ministeres.map((ministere) => {
        if (!ministere.genre) return [];
        const portfolio = comparisonKey(ministere.nom).replace(/^ministere\s+/, '');
        return find(view, (ministere.genre === 'feminin' ? 'le ministre ' : 'la ministre ') + portfolio);
      }),
    };
  },
  check(context) {
    const { document, settings } = context;
    const views = context.facts.filter((paragraph): paragraph is { view: ProseView; facts: NonNullable<Facts> } => paragraph.facts !== null);
    const date = referenceDate(document);
    if (date) {
      const active = governments.filter((government) => government.debut <= date && (government.fin === null || date <= government.fin));
      if (active.length > 0) {
        const activeNames = new Set(active.flatMap((government) => government.ministeres.map((name) => comparisonKey(cleanName(name)))));
        for (const { view, facts } of views) {
          for (const hit of facts.names) {
            const entry = names[hit.entry]!;
            if (activeNames.has(entry.folded)) continue;
            const last = entry.governments[entry.governments.length - 1]!;
            context.report({
              range: view.sourceRange(hit.start, hit.end),
              message: `« ${view.text.slice(hit.start, hit.end)} » : intitulé du gouvernement ${last.gouvernement} (${last.debut.slice(0, 4)}${last.fin ? `-${last.fin.slice(0, 4)}` : ''}), qui n'est plus celui du gouvernement en fonctions à la date de la réponse (${active.map((g) => g.gouvernement).join(', ')}). Vérifier l'intitulé au Journal officiel.`,
            });
          }
        }
      }
    }
    settings.ministeres.forEach((ministere, m) => {
      ministere.anciensNoms.forEach((_former, f) => {
        for (const { view, facts } of views) {
          for (const hit of facts.former[m]![f]!) {
            const range = view.sourceRange(hit.start, hit.end);
            context.report({
              range,
              message: `« ${view.text.slice(hit.start, hit.end)} » : ancien intitulé ; le guide de style donne « ${ministere.nom} ».`,
              fixes: [{ title: `Remplacer par « ${ministere.nom} »`, edits: [{ range, newText: ministere.nom }] }],
            });
          }
        }
      });
      if (!ministere.genre) return;
      const wrong = ministere.genre === 'feminin' ? 'le ministre ' : 'la ministre ';
      for (const { view, facts } of views) {
        for (const hit of facts.gender[m]!) {
          const range = view.sourceRange(hit.start, hit.start + 2);
          const right = ministere.genre === 'feminin' ? 'la' : 'le';
          context.report({
            range: view.sourceRange(hit.start, hit.start + wrong.length - 1),
            message: `La titulaire de ce portefeuille est ${ministere.genre === 'feminin' ? 'une femme' : 'un homme'}${ministere.titulaire ? ` (${ministere.titulaire})` : ''} : écrire « ${right} ministre ».`,
            fixes: [{ title: `Écrire « ${right} ministre »`, edits: [{ range, newText: /^L/.test(view.text.slice(hit.start, hit.start + 1)) ? right.toUpperCase().slice(0, 1) + right.slice(1) : right }] }],
          });
        }
      }
    });
  },
};
