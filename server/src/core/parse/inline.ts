import type { Nodes, PhrasingContent } from 'mdast';
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import type { MaskedRange } from '../model/types';
import { MappedText, MappedTextBuilder } from '../text/source-map';

function start(node: Nodes): number {
  return node.position?.start.offset ?? 0;
}

function end(node: Nodes): number {
  return node.position?.end.offset ?? 0;
}

/**
 * The plain text of a paragraph's inline content, mapped to the source: emphasis markers, link targets and
 * HTML tags are dropped, escapes and character references decoded. Plain prose (the common case) maps one
 * to one without building any table.
 */
export function mappedFromInline(text: string, children: readonly PhrasingContent[], masked: MaskedRange[]): MappedText {
  if (children.length > 0 && children.every((child) => child.type === 'text')) {
    const from = start(children[0]!);
    const value = children.map((child) => (child as { value: string }).value).join('');
    if (text.slice(from, end(children[children.length - 1]!)) === value) return MappedText.verbatim(value, from);
  }
  const builder = new MappedTextBuilder();
  appendInline(text, children, builder, masked);
  return builder.build();
}

function appendInline(text: string, children: readonly PhrasingContent[], builder: MappedTextBuilder, masked: MaskedRange[]): void {
  // An explicit stack, in document order: inline nesting (emphasis in emphasis…) has no limit in Markdown.
  const stack: PhrasingContent[] = [];
  const pushChildren = (nodes: readonly PhrasingContent[]): void => {
    for (let i = nodes.length - 1; i >= 0; i--) stack.push(nodes[i]!);
  };
  pushChildren(children);
  while (stack.length > 0) {
    const child = stack.pop()!;
    switch (child.type) {
      case 'text':
        alignText(text, child.value, start(child), end(child), builder);
        break;
      case 'inlineCode':
        masked.push({ start: start(child), end: end(child), reason: 'code' });
        alignText(text, child.value, start(child), end(child), builder);
        break;
      case 'break':
        builder.decoded('\n', start(child), end(child));
        break;
      case 'link':
      case 'linkReference':
        maskLinkTarget(child, masked);
        pushChildren(child.children);
        break;
      case 'html':
      case 'image':
      case 'imageReference':
      case 'footnoteReference':
        // Tags and images carry no prose (the text between <sup> and </sup> is a separate text node).
        break;
      default:
        if ('children' in child) pushChildren(child.children as PhrasingContent[]);
    }
  }
}

function maskLinkTarget(link: PhrasingContent & { children: PhrasingContent[] }, masked: MaskedRange[]): void {
  const last = link.children[link.children.length - 1];
  const targetStart = last ? end(last) : start(link);
  if (end(link) > targetStart) masked.push({ start: targetStart, end: end(link), reason: 'link' });
}

const characterReference = /^&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{0,31}));/;

/**
 * Aligns a text node's decoded value with its source slice: characters equal on both sides map one to one;
 * a backslash escape or a character reference maps to its whole source span; source characters that the
 * value leaves out (indentation of continuation lines) are skipped.
 */
function alignText(text: string, value: string, from: number, to: number, builder: MappedTextBuilder): void {
  let i = from;
  let j = 0;
  while (j < value.length) {
    if (i >= to) {
      // Should not happen with micromark's values; keep the text, pinned to the end.
      builder.decoded(value.slice(j), to, to);
      return;
    }
    const sourceChar = text.charCodeAt(i);
    // A character reference first: `&amp;` starts with the very `&` it decodes to.
    if (sourceChar === 38 /* & */) {
      const match = characterReference.exec(text.slice(i, Math.min(to, i + 40)));
      const decoded = match && decodeReference(match);
      if (decoded && value.startsWith(decoded, j)) {
        builder.decoded(decoded, i, i + match[0].length);
        i += match[0].length;
        j += decoded.length;
        continue;
      }
    }
    if (sourceChar === value.charCodeAt(j)) {
      let run = 1;
      while (
        j + run < value.length &&
        i + run < to &&
        text.charCodeAt(i + run) === value.charCodeAt(j + run) &&
        text.charCodeAt(i + run) !== 38
      ) {
        run++;
      }
      builder.keep(text, i, i + run);
      i += run;
      j += run;
      continue;
    }
    if (sourceChar === 92 /* \ */ && text.charCodeAt(i + 1) === value.charCodeAt(j)) {
      builder.decoded(value[j]!, i, i + 2);
      i += 2;
      j += 1;
      continue;
    }
    i++;
  }
}

export function decodeReference(match: RegExpExecArray): string | undefined {
  if (match[1] !== undefined || match[2] !== undefined) {
    const code = match[1] !== undefined ? Number(match[1]) : parseInt(match[2]!, 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD';
  }
  const named = decodeNamedCharacterReference(match[3]!);
  return named === false ? undefined : named;
}
