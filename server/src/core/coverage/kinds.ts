/**
 * Kinds of request and their cues (QUESTION-FORMS.md §5). A sub-question takes the kind of its earliest cue,
 * except that a comparison cue makes it `articulation`, and a `si …` request is `droit` or `position` when it
 * asks about a rule or a view, `intention` otherwise.
 */
import type { SubQuestionKind } from './types';
import { rx } from './regex';

interface Cue {
  readonly kind: SubQuestionKind;
  readonly pattern: RegExp;
}

const cue = (kind: SubQuestionKind, source: string): Cue => ({ kind, pattern: rx(source, 'g') });

const cues: readonly Cue[] = [
  cue('calendrier', "\\b(?:calendriers?|échéanciers?|dans quels? délais?|sous quels? délais?|dans quel délai|quels? délais?|quand\\b|à quelle date|à quelle échéance|échéances?|date de (?:publication|parution|mise en œuvre|mise en oeuvre|l'entrée|entrée)|date d'entrée en vigueur|où en (?:est|sont)|à quel horizon|d'ici quand|à quel moment)"),
  cue('chiffres', "\\b(?:combien|le nombre|quel nombre|les nombres|le montant|quels? montants?|les montants|le coût|quel coût|les coûts|la part\\b|quelle part|la ventilation|statistiques?|bilan chiffré|données chiffrées|chiffres?\\b|tableau récapitulatif|tableaux récapitulatifs|le détail des (?:calculs|crédits|dépenses)|quel est le taux|le taux|les taux|la proportion|quelle proportion|le pourcentage|les effectifs|quels effectifs)"),
  cue('mesures', "\\b(?:quelles? mesures?|les mesures|des mesures|ce qu'(?:il|elle|ils|elles|on) (?:compte|entend|envisage|va|pourrait|prévoit) faire|ce que (?:le gouvernement|l'état|son ministère|ses services|la ministre|le ministre) (?:compte|entend|envisage|va|pourrait|prévoit) faire|quelles? actions?|les actions|quels moyens|les moyens|les voies et moyens|quelles? dispositions?|les dispositions|quelles? assurances?|quelles? garanties|les garanties|quelles? initiatives?|les initiatives|quelles? solutions?|les solutions|quelles? réponses?|les modifications|des modifications|quelles? modifications?|des évolutions|quelles? évolutions?|les évolutions|les perspectives|quelles? perspectives?|quels? dispositifs?|les dispositifs|de mettre en place|de mettre en œuvre|de prendre (?:des|les|toutes)|d'intervenir|de prendre l'initiative|quelles? suites?|les suites|quelles? orientations? (?:concrètes|opérationnelles))"),
  cue('modalites', "\\b(?:(?:de |d')?quelles? (?:manière|façon)s?|comment|selon quelles? modalités|quelles? modalités|les modalités|sous quelle forme|sous quelles formes|pourquoi|les raisons|pour quelles? raisons?|quelles? raisons?|les motifs|quels motifs|les critères|quels critères|justifier|une analyse|le contenu|quel est le contenu|les conditions dans lesquelles|dans quelles conditions|les conditions d(?:e|')|selon quelles? conditions|le fonctionnement|les modalités de calcul|la méthode|quelle méthode)"),
  cue('position', "\\b(?:sa position|quelle est la position|la position du gouvernement|son sentiment|son avis|l'avis du gouvernement|son interprétation|son appréciation|quelle appréciation|son analyse|si son analyse|s'il partage|si (?:elle|le gouvernement) partage|son point de vue|les orientations|quelles orientations|ce qu'(?:il|elle) pense|sa vision|quelle vision|sa doctrine)"),
  cue('droit', "\\b(?:l'interprétation (?:de l'article|des articles|de la (?:loi|circulaire|directive|disposition|réglementation)|du (?:décret|code|règlement))|son interprétation (?:de l'article|des articles|de la (?:loi|circulaire|directive|disposition|réglementation)|du (?:décret|code|règlement))|continuent? à s'appliquer|continuent? de s'appliquer|s'appliquent?\\b|est applicable|sont applicables|opposables?|quelles règles|quelle règle|est compatible|sont compatibles|compatibles? avec|est conforme|sont conformes|conformes? (?:à|au|aux)|régime juridique|base légale|base juridique|fondement juridique|légalité|est légale?|sont légales?|est licite|autorisée? par la loi|la loi permet|le droit permet)"),
  cue('articulation', "\\b(?:en complémentarité|complémentarité|l'articulation|s'articule|s'articulent|s'articulera|par rapport (?:au|à la|aux|à l'|à)|les différences entre|la différence entre|quelle différence|en comparaison|la comparaison|la cohérence entre|en cohérence avec|se distingue|se distinguent|vient compléter|viennent compléter|complète-t-il|remplace-t-il)"),
  cue('intention', "\\b(?:la garantie qu|l'assurance qu|l'engagement (?:qu|de)|s'engager à|s'il entend|s'il envisage|s'il compte|s'il a l'intention|s'il est prévu|s'il pourrait|s'il est favorable|s'il prévoit|si le gouvernement (?:entend|envisage|compte|a l'intention|est favorable|prévoit|va|pourrait|accepte|s'engage)|s'elle (?:entend|envisage|compte)|(?:entend|envisage|compte|prévoit|va|pourrait|peut|accepte|acceptera)(?:-t)?-(?:il|elle|ils|elles)\\b|(?:entendez|envisagez|comptez|prévoyez|allez|pourriez|pouvez|acceptez)-vous\\b)"),
];

const siHead = rx("^(?:si\\b|s'ils?\\b|s'elles?\\b)");

/** The kind of a sub-question from its text (folded), or undefined when no cue is present. */
export function classify(folded: string): SubQuestionKind | undefined {
  const found = new Map<SubQuestionKind, { index: number; length: number }>();
  for (const { kind, pattern } of cues) {
    pattern.lastIndex = 0;
    const match = pattern.exec(folded);
    if (match) found.set(kind, { index: match.index, length: match[0].length });
  }
  if (found.has('articulation')) return 'articulation';
  if (siHead.test(folded.trimStart())) {
    if (found.has('droit')) return 'droit';
    if (found.has('position')) return 'position';
    return 'intention';
  }
  // The earliest cue wins; on a tie, the longer (more specific) one.
  let best: SubQuestionKind | undefined;
  let bestIndex = Infinity;
  let bestLength = 0;
  for (const [kind, { index, length }] of found) {
    if (index < bestIndex || (index === bestIndex && length > bestLength)) {
      best = kind;
      bestIndex = index;
      bestLength = length;
    }
  }
  return best;
}

/** French label of a kind, for messages. */
export const kindLabels: Readonly<Record<SubQuestionKind, string>> = {
  calendrier: 'calendrier',
  chiffres: 'chiffres',
  mesures: 'mesures',
  modalites: 'modalités',
  intention: 'intention',
  position: 'position',
  droit: 'droit applicable',
  articulation: 'articulation',
  autre: 'autre',
};
