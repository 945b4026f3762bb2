/**
 * H1 `anglicisme-legistique`: the wordings the Guide de légistique (§ 3.3.1) names: « impacter » pour
 * « affecter », « générer » pour « engendrer », ministre « en charge de » pour « chargé de », « présumer » pour
 * « supposer »; and « en capacité de », « en responsabilité de » (Académie française).
 */
import type { Severity } from '../../findings/finding';
import type { Fix } from '../../findings/finding';
import type { ProseView } from '../common/mask';
import type { Rule } from '../rule';
import { matchProse } from '../common/mask';
import { keepInitialCase, reportText, SP, textFix, WB, WE } from '../common/lexicon';
import { letterRegExp } from '../../text/letters';

const IMPACT_ENDINGS = '(?:e|es|ent|er|é|ée|és|ées|ait|aient|ant|era|eront|erait|eraient|ons|ez|erons|erez)';
const impacter = letterRegExp(`${WB}([Ii]mpact)(${IMPACT_ENDINGS})${WE}`, 'gu');
const GENERE_ENDINGS = '(?:er|é|ée|és|ées|ant|era|eront|erait|eraient|ait|aient|ons|ez|erons|erez)';
const generer = letterRegExp(`${WB}([Gg]énér)(${GENERE_ENDINGS})${WE}|${WB}([Gg]énèr)(e|es|ent|era|eront|erait|eraient)${WE}`, 'gu');
const presumer = letterRegExp(`${WB}[Pp]résum(?:e|es|ent|er|ons|ez|ait|aient|ant)${SP}+qu(?:e|['’])`, 'gu');
const enCharge = letterRegExp(`${WB}(en${SP}+charge)(?=${SP}+(?:de|du|des)${WE}|${SP}*d['’])`, 'giu');
const notEnCharge = letterRegExp(`(?:pris|prise|prises|prend|prends|prennent|prendre|prenant|prenait|prenaient|prendra|prendront|prendrait|prendraient|prenons|prenez|pris${SP}+en${SP}+compte|reste|restent|rester|restant|demeure|demeurent|laissé|laissée|laissés|laissées|mis|mise|mises)${SP}+$`, 'iu');
const enCapacite = letterRegExp(`${WB}en${SP}+capacité(?=${SP}+de${WE}|${SP}*d['’])`, 'giu');
const enResponsabilite = letterRegExp(`${WB}en${SP}+responsabilité(?=${SP}+(?:de|du|des)${WE}|${SP}*d['’])`, 'giu');

/** `chargé` agreed with the nearest determiner before; undefined when none tells (no automatic fix then). */
function charge(view: ProseView, start: number): string | undefined {
  const before = view.text.slice(Math.max(0, start - 60), start).toLowerCase();
  const words = before.split(/[^\p{L}'’]+/u).filter(Boolean);
  for (let i = words.length - 1; i >= Math.max(0, words.length - 4); i--) {
    const word = words[i]!;
    if (/^(?:la|une|cette|sa|leur|notre|votre|celle)$/.test(word)) return 'chargée';
    if (/^(?:les|des|ces|ses|leurs|nos|vos|ceux|celles|plusieurs)$/.test(word)) return words.slice(i + 1).some((w) => /(?:tions|ités|ices|ies|ères|ences|ances|ées)$/.test(w)) ? 'chargées' : 'chargés';
    if (/^(?:le|un|ce|cet|son|celui|du|au)$/.test(word)) return 'chargé';
  }
  return undefined;
}

export const rule: Rule = {
  meta: {
    id: 'anglicisme-legistique',
    severity: 'warning',
    title: 'Anglicisme à éviter (Guide de légistique)',
    description:
      "Signale les tournures que le Guide de légistique (§ 3.3.1) demande d'éviter : « impacter » pour « affecter » ou « toucher », « générer » pour « engendrer », « en charge de » pour « chargé de », « présumer que » pour « supposer que » (information), ainsi que « en capacité de » (« en mesure de ») et « en responsabilité de » (« responsable de »). « Prise en charge » et le nom « impact » ne sont pas signalés.",
    fixable: true,
    group: 'H',
  },
  checkParagraph(context) {
    const { view } = context;
    if (view.section !== 'answer') return;
    const report = (start: number, end: number, message: string, fixes: Fix[], severity?: Severity) => {
      if (view.inQuote(start, end)) return;
      reportText(context, start, end, message, fixes, severity);
    };
    for (const m of matchProse(view, impacter)) {
      const ending = m.match[2]!;
      const touch = `${m.match[1]!.startsWith('I') ? 'T' : 't'}ouch${ending}`;
      const affect = `${m.match[1]!.startsWith('I') ? 'A' : 'a'}ffect${ending}`;
      report(m.start, m.end, `« ${m.match[0]} » : le Guide de légistique recommande « affecter » ou « toucher » plutôt que « impacter ».`, [
        textFix(view, `Remplacer par « ${touch} »`, m.start, m.end, touch),
        textFix(view, `Remplacer par « ${affect} »`, m.start, m.end, affect),
      ]);
    }
    for (const m of matchProse(view, generer)) {
      const stem = m.match[1] ?? m.match[3]!;
      const ending = m.match[2] ?? m.match[4]!;
      const replacement = `${stem.startsWith('G') ? 'E' : 'e'}ngendr${ending}`;
      const revenue = /^[\s\u00A0\u202F]+(?:des|de)[\s\u00A0\u202F]+(?:recettes|revenus|économies|gains|ressources)/u.test(view.text.slice(m.end, m.end + 30));
      report(
        m.start,
        m.end,
        `« ${m.match[0]} » : le Guide de légistique recommande « engendrer », « produire » ou « entraîner » plutôt que « générer ».`,
        [textFix(view, `Remplacer par « ${replacement} »`, m.start, m.end, replacement)],
        revenue ? 'hint' : undefined,
      );
    }
    for (const m of matchProse(view, presumer)) {
      report(m.start, m.end, `« ${m.match[0]} » : au sens de « supposer », le Guide de légistique recommande « supposer que ».`, [], 'information');
    }
    for (const m of matchProse(view, enCharge)) {
      if (notEnCharge.test(view.text.slice(Math.max(0, m.start - 40), m.start))) continue;
      const agreed = charge(view, m.start);
      const replacement = keepInitialCase(m.match[0], agreed ?? 'chargé');
      report(
        m.start,
        m.end,
        `« ${m.match[0]} de » : anglicisme ; écrire « ${agreed ? replacement : keepInitialCase(m.match[0], 'chargé(e)(s)')} de » ou « ayant la charge de » (Guide de légistique, Académie française).`,
        agreed ? [textFix(view, `Remplacer par « ${replacement} »`, m.start, m.end, replacement)] : [],
      );
    }
    for (const m of matchProse(view, enCapacite)) {
      const replacement = keepInitialCase(m.match[0], 'en mesure');
      report(m.start, m.end, `« ${m.match[0]} de » : écrire « en mesure de » (Académie française).`, [textFix(view, 'Remplacer par « en mesure »', m.start, m.end, replacement)]);
    }
    for (const m of matchProse(view, enResponsabilite)) {
      // « responsable » agrees in number with what it qualifies: no fix when no determiner tells.
      const agreed = charge(view, m.start);
      const replacement = keepInitialCase(m.match[0], agreed && /s$/u.test(agreed) ? 'responsables' : 'responsable');
      report(m.start, m.end, `« ${m.match[0]} de » : écrire « responsable de » (Académie française).`, agreed ? [textFix(view, `Remplacer par « ${replacement} »`, m.start, m.end, replacement)] : []);
    }
  },
};
