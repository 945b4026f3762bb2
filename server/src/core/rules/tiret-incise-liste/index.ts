import type { Rule } from '../rule';
import { matchProse } from '../common/mask';
import { replaceFix } from '../common/prose';
import { replaceText, reportText } from '../common/style';
import { letterRegExp } from '../../text/letters';

// ` - ` between words (not between figures: `2019 - 2021`).
const incise = letterRegExp(String.raw`(?<=[\p{L}»)’'][ \u00A0])-(?=[ \u00A0][\p{L}«(\d])|(?<=\d[ \u00A0])-(?=[ \u00A0][\p{L}«(])`, 'gu');
// `- ` opening a line (a list item typed as text).
const item = /^[ \t]*-(?=[ \u00A0]\S)/gmu;

export const rule: Rule = {
  meta: {
    id: 'tiret-incise-liste',
    severity: 'warning',
    title: 'Tiret d’incise ou de liste',
    description:
      "Une incise et un élément de liste s'ouvrent par un tiret demi-cadratin (–, U+2013), pas par un trait d'union : " +
      '« les mineurs – en particulier isolés – sont… ». Dans les réponses publiées au Journal officiel, les éléments ' +
      "d'une énumération commencent par « – » et se terminent par « ; », le dernier par un point. La correction remplace " +
      "le trait d'union par le tiret. Ne sont pas visés : mots composés (Seine-Saint-Denis), intervalles (2019-2021), " +
      'numéros de textes et d\'articles, nombres négatifs.',
    fixable: true,
    group: 'A',
  },
  checkParagraph(context) {
    const { document, view } = context;
    // Both patterns need a hyphen followed by a space.
    if (view.section !== 'answer' || !/-[ \u00A0]/.test(view.text)) return;
    for (const found of matchProse(view, incise)) {
      reportText(context, view, found.start, found.end, "Trait d'union employé comme tiret d'incise : écrire « – ».", {
        fixes: [replaceText(document, view, found.start, found.end, '–', 'Écrire « – »')],
      });
    }
    for (const found of matchProse(view, item)) {
      const dash = found.end - 1;
      reportText(context, view, dash, found.end, "Élément de liste ouvert par un trait d'union : écrire « – ».", {
        fixes: [replaceText(document, view, dash, found.end, '–', 'Écrire « – »')],
      });
    }
  },
  check(context) {
    // A Markdown list item (`- la formation ;`): the marker is outside the paragraph's text (and range), so it is
    // looked at with the whole document.
    const { document } = context;
    for (const paragraph of document.answer?.paragraphs ?? []) {
      const lineStart = document.text.lastIndexOf('\n', paragraph.range.start - 1) + 1;
      const marker = /^[ \t]*([-*+])[ \t]+$/.exec(document.text.slice(lineStart, paragraph.range.start));
      if (!marker) continue;
      const at = lineStart + marker[0].indexOf(marker[1]!);
      context.report({
        range: { start: at, end: at + 1 },
        message: `Élément de liste ouvert par « ${marker[1]} » : les énumérations du Journal officiel s'ouvrent par « – ».`,
        fixes: [replaceFix('Écrire « – »', { start: at, end: at + 1 }, '–')],
      });
    }
  },
};
