import type { Rule } from '../rule';
import { matchProse } from '../common/mask';
import { NBSP, replaceText, reportText } from '../common/style';
import { letterRegExp } from '../../text/letters';

// `14h30`, `14H30`, `14:30`, `9h`, `9H` (a correct `14 h 30` is left alone).
const time = letterRegExp(String.raw`(?<![\p{L}\d:,.])([01]?\d|2[0-3])(?:([:hH])([0-5]\d)|([hH]))(?![\p{L}\d:]|[ \u00A0]?\d{3})`, 'gu');
const roundTheClock = letterRegExp(String.raw`(?<![\p{L}\d])24[ \u00A0]?h[ \u00A0]?\/[ \u00A0]?24(?![\d])`, 'giu');

export const rule: Rule = {
  meta: {
    id: 'heure-format',
    severity: 'error',
    title: 'Format des heures',
    description:
      "Les heures s'écrivent avec « h » entouré d'espaces insécables : « 14 h 30 », « 9 h » (Imprimerie nationale). " +
      "« 14h30 », « 14H30 », « 14:30 » (usage anglo-saxon) et « 9H » sont signalés ; la correction écrit « 14 h 30 » avec " +
      "des espaces insécables. « 24h/24 » est signalé en information (« 24 heures sur 24 »). Les rapports et échelles " +
      '(« 1:25 000 »), les adresses et les métadonnées ne sont pas visés.',
    fixable: true,
    group: 'C',
  },
  checkParagraph(context) {
    const { document, view } = context;
    if (view.section !== 'answer') return;
    const text = view.paragraph.text;
    // Times are masked for the other rules: look at them in the unmasked text, outside other masks.
    for (const found of matchProse({ ...view, text: maskTimesOnly(view) }, time)) {
      if (roundTheClockAt(text, found.start)) continue;
      const [, hours, , minutes] = found.match;
      const wanted = minutes === undefined ? `${Number(hours)}${NBSP}h` : `${Number(hours)}${NBSP}h${NBSP}${minutes}`;
      reportText(context, view, found.start, found.end, `« ${found.match[0]} » : heure à écrire « ${wanted.replace(/\u00A0/g, ' ')} ».`, {
        fixes: [replaceText(document, view, found.start, found.end, wanted, `Écrire « ${wanted.replace(/\u00A0/g, ' ')} »`)],
      });
    }
    for (const found of matchProse(view, roundTheClock)) {
      reportText(context, view, found.start, found.end, "« 24h/24 » : écrire « 24 heures sur 24 ».", {
        severity: 'information',
        fixes: [replaceText(document, view, found.start, found.end, '24 heures sur 24', 'Écrire « 24 heures sur 24 »')],
      });
    }
  },
};

function roundTheClockAt(text: string, start: number): boolean {
  return /^24[ \u00A0]?h[ \u00A0]?\//iu.test(text.slice(start, start + 6)) || /\/[ \u00A0]?$/u.test(text.slice(Math.max(0, start - 2), start));
}

/** The paragraph text with every mask but the times applied. */
function maskTimesOnly(view: Parameters<typeof matchProse>[0]): string {
  const text = view.paragraph.text;
  let result = '';
  let cursor = 0;
  for (const mask of view.masks) {
    if (mask.reason === 'time') continue;
    const from = Math.max(cursor, mask.start);
    result += text.slice(cursor, from) + view.text.slice(from, mask.end);
    cursor = Math.max(cursor, mask.end);
  }
  return result + text.slice(cursor);
}
