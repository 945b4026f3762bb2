import type { Rule } from '../rule';
import { matchProse, type ProseView } from '../common/mask';
import { fixOf, reportText, textEdit } from '../common/style';
import { letterRegExp } from '../../text/letters';

// A ministry or portfolio: `ministère`, `ministre(s)`, `secrétaire d'État`, `secrétariat d'État` (any case).
const portfolio = letterRegExp(String.raw`(?<![\p{L}-])(?:[Mm]inist(?:ère|re)s?|[Ss]ecrétaires? d['’][ÉE]tat|[Ss]ecrétariat d['’][ÉE]tat)(?![\p{L}-])`, 'gu');
// Words that keep their capital inside a portfolio name (proper nouns).
const properNouns = new Set(['Europe', 'France', 'État', 'Etat', 'République', 'Union', 'Premier', 'Parlement', 'Nation', 'Méditerranée', 'Afrique', 'Ville', 'Paris']);
// Prepositions that open a domain of the portfolio (`de la santé`, `, des familles`, `et de l'autonomie`).
const openers = new Set(['de', 'du', 'des', 'd', 'aux']);
// Words that end a domain (verbs, pronouns, prepositions that start the rest of the sentence).
const stopWords = new Set(['a', 'ont', 'est', 'sont', 'va', 'vont', 'doit', 'peut', 'qui', 'que', 'qu', 'dont', 'pour', 'sur', 'dans', 'avec', 'par', 'en', 'à', 'au', 'ne', 'n', 'se', 's', 'y', 'le', 'la', 'les', 'l', 'un', 'une', 'ce', 'cette', 'ces', 'son', 'sa', 'ses', 'leur', 'leurs', 'il', 'elle', 'ils', 'elles', 'afin', 'lors', 'depuis', 'entre', 'auprès', 'était', 'sera', 'avait', 'aura', 'mais', 'ou', 'ni', 'car', 'donc', 'comme', 'ainsi', 'également', 'aussi', 'notamment']);
const word = letterRegExp(String.raw`[\p{L}][\p{L}-]*|[,;:.!?()«»]`, 'gu');

interface Token {
  readonly text: string;
  readonly start: number;
}

function tokensAfter(view: ProseView, from: number): Token[] {
  const tokens: Token[] = [];
  word.lastIndex = from;
  for (let match = word.exec(view.text); match && tokens.length < 24; match = word.exec(view.text)) {
    // Stop at a gap that is not a plain space or an apostrophe (a masked part, a line break…).
    const gap = view.text.slice(tokens.length ? tokens[tokens.length - 1]!.start + tokens[tokens.length - 1]!.text.length : from, match.index);
    if (!/^[ \u00A0'’]*$/u.test(gap)) break;
    tokens.push({ text: match[0], start: match.index });
  }
  return tokens;
}

export const rule: Rule = {
  meta: {
    id: 'casse-ministeres',
    severity: 'warning',
    title: 'Casse des noms de ministères',
    description:
      "Profil « jo » (Journal officiel, Légifrance) : les noms de ministères et de portefeuilles s'écrivent en minuscules " +
      "(« le ministre de l'intérieur », « le ministère des solidarités et de la santé », « la secrétaire d'État chargée de " +
      "l'égalité ») ; seuls les noms propres gardent la capitale (Europe, France, État, Premier ministre). « Ministère » " +
      "ou « Ministre » avec une capitale au milieu d'une phrase est aussi signalé. Profil « imprimerie-nationale » (Lexique " +
      "de l'Imprimerie nationale) : l'inverse, le premier mot de chaque domaine prend la capitale (« ministère de " +
      "l'Intérieur », « ministère des Affaires étrangères »), sauf dans les périphrases « le ministre chargé de la santé ». " +
      'Les métadonnées (Ministère interrogé, Ministère attributaire) ne sont pas examinées. La correction suit le profil.',
    fixable: true,
    group: 'B',
  },
  checkParagraph(context) {
    const { document, profile, view } = context;
    if (view.section !== 'answer') return;
    for (const found of matchProse(view, portfolio)) {
      const head = found.match[0];
      const before = view.text.slice(Math.max(0, found.start - 12), found.start);
      const sentenceStart = /(?:^|[.!?:»]\s*|\n)\s*[«(]?\s*$/u.test(before);
      if (profile === 'jo' && /^\p{Lu}/u.test(head) && !sentenceStart && !/Premier[ \u00A0]+$/u.test(before)) {
        reportText(context, view, found.start, found.start + 1, `« ${head} » s'écrit en minuscule au milieu d'une phrase.`, {
          fixes: [fixOf(`Écrire « ${head.toLowerCase()} »`, textEdit(document, view, found.start, found.start + 1, head[0]!.toLowerCase()))],
        });
      }
      const tokens = tokensAfter(view, found.end);
      let pos = 0;
      let generic = false;
      while (pos < tokens.length && /^(?:chargée?s?|déléguée?s?)$/iu.test(tokens[pos]!.text)) {
        if (/^chargé/iu.test(tokens[pos]!.text)) generic = true;
        pos++;
      }
      for (;;) {
        // An opener: `de la`, `de l'`, `du`, `des`, `de`, `d'`, `aux`.
        const opener = tokens[pos]?.text.toLowerCase();
        if (opener === undefined || !openers.has(opener)) break;
        pos += opener === 'de' && /^(?:la|l)$/iu.test(tokens[pos + 1]?.text ?? '') ? 2 : 1;
        // The domain: its first word, then up to three more (`affaires étrangères`, `cohésion des territoires`).
        let first = true;
        let taken = 0;
        while (pos < tokens.length && taken < 5) {
          const token = tokens[pos]!;
          const lower = token.text.toLowerCase();
          if (!/^\p{L}/u.test(token.text) || lower === 'et' || (!first && stopWords.has(lower))) break;
          if (!first && openers.has(lower)) {
            // `des territoires` inside the domain, unless a new domain follows a comma or `et`.
            pos += lower === 'de' && /^(?:la|l)$/iu.test(tokens[pos + 1]?.text ?? '') ? 2 : 1;
            taken++;
            continue;
          }
          check(view, token, first);
          first = false;
          taken++;
          pos++;
        }
        if (first) break;
        // A new domain after `,`, `et` or `, et`.
        let next = pos;
        if (tokens[next]?.text === ',') next++;
        if (tokens[next]?.text.toLowerCase() === 'et') next++;
        if (next === pos || !openers.has(tokens[next]?.text.toLowerCase() ?? '')) break;
        pos = next;
      }

      function check(view: ProseView, token: Token, first: boolean): void {
        const capital = /^\p{Lu}/u.test(token.text);
        if (profile === 'jo') {
          if (!capital || properNouns.has(token.text) || token.text === token.text.toUpperCase()) return;
          const lowered = token.text[0]!.toLowerCase() + token.text.slice(1);
          reportText(context, view, token.start, token.start + token.text.length, `Profil JO : le nom du ministère s'écrit en minuscules (« ${lowered} »).`, {
            fixes: [fixOf(`Écrire « ${lowered} »`, textEdit(document, view, token.start, token.start + 1, token.text[0]!.toLowerCase()))],
          });
        } else if (!capital && first && !generic) {
          const raised = token.text[0]!.toUpperCase() + token.text.slice(1);
          reportText(context, view, token.start, token.start + token.text.length, `Profil Imprimerie nationale : le domaine du ministère prend une capitale (« ${raised} »).`, {
            fixes: [fixOf(`Écrire « ${raised} »`, textEdit(document, view, token.start, token.start + 1, token.text[0]!.toUpperCase()))],
          });
        }
      }
    }
  },
};
