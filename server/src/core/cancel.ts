/**
 * Cooperative cancellation of an analysis (pure: no Node, no VS Code). The caller passes `isCancelled`
 * (`AnalyzeOptions.isCancelled`), which the analysis asks at cheap points — between stages, between rules,
 * between paragraphs of the model, the rules and the coverage's answer index, between sub-questions — and stops
 * at the first `true` by throwing {@link AnalysisCancelled}. What is asked is read-only for the analysis: the
 * LSP's check threads wrap a flag of shared memory the server's thread sets (`lsp/check-worker.ts`), in the
 * manner of vscode-languageserver's `CancellationToken.isCancellationRequested`.
 *
 * A cancelled analysis leaves a cache (`AnalysisCache`) usable: what it remembered is complete per paragraph,
 * and the next analysis forgets what neither it nor the cancelled one used.
 */

/** Asked at cheap points of a long analysis; once it returns true, the analysis stops. */
export type IsCancelled = () => boolean;

/** Thrown by `analyze` (and only for this) when its `isCancelled` returned true: no result is given. */
export class AnalysisCancelled extends Error {
  constructor() {
    super('contrôle annulé');
    this.name = 'AnalysisCancelled';
  }
}

/** Throws {@link AnalysisCancelled} when `isCancelled` says so. */
export function throwIfCancelled(isCancelled: IsCancelled | undefined): void {
  if (isCancelled?.()) throw new AnalysisCancelled();
}

