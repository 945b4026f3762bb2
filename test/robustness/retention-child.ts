/**
 * Run in a child process by `memory-retention.test.ts` (node --expose-gc -r tsx/cjs): checks a dossier version after
 * version through one `AnalysisCache`, as the language server does while the user edits paragraph after
 * paragraph, then counts the whole-document strings still on the heap. Prints `{ "documents": n, "versions": v }`.
 */
import { getHeapSnapshot } from 'node:v8';
import { analyze, AnalysisCache, type Analysis } from '../../server/src/core';
import { dossierOfLength } from './dossiers';

const versions = 12;

/** Version `v`: the first `v` answer paragraphs each carry the words added at their version (plain text). */
function dossierVersion(base: string, v: number): string {
  const lines = base.split('\n');
  const answer = lines.indexOf('# Réponse');
  let edited = 0;
  for (let i = answer + 2; i < lines.length && edited < v; i++) {
    if (lines[i]!.trim() === '' || lines[i]!.startsWith('#')) continue;
    lines[i] = `${lines[i]} Ajout numéro ${edited}.`;
    edited++;
  }
  // join() gives a new flat string: nothing of an earlier version is shared.
  return lines.join('\n');
}

function strings(snapshot: string): { name: string; size: number }[] {
  const { snapshot: meta, nodes, strings: names } = JSON.parse(snapshot) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
    nodes: number[];
    strings: string[];
  };
  const fields = meta.meta.node_fields;
  const width = fields.length;
  const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((field) => fields.indexOf(field)) as [number, number, number];
  const stringType = meta.meta.node_types[0].indexOf('string');
  const result: { name: string; size: number }[] = [];
  for (let i = 0; i < nodes.length; i += width) {
    if (nodes[i + typeAt] === stringType) result.push({ name: names[nodes[i + nameAt]!]!, size: nodes[i + sizeAt]! });
  }
  return result;
}

async function main(): Promise<void> {
  // A link reference definition: the Markdown tree is parsed again in full at each version (as after any edit the
  // incremental parse cannot confine), so every paragraph text is cut out of that version's whole file.
  const base = `${dossierOfLength(1500)}\n[legifrance]: https://www.legifrance.gouv.fr\n`;
  const cache = new AnalysisCache();
  let last: Analysis | undefined;
  let length = 0;
  for (let v = 0; v <= versions; v++) {
    const text = dossierVersion(base, v);
    length = text.length;
    last = analyze(text, { cache });
  }
  (globalThis as { gc?: () => void }).gc?.();
  const chunks: string[] = [];
  for await (const chunk of getHeapSnapshot()) chunks.push(String(chunk));
  // A flat copy of a whole version (the text, or the text with its front matter blanked): at least its length in bytes.
  const documents = strings(chunks.join('')).filter(({ name, size }) => size >= length && (name.startsWith('---\n') || name.startsWith('   \n'))).length;
  process.stdout.write(JSON.stringify({ documents, versions, findings: last!.findings.length }));
}

void main();
