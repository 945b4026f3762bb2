import type { Rule } from '../rule';
import { matchProse } from '../common/mask';
import { fixOf, reportText, textEdit } from '../common/style';
import { letterRegExp } from '../../text/letters';

// Masculine singular forms; feminine and plural forms are derived below.
const bases =
  'français anglais irlandais écossais gallois néerlandais hollandais danois suédois finlandais norvégien islandais ' +
  'allemand autrichien suisse belge luxembourgeois italien espagnol portugais grec chypriote maltais polonais tchèque ' +
  'slovaque hongrois roumain bulgare serbe croate slovène bosnien albanais macédonien monténégrin kosovar ukrainien ' +
  'russe biélorusse moldave lituanien letton estonien géorgien arménien azerbaïdjanais turc kurde syrien libanais ' +
  'irakien iranien afghan pakistanais indien bangladais sri-lankais népalais chinois japonais coréen vietnamien ' +
  'cambodgien laotien thaïlandais philippin indonésien malaisien australien américain canadien mexicain brésilien ' +
  'argentin chilien colombien péruvien vénézuélien cubain haïtien dominicain marocain algérien tunisien libyen égyptien ' +
  'soudanais érythréen éthiopien somalien kényan nigérian nigérien malien sénégalais mauritanien guinéen ivoirien ' +
  'burkinabé togolais béninois ghanéen camerounais gabonais congolais centrafricain tchadien angolais rwandais burundais ' +
  'malgache comorien mahorais réunionnais mauricien martiniquais guadeloupéen guyanais calédonien polynésien européen ' +
  'africain asiatique maghrébin israélien palestinien jordanien saoudien qatari émirati yéménite';

function forms(base: string): string[] {
  if (base.endsWith('e') || base.endsWith('i') || base.endsWith('é')) return [base, `${base}s`];
  if (base === 'grec') return ['grec', 'grecs', 'grecque', 'grecques'];
  if (base === 'turc') return ['turc', 'turcs', 'turque', 'turques'];
  if (base.endsWith('ien') || base.endsWith('éen')) return [base, `${base}s`, `${base}ne`, `${base}nes`];
  if (base.endsWith('s')) return [base, `${base}e`, `${base}es`];
  return [base, `${base}s`, `${base}e`, `${base}es`];
}

const gentiles = new Set(bases.split(' ').flatMap(forms));
// A lower-case gentilé right after a determiner: `une nigériane`, `des marocains`, `les français`.
const noun = letterRegExp(String.raw`\b(?:une|un|des|les|deux|trois|quatre|cinq|six|plusieurs|ces|nos|vos|leurs|aux|nombreux|nombreuses|certains|certaines|quelques|aucun|aucune)[ \u00A0]+(\p{Ll}[\p{L}-]*)(?![\p{L}-])`, 'gu');
// A capitalised gentilé right after a lower-case noun: `un réseau Nigérian`.
const adjective = letterRegExp(String.raw`\p{Lu}\p{Ll}[\p{L}-]*(?![\p{L}-])`, 'gu');
const nounBefore = letterRegExp(String.raw`(?:^|[^\p{L}])(\p{Ll}{3,})[ \u00A0]+$`, 'u');
const notNouns = new Set(['les', 'des', 'aux', 'une', 'ces', 'nos', 'vos', 'leurs', 'chez', 'pour', 'par', 'avec', 'entre', 'contre', 'envers', 'parmi', 'selon', 'sans', 'sur', 'sous', 'dont', 'que', 'qui', 'et', 'ou', 'mais', 'nombreux', 'nombreuses', 'certains', 'certaines', 'quelques', 'plusieurs', 'deux', 'trois', 'quatre', 'cinq', 'six', 'dix', 'cent', 'mille', 'tous', 'toutes', 'les', 'aucun', 'aucune', 'unes', 'uns', 'autres']);

export const rule: Rule = {
  meta: {
    id: 'majuscule-gentile',
    severity: 'warning',
    title: 'Majuscule des noms de nationalité',
    description:
      "Le nom d'habitant ou de nationalité (gentilé) prend la majuscule : « une Nigériane », « les Français » ; l'adjectif " +
      "reste en minuscule : « un réseau nigérian », « le gouvernement français ». La règle signale un gentilé en minuscule " +
      "après un déterminant et un adjectif de nationalité à majuscule après un nom commun. Les langues (« en anglais », " +
      "« le français ») et « à la française » ne sont pas visés. S'applique aussi au texte de la question (information " +
      'au plus, sans correction : la question est publiée). La correction change la casse de la première lettre.',
    fixable: true,
    group: 'B',
  },
  checkParagraph(context) {
    const { document, view } = context;
    for (const found of matchProse(view, noun)) {
      const word = found.match[1]!;
      if (!gentiles.has(word) || /\p{L}/u.test(view.text[found.start - 1] ?? '')) continue;
      const start = found.end - word.length;
      const raised = word[0]!.toUpperCase() + word.slice(1);
      reportText(context, view, start, found.end, `Nom de nationalité : écrire « ${raised} » avec une majuscule.`, {
        fixes: [fixOf(`Écrire « ${raised} »`, textEdit(document, view, start, start + 1, raised[0]!))],
      });
    }
    for (const found of matchProse(view, adjective)) {
      const word = found.match[0];
      const lowered = word[0]!.toLowerCase() + word.slice(1);
      if (!gentiles.has(lowered) || /[\p{L}-]/u.test(view.text[found.start - 1] ?? '')) continue;
      const before = nounBefore.exec(view.text.slice(Math.max(0, found.start - 30), found.start))?.[1];
      if (before === undefined || notNouns.has(before)) continue;
      reportText(context, view, found.start, found.end, `Adjectif de nationalité : écrire « ${lowered} » en minuscule.`, {
        fixes: [fixOf(`Écrire « ${lowered} »`, textEdit(document, view, found.start, found.start + 1, lowered[0]!))],
      });
    }
  },
};
