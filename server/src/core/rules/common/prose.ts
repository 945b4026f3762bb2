import type { Fix } from '../../findings/finding';
import type { OffsetRange } from '../../model/types';

/** A fix that replaces one range. */
export function replaceFix(title: string, range: OffsetRange, newText: string): Fix {
  return { title, edits: [{ range, newText }] };
}
