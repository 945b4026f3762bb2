/**
 * D3 `tiers-nommement-designe` [Q]: a named private individual near accusatory vocabulary (« la fiche de
 * Jessica Edosomwan … soupçonnée d'être membre d'un réseau »). The Règlement de l'Assemblée nationale (art. 135)
 * and the Règlement du Sénat (art. 74) forbid « toute imputation d'ordre personnel à l'égard de tiers nommément
 * désignés »; the answer must not repeat the name.
 */
import type { Rule } from '../rule';
import { matchProse } from '../common/mask';
import { reportText } from '../common/lexicon';
import { personNamePattern, thingBefore } from '../common/person-names';
import { letterRegExp } from '../../text/letters';

const accusation =
  letterRegExp(String.raw`(?<![\p{L}])(?:soupçonn\p{L}*|suspect\p{L}*|mis(?:e|es)?\s+en\s+(?:cause|examen)|condamn\p{L}*|fraud\p{L}*|escroc\p{L}*|escroquer\p{L}*|réseau\p{L}*|plaintes?|accus\p{L}*|inculp\p{L}*|délinqu\p{L}*|proxénèt\p{L}*|proxénétisme|trafiqu\p{L}*|criminel\p{L}*|coupable\p{L}*|détourn\p{L}*|corrompu\p{L}*|interpell\p{L}*|recherch[ée]e?s?\s+par)(?![\p{L}])`, 'iu');
/** Office-holders are public figures cited for their public acts. */
const officeNear = /^[\s\u00A0\u202F,]*(?:ministre|secrétaire d['’]État|député|députée|sénateur|sénatrice|président|présidente|maire|préfet|préfète|rapporteur|rapporteure|directeur|directrice|ancien|ancienne)\b/iu;
const officeBefore = /(?:ministre|secrétaire d['’]État|député|députée|sénateur|sénatrice|président|présidente|maire|préfet|préfète|rapporteur|rapporteure|M\.\s*le|Mme\s*la)[^.;]{0,60}$/iu;

export const rule: Rule = {
  meta: {
    id: 'tiers-nommement-designe',
    severity: 'warning',
    title: 'Tiers nommément désigné',
    description:
      "Signale une personne privée nommée à proximité d'un vocabulaire d'accusation (soupçonné, mis en cause, condamné, réseau, plainte…). Le règlement de l'Assemblée nationale (article 135) et celui du Sénat (article 74) interdisent toute imputation d'ordre personnel à l'égard de tiers nommément désignés : la réponse ne doit pas reprendre le nom. Dans la question (déjà publiée), le signalement est une information.",
    fixable: false,
    group: 'D',
  },
  checkParagraph(context) {
    const { view } = context;
    const sentences = view.paragraph.sentences;
    const verdicts = new Map<(typeof sentences)[number], boolean>();
    let cursor = 0;
    for (const match of matchProse(view, personNamePattern)) {
      if (view.inQuote(match.start, match.end)) continue;
      const before = view.text.slice(Math.max(0, match.start - 60), match.start);
      if (thingBefore.test(before) || officeBefore.test(before) || officeNear.test(view.text.slice(match.end, match.end + 40))) continue;
      // The sentence around the name (sentence ranges are file offsets: compare through the match's range);
      // matches come in order, so the sentence pointer only moves forward. One test per sentence.
      while (cursor < sentences.length && sentences[cursor]!.range.end < match.range.end) cursor++;
      const sentence = sentences[cursor];
      let accused: boolean;
      if (sentence && sentence.range.start <= match.range.start) {
        accused = verdicts.get(sentence) ?? accusation.test(sentence.text);
        verdicts.set(sentence, accused);
      } else {
        accused = accusation.test(view.text.slice(Math.max(0, match.start - 200), match.end + 200));
      }
      if (!accused) continue;
      reportText(
        context,
        match.start,
        match.end,
        `« ${match.match[1]} » : une personne privée est nommée dans un contexte mettant en cause sa responsabilité. Les règlements des assemblées interdisent toute imputation personnelle à l'égard de tiers nommément désignés ; ne pas reprendre le nom dans la réponse.`,
      );
    }
  },
};
