/**
 * F3 `sigle-forme`: acronyms written with dots or spaces (`S.N.C.F.`, `C N C D H`), with a plural `s`
 * (`des ONGs`, `les EHPADs`: acronyms are invariable) or with a wrong case inside (`MiProf`) when the glossary
 * registers another spelling (Imprimerie nationale: « sans point abréviatif, ni espace »).
 */
import type { Rule } from '../rule';
import { matchProse } from '../common/mask';
import { reportText, textFix } from '../common/lexicon';
import { lookupAcronym } from '../common/acronyms';
import { acronymsByForm } from '../../reference';
import { letterRegExp } from '../../text/letters';

const dotted = letterRegExp(String.raw`(?<![\p{L}\p{N}.])(?:\p{Lu}\.){2,}\p{Lu}?\.?(?![\p{L}\p{N}])`, 'gu');
const spaced = letterRegExp(String.raw`(?<![\p{L}\p{N}])(?:\p{Lu} ){2,}\p{Lu}(?![\p{L}\p{N}.])`, 'gu');
const plural = letterRegExp(String.raw`(?<![\p{L}\p{N}-])(\p{Lu}{2,})s(?![\p{L}\p{N}])`, 'gu');
const mixed = letterRegExp(String.raw`(?<![\p{L}\p{N}])\p{L}*\p{Ll}\p{Lu}\p{L}*(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])\p{Lu}{2,}\p{Ll}+\p{L}*(?![\p{L}\p{N}])`, 'gu');

export const rule: Rule = {
  meta: {
    id: 'sigle-forme',
    severity: 'error',
    title: 'Forme du sigle',
    description:
      "Signale un sigle écrit avec des points ou des espaces (« S.N.C.F. », « C N C D H »), avec un « s » de pluriel (« des ONGs » : les sigles sont invariables) ou avec une casse différente de celle du glossaire (« MiProf »). Règle de l'Imprimerie nationale : le sigle s'écrit sans point abréviatif ni espace. La correction écrit la forme de référence.",
    fixable: true,
    group: 'F',
  },
  checkParagraph(context) {
    const { view } = context;
    if (view.section !== 'answer') return;
    for (const match of matchProse(view, dotted, /\p{Lu}\.\p{Lu}/u)) {
      const letters = match.match[0].replace(/\./g, '');
      // Two initials (J.-P., N.B.) are not acronyms unless the glossary knows them.
      if (letters.length < 3 && lookupAcronym(letters).length === 0) continue;
      const entry = lookupAcronym(letters)[0];
      const right = entry ? entry.sigle : letters;
      reportText(context, match.start, match.end, `« ${match.match[0]} » : un sigle s'écrit sans point abréviatif (« ${right} »).`, [
        textFix(view, `Remplacer par « ${right} »`, match.start, match.end, right),
      ]);
    }
    for (const match of matchProse(view, spaced, /\p{Lu} \p{Lu} \p{Lu}/u)) {
      const letters = match.match[0].replace(/ /g, '');
      const entry = lookupAcronym(letters)[0];
      if (!entry) continue;
      reportText(context, match.start, match.end, `« ${match.match[0]} » : un sigle s'écrit sans espace (« ${entry.sigle} »).`, [
        textFix(view, `Remplacer par « ${entry.sigle} »`, match.start, match.end, entry.sigle),
      ]);
    }
    for (const match of matchProse(view, plural, /\p{Lu}{2}s(?![\p{L}\p{N}])/u)) {
      const form = match.match[0];
      if (acronymsByForm.has(form) || context.settings.motsAcceptes.has(form)) continue;
      const singular = match.match[1]!;
      reportText(context, match.start, match.end, `« ${form} » : un sigle est invariable (« des ${singular} »).`, [
        textFix(view, `Remplacer par « ${singular} »`, match.start, match.end, singular),
      ]);
    }
    for (const match of matchProse(view, mixed, /\p{Ll}\p{Lu}|\p{Lu}{2}\p{Ll}/u)) {
      const form = match.match[0];
      if (acronymsByForm.has(form) || context.settings.motsAcceptes.has(form) || context.settings.sigles.has(form)) continue;
      const entries = lookupAcronym(form);
      if (entries.length === 0) continue;
      const right = entries[0]!.sigle;
      reportText(context, match.start, match.end, `« ${form} » : la forme de référence de ce sigle est « ${right} ».`, [
        textFix(view, `Remplacer par « ${right} »`, match.start, match.end, right),
      ]);
    }
  },
};
