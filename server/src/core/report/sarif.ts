import type { Analysis } from '../index';
import { allRuleMeta } from '../rules/registry';
import { severityFor } from '../rules/rule';
import { LineIndex } from '../text/line-index';

const levels = { error: 'error', warning: 'warning', information: 'note', hint: 'note' } as const;

/** SARIF 2.1.0 log for pipelines; positions are 1-based, columns in UTF-16 code units. */
export function toSarif(files: readonly { path: string; analysis: Analysis }[], version: string): unknown {
  const rules = allRuleMeta.map((meta) => {
    const severity = severityFor(meta, 'jo');
    return {
      id: meta.id,
      name: meta.id,
      shortDescription: { text: meta.title },
      fullDescription: { text: meta.description },
      defaultConfiguration: severity === 'off' ? { enabled: false } : { level: levels[severity] },
      properties: { group: meta.group, fixable: meta.fixable },
    };
  });
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const results = files.flatMap(({ path, analysis }) => {
    const lines = new LineIndex(analysis.document.text);
    const region = (range: { start: number; end: number }) => {
      const start = lines.positionAt(range.start);
      const end = lines.positionAt(range.end);
      return { startLine: start.line + 1, startColumn: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
    };
    return analysis.findings.map((finding) => ({
      ruleId: finding.rule,
      ...(ruleIndex.has(finding.rule) ? { ruleIndex: ruleIndex.get(finding.rule) } : {}),
      level: levels[finding.severity],
      message: { text: finding.message },
      locations: [{ physicalLocation: { artifactLocation: { uri: path }, region: region(finding.range) } }],
      ...(finding.fixes?.length
        ? {
            fixes: finding.fixes.map((fix) => ({
              description: { text: fix.title },
              artifactChanges: [
                {
                  artifactLocation: { uri: path },
                  replacements: fix.edits.map((edit) => ({
                    deletedRegion: region(edit.range),
                    insertedContent: { text: edit.newText },
                  })),
                },
              ],
            })),
          }
        : {}),
    }));
  });
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'qe-check', version, rules } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}
