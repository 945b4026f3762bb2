import type { Rule } from '../rule';
import { forEachProseMatch } from '../common/mask';
import { replaceText, reportText, reportedBeyondCap } from '../common/style';
import { letterRegExp } from '../../text/letters';

// An elision: l' d' j' m' n' s' t' c' qu' jusqu' lorsqu' puisqu' quoiqu' presqu' quelqu' aujourd'.
const elision = letterRegExp(
  String.raw`(?<![\p{L}])(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu|quoiqu|presqu|quelqu|aujourd)(['´\u0060′’])(?=\p{L})`,
  'giu',
);

/**
 * The elisions' apostrophes of an answer paragraph, two numbers each: the text offset, then the sign written
 * (its UTF-16 code). No object per apostrophe: they live in the incremental cache, and a paragraph may hold
 * 500,000 of them.
 */
type Apostrophes = readonly number[];

const curlyCode = 0x2019;

export const rule: Rule<Apostrophes> = {
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
    const apostrophes: number[] = [];
    forEachProseMatch(view, elision, (match, _start, end) => apostrophes.push(end - 1, match[1]!.charCodeAt(0)));
    return apostrophes;
  },
  check(context) {
    const { document } = context;
    const setting = context.settings.apostrophe;
    let curly = 0;
    let straight = 0;
    for (const { facts } of context.facts) {
      for (let i = 1; i < facts.length; i += 2) {
        if (facts[i] === curlyCode) curly++;
        else straight++;
      }
    }
    if (setting === 'droite') {
      // The pack wants the straight apostrophe (as the Assemblée nationale's site publishes it): the curly ones
      // first, then the other signs, each in document order.
      for (const { view, facts } of context.facts) {
        for (let i = 0; i < facts.length; i += 2) {
          const at = facts[i]!;
          if (facts[i + 1] !== curlyCode) continue;
          reportText(context, view, at, at + 1, "Apostrophe typographique « ’ » : le guide de style demande l'apostrophe droite « ' ».", {
            severity: 'warning',
            fixes: [replaceText(document, view, at, at + 1, "'", "Écrire « ' »")],
          });
        }
      }
      for (const { view, facts } of context.facts) {
        for (let i = 0; i < facts.length; i += 2) {
          const at = facts[i]!;
          const sign = String.fromCharCode(facts[i + 1]!);
          if (sign === '’' || sign === "'") continue;
          reportText(context, view, at, at + 1, `« ${sign} » employé comme apostrophe : écrire « ' ».`, {
            severity: 'warning',
            fixes: [replaceText(document, view, at, at + 1, "'", "Écrire « ' »")],
          });
        }
      }
      return;
    }
    const mixed = curly > 0 && straight > 0;
    for (const { view, facts } of context.facts) {
      for (let i = 0; i < facts.length; i += 2) {
        if (facts[i + 1] === curlyCode) continue;
        const at = facts[i]!;
        const sign = String.fromCharCode(facts[i + 1]!);
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
    }
  },
};
