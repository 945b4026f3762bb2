/**
 * I2 `espace-reservee`: placeholders and internal notes left in the answer: `TODO`, `XXX`, `xx/xx/20xx`,
 * `N° XXXX`, `[à compléter]`, `[date]`, `??`, `(à vérifier)`, `Lorem`, `[[…]]`, `{{…}}`, `NB :`, `@dupont`,
 * `DGCS :` at the start of a line, `~~…~~`, a stand-alone `…`. HTML comments are not looked at:
 * they never reach the published text (the dossier template holds one).
 * An elision `[…]` inside a quotation is right.
 */
import type { Rule } from '../rule';
import { matchProse } from '../common/mask';
import { SP } from '../common/lexicon';
import { letterRegExp } from '../../text/letters';

const patterns: readonly (readonly [RegExp, string])[] = [
  [letterRegExp(`(?<![\\p{L}])[nN]°${SP}*[xX]{2,}(?![\\p{L}])`, 'gu'), 'numéro à compléter'],
  [letterRegExp(String.raw`(?<![\p{L}\p{N}])(?:TODO|TBD|FIXME|XXX+|A COMPLETER|À COMPLÉTER)(?![\p{L}\p{N}])`, 'gu'), 'marque de travail'],
  [letterRegExp(String.raw`(?<![\p{L}\p{N}])(?:[xX]{1,2}|\d{1,2})[/.][xX]{2}[/.](?:\d{2}|[xX]{2})(?:\d{2}|[xX]{2})?(?![\p{L}\p{N}])`, 'gu'), 'date à compléter'],
  // Inner parts exclude `[`: each attempt stops at the next bracket, so a run of `[` is scanned once (linear).
  [/\[(?!…\]|\.\.\.\])[^[\]\n]{0,60}?(?:compléter|completer|préciser|preciser|vérifier|verifier|confirmer|date|chiffre|nom|montant|référence|reference|xx+|\?)[^[\]\n]{0,60}\]/giu, 'espace réservée'],
  [/\?{2,}/gu, 'point à vérifier'],
  [/\((?:à|a)[\s\u00A0\u202F]+(?:vérifier|verifier|confirmer|compléter|completer|préciser|preciser|valider|revoir)\)/giu, 'point à vérifier'],
  [letterRegExp(String.raw`(?<![\p{L}])Lorem(?![\p{L}])`, 'gu'), 'texte factice'],
  [/\[\[[^[\]]*\]\]/gu, 'commentaire de rédaction'],
  [/\{\{[^{}]*\}\}/gu, 'champ à remplir'],
  [letterRegExp(`(?<![\\p{L}])(?:NB${SP}*:|N\\.${SP}?B\\.)`, 'gu'), 'note interne'],
  [letterRegExp(String.raw`(?<![\p{L}\p{N}.@])@[\p{L}][\p{L}\p{N}._-]*`, 'gu'), 'mention interne'],
  // The blanks before the label exclude the line break: each attempt stays on its own line (linear).
  [/(?:^|\n)[^\S\n]*(\p{Lu}{2,8})[\s\u00A0\u202F]*:(?=[\s\u00A0\u202F])/gu, 'note interne'],
  [/~~[^~\n]+~~/gu, 'texte barré (suivi des modifications)'],
  [/(?<=^|[\s\u00A0\u202F])(?:…|\.\.\.)(?=[\s\u00A0\u202F]|$)/gu, 'texte manquant'],
];

export const rule: Rule = {
  meta: {
    id: 'espace-reservee',
    severity: 'error',
    title: 'Espace réservée ou note interne',
    description:
      "Signale les espaces réservées et notes internes oubliées dans la réponse : « TODO », « XXX », « xx/xx/20xx », « N° XXXX », « [à compléter] », « [date] », « ?? », « (à vérifier) », « Lorem », « [[…]] », « {{…}} », « NB : », « @dupont », « DGCS : » en début de ligne, texte barré « ~~…~~ », points de suspension isolés. L'élision « […] » dans une citation est correcte.",
    fixable: false,
    group: 'I',
  },
  // Each finding depends on its paragraph only: paragraph scope (cached and shifted by the incremental checker).
  checkParagraph(context) {
    const { view } = context;
    if (view.section !== 'answer') return;
    // Characters already reported: an overlap test per character, not per earlier finding (linear in the paragraph).
    let taken: Uint8Array | undefined;
    const overlaps = (start: number, end: number): boolean => {
      for (let i = start; taken && i < end; i++) if (taken[i]) return true;
      return false;
    };
    for (const [pattern, what] of patterns) {
      for (const match of matchProse(view, pattern)) {
        if (overlaps(match.start, match.end)) continue;
        if (what === 'texte manquant' && view.inQuote(match.start, match.end)) continue;
        taken ??= new Uint8Array(view.text.length);
        taken.fill(1, match.start, match.end);
        const found = match.match[0].trim();
        context.report({ range: view.sourceRange(match.start + match.match[0].indexOf(found), match.start + match.match[0].indexOf(found) + found.length), message: `« ${found} » : ${what} oubliée dans la réponse ; la compléter ou la supprimer avant publication.` });
      }
    }
  },
};
