/**
 * D2 `personne-sans-civilite`: a person named by first name and surname with no civility and no title in
 * front (`présenté par Marlène Schiappa`). An answer names a member of the Government by the office
 * (« la secrétaire d'État chargée de… »), or at least « Mme Marlène Schiappa, secrétaire d'État… ».
 */
import type { Rule } from '../rule';
import { matchProse } from '../common/mask';
import { reportText } from '../common/lexicon';
import { civilityBefore, personNamePattern, thingBefore } from '../common/person-names';

export const rule: Rule = {
  meta: {
    id: 'personne-sans-civilite',
    severity: 'information',
    title: 'Personne nommée sans civilité',
    description:
      "Signale une personne désignée par son prénom et son nom sans civilité (« M. », « Mme ») ni fonction. Dans une réponse ministérielle, on désigne de préférence la fonction (« la secrétaire d'État chargée de l'égalité entre les femmes et les hommes »), ou au moins « Mme Marlène Schiappa, secrétaire d'État… ». Les lois, rues, établissements ou plans portant un nom de personne ne sont pas signalés.",
    fixable: false,
    group: 'D',
  },
  checkParagraph(context) {
    const { view } = context;
    if (view.section !== 'answer') return;
    for (const match of matchProse(view, personNamePattern)) {
      if (view.inQuote(match.start, match.end)) continue;
      const before = view.text.slice(Math.max(0, match.start - 40), match.start);
      if (civilityBefore.test(before) || thingBefore.test(before)) continue;
      const name = match.match[1]!;
      reportText(
        context,
        match.start,
        match.end,
        `« ${name} » est nommé(e) sans civilité ni fonction : désigner de préférence la fonction (« la ministre chargée de… »), ou au moins écrire « M. » ou « Mme » suivi du nom et de la fonction.`,
      );
    }
  },
};
