/**
 * Everything the server keeps for one open document: its last analysis, the analysis under way, the paragraph
 * cache of incremental checking, its settings, the diagnostics last sent and the pending publication. Dropped
 * as a whole when the document closes (nothing outlives it).
 */
import type { Analysis, AnalysisCache, LineIndex, StylePack } from '../core';
import { DiagnosticMemo } from './convert';

export interface CheckedVersion {
  readonly version: number;
  readonly analysis: Analysis;
  readonly lines: LineIndex;
}

export class OpenDocument {
  /** The analysis of the newest version checked. */
  checked: CheckedVersion | undefined;
  /** The analysis under way, shared by the requests that need the same version. */
  running: { readonly version: number; readonly promise: Promise<CheckedVersion>; readonly remote?: boolean } | undefined;
  /** Counts invalidations: a check started before one (settings, pack, dictionary) is not kept as `checked`. */
  generation = 0;
  /** Its last check ran in a worker thread (it stays there while its checks are not quick). */
  inWorker = false;
  /** Paragraph cache of incremental checking (may be dropped to bound memory: the next check is a full one). */
  paragraphs: AnalysisCache | undefined;
  /** `qe.*` settings for this document, asked once. */
  settings: Promise<StylePack> | undefined;
  /** The diagnostics last sent, reused for the findings an edit left in place (renewed when evicted). */
  memo = new DiagnosticMemo();
  /** Push mode: the publication waiting for typing to pause. */
  publishTimer: ReturnType<typeof setTimeout> | undefined;
  /** Order of last use (for evicting the caches of the documents left aside longest). */
  lastUsed = 0;
  /** Milliseconds of the last check, and the characters it covered. */
  lastCost: { readonly milliseconds: number; readonly length: number } | undefined;
  /**
   * Characters checked at most, once a check went over the time budget: the next checks stop there (with the
   * core's « fichier tronqué » notice), so that one document never holds the server for long.
   */
  lengthLimit: number | undefined;
  /** Why a check of it in a worker was cut (« document trop long (4,0 s) »), while `lengthLimit` holds. */
  cutReason: string | undefined;

  constructor(readonly uri: string) {}

  /** Results and caches are stale (settings, pack or dictionary changed); the memo stays valid (it compares). */
  invalidate(options: { readonly settings?: boolean; readonly paragraphs?: boolean } = {}): void {
    this.checked = undefined;
    this.generation++;
    // A check under way in a worker has the old settings: the next request starts another (which stops it).
    if (this.running?.remote) this.running = undefined;
    if (options.settings) this.settings = undefined;
    if (options.paragraphs) this.paragraphs = undefined;
  }

  /** Drops what can be computed again (analysis, paragraph cache, diagnostics memo): memory for other documents. */
  evict(): void {
    this.checked = undefined;
    this.paragraphs = undefined;
    this.memo = new DiagnosticMemo();
  }

  /** True while it holds caches worth evicting. */
  get warm(): boolean {
    return this.checked !== undefined || this.paragraphs !== undefined;
  }

  dispose(): void {
    clearTimeout(this.publishTimer);
    this.publishTimer = undefined;
    this.checked = undefined;
    this.running = undefined;
    this.paragraphs = undefined;
  }
}
