import type { Rule } from '../rule';
import { matchProse, type ProseView } from '../shared/mask';
import { replaceText, reportText, reportedBeyondCap } from '../shared/style';
import { letterRegExp } from '../../text/letters';

// An elision: l' d' j' m' n' s' t' c' qu' jusqu' lorsqu' puisqu' quoiqu' presqu' quelqu' aujourd'.
const elision = letterRegExp(
  String.raw`(?<![\p{L}])(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu|quoiqu|presqu|quelqu|aujourd)(['´\u0060′’])(?=\p{L})`,
  'giu',
);

/** An elision's apostrophe in an answer paragraph: its text offset and the sign written. */
interface Apostrophe {
  readonly at: number;
  readonly sign: string;
}

export const rule: Rule<readonly Apostrophe[]> = {
  meta: {
    id: 'apostrophe-typographique',
    severity: { jo: 'hint', 'imprimerie-nationale': 'information' },
    title: 'Apostrophe typographique',
    description:
      "L'apostrophe d'élision typographique est « ’ » (U+2019) ; l'apostrophe droite « ' » (U+0027), l'accent aigu, " +
      "l'accent grave ou le signe prime en tiennent souvent lieu. Le site de l'Assemblée nationale publie l'apostrophe " +
      'droite, le Journal officiel imprimé l\'apostrophe courbe : simple suggestion dans le profil « jo », information ' +
      'dans le profil « imprimerie-nationale ». Une réponse qui mélange les deux formes reçoit un avertissement sur ' +
      "chaque apostrophe droite, comme l'accent ou le prime employé en guise d'apostrophe. Réglage « apostrophe » du guide " +
      "de style : « typographique » signale chaque apostrophe droite en avertissement ; « droite » signale au contraire " +
      "chaque « ’ » (correction vers « ' ») ; « indifferent » (par défaut) garde le comportement décrit ci-dessus. La " +
      "correction remplace l'apostrophe par « ’ » (ou « ' »). Le code et les adresses ne sont pas examinés.",
    fixable: true,
    group: 'A',
  },
  // Per answer paragraph (cached by the incremental checker): its elisions' apostrophes; `check` needs them all
  // (a straight apostrophe is worse in an answer that also has curly ones).
  collectFacts(context) {
    const { view } = context;
    if (view.section !== 'answer') return [];
    return matchProse(view, elision).map((found) => ({ at: found.end - 1, sign: found.match[1]! }));
  },
  check(context) {
    const { document } = context;
    const setting = context.settings.apostrophe;
    const straight: { view: ProseView; at: number; sign: string }[] = [];
    const curly: { view: ProseView; at: number }[] = [];
    for (const { view, facts } of context.facts) {
      for (const { at, sign } of facts) {
        if (sign === '’') curly.push({ view, at });
        else straight.push({ view, at, sign });
      }
    }
    if (setting === 'droite') {
      // The pack wants the straight apostrophe (as the Assemblée nationale's site publishes it).
      for (const { view, at } of curly) {
        reportText(context, view, at, at + 1, "Apostrophe typographique « ’ » : le guide de style demande l'apostrophe droite « ' ».", {
          severity: 'warning',
          fixes: [replaceText(document, view, at, at + 1, "'", "Écrire « ' »")],
        });
      }
      for (const { view, at, sign } of straight) {
        if (sign === "'") continue;
        reportText(context, view, at, at + 1, `« ${sign} » employé comme apostrophe : écrire « ' ».`, {
          severity: 'warning',
          fixes: [replaceText(document, view, at, at + 1, "'", "Écrire « ' »")],
        });
      }
      return;
    }
    const mixed = curly.length > 0 && straight.length > 0;
    for (const { view, at, sign } of straight) {
      const severity = mixed || setting === 'typographique' || sign !== "'" ? ('warning' as const) : undefined;
      // 500,000 « l' » in one answer: only the first are built, the others counted.
      if (reportedBeyondCap(context, view, at, at + 1, severity)) continue;
      const what = sign === "'" ? 'Apostrophe droite' : `« ${sign} » employé comme apostrophe`;
      const message = mixed
        ? `${what} dans une réponse qui emploie aussi l'apostrophe typographique « ’ ».`
        : setting === 'typographique'
          ? `${what} : le guide de style demande l'apostrophe typographique « ’ ».`
          : `${what} : l'apostrophe typographique est « ’ ».`;
      reportText(context, view, at, at + 1, message, {
        ...(severity ? { severity } : {}),
        fixes: [replaceText(document, view, at, at + 1, '’', 'Écrire « ’ »')],
      });
    }
  },
};
