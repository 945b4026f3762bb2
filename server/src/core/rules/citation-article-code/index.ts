/**
 * G2 `citation-article-code`: code article references. Canonical form: `article L. 2333-64 du code général des
 * collectivités territoriales`. Reports `L2333-64`, `L.2333-64`, `L 123-4` (the letter takes a dot and a space),
 * `art L` / `article R123`, `article L. 1 et L. 2` (plural), `et s.` for `et suivants`, and the case of the code's
 * name: lower case in profile `jo` (`code du travail`), capital in profile `imprimerie-nationale`.
 */
import type { Rule } from '../rule';
import { matchProse } from '../common/mask';
import { atSentenceStart, reportText, SP, textFix, WB, WE } from '../common/lexicon';
import { letterRegExp } from '../../text/letters';

// (1) article(s), (2) letter(s), (3) what follows the letter before the number, (4) number.
const reference = letterRegExp(`${WB}(articles?|art\\.?)${SP}+(L\\.?O|LO|[LRDA])(\\.?\\*?[\\s\\u00A0\\u202F]?|\\.?\\*?)(\\d+(?:-\\d+)*)`, 'gdu');
const plural = letterRegExp(`${WB}(article)${SP}+(?:L|R|D|A|LO)\\.?${SP}?\\d[\\d-]*${SP}+et${SP}+(?:L|R|D|A|LO)\\.?${SP}?\\d`, 'gdu');
const etS = letterRegExp(`(?<=[\\d\\uFFFC]${SP}+)et${SP}+s\\.(?!\\p{L})`, 'gu');
const CODES =
  "civil|pénal|rural(?: et de la pêche maritime)?|forestier|minier|électoral|général des impôts|général des collectivités territoriales|général de la propriété des personnes publiques|de commerce|de l['’]action sociale et des familles|de la santé publique|de la sécurité sociale|du travail|de l['’]éducation|de l['’]environnement|de l['’]urbanisme|de la construction et de l['’]habitation|de la route|de procédure pénale|de procédure civile|de justice administrative|des douanes|de la défense|du sport|de la consommation|de la mutualité|des assurances|monétaire et financier|des transports|de l['’]énergie|du patrimoine|des relations entre le public et l['’]administration|de l['’]entrée et du séjour des étrangers et du droit d['’]asile|de la commande publique|de la propriété intellectuelle|des pensions civiles et militaires de retraite|de la fonction publique|de l['’]organisation judiciaire|de la recherche|du tourisme|de la voirie routière|des postes et des communications électroniques|de l['’]artisanat|du cinéma et de l['’]image animée|de la justice pénale des mineurs|des juridictions financières|de l['’]expropriation pour cause d['’]utilité publique|du service national|de la famille et de l['’]aide sociale|des communes";
const codeName = letterRegExp(`${WB}([Cc])ode${SP}+(?:${CODES})${WE}`, 'gu');

export const rule: Rule = {
  meta: {
    id: 'citation-article-code',
    severity: 'error',
    title: "Citation d'un article de code",
    description:
      "Vérifie les références aux articles de codes : forme « article L. 2333-64 du code général des collectivités territoriales ». Signale « L2333-64 », « L.2333-64 » ou « L 123-4 » (la lettre prend un point et une espace), « article L. 1 et L. 2 » au lieu de « articles », « et s. » au lieu de « et suivants », et la casse du nom du code : minuscule au profil « jo » (« code du travail »), capitale au profil « imprimerie-nationale » (« Code du travail »).",
    fixable: true,
    group: 'G',
  },
  checkParagraph(context) {
    const { view } = context;
    if (view.section !== 'answer') return;
    const source = view.paragraph.text;
    // Article numbers are masked for the other rules: read them on the paragraph's own text.
    reference.lastIndex = 0;
    for (let m = reference.exec(source); m; m = reference.exec(source)) {
      const end = m.index + m[0].length;
      if (view.isMasked(m.index, m.index + m[1]!.length) || view.inQuote(m.index, end)) continue;
      const indices = (m as RegExpExecArray & { indices: ([number, number] | undefined)[] }).indices;
      const [letterStart, letterEnd] = indices[2]!;
      const [, numberStart] = indices[3]!;
      const letter = m[2]!.replace('.', '').replace('LO', 'L.O');
      const between = m[3]!;
      const star = between.includes('*') ? '*' : '';
      const right = `${letter}.${star}`;
      const wellFormed = /^\.\*?[\s\u00A0\u202F]$/.test(between) && !/^LO$/.test(m[2]!);
      if (!wellFormed) {
        const written = source.slice(letterStart, numberStart);
        reportText(
          context,
          letterStart,
          numberStart,
          `« ${written}${m[4]} » : la lettre de l'article prend un point suivi d'une espace (« ${right} ${m[4]} »).`,
          [textFix(view, `Écrire « ${right} ${m[4]} »`, letterStart, numberStart, `${right}\u00A0`)],
        );
      }
      if (/^art\.?$/.test(m[1]!)) {
        const [artStart, artEnd] = indices[1]!;
        reportText(context, artStart, artEnd, `« ${m[1]} » : écrire « article » en toutes lettres.`, [textFix(view, 'Écrire « article »', artStart, artEnd, 'article')]);
      }
      void letterEnd;
    }
    plural.lastIndex = 0;
    for (let m = plural.exec(source); m; m = plural.exec(source)) {
      if (view.isMasked(m.index, m.index + 7) || view.inQuote(m.index, m.index + m[0].length)) continue;
      // `l'article L. 1 et L. 2` → `les articles L. 1 et L. 2`.
      const elided = /([Ll])['’]$/.exec(source.slice(Math.max(0, m.index - 2), m.index));
      const fixStart = elided ? m.index - 2 : m.index;
      const replacement = elided ? `${elided[1] === 'L' ? 'Les' : 'les'} articles` : 'articles';
      reportText(context, m.index, m.index + 7, 'Plusieurs articles sont cités : écrire « articles ».', [textFix(view, `Écrire « ${replacement} »`, fixStart, m.index + 7, replacement)]);
    }
    for (const match of matchProse(view, etS, 's.')) {
      if (view.inQuote(match.start, match.end)) continue;
      reportText(context, match.start, match.end, '« et s. » : dans le texte courant, écrire « et suivants ».', [textFix(view, 'Écrire « et suivants »', match.start, match.end, 'et suivants')]);
    }
    const upperWanted = context.settings.profile === 'imprimerie-nationale';
    for (const match of matchProse(view, codeName)) {
      if (view.inQuote(match.start, match.end)) continue;
      const initial = match.match[1]!;
      if (upperWanted ? initial === 'C' : initial === 'c' || atSentenceStart(view.text, match.start)) continue;
      const right = upperWanted ? 'C' : 'c';
      const name = match.match[0];
      reportText(
        context,
        match.start,
        match.start + 1,
        upperWanted
          ? `« ${name} » : au profil Imprimerie nationale, le nom d'un code prend une capitale (« ${right}${name.slice(1)} »).`
          : `« ${name} » : au Journal officiel, le nom d'un code s'écrit en minuscules (« ${right}${name.slice(1)} »).`,
        [textFix(view, `Écrire « ${right}${name.slice(1)} »`, match.start, match.start + 1, right)],
      );
    }
  },
};
