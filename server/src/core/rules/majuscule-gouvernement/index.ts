import type { Rule } from '../rule';
import { matchProse } from '../common/mask';
import { fixOf, reportText, textEdit } from '../common/style';
import { letterRegExp } from '../../text/letters';

// `le/du/au gouvernement` (singular, definite article), `membre du gouvernement`…
const government = letterRegExp(String.raw`(?<=\b(?:[Ll]e|[Dd]u|[Aa]u|[Cc]e|[Ss]on|[Nn]otre)[ \u00A0]+)gouvernement(?![\p{L}-])`, 'gu');
// A complement that names another government, or a common-noun sense.
const otherGovernment =
  letterRegExp(String.raw`^[ \u00A0]*(?:\p{Lu}|(?:de|du|des|d['’])[ \u00A0]*(?:l['’]|la[ \u00A0]+)?\p{Lu}|d['’](?:union|entreprise|entreprises)|des[ \u00A0]+(?:données|entreprises|sociétés|hommes)|de[ \u00A0]+(?:l['’]entreprise|la[ \u00A0]+(?:société|cité)|transition|coalition|cohabitation)|(?:local|locaux|fédéral|régional|provisoire|territorial|autonome|autonomiste|démissionnaire|précédent|intérimaire|militaire|étranger|ouvert|numérique|des[ \u00A0]+territoires)\b|(?:belge|russe|suisse|grec|grecque|turc|turque|tchèque|slovaque|monégasque|malgache|israélien|khmer)(?![\p{L}])|\p{Ll}+(?:ais|aise|ois|oise|and|ande|ien|ienne|ain|aine|ol|ole|ique|éen|éenne|ote|in|ine|on|one)(?![\p{L}]))`, 'u');
// Words after `gouvernement` that begin a verb or a clause, never a nationality.
const clauseStart = /^[ \u00A0]*(?:[,.;:!?)]|et\b|ne\b|n['’]|s['’]|se\b|a\b|ont\b|est\b|sont\b|qui\b|que\b|dont\b|à\b|au\b|aux\b|en\b|de\s+(?:ne\b|la\s+\p{Ll}|l['’]\p{Ll}|(?!la\b|l['’])\p{Ll})|pour\b|sur\b|dans\b|par\b|entend\b|souhaite\b|reste\b|engage\b|porte\b|prévoit\b|mène\b|agit\b|travaille\b|considère\b|rappelle\b|partage\b|encourage\b|propose\b|veille\b|demeure\b|sera\b|va\b|doit\b|peut\b|est\b|$)/u;

export const rule: Rule = {
  meta: {
    id: 'majuscule-gouvernement',
    severity: 'error',
    title: 'Gouvernement avec une majuscule',
    description:
      "« le Gouvernement » (celui de la République française) prend la majuscule, comme dans la Constitution (art. 20 : " +
      "« Le Gouvernement détermine et conduit la politique de la Nation »). La règle signale « le gouvernement », « du " +
      "gouvernement », « au gouvernement » au singulier, sauf quand un complément désigne un autre gouvernement ou un " +
      "autre sens (« le gouvernement allemand », « du gouvernement de la Polynésie française », « gouvernement " +
      "d'entreprise », « gouvernement local »). Le pluriel (« les gouvernements successifs ») et les citations restent " +
      'tels quels. La correction écrit « Gouvernement ».',
    fixable: true,
    group: 'B',
  },
  checkParagraph(context) {
    const { document, view } = context;
    if (view.section !== 'answer' || !view.text.includes('gouvernement')) return;
    for (const found of matchProse(view, government)) {
      if (view.inQuote(found.start, found.end)) continue;
      const after = view.text.slice(found.end, found.end + 60);
      if (!clauseStart.test(after) && otherGovernment.test(after)) continue;
      reportText(context, view, found.start, found.end, `« ${found.match[0]} » : le Gouvernement de la République s'écrit avec une majuscule.`, {
        fixes: [fixOf('Écrire « Gouvernement »', textEdit(document, view, found.start, found.start + 1, 'G'))],
      });
    }
  },
};
