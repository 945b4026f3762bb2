/**
 * H6 `personne-grammaticale`: first or second person in the answer (`je`, `j'`, `moi`, `mon ministère`,
 * `nous` as the ministry, `vous`, `Monsieur le député,` as a vocative) and the archaic opening `Réponse. -`.
 * JO answers are written in the third person (« le Gouvernement », « le ministère », « la ministre »).
 */
import type { Rule } from '../rule';
import { matchProse } from '../common/mask';
import { reportText, SP, WB, WE } from '../common/lexicon';
import { letterRegExp } from '../../text/letters';

const first = letterRegExp(`${WB}(?:(?:[Jj]e|[Mm]oi|[Mm]on|[Mm]a|[Mm]es)${WE}|me(?=${SP}+\\p{L})|[JjMm]['’](?=\\p{L}))`, 'gu');
// `notre pays`, `nos concitoyens` speak for the nation; `nos services`, `notre ministère` for the ministry.
const plural = letterRegExp(`${WB}(?:[Nn]ous|(?:[Nn]otre|[Nn]os)(?=${SP}+(?:ministère|services?|administrations?|département|équipes?|directions?)${WE}))${WE}`, 'gu');
const second = letterRegExp(`${WB}(?:[Vv]ous|[Vv]otre|[Vv]os)${WE}`, 'gu');
const vocative = letterRegExp(`${WB}(?:Monsieur|Madame)${SP}+(?:le|la)${SP}+(?:député|députée|sénateur|sénatrice|président|présidente)(?=${SP}*,)`, 'gu');
const archaic = letterRegExp(`^${SP}*Réponse${SP}*\\.${SP}*[-–—]`, 'gu');
/** `chez nous`: a fixed expression. */
const fixed = /chez[\s\u00A0\u202F]+$/iu;

export const rule: Rule = {
  meta: {
    id: 'personne-grammaticale',
    severity: 'information',
    title: 'Première ou deuxième personne',
    description:
      "Signale la première personne (« je », « mon ministère », « nous » pour le ministère) et la deuxième personne (« vous », « Monsieur le député, » en apostrophe) dans la réponse, ainsi que l'ouverture archaïque « Réponse. - ». Les réponses publiées au Journal officiel sont rédigées à la troisième personne : « le Gouvernement », « le ministère », « la ministre », « l'honorable parlementaire ». Les citations ne sont pas signalées.",
    fixable: false,
    group: 'H',
  },
  checkParagraph(context) {
    const { view } = context;
    if (view.section !== 'answer') return;
    const each = (pattern: RegExp, message: (found: string) => string) => {
      for (const match of matchProse(view, pattern)) {
        if (view.inQuote(match.start, match.end)) continue;
        if (fixed.test(view.text.slice(Math.max(0, match.start - 10), match.start))) continue;
        reportText(context, match.start, match.end, message(match.match[0]));
      }
    };
    each(first, (found) => `« ${found} » : une réponse ministérielle est rédigée à la troisième personne (« le ministre », « le ministère », « le Gouvernement »).`);
    each(plural, (found) => `« ${found} » : une réponse ministérielle est rédigée à la troisième personne (« le Gouvernement », « le ministère »), non à la première personne du pluriel.`);
    each(second, (found) => `« ${found} » : une réponse ministérielle ne s'adresse pas directement au parlementaire ; écrire « l'honorable parlementaire », « le député », « la sénatrice ».`);
    each(vocative, (found) => `« ${found}, » : pas d'apostrophe au parlementaire dans une réponse écrite ; la réponse est rédigée à la troisième personne.`);
    each(archaic, () => "« Réponse. - » : ouverture archaïque ; la réponse commence directement par son contenu ou par « L'honorable parlementaire… ».");
  },
};
