/**
 * micromark's `EditMap.consume` (micromark-util-edit-map 1.0.0) rebuilds the whole event list on every call:
 * it copies the events before the first edit, empties the list and pushes everything back. The document
 * tokenizer calls it each time a container closes (every block quote, every list item), with edits a few
 * events from the end of the document's event list, so a file of many containers cost time quadratic in
 * their number: 8,000 block quotes (« > a » and a blank line, 40 KB) took 10.6 s, 16,000 of them 36 s.
 *
 * The same edits applied without touching the events before the first one: the list is cut at each edit
 * from the last to the first (the kept slices and the added events put aside), then the slices are pushed
 * back in order. The resulting list is the one the original builds, element for element; only the events
 * after the first edit are copied. The prototype is shared by every `EditMap` micromark creates (one copy
 * of the package, the same module resolution as micromark's own import).
 */
import { EditMap } from 'micromark-util-edit-map';

type Change = [number, number, unknown[]];

interface EditMapInternals {
  map: Change[];
  index: Map<number, Change>;
}

let installed = false;

/** Installs the linear `consume` once (idempotent). */
export function installLinearEditMap(): void {
  if (installed) return;
  installed = true;
  const prototype = EditMap.prototype as unknown as { consume: (this: EditMapInternals, events: unknown[]) => void };
  prototype.consume = function consume(this: EditMapInternals, events: unknown[]): void {
    if (this.map.length === 0) return;
    this.map.sort((a, b) => a[0] - b[0]);
    // From the last edit to the first: the events after the edit's removal, then its additions.
    const pieces: unknown[][] = [];
    for (let index = this.map.length - 1; index >= 0; index--) {
      const [at, remove, add] = this.map[index]!;
      pieces.push(events.slice(at + remove), add);
      events.length = at;
    }
    for (let piece = pieces.length - 1; piece >= 0; piece--) {
      for (const element of pieces[piece]!) events.push(element);
    }
    this.map.length = 0;
    this.index.clear();
  };
}
