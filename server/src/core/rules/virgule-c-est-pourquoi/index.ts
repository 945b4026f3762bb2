/**
 * H4 `virgule-c-est-pourquoi`: `C'est pourquoi,` directly followed by the subject (`C'est pourquoi, le
 * gouvernement s'engage` → no comma: nothing separates the conjunction phrase from its clause). A comma that
 * opens an incise closed later (`C'est pourquoi, dès 2020, le…`) is right and not reported.
 */
import type { Rule } from '../rule';
import { answerPatternMatches, reportText, SP, textFix, WB } from '../common/lexicon';
import { letterRegExp } from '../../text/letters';

const pattern = letterRegExp(`${WB}[Cc]['’]est${SP}+pourquoi${SP}*(,)${SP}*(\\p{L}+['’]?)`, 'gdu');
/** Words that start a subject or a verb group: the comma separates the clause from its start. */
const subjectStart = /^(?:le|la|les|l['’]|un|une|des|ce|cet|cette|ces|il|elle|ils|elles|on|nous|vous|je|j['’]|son|sa|ses|leur|leurs|notre|nos|votre|vos|tous|toutes|tout|chaque|plusieurs|certains|certaines|aucun|aucune|celui|celle|ceux|celles|cela|ceci|ça|l['’]État|\p{Lu}\p{Ll}*)$/u;
/** Words that open an incise (complement, adverb): the comma is right when the incise is closed later. */
const inciseStart = /^(?:dès|en|à|au|aux|dans|par|pour|avec|depuis|après|avant|afin|compte|sur|selon|malgré|grâce|conformément|outre|ainsi|notamment|désormais|également|aussi|enfin|d['’]ici|sans|lors|face|dorénavant|parallèlement|concrètement|plus|entre|sous|vers|pendant|durant|d['’]abord|de|du|des)$/iu;

export const rule: Rule = {
  meta: {
    id: 'virgule-c-est-pourquoi',
    severity: 'hint',
    title: "Virgule après « C'est pourquoi »",
    description:
      "Signale la virgule placée entre « C'est pourquoi » et le sujet de la proposition (« C'est pourquoi, le Gouvernement s'engage » → « C'est pourquoi le Gouvernement s'engage »). Une virgule qui ouvre une incise refermée plus loin (« C'est pourquoi, dès 2020, le… ») est correcte et n'est pas signalée.",
    fixable: true,
    group: 'H',
  },
  checkParagraph(context) {
    const { view } = context;
    for (const match of answerPatternMatches(view, pattern)) {
      const next = match.match[2]!;
      if (inciseStart.test(next) || !subjectStart.test(next)) continue;
      // `C'est pourquoi, Monsieur le député, …`: a vocative, closed later.
      if (/^(?:Monsieur|Madame)$/.test(next)) continue;
      const comma = match.groupStart(1)!;
      // Remove the comma and the space before it, if any, to keep one space.
      const cut = /\s/.test(view.text[comma - 1] ?? '') ? comma - 1 : comma;
      reportText(context, comma, comma + 1, "Pas de virgule entre « C'est pourquoi » et le sujet de la proposition.", [
        textFix(view, 'Supprimer la virgule', cut, comma + 1, ''),
      ]);
    }
  },
};
