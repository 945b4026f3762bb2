/**
 * Markdown built from data (catalogs, style packs, the document) made inert before it reaches a client: no raw
 * HTML, no image, no link (a `command:` link runs a command; a remote image calls out). Code spans are kept as
 * written (their content is shown literally by every renderer); elsewhere `<`, `[` and `]` are escaped, which
 * disables tags, autolinks, images and links while leaving the text readable.
 */
export function safeMarkdown(markdown: string): string {
  let result = '';
  let index = 0;
  while (index < markdown.length) {
    const tick = markdown.indexOf('`', index);
    if (tick < 0) {
      result += escapeText(markdown.slice(index));
      break;
    }
    result += escapeText(markdown.slice(index, tick));
    let run = tick;
    while (markdown[run] === '`') run++;
    const fence = markdown.slice(tick, run);
    const close = findRun(markdown, fence, run);
    if (close < 0) {
      // An unclosed backtick run is literal text.
      result += fence.replace(/`/g, '\\`');
      index = run;
    } else {
      result += markdown.slice(tick, close + fence.length);
      index = close + fence.length;
    }
  }
  return result;
}

/** Start of the next run of exactly `fence.length` backticks at or after `from`, or -1. */
function findRun(text: string, fence: string, from: number): number {
  for (let at = text.indexOf(fence, from); at >= 0; at = text.indexOf(fence, at + 1)) {
    let end = at;
    while (text[end] === '`') end++;
    if (end - at === fence.length) return at;
    at = end - 1;
  }
  return -1;
}

function escapeText(text: string): string {
  return text.replace(/[<[\]]/g, (character) => (character === '<' ? '&lt;' : `\\${character}`));
}
