import type { PhrasingContent, RootContent } from 'mdast';
import type { MaskedRange, OffsetRange } from '../model/types';
import type { MappedText } from '../text/source-map';
import { mappedFromInline } from './inline';
import type { MetadataCollector } from './metadata-collector';
import { normalizeKey } from './metadata';

function rangeOf(node: RootContent): OffsetRange {
  return { start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0 };
}

/** Trimmed text of a mapped span with its source range. */
function trimmed(mapped: MappedText, from = 0, to = mapped.text.length): { value: string; range: OffsetRange } {
  const slice = mapped.text.slice(from, to);
  const lead = slice.length - slice.trimStart().length;
  const value = slice.trim();
  return { value, range: mapped.sourceRange(from + lead, from + lead + value.length) };
}

/**
 * Metadata of an Assemblée nationale page export: the "Données clés" and "Date(s) clé(s)" lines
 * (`**Auteur :** [M. Patrice Anato](#)`), then what the preamble headings say (chamber, legislature, title, number).
 */
export function readAnPageMetadata(
  text: string,
  preamble: readonly RootContent[],
  keyNodes: readonly RootContent[],
  collector: MetadataCollector,
): void {
  const scratch: MaskedRange[] = [];
  for (const node of keyNodes) {
    if (node.type !== 'paragraph') continue;
    const [label, ...rest] = node.children;
    if (!label || label.type !== 'strong') continue;
    const labelText = mappedFromInline(text, label.children, scratch).text.replace(/\s*:\s*$/, '').trim();
    const value = trimmed(mappedFromInline(text, rest as PhrasingContent[], scratch));
    const labelRange = rangeOf(label as RootContent);
    const normalized = normalizeKey(labelText);
    if (normalized === 'circonscription') {
      // "Seine-Saint-Denis (3e circonscription) - La République en Marche": the group follows the last " - ".
      const cut = value.value.lastIndexOf(' - ');
      if (cut > 0) {
        const mapped = mappedFromInline(text, rest as PhrasingContent[], scratch);
        const offset = mapped.text.indexOf(value.value);
        const place = trimmed(mapped, offset, offset + cut);
        const group = trimmed(mapped, offset + cut + 3, offset + value.value.length);
        collector.set('circonscription', place.value, labelRange, place.range);
        collector.set('groupe', group.value, labelRange, group.range);
        continue;
      }
    }
    if (normalized.startsWith('questionsignalee')) {
      collector.set('signalee', true, labelRange, value.range);
      // « Question signalée au JO le : 8 juillet 2025 »: the date its ten-day deadline runs from.
      if (/\d/.test(value.value)) collector.set('signalement', value.value, labelRange, value.range, false);
      continue;
    }
    collector.set(labelText, value.value, labelRange, value.range, false);
  }

  const headings = preamble.filter((node) => node.type === 'heading');
  for (const heading of headings) {
    const mapped = mappedFromInline(text, heading.children, scratch);
    const { value, range } = trimmed(mapped);
    const normalized = normalizeKey(value);
    if (collector.metadata.chambre === undefined && (normalized === 'assembleenationale' || normalized === 'senat')) {
      collector.set('chambre', value, range, range);
      continue;
    }
    const legislature = /^(\d+)\s*(?:e|è|ème|eme)\s+législature$/iu.exec(value);
    if (legislature && collector.metadata.legislature === undefined) {
      const digits = { start: range.start, end: range.start + legislature[1]!.length };
      collector.set('legislature', Number(legislature[1]), range, digits);
      continue;
    }
    if (collector.metadata.titre === undefined && heading.depth >= 3) collector.set('titre', value, range, range);
  }

  for (const node of preamble) {
    if (node.type !== 'paragraph' || collector.metadata.numero !== undefined) continue;
    const mapped = mappedFromInline(text, node.children, scratch);
    const number = /Question écrite n°\s*(\d+)/u.exec(mapped.text);
    if (number) {
      const at = number.index + number[0].length - number[1]!.length;
      const range = mapped.sourceRange(at, at + number[1]!.length);
      collector.set('numero', Number(number[1]), range, range);
    }
  }
}
