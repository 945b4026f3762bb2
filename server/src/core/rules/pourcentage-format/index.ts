import type { Rule } from '../rule';
import { matchProse, proseViews } from '../shared/mask';
import { NBSP, fixOf, replaceText, reportText, textEdit } from '../shared/style';
import { letterRegExp } from '../../text/letters';

// `15%`: no space at all before the sign.
const glued = /(?<=\d)%/gu;
// `+15 %`, `-3 %`: the sign glued to the number.
const signed = letterRegExp(String.raw`(?<![\p{L}\d])([+−])(?=\d[\d,]*[ \u00A0\u202F]?%)`, 'gu');
const plural = letterRegExp(String.raw`(?<![\p{L}])pourcents(?![\p{L}])`, 'giu');
const words = letterRegExp(String.raw`(?<![\p{L}])pour[ \u00A0]cent(?![\p{L}])`, 'giu');
const sign = /(?<=\d[ \u00A0\u202F]?)%/gu;

export const rule: Rule = {
  meta: {
    id: 'pourcentage-format',
    severity: 'warning',
    title: 'Écriture des pourcentages',
    description:
      "Le signe % suit le nombre après une espace insécable : « 15 % » (Imprimerie nationale, usage du Journal officiel). " +
      "Sont signalés le signe collé au nombre (« 15% »), le signe « + » collé (« +15 % » → « + 15 % »), « pourcents » " +
      "(« pour cent » est invariable) et le mélange de « pour cent » et de « % » dans une même réponse. L'espace ordinaire " +
      "avant % relève de « nbsp-nombre-unite ». La correction ne touche qu'aux espaces et à l'orthographe. Le code et les " +
      "adresses encodées (%20) ne sont pas visés.",
    fixable: true,
    group: 'C',
  },
  check(context) {
    const { document } = context;
    let signs = 0;
    let spelled = 0;
    let firstSpelled: { view: ReturnType<typeof proseViews>[number]; start: number; end: number } | undefined;
    for (const view of proseViews(document)) {
      for (const found of matchProse(view, glued)) {
        reportText(context, view, found.start - 1, found.end, 'Espace insécable manquante avant « % ».', {
          fixes: [fixOf('Insérer une espace insécable', textEdit(document, view, found.start, found.start, NBSP))],
        });
      }
      for (const found of matchProse(view, signed)) {
        reportText(context, view, found.start, found.end + 1, `Le signe « ${found.match[1]} » est séparé du nombre par une espace insécable.`, {
          fixes: [fixOf('Insérer une espace insécable', textEdit(document, view, found.end, found.end, NBSP))],
        });
      }
      for (const found of matchProse(view, plural)) {
        reportText(context, view, found.start, found.end, '« pour cent » est invariable.', {
          fixes: [replaceText(document, view, found.start, found.end, found.match[0][0] === 'P' ? 'Pour cent' : 'pour cent', 'Écrire « pour cent »')],
        });
      }
      signs += matchProse(view, sign).length;
      for (const found of matchProse(view, words)) {
        spelled++;
        firstSpelled ??= { view, start: found.start, end: found.end };
      }
    }
    if (signs > 0 && firstSpelled) {
      reportText(context, firstSpelled.view, firstSpelled.start, firstSpelled.end, `La réponse emploie à la fois « pour cent » (${spelled} fois) et « % » (${signs} fois) : n'en garder qu'une forme.`, {
        severity: context.severity === 'hint' ? 'hint' : 'information',
      });
    }
  },
};
