import type { Rule } from '../rule';
import { MASK_CHAR } from '../common/mask';
import { reportText } from '../common/style';

const closers: Record<string, string> = { ')': '(', ']': '[', '»': '«', '”': '“' };
const openers = new Set(['(', '[', '«', '“']);
// `a)`, `1)`, `1°)`, `iv)` used as list labels, and `:-)`.
const listLabel = /(?:^|[\s\u00A0(])(?:[a-zA-Z]|\d{1,2}°?|[ivxIVX]{1,4})$/u;

export const rule: Rule = {
  meta: {
    id: 'paires-non-fermees',
    severity: 'warning',
    title: 'Parenthèses, crochets ou guillemets non appariés',
    description:
      "Une parenthèse, un crochet ou un guillemet ouvert dans un paragraphe doit y être fermé, et inversement. La règle " +
      'signale le signe resté seul, sans correction automatique (la place du signe manquant demande une relecture). ' +
      "Les étiquettes d'énumération « a) », « 1) », « 1°) » ne sont pas comptées.",
    fixable: false,
    group: 'A',
  },
  checkParagraph(context) {
    const { view } = context;
    if (view.section !== 'answer') return;
    const text = view.text;
    const stack: { char: string; at: number }[] = [];
    const lonely: { char: string; at: number }[] = [];
    // Openers of each kind on the stack: a closer with none open is lonely at once, without a scan of the
    // stack (`(` ×n then `]` ×n would be quadratic).
    const open = new Map<string, number>();
    for (let i = 0; i < text.length; i++) {
      const char = text[i]!;
      if (char === MASK_CHAR) continue;
      if (openers.has(char)) {
        stack.push({ char, at: i });
        open.set(char, (open.get(char) ?? 0) + 1);
        continue;
      }
      const opener = closers[char];
      if (opener === undefined) continue;
      // A label closes no pair, but « (10°) », « (a) » are pairs: the label is then in parentheses.
      if (char === ')' && listLabel.exec(text.slice(Math.max(0, i - 8), i))?.[0].startsWith('(') === false) continue;
      if (char === '»' && i === 0) continue;
      let depth = (open.get(opener) ?? 0) > 0 ? stack.length - 1 : -1;
      while (depth >= 0 && stack[depth]!.char !== opener) depth--;
      if (depth < 0) {
        lonely.push({ char, at: i });
        continue;
      }
      // Openers left above the match were never closed.
      for (const unclosed of stack.splice(depth + 1)) {
        lonely.push(unclosed);
        open.set(unclosed.char, open.get(unclosed.char)! - 1);
      }
      stack.pop();
      open.set(opener, open.get(opener)! - 1);
    }
    for (const unclosed of stack) lonely.push(unclosed);
    lonely.sort((a, b) => a.at - b.at);
    for (const { char, at } of lonely) {
      const message = openers.has(char) ? `« ${char} » ouvert et jamais fermé dans le paragraphe.` : `« ${char} » fermé sans avoir été ouvert dans le paragraphe.`;
      reportText(context, view, at, at + 1, message);
    }
  },
};
