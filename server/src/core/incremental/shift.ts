import type { Finding } from '../findings/finding';
import type { OffsetRange } from '../model/types';

function shiftRange(range: OffsetRange, delta: number): OffsetRange {
  return { start: range.start + delta, end: range.end + delta };
}

/** The finding moved by `delta` UTF-16 units: its range and anchor, its fixes' edits and its related locations. */
export function shiftFinding(finding: Finding, delta: number): Finding {
  if (delta === 0) return finding;
  return {
    ...finding,
    range: shiftRange(finding.range, delta),
    ...(finding.anchor ? { anchor: shiftRange(finding.anchor, delta) } : {}),
    ...(finding.fixes
      ? {
          fixes: finding.fixes.map((fix) => ({
            ...fix,
            edits: fix.edits.map((edit) => ({ ...edit, range: shiftRange(edit.range, delta) })),
          })),
        }
      : {}),
    ...(finding.related ? { related: finding.related.map((related) => ({ ...related, range: shiftRange(related.range, delta) })) } : {}),
  };
}
