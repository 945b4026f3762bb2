import type { OffsetRange } from '../model/types';
import { detach } from './detach';

/**
 * Text decoded from a source (JSON string escapes, HTML entities and tags, Markdown escapes) together with
 * where each of its UTF-16 code units came from, so that ranges found in the decoded text point at the
 * exact characters of the file as given.
 */
export class MappedText {
  /** The decoded text: a copy of its own, never a slice of the file (see `detach`). */
  readonly text: string;

  private constructor(
    text: string,
    /** Source offset of the text's first unit when the text is verbatim source. */
    private readonly base: number,
    /** Per decoded unit: its source start and source end; undefined for verbatim text. */
    private readonly starts: Int32Array | undefined,
    private readonly ends: Int32Array | undefined,
  ) {
    // Paragraph texts (and the sentences and words cut from them) outlive the analysis in caches.
    this.text = detach(text);
  }

  /** `text` is exactly the source from `start` on. */
  static verbatim(text: string, start: number): MappedText {
    return new MappedText(text, start, undefined, undefined);
  }

  static fromSpans(text: string, starts: Int32Array, ends: Int32Array): MappedText {
    return new MappedText(text, 0, starts, ends);
  }

  get isVerbatim(): boolean {
    return this.starts === undefined;
  }

  /** Source range of the decoded slice [start, end). */
  sourceRange(start: number, end: number): OffsetRange {
    if (!this.starts || !this.ends) return { start: this.base + start, end: this.base + end };
    const length = this.text.length;
    if (length === 0) return { start: 0, end: 0 };
    const from = Math.max(0, Math.min(start, length - 1));
    if (end <= start) {
      const at = start >= length ? this.ends[length - 1]! : this.starts[from]!;
      return { start: at, end: at };
    }
    const to = Math.max(0, Math.min(end, length) - 1);
    return { start: this.starts[from]!, end: this.ends[to]! };
  }

  /** The sub-text [start, end) with its map. */
  slice(start: number, end: number): MappedText {
    if (!this.starts || !this.ends) return MappedText.verbatim(this.text.slice(start, end), this.base + start);
    return MappedText.fromSpans(this.text.slice(start, end), this.starts.slice(start, end), this.ends.slice(start, end));
  }
}

/**
 * Builds a MappedText piece by piece: `keep` copies source characters one to one, `decoded` appends text
 * that stands for a source span of another length (an escape, an entity); source text not mentioned (a tag)
 * is simply skipped.
 */
export class MappedTextBuilder {
  private text = '';
  private starts: number[] = [];
  private ends: number[] = [];

  keep(source: string, from: number, to: number): void {
    for (let i = from; i < to; i++) {
      this.starts.push(i);
      this.ends.push(i + 1);
    }
    this.text += source.slice(from, to);
  }

  decoded(value: string, from: number, to: number): void {
    for (let i = 0; i < value.length; i++) {
      this.starts.push(from);
      this.ends.push(to);
    }
    this.text += value;
  }

  /** Appends another mapped text, keeping its map. */
  append(mapped: MappedText): void {
    for (let i = 0; i < mapped.text.length; i++) {
      const range = mapped.sourceRange(i, i + 1);
      this.starts.push(range.start);
      this.ends.push(range.end);
    }
    this.text += mapped.text;
  }

  build(): MappedText {
    return MappedText.fromSpans(this.text, Int32Array.from(this.starts), Int32Array.from(this.ends));
  }
}
