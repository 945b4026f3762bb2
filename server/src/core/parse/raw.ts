import type { Fix, Severity } from '../findings/finding';
import type {
  Directive,
  Heading,
  MaskedRange,
  Metadata,
  MetadataEntry,
  OffsetRange,
  SectionKind,
  SourceFormat,
} from '../model/types';
import type { MappedText } from '../text/source-map';

/** A paragraph as read from the source, before prose segmentation. */
export interface RawParagraph {
  readonly mapped: MappedText;
  readonly range: OffsetRange;
  readonly breaks: readonly OffsetRange[];
  readonly answers: readonly string[];
}

export interface RawSection {
  readonly kind: SectionKind;
  readonly range: OffsetRange;
  readonly headingRange?: OffsetRange;
  readonly paragraphs: readonly RawParagraph[];
  readonly sourcePath?: string;
}

/** A structural finding of the reader; its severity comes from the rule's metadata unless given. */
export interface Problem {
  readonly rule: string;
  readonly message: string;
  readonly range: OffsetRange;
  readonly severity?: Severity;
  readonly fixes?: readonly Fix[];
}

/** What a reader (Markdown, open data) makes of a file. */
export interface RawDocument {
  readonly format: SourceFormat;
  readonly text: string;
  readonly metadata: Metadata;
  readonly metadataEntries: readonly MetadataEntry[];
  readonly metadataRange?: OffsetRange;
  readonly question: RawSection | null;
  readonly answer: RawSection | null;
  readonly notes: readonly RawSection[];
  readonly directives: readonly Directive[];
  readonly masked: readonly MaskedRange[];
  readonly headings: readonly Heading[];
  readonly problems: readonly Problem[];
  /** True when the reader checked only the beginning of the text (too many blocks: `blocks.ts`). */
  readonly truncated?: boolean;
}

/** A file read as nothing: no section, the whole text masked (a reader failed, or a record could not be used). */
export function blankDocument(format: SourceFormat, text: string, problems: readonly Problem[] = []): RawDocument {
  return {
    format,
    text,
    metadata: {},
    metadataEntries: [],
    question: null,
    answer: null,
    notes: [],
    directives: [],
    masked: [{ start: 0, end: text.length, reason: 'metadata' }],
    headings: [],
    problems,
  };
}
