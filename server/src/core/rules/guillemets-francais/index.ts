import type { Rule } from '../rule';
import { MASK_CHAR, type ProseView } from '../common/mask';
import { NBSP, fixOf, reportText, textEdit } from '../common/style';

const isSpace = (char: string | undefined): boolean => char === ' ' || char === '\u00A0' || char === '\u202F' || char === '\t' || char === '\n';
const isLetterOrDigit = (char: string | undefined): boolean => char !== undefined && /[\p{L}\d]/u.test(char);

interface Mark {
  readonly at: number;
  readonly char: string;
}

export const rule: Rule = {
  meta: {
    id: 'guillemets-francais',
    severity: 'error',
    title: 'Guillemets français',
    description:
      'Les guillemets de premier niveau sont les guillemets français « … », avec espaces insécables ; les guillemets ' +
      'droits "…" et anglais “…” ne servent, le cas échéant, que pour une citation incluse dans une autre. La ' +
      "correction remplace la paire par « … » avec espaces insécables. Une paire dépareillée (« …”) est signalée sans " +
      "correction. Ne sont pas signalés : le signe pouce (27\"), le code, les guillemets à l'intérieur de « … ».",
    fixable: true,
    group: 'A',
  },
  checkParagraph(context) {
    const { document, view } = context;
    if (view.section !== 'answer') return;
    const text = view.text;
    let open: Mark | undefined;
    for (let i = 0; i < text.length; i++) {
      const char = text[i]!;
      if (char !== '"' && char !== '“' && char !== '”') continue;
      if (view.inQuote(i, i + 1)) continue;
      const before = text[i - 1];
      const after = text[i + 1];
      if (char === '"' && /\d/.test(before ?? '') && !isLetterOrDigit(after)) continue; // inch mark
      const canOpen = (char === '"' || char === '“') && (before === undefined || isSpace(before) || /[(\[’'«—–-]/.test(before)) && after !== undefined && !isSpace(after);
      const canClose = (char === '"' || char === '”') && before !== undefined && !isSpace(before) && before !== MASK_CHAR;
      if (!open && canOpen) {
        open = { at: i, char };
      } else if (open && canClose) {
        report(context, view, open, { at: i, char });
        open = undefined;
      } else if (!open && char === '”') {
        reportText(context, view, i, i + 1, 'Guillemet fermant anglais sans guillemet ouvrant : employer « … ».');
      }
    }
    if (open) reportText(context, view, open.at, open.at + 1, 'Guillemet non fermé : employer les guillemets français « … ».');

    function report(ctx: typeof context, view: ProseView, open: Mark, close: Mark): void {
      const text = view.text;
      let innerStart = open.at + 1;
      while (isSpace(text[innerStart]) && innerStart < close.at) innerStart++;
      let innerEnd = close.at;
      while (innerEnd > innerStart && isSpace(text[innerEnd - 1])) innerEnd--;
      const mismatched = (open.char === '"') !== (close.char === '"');
      const quoted = view.paragraph.text.slice(innerStart, innerEnd);
      reportText(ctx, view, open.at, close.at + 1, mismatched ? `Guillemets dépareillés autour de « ${quoted} » : employer « … ».` : `Guillemets ${open.char === '"' ? 'droits' : 'anglais'} : employer les guillemets français « ${quoted} ».`, {
        fixes: [
          fixOf(
            'Employer les guillemets français « … »',
            textEdit(document, view, open.at, innerStart, `«${NBSP}`),
            textEdit(document, view, innerEnd, close.at + 1, `${NBSP}»`),
          ),
        ],
      });
    }
  },
};
