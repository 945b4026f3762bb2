import type { Rule } from '../rule';
import { matchProse } from '../common/mask';
import { fixOf, letterEdits, reportText } from '../common/style';
import { letterRegExp } from '../../text/letters';

interface Institution {
  readonly canonical: string;
  /** Text that must come right before (lower case, trimmed); any when absent. */
  readonly before?: RegExp;
  /** Text right after that excludes the match (another country's parliament…). */
  readonly notAfter?: RegExp;
  /** Text right after that is required. */
  readonly after?: RegExp;
}

const foreign = letterRegExp(String.raw`^[ \u00A0]+(?:\p{Ll}+(?:ais|aise|ois|oise|and|ande|ien|ienne|ain|aine|ol|ole|ique|ote|ien)|belge|russe|suisse|grec|turc|écossais|régional|régionaux|des|de|du|d['’])(?!\p{L})`, 'u');

const institutions: readonly Institution[] = [
  { canonical: 'Premier ministre' },
  { canonical: 'Président de la République' },
  { canonical: 'Assemblée nationale' },
  { canonical: 'Sénat', before: /\b(?:le|du|au|ce)[ \u00A0]+$/iu, notAfter: foreign },
  { canonical: 'Parlement européen' },
  { canonical: 'Parlement', before: /\b(?:le|du|au)[ \u00A0]+$/iu, notAfter: letterRegExp(String.raw`^[ \u00A0]+(?:européen|écossais|\p{Ll}+(?:ais|ois|and|ien|ain|ol|ique))(?!\p{L})|^-`, 'u') },
  { canonical: "Conseil d'État" },
  { canonical: 'Conseil constitutionnel' },
  { canonical: 'Cour des comptes' },
  { canonical: 'Cour de cassation' },
  { canonical: 'Défenseur des droits' },
  { canonical: 'Union européenne' },
  { canonical: 'Commission européenne' },
  { canonical: "Conseil de l'Europe" },
  { canonical: 'Nations unies' },
  { canonical: 'Journal officiel' },
  { canonical: 'Constitution', after: /^[ \u00A0]+(?:du[ \u00A0]+4[ \u00A0]+octobre[ \u00A0]+1958|de[ \u00A0]+1958)/u },
  { canonical: 'Constitution', before: /\barticles?[ \u00A0]+[\d\uFFFC-]+[ \u00A0]+de[ \u00A0]+la[ \u00A0]+$/iu },
];

const accentClasses: Record<string, string> = { e: 'eéèê', a: 'aàâ', i: 'iî', o: 'oô', u: 'uùû', c: 'cç' };

function letterClass(char: string): string {
  const lower = char.toLowerCase();
  const base = lower.normalize('NFD')[0]!;
  const letters = accentClasses[base] ?? lower;
  return `[${letters}${letters.toUpperCase()}]`;
}

function patternOf(canonical: string): RegExp {
  let source = '';
  for (const char of canonical) {
    if (char === ' ') source += '[ \\u00A0]+';
    else if (char === "'") source += "['’]";
    else if (/\p{L}/u.test(char)) source += letterClass(char);
    else source += char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  return letterRegExp(`(?<![\\p{L}\\d-])${source}(?![\\p{L}\\d-])`, 'gu');
}

const compiled = institutions.map((institution) => ({ ...institution, pattern: patternOf(institution.canonical) }));

/** `actual` with the case of `canonical`, letter by letter, keeping its own accents (`accent-capitales` adds them). */
function withCaseOf(actual: string, canonical: string): string {
  const a = [...actual];
  const c = [...canonical];
  let result = '';
  let j = 0;
  for (let i = 0; i < a.length; i++) {
    const char = a[i]!;
    if (/[ \u00A0]/u.test(char)) {
      result += char;
      while (c[j] === ' ') j++;
      continue;
    }
    const target = c[j++] ?? char;
    result += target === target.toUpperCase() && target !== target.toLowerCase() ? char.toUpperCase() : char.toLowerCase();
  }
  return result;
}

export const rule: Rule = {
  meta: {
    id: 'majuscule-institutions',
    severity: 'error',
    title: 'Majuscules des institutions uniques',
    description:
      "Les institutions et fonctions uniques s'écrivent avec la casse fixée par l'usage du Journal officiel et de la " +
      "Constitution : « Premier ministre », « Président de la République », « Assemblée nationale », « Sénat », « Parlement », " +
      "« Conseil d'État », « Conseil constitutionnel », « Cour des comptes », « Cour de cassation », « Défenseur des " +
      "droits », « Union européenne », « Commission européenne », « Conseil de l'Europe », « Nations unies », « Journal " +
      "officiel », « Constitution » (celle de 1958). Restent en minuscules : « conseil des ministres », « garde des " +
      "sceaux », les organismes multiples (« conseil régional », « cour d'appel de Poitiers ») et le parlement d'un " +
      'autre pays. La correction ne change que la casse des lettres fautives.',
    fixable: true,
    group: 'B',
  },
  checkParagraph(context) {
    const { document, view } = context;
    if (view.section !== 'answer') return;
    for (const institution of compiled) {
      for (const found of matchProse(view, institution.pattern)) {
        const actual = view.paragraph.text.slice(found.start, found.end);
        const wanted = withCaseOf(actual, institution.canonical);
        if (actual === wanted) continue;
        const beforeText = view.text.slice(Math.max(0, found.start - 40), found.start);
        const afterText = view.text.slice(found.end, found.end + 40);
        if (institution.before && !institution.before.test(beforeText)) continue;
        if (institution.after && !institution.after.test(afterText)) continue;
        if (institution.notAfter && institution.notAfter.test(afterText)) continue;
        reportText(context, view, found.start, found.end, `Casse de l'institution : écrire « ${institution.canonical} ».`, {
          fixes: [fixOf(`Écrire « ${wanted} »`, ...letterEdits(document, view, found.start, actual, wanted))],
        });
      }
    }
  },
};
