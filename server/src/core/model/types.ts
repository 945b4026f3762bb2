/**
 * The document model: one shape for the three inputs (native `.qe.md` dossier, Assemblée nationale page
 * export, open-data JSON record). Every range is a pair of UTF-16 offsets into the file *as given*; positions
 * (line/character) are computed only at the edges (CLI, LSP) by a LineIndex.
 */

/** Half-open range of UTF-16 code-unit offsets into the source file. */
export interface OffsetRange {
  readonly start: number;
  readonly end: number;
}

export type SourceFormat = 'dossier' | 'an-page' | 'open-data';

export type Chambre = 'AN' | 'SENAT';

/** A date with the page of the Journal officiel where it was published. */
export interface Publication {
  /** ISO date `YYYY-MM-DD`. */
  readonly date?: string;
  readonly page?: number;
}

/** Typed metadata values; absent keys are absent. */
export interface Metadata {
  numero?: number;
  legislature?: number;
  chambre?: Chambre;
  auteur?: string;
  circonscription?: string;
  groupe?: string;
  ministereInterroge?: string;
  ministereAttributaire?: string;
  rubrique?: string;
  titre?: string;
  publicationQuestion?: Publication;
  publicationReponse?: Publication;
  signalee?: boolean;
  /** Publication in the JO of the signalement of a question signalée (its ten-day deadline runs from it). */
  signalement?: Publication;
  /** Earlier questions recorded as identical or used as a starting point (« AN 17-10723, AN 17-2536 »). */
  questionsLiees?: string;
  /** Relative path of a separate question file (dossier only). */
  question?: string;
}

export type MetadataKey = keyof Metadata;

/** Where a metadata value was read, for diagnostics and hovers. */
export interface MetadataEntry {
  readonly key: MetadataKey;
  /** The key as written in the source (`Numéro de la question`, `numero`…). */
  readonly sourceKey: string;
  readonly keyRange: OffsetRange;
  readonly valueRange: OffsetRange;
}

/** A word-like token of prose. */
export interface Word {
  readonly range: OffsetRange;
  /** The token's text (decoded: equal to the source slice for Markdown inputs). */
  readonly text: string;
  readonly kind: 'word' | 'number' | 'symbol' | 'source';
}

export interface Sentence {
  readonly range: OffsetRange;
  readonly text: string;
  readonly words: readonly Word[];
}

export interface Paragraph {
  readonly range: OffsetRange;
  readonly text: string;
  readonly sentences: readonly Sentence[];
  /**
   * Blank-line breaks inside one logical paragraph (a paragraph cut by a page break in an export: the
   * first part ends without final punctuation and the next starts in lower case).
   */
  readonly breaks: readonly OffsetRange[];
  /** Sub-question ids this paragraph is explicitly tied to by a `<!-- qe: repond … -->` directive. */
  readonly answers: readonly string[];
  /** Source range of the slice [start, end) of `text` (offsets in `text` may differ from the file's). */
  readonly sourceRange: (start: number, end: number) => OffsetRange;
}

export type SectionKind = 'question' | 'answer' | 'notes';

export interface Section {
  readonly kind: SectionKind;
  /** From the start of the heading (or of the text when there is none) to the end of the last paragraph. */
  readonly range: OffsetRange;
  readonly headingRange?: OffsetRange;
  /** Plain text: the paragraphs' texts joined by a blank line. */
  readonly text: string;
  readonly paragraphs: readonly Paragraph[];
  /** Set when the section's text came from another file (dossier `question:` link). */
  readonly sourcePath?: string;
}

/** A `<!-- qe: … -->` comment: an instruction to the tool that never reaches the published text. */
export interface Directive {
  readonly range: OffsetRange;
  /** Normalised verb (`repond`, `sans-reponse`, `desactiver`…), lower case without accents. */
  readonly verb: string;
  readonly verbRange: OffsetRange;
  /** Everything after the verb, trimmed. */
  readonly argument: string;
  readonly argumentRange: OffsetRange;
}

/** Parts of the source that no prose rule may look at (metadata, internal notes, headings, comments…). */
export interface MaskedRange extends OffsetRange {
  readonly reason: 'metadata' | 'notes' | 'heading' | 'comment' | 'code' | 'html' | 'link';
}

/** A Markdown heading, for the outline. */
export interface Heading {
  readonly range: OffsetRange;
  readonly depth: number;
  readonly text: string;
  /** The section this heading opens, when it is a recognised section heading. */
  readonly opens?: SectionKind | 'metadata';
}

export interface QeDocument {
  readonly format: SourceFormat;
  /** The text as given (after BOM removal, which keeps offsets: the BOM is replaced by nothing and noted). */
  readonly text: string;
  readonly metadata: Metadata;
  readonly metadataEntries: readonly MetadataEntry[];
  /** Range of the metadata block (front matter, "Données clés", JSON fields); undefined when there is none. */
  readonly metadataRange?: OffsetRange;
  readonly question: Section | null;
  readonly answer: Section | null;
  readonly notes: readonly Section[];
  readonly directives: readonly Directive[];
  readonly masked: readonly MaskedRange[];
  readonly headings: readonly Heading[];
}
