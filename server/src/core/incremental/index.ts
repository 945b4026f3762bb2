export { AnalysisCache, type CacheStats, type ParagraphRuleResult } from './cache';
export { shiftFinding } from './shift';
