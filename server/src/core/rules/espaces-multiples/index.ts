import type { Rule } from '../rule';
import { matchProse } from '../common/mask';
import { replaceText, reportText } from '../common/style';

// Two spaces or more (ordinary, non-breaking, fine, tabs) inside a line.
const run = /(?<=\S)[ \t\u00A0\u202F]{2,}(?=\S)|(?<=\S)\t(?=\S)/gu;
// Spaces at the start or end of a line inside a paragraph.
// What `run` needs (its lookbehind is tried at every position): two spaces or a tab.
const twoSpacesOrTab = /[ \t\u00A0\u202F]{2}|\t/u;
const edge = /^[ \t\u00A0\u202F]+(?=\S)|(?<=\S)[ \t\u00A0\u202F]+$/gmu;

export const rule: Rule = {
  meta: {
    id: 'espaces-multiples',
    severity: { jo: 'information', 'imprimerie-nationale': 'warning' },
    title: 'Espaces multiples',
    description:
      'Deux espaces consécutives (souvent après un point, par habitude de dactylographie), une espace ordinaire ' +
      "accolée à une espace insécable, une tabulation dans une ligne, ou des espaces en début ou en fin de ligne. " +
      "La correction ne garde qu'une espace, insécable si la suite en contenait une. Information dans le profil « jo » " +
      "(la page publiée fusionne les espaces), avertissement dans le profil « imprimerie-nationale ». " +
      'Les blocs de code ne sont pas examinés.',
    fixable: true,
    group: 'A',
  },
  checkParagraph(context) {
    const { document, view } = context;
    if (view.section !== 'answer') return;
    for (const found of matchProse(view, run, twoSpacesOrTab)) {
      const spaces = found.match[0];
      const keep = spaces.includes('\u202F') ? '\u202F' : spaces.includes('\u00A0') ? '\u00A0' : ' ';
      const message = spaces.includes('\t') ? 'Tabulation dans le texte.' : `${spaces.length} espaces consécutives.`;
      reportText(context, view, found.start, found.end, message, {
        fixes: [replaceText(document, view, found.start, found.end, keep, "N'en garder qu'une")],
      });
    }
    for (const found of matchProse(view, edge)) {
      reportText(context, view, found.start, found.end, found.start === 0 || view.text[found.start - 1] === '\n' ? 'Espace en début de ligne.' : 'Espace en fin de ligne.', {
        fixes: [replaceText(document, view, found.start, found.end, '', "Supprimer l'espace")],
      });
    }
  },
};
