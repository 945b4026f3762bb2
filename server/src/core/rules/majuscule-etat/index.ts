import type { Rule } from '../rule';
import { matchProse } from '../common/mask';
import { fixOf, reportText, textEdit } from '../common/style';
import { letterRegExp } from '../../text/letters';

// `… de l'état` after a word that points to the institution, unless `état` is followed by a complement
// (`l'état de santé`, `l'état des lieux`, `l'état de la recherche`).
const institutionL =
  letterRegExp(String.raw`(?<=\b(?:de|à|par|pour|sur|contre|envers|chef|services|agents|acteurs|budget|ressources|fonction|dépenses|représentants?|sommet|opérateurs|moyens|compte|charge|part|responsabilité|engagement|garantie|intervention|action|politique|financement|crédits|participation|soutien|domaine|patrimoine|propriété|réforme|modernisation|établissements?|administrations?|caisses)[ \u00A0]+(?:de[ \u00A0]+)?l['’])([ée])tat(?![\p{L}-])(?![ \u00A0]+(?:de|des|du|d['’]|actuel|récapitulatif|civil|initial|final|général|sanitaire|physique|psychique|mental|clinique|nutritionnel|de santé|d['’]urgence)(?![\p{L}]))`, 'gu');
// Words that may follow `l'État` in a sentence (verbs, conjunctions, prepositions); any other lower-case word
// is taken for an adjective (`l'état catastrophique des unités`).
const functionWords = new Set([
  'et', 'ou', 'mais', 'ni', 'car', 'donc', 'or', 'qui', 'que', 'qu', 'dont', 'où', 'a', 'est', 'sont', 'ont', 'doit', 'doivent',
  'peut', 'peuvent', 'sera', 'seront', 'va', 'vont', 'fait', 'entend', 'prend', 'assure', 'garantit', 'consacre', 'finance',
  'apporte', 'soutient', 'verse', 'accompagne', 'reste', 'demeure', 'dispose', 'mobilise', 'agit', 'n', 'ne', 'se', 's', 'y',
  'en', 'dans', 'sur', 'à', 'au', 'aux', 'avec', 'par', 'pour', 'sans', 'sous', 'vers', 'afin', 'ainsi', 'aussi', 'comme',
  'lui', 'leur', 'le', 'la', 'les', 'l', 'un', 'une', 'ce', 'cette', 'ces', 'son', 'sa', 'ses', 'notamment', 'également',
  'lorsque', 'lorsqu', 'quand', 'si', 'selon', 'auprès', 'jusqu', 'depuis', 'pendant', 'entre', 'contre',
]);
// `secrétaire d'état`, `coup d'état`, `conseil d'état`…
const institutionD =
  letterRegExp(String.raw`(?<=\b(?:[Ss]ecrétaires?|[Ss]ecrétariat|[Mm]inistres?|[Cc]onseil|[Cc]oups?|[Aa]ffaires?|[Rr]aison|[Cc]hefs?|[Hh]ommes?|[Ff]emmes?|[Dd]iplômes?|[Dd]iplômée?s?|[Cc]rimes?|[Mm]ensonges?|[Ss]ecrets?|[Rr]eligion|[Pp]olice|[Aa]ides?)[ \u00A0]+d['’])([ée])tat(?!\p{L})`, 'gu');
// `états membres`, `état de droit`, `état-nation`, `état-providence`.
const fixed = letterRegExp(String.raw`(?<![\p{L}])([ée])tats?(?=[ \u00A0-]+membres?\b|[ \u00A0]+de[ \u00A0]+droit\b|-nation|-providence)`, 'gu');

export const rule: Rule = {
  meta: {
    id: 'majuscule-etat',
    severity: 'error',
    title: 'État (institution) avec une majuscule',
    description:
      "« État » prend la majuscule quand il désigne l'institution : « les acteurs de l'État », « secrétaire d'État », " +
      "« Conseil d'État », « coup d'État », « les États membres », « l'État de droit ». La règle reconnaît ces contextes " +
      "et laisse en minuscule « l'état de santé », « l'état des lieux », « en l'état », « l'état civil », « l'état " +
      "d'urgence » ou « en bon état ». La correction écrit « É ».",
    fixable: true,
    group: 'B',
  },
  checkParagraph(context) {
    const { document, view } = context;
    if (view.section !== 'answer') return;
    for (const pattern of [institutionL, institutionD, fixed]) {
      for (const found of matchProse(view, pattern)) {
        const word = found.match[0];
        // `l'état catastrophique`, `l'état actuel`: an adjective after `état` points to a condition, not the State.
        const next = /^[ \u00A0]+(\p{Ll}[\p{L}-]*)/u.exec(view.text.slice(found.end, found.end + 40))?.[1];
        if (pattern === institutionL && next !== undefined && !functionWords.has(next)) continue;
        reportText(context, view, found.start, found.end, `L'institution s'écrit avec une capitale accentuée : « É${word.slice(1)} ».`, {
          fixes: [fixOf(`Écrire « É${word.slice(1)} »`, textEdit(document, view, found.start, found.start + 1, 'É'))],
        });
      }
    }
  },
};
