/**
 * `terme-prefere`: the preferred-term substitutions of the style pack (`substitutions` of `.qe-style.json` or
 * of the `qe.substitutions` setting). Each occurrence of `fautif` in the answer, as whole words, is reported
 * with the pack's message and a fix to `correct` (keeping an initial capital).
 */
import { termPattern } from '../../config/style-pack';
import type { Substitution } from '../../config/settings';
import type { Rule } from '../rule';
import { participleEnding } from '../common/agreement';
import { matchProse } from '../common/mask';
import { replaceFix } from '../common/prose';

const patterns = new WeakMap<Substitution, RegExp>();

function patternOf(substitution: Substitution): RegExp {
  let pattern = patterns.get(substitution);
  if (!pattern) {
    pattern = termPattern(substitution.fautif, 'giu');
    patterns.set(substitution, pattern);
  }
  return pattern;
}

function keepCase(found: string, correct: string): string {
  const first = found.charAt(0);
  if (first !== first.toLowerCase() && correct.charAt(0) === correct.charAt(0).toLowerCase()) {
    return correct.charAt(0).toUpperCase() + correct.slice(1);
  }
  return correct;
}

/**
 * The pack's term as it fits: a term that starts with a participle the wrong one lacks (« en charge de » →
 * « chargé de ») agrees with the determiner before (« la direction » → « chargée de »); undefined (no automatic
 * fix, the message keeps the term) when nothing tells gender and number.
 */
function agreed(correct: string, found: string, text: string, start: number): string | undefined {
  const first = /^\p{L}+/u.exec(correct)?.[0];
  if (!first || !/é$/u.test(first) || new RegExp(`(?<![\\p{L}])${first}`, 'iu').test(found)) return correct;
  const ending = participleEnding(text, start);
  return ending === undefined ? undefined : `${first}${ending}${correct.slice(first.length)}`;
}

export const rule: Rule = {
  meta: {
    id: 'terme-prefere',
    severity: 'warning',
    title: 'Terme à remplacer (guide de style)',
    description:
      "Le guide de style du ministère (fichier .qe-style.json ou réglage « qe.substitutions ») demande de remplacer ce terme par un autre. La correction rapide applique le terme retenu.",
    fixable: true,
    group: 'H',
  },
  checkParagraph(context) {
    const substitutions = context.settings.substitutions;
    // The question is published and cannot be edited: only the answer follows the style pack.
    if (substitutions.length === 0 || context.view.section !== 'answer') return;
    const taken: { start: number; end: number }[] = [];
    for (const substitution of substitutions) {
      for (const match of matchProse(context.view, patternOf(substitution))) {
        // Two substitutions on the same words (« en charge » and « en charge de »): the first listed wins.
        if (taken.some((range) => range.start < match.end && match.start < range.end)) continue;
        taken.push(match);
        const replacement = agreed(keepCase(match.match[0], substitution.correct), match.match[0], context.view.text, match.start);
        context.report({
          range: match.range,
          message: substitution.message ?? `« ${match.match[0]} » : le guide de style demande « ${replacement ?? keepCase(match.match[0], substitution.correct)} ».`,
          ...(replacement ? { fixes: [replaceFix(`Remplacer par « ${replacement} »`, match.range, replacement)] } : {}),
        });
      }
    }
  },
};
