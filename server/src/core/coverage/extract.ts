/**
 * Extraction of sub-questions from the question (QUESTION-FORMS.md §1-4 and §8): find the operative request
 * (closing formulas, inverted forms, direct questions, or the object of the opening when nothing else asks),
 * split it at the top level into sub-questions that share the governing verb, resolve demonstrative anaphora
 * against the context (« ces mesures » → the numbered measures just described) and classify each one.
 */
import { mayMatch } from '../text/literal-prefilter';
import type { OffsetRange, Section } from '../model/types';
import { classify, injunctiveKind, type AddresseeGender } from './kinds';
import { lazyRx, rx } from './regex';
import { isContentWord, termKey } from './stem';
import { foldCaseAndPunctuation, foldForSearch, stripAccents } from '../text/fold';
import { tokenize } from './text';
import type { SubQuestionKind } from './types';

/** A word of the object of a request, as matched against the answer. */
export interface ObjectTerm {
  readonly key: string;
  readonly word: string;
  /** 1 for the request's own words, less for words brought in by anaphora resolution. */
  readonly weight: number;
}

/** A thing the request is about that needs its own evidence (one of the measures « ces mesures » points to). */
export interface ObjectItem {
  /** French label (`la mesure 16`). */
  readonly label: string;
  readonly terms: readonly ObjectTerm[];
}

export interface ExtractedSubQuestion {
  readonly id: string;
  /** 1-based number. */
  readonly number: number;
  /** Decoded text of the sub-question. */
  readonly text: string;
  /** Source range (in the question's file). */
  readonly range: OffsetRange;
  readonly kind: SubQuestionKind;
  /** The object's words (with the antecedents of anaphora). */
  readonly terms: readonly ObjectTerm[];
  /** Items that each need evidence (antecedents of a plural anaphor such as « ces mesures »). */
  readonly items: readonly ObjectItem[];
  /** An enumeration inside the request whose every element must be mentioned (« financiers, humains et … »). */
  readonly enumeration: readonly string[];
  /** The two things an `articulation` request compares. */
  readonly compared?: { readonly first: ObjectItem; readonly second: ObjectItem };
  /** Short French description of the object when anaphora was resolved (`des mesures 16 et 19`). */
  readonly objectLabel?: string;
  /**
   * The request with the governor it shares with the conjunct before (« la réglementation applicable, d'une part, aux
   * concessions … et, d'autre part, aux caveaux » → « la réglementation applicable aux caveaux »; §10.4): what is
   * assessed, while `text` stays the source text of `range`.
   */
  readonly governed?: string;
  /** With `governed`: the keys of its own words, not shared with the other conjunct (« agricole » of « ruchers en zone agricole »). */
  readonly ownKeys?: readonly string[];
}

/** The question's paragraphs as one text with offsets, and its sentences. */
interface Sentence {
  readonly start: number;
  readonly end: number;
}

/** A full stop glued to the next sentence (« haies.Il lui demande »): a lower-case letter or a digit before it, a capitalised word after. */
const gluedStop = /(?<=[\p{Ll}\d)»"])[.?!](?=\p{Lu}\p{Ll})/gu;

class QuestionText {
  readonly text: string;
  readonly folded: string;
  readonly sentences: Sentence[] = [];
  private readonly bases: number[] = [];

  constructor(private readonly section: Section) {
    let text = '';
    for (const paragraph of section.paragraphs) {
      if (text) text += '\n\n';
      const base = text.length;
      this.bases.push(base);
      text += paragraph.text;
      let cursor = 0;
      for (const sentence of paragraph.sentences) {
        const at = paragraph.text.indexOf(sentence.text, cursor);
        if (at < 0) continue;
        // « … sur les haies.Il lui demande … » (no space after the stop, as some exports have it): two sentences.
        let from = 0;
        gluedStop.lastIndex = 0;
        for (let glued = gluedStop.exec(sentence.text); glued; glued = gluedStop.exec(sentence.text)) {
          this.sentences.push({ start: base + at + from, end: base + at + glued.index + 1 });
          from = glued.index + 1;
        }
        this.sentences.push({ start: base + at + from, end: base + at + sentence.text.length });
        cursor = at + sentence.text.length;
      }
    }
    this.text = text;
    // Literal « \r\n » escapes left by some exports (QUESTION-FORMS.md §9) read as spaces; offsets are kept.
    this.folded = foldForSearch(text).replace(/\\[rnt]/gu, '  ');
  }

  private tokenCache: { readonly start: number; readonly key: string }[] | undefined;

  /** Words of the whole (bare) text with their keys, computed once. */
  keyedTokens(): readonly { readonly start: number; readonly key: string }[] {
    this.tokenCache ??= tokenize(this.folded).map((token) => ({ start: token.start, key: termKey(token.text) }));
    return this.tokenCache;
  }

  /** Source range of [start, end) of the combined text. */
  sourceRange(start: number, end: number): OffsetRange {
    let index = 0;
    while (index + 1 < this.bases.length && this.bases[index + 1]! <= start) index++;
    const paragraph = this.section.paragraphs[index]!;
    const base = this.bases[index]!;
    const localEnd = Math.min(end - base, paragraph.text.length);
    return paragraph.sourceRange(start - base, Math.max(localEnd, start - base));
  }
}

// ---------------------------------------------------------------------------------------------------------
// Request formulas

const subject =
  "(?:il|elle|ce dernier|cette dernière|l'élue?|(?:m\\.?|mme|monsieur|madame)\\s+(?:le|la)\\s+(?:député|députée|sénateur|sénatrice)|le député|la députée|le sénateur|la sénatrice|(?:le|la) parlementaire|l'auteur de la question|l'auteure de la question)";
const requestVerb =
  "(?:demande|demanderait|souhaite|souhaiterait|souhaitait|voudrait|aimerait|désire|désirerait|désirait|prie|sollicite|invite|remercie|interroge|questionne|interpelle|attend|saurait\\s+gré|serait\\s+(?:reconnaissante?|obligée?)(?=\\s+(?:de|d')))";
/** The named author before the verb (« M. Roy », « Mme Roy », « M. J.-P. Roy », « Monsieur Roy ») and up to 60 characters of name. */
const namedAuthor = "\\b(?:m\\.\\s*|(?:m|mme|monsieur|madame)\\s+)(?:\\p{L}\\.(?:-?\\p{L}\\.)*\\s*)?[^,.;:]{1,60}?";
/**
 * « demande à M. le ministre / Mme la garde des sceaux … »: the addressee of a named author's request is a member of the
 * Government; « M. P. Durand demande à M. le préfet de retirer son arrêté » is a third party's demand told in the
 * exposé, not the author's request.
 */
const member =
  "(?:m\\.?|mme|monsieur|madame)\\s+(?!(?:le|la|l')\\s*(?:préfet|préfète|sous-préfet|sous-préfète|maire|président|présidente|directeur|directrice|recteur|rectrice|procureur|procureure|juge|adjoint|adjointe|député|députée|sénateur|sénatrice|conseiller|conseillère|chef|cheffe|inspecteur|inspectrice|trésorier|trésorière|comptable|notaire|bâtonnier|commandant|colonel|général|proviseur|principal|principale|doyen|doyenne|gérant|gérante|administrateur|administratrice|délégué\\s+(?:départemental|régional|territorial)|déléguée\\s+(?:départementale|régionale|territoriale))\\b)";
const closerPatterns: readonly RegExp[] = [
  rx(`\\b${subject}\\s+(?:(?:lui|leur|le|la|les|me|nous|vous)\\s+|l')?${requestVerb}\\b`, 'g'),
  rx(`${namedAuthor}\\s+demande\\s+(?=à\\s+${member}|au\\s+(?:gouvernement|ministre|premier\\s+ministre|secrétaire)\\b|à\\s+la\\s+(?:ministre|secrétaire|première\\s+ministre)\\b)`, 'g'),
  // « Mme X souhaite connaître / savoir … » (the named author asks, no pronoun).
  rx(`${namedAuthor}\\s+(?:souhaite|souhaiterait|voudrait|aimerait|désire|désirerait)\\s+(?=(?:savoir|connaître|connaitre|obtenir|être\\s+informée?)\\b|que\\s|qu')`, 'g'),
  // « M. Roy lui demande si … », « Mme Roy l'interroge sur … » (the named author, with an object pronoun).
  rx(`${namedAuthor}\\s+(?:lui|leur|l')\\s*${requestVerb}\\b`, 'g'),
  // « M. X prie M. le ministre de bien vouloir lui faire connaître … » (old plain-text form).
  rx(`${namedAuthor}\\s+prie\\s+(?=${member})`, 'g'),
  // « M. X, se référant à la réponse faite à sa question n° …, demande à M. le ministre … » (an incise after the name, at the start of a sentence).
  rx(`^\\s*(?:m\\.\\s*|(?:m|mme|monsieur|madame)\\s+)(?!\\s*(?:le|la|les|l')\\b)[^,.;:]{1,60}?,[^.;:]{1,200}?,\\s*(?:demande\\s+(?=à\\s+${member}|au\\s+(?:gouvernement|ministre|premier\\s+ministre|secrétaire)\\b|à\\s+la\\s+(?:ministre|secrétaire|première\\s+ministre)\\b)|prie\\s+(?=${member}))`, 'g'),
  // « Il lui suggère de … », « elle lui propose de … » : a course of action put to the minister (« il leur suggère »
  // speaks to someone else: the services, the prefects).
  rx(`\\b${subject}\\s+lui\\s+(?:suggère|propose|recommande)\\s+(?:donc\\s+|ainsi\\s+|dès lors\\s+|également\\s+|aussi\\s+)?(?=de\\s|d')`, 'g'),
  rx("\\b(?:demande|souhaite|souhaiterait|voudrait|aimerait|désire|désirerait|interroge|prie|sollicite)(?:-t)?-(?:il|elle)\\b", 'g'),
  // « Peut-il lui indiquer … », « Pourrait-elle lui préciser … » : a courteous inverted request (with or without « ? »).
  rx("\\b(?:peut|pourrait|voudrait|veut)-(?:il|elle)\\s+(?:(?:donc|bien|enfin|également|aussi|en\\s+outre|par\\s+ailleurs|de\\s+plus|dès\\s+lors|en\\s+conséquence|par\\s+conséquent|dans\\s+ce\\s+cas)[\\s,]+)*(?=(?:(?:lui|leur|nous|me)\\s+)?(?:indiquer|préciser|faire\\s+connaître|faire\\s+connaitre|faire\\s+savoir|dire|confirmer|communiquer|expliquer|exposer)\\b)", 'g'),
  // « Il serait souhaitable de savoir si … », « il conviendrait de connaître … », « il lui serait agréable de connaître … » (impersonal, conditional).
  rx("\\bil\\s+(?:lui\\s+|leur\\s+)?(?:serait|semblerait|paraîtrait|paraitrait|conviendrait|importerait)\\s+(?:donc\\s+|dès lors\\s+|ainsi\\s+|également\\s+|aussi\\s+)?(?:(?:souhaitable|utile|intéressant|opportun|nécessaire|important|indispensable|agréable|légitime|judicieux|heureux|heureuse)\\s+)?(?=(?:de\\s+|d')(?:savoir|connaître|connaitre|obtenir)\\b)", 'g'),
  rx("\\bil\\s+(?:lui\\s+|leur\\s+)?est\\s+(?:donc\\s+|ainsi\\s+|dès lors\\s+)?demandé\\b", 'g'),
  rx("\\bma question\\s+(?:est\\s+(?:simple|la suivante|double)?\\s*:|porte\\s+sur)", 'g'),
  // « … attire l'attention de M. le ministre sur … et lui demande si … » (one sentence, no new subject).
  rx(`\\bet\\s+(?:lui|leur|l')\\s*${requestVerb}\\b`, 'g'),
  // « … attire l'attention de M. le ministre sur … et souhaite connaître … » (the opening's subject, no pronoun).
  rx("\\bet\\s+(?:souhaite|souhaiterait|voudrait|aimerait|désire|désirerait)\\s+(?=(?:savoir|connaître|connaitre|obtenir|être\\s+informée?)\\b|que\\s|qu')", 'g'),
  // « M. X souhaite appeler l'attention de M. le ministre sur X et connaître … » (the wish governs both infinitives).
  rx("\\s+et\\s+(?:à\\s+)?(?=(?:connaître|connaitre|savoir|obtenir)\\b)(?<=\\b(?:souhaite|souhaiterait|voudrait|aimerait|désire|désirerait)\\s+(?:attirer|appeler|interroger|alerter)\\b.{1,600}?\\s+et\\s+(?:à\\s+)?)", 'g'),
  rx("\\bet\\s+demande\\s+(?=(?:donc\\s+)?(?:si\\b|s'|quel|comment|pourquoi|combien|dans\\s+quel|ce\\s+qu|au\\s+gouvernement\\b|à\\s+(?:m\\.?|mme|monsieur|madame|la\\s+ministre)\\b|de\\s+bien\\s+vouloir))", 'g'),
  // « M. le député s'interroge sur les raisons… » (the object follows `sur`).
  rx(`\\b${subject}\\s+s'interroge\\s+(?=sur|quant)`, 'g'),
  // « Il lui pose donc la question suivante : … », « La question est donc de savoir si … », « se pose la question de savoir si ».
  rx(`\\b${subject}\\s+(?:lui|leur)\\s+pose\\s+(?:donc\\s+|ainsi\\s+|dès lors\\s+)?(?:la|les|cette)\\s+questions?\\s+(?:suivantes?\\s*:|de\\s+savoir)`, 'g'),
  rx("\\b(?:la|sa|une)\\s+question\\s+(?:est|se\\s+pose|serait)\\s+(?:donc\\s+|alors\\s+|dès lors\\s+|ainsi\\s+)?(?:de\\s+savoir|la\\s+suivante\\s*:)", 'g'),
  rx("\\bse\\s+pose\\s+(?:donc\\s+|alors\\s+|dès lors\\s+)?la\\s+question\\s+de\\s+savoir", 'g'),
  // « Il l'engage à revoir … », « elle l'exhorte à … » (with the minister as object only).
  rx(`\\b${subject}\\s+(?:l'|le\\s+|la\\s+)(?:engage|exhorte)\\s+(?=à\\s)`, 'g'),
  // « Il appelle le Gouvernement à agir », « elle invite l'État à revoir … » (an action asked, after « à »).
  rx(`\\b${subject}\\s+(?:appelle|exhorte|engage|invite)\\s+(?:donc\\s+|ainsi\\s+|dès lors\\s+)?(?=(?:le\\s+gouvernement|l'état|les\\s+pouvoirs\\s+publics)\\s+à\\s)`, 'g'),
  // Oral questions in the first person: « Je souhaiterais savoir si … », « je vous demande de bien vouloir m'indiquer ».
  rx("\\bje\\s+(?:vous\\s+|lui\\s+)?(?:demande|souhaite|souhaiterais|voudrais|aimerais|désire|désirerais)\\b", 'g'),
  // « Il se demande si … » (the author's own question, in the third person).
  rx(`\\b${subject}\\s+se\\s+demande\\s+(?:donc\\s+|dès lors\\s+|alors\\s+)?(?=si\\b|s'|quel|comment|pourquoi|dans quel|combien|ce\\s+qu)`, 'g'),
];

/** Cheap pre-test: a sentence without one of these words has no request formula. */
const closerWords = /sugger|propos|recommand|peut-|pourrait-|veut-|serait|semblerait|paraitrait|conviendrait|importerait|demand|engage|exhort|souhait|voudr|aimer|desir|prie|sollicit|invit|remerci|interrog|interpell|question|attend|gre|reconnaiss|oblige|appel/u;

/**
 * « ce que … », « ce qu'il … », « ce qui justifie / motive / explique … » : a request opened by « ce qu… » (not a side
 * remark « , ce qui paraîtrait légitime, »).
 */
const whatHead = "ce qu(?:e|'|i\\s+(?:justifie|justifierait|motive|motiverait|explique|expliquerait|fonde|empêche|s'oppose|a\\s+été|sera|est\\s+(?:prévu|envisagé|fait|entrepris)|a\\s+conduit|conduit|a\\s+motivé|a\\s+justifié|a\\s+empêché)\\b)";
/** Connectors, addressee and governing verb between the request verb and what is asked. */
const governor = lazyRx(
  "^(?:[\\s,]+(?:donc|ainsi|aussi|également|alors|enfin|(?:tout\\s+)?d'abord|ensuite|en\\s+premier\\s+lieu|avant\\s+tout|en conséquence|par conséquent|dès lors|de ce fait|en outre|par ailleurs|de plus|de même|pareillement|naturellement|simplement|à nouveau|de nouveau|une nouvelle fois|encore|notamment|en particulier|à ce (?:sujet|propos|titre)|à cet égard|sur ce point|en la matière|dans ce (?:cadre|contexte)|dans ces conditions))*[\\s,]*" +
    // The addressee of old plain-text forms (« demande à M. le ministre de l'intérieur, si … », `M` without a dot).
    "(?:(?:à\\s+)?(?:m\\.?|mme|monsieur|madame)\\s.{0,300}?(?:(?=\\b(?:de|d')\\s*(?:bien\\s+vouloir|lui\\s|leur\\s|(?:indiquer|préciser|faire|communiquer|lui)\\b))|" +
    // « demande à M. le ministre de l'agriculture de rétablir … » : an infinitive right after « de » (no article) ends
    // the title, which only has nouns there (« victimes de guerre »).
    "(?=\\b(?:de\\s+|d')(?:(?:lui|leur|se|y|en|les)\\s+|s')?(?!(?:guerre|terre|mer|fer|air|avenir|outre|entre|notre|votre|hiver|loisirs?|plaisir)\\b)\\p{L}{3,}(?:er|ir|re)\\b)|[\\s,]+(?=(?:si|s'ils?|s'elles?|quel(?:le)?s?|comment|pourquoi|combien|quand|où|dans quel(?:le)?s?|sous quel(?:le)?s?|" + whatHead + "|(?:les|le|la|sa|son|ses)\\s+(?:mesures|raisons|motifs|causes|intentions|position|avis|sentiment|nombre|montant|coût|taux|bilan|résultats|conclusions|calendrier|date|suites?|dispositions|actions|initiatives|solutions|possibilités|conditions|obligations|moyens|modalités|critères|règles|réglementation|perspectives|orientations|délais?|état d'avancement)|l'(?:état\\s+d'avancement|avis|interprétation|analyse|opinion))\\b)))?" +
    // « Il remercie / prie le ministre de lui indiquer … » (the addressee as a direct object).
    "(?:(?:le|la)\\s+(?:ministre|gouvernement|secrétaire\\s+d'état)\\b[^,;]{0,120}?\\s(?=(?:de|d')\\s*(?:bien\\s+vouloir|lui\\s|leur\\s|(?:indiquer|préciser|faire|communiquer)\\b)))?" +
    "(?:(?:du|au)\\s+gouvernement\\s+(?=(?:qu'|que\\s|des\\s|de\\s|d'))|(?:le\\s+gouvernement|l'état|les\\s+pouvoirs\\s+publics)\\s+(?=à\\s)|(?:au\\s+gouvernement|au\\s+ministre|à\\s+la\\s+ministre|à\\s+la\\s+secrétaire\\s+d'état|au\\s+secrétaire\\s+d'état)\\b[^,;]{0,120}?(?=\\s(?:si|s'ils?|s'elles?|quel(?:le)?s?|comment|pourquoi|combien|de\\s+bien|de\\s+lui|d'indiquer|de\\s+préciser)\\b)[\\s,]*)?" +
    // « Il l'invite à prendre … », « il l'engage à revoir … » (an action asked, after « à »).
    "(?:à\\s+(?!partir\\s+d)(?=(?:(?:bien\\s+)?vouloir\\s+)?(?:(?:lui|leur|se|les|y|en)\\s+|s'|l')?\\p{L}{2,}(?:er|ir|re)\\b))?" +
    // « qu'il lui indique », « que le Gouvernement précise », « que lui soient précisées … » (a wish that he tell).
    "(?:(?:du|au)\\s+gouvernement\\s+)?(?:qu(?:e\\s+|')(?:il|elle|le\\s+gouvernement|l'état|(?:le|la)\\s+ministre|son\\s+ministère|ses\\s+services)\\s+(?:(?:lui|leur)\\s+)?(?:(?:puisse|pourra|pourrait|veuille|voudra)\\s+(?:bien\\s+)?(?:(?:lui|leur)\\s+)?(?:indiquer|préciser|faire\\s+connaître|faire\\s+connaitre|faire\\s+savoir|confirmer|donner|communiquer|détailler|expliquer|clarifier|exposer|apporter|fournir)|indique|précise|fasse\\s+connaître|fasse\\s+connaitre|fasse\\s+savoir|confirme|donne|communique|détaille|explique|clarifie|expose|apporte|fournisse)\\s+|qu(?:e\\s+|')(?:(?:lui|leur)\\s+)?(?:soient|soit|puissent\\s+être|puisse\\s+être)\\s+(?:précisée?s?|indiquée?s?|communiquée?s?|clarifiée?s?|rappelée?s?|explicitée?s?|détaillée?s?|transmise?s?|fournie?s?|exposée?s?)\\s+)?" +
    // « s'il peut lui indiquer si … », « s'il pourrait lui confirmer que … » : a polite form of the same request.
    "(?:s'(?:il|elle)\\s+(?:peut|pourrait|veut|voudrait)\\s+(?:bien\\s+)?(?=(?:(?:lui|leur)\\s+)?(?:indiquer|préciser|confirmer|faire\\s+connaître|faire\\s+savoir|dire|communiquer|expliquer|apporter|donner|fournir|transmettre)\\b))?" +
    "(?:(?:de\\s+|d')?bien\\s+vouloir(?:\\s*,[^,;:]{1,60},)?\\s+)?(?:(?:lui|leur|me|nous)\\s+|m')?" +
    // « de bien vouloir l'éclairer sur … », « le tenir informé des … ».
    "(?:(?:de\\s+|d')?(?:l'|le\\s+|la\\s+)(?:éclairer|renseigner|informer|tenir\\s+informée?)(?:\\s+(?:sur|quant\\s+à|concernant|au\\s+sujet\\s+d(?:e|u|es))(?=\\s)|\\s+(?=d(?:e|u|es)\\s|d'))?(?:\\s+de(?=\\s)|\\s+d'|\\s+(?=des\\s|du\\s))?)?" +
    "(?:(?:de\\s+|d')?(?:(?:lui|leur|me|nous)\\s+|m')?(?:(?:en|y)\\s+)?(?:indiquer|préciser|faire\\s+connaître|faire\\s+connaitre|faire\\s+savoir|faire\\s+part|communiquer|connaître|connaitre|savoir|exposer|détailler|expliquer|confirmer|dire|donner|transmettre|obtenir|avoir\\s+communication|avoir|recevoir|être\\s+(?:tenue?\\s+)?(?:informée?|éclairée?|renseignée?)|apporter|clarifier|rappeler(?!\\s+(?:à|aux?)\\b))\\b)?" +
    "(?:[\\s,]+(?:donc|également|aussi|enfin|précisément))*" +
    "(?:\\s*\\b(?:des|quelques|toutes)\\s+(?:précisions|éclaircissements|explications|informations|indications)\\s+(?:sur|quant\\s+à|concernant|relatives?\\s+à|au\\s+sujet\\s+de)(?=\\s))?" +
    "(?:\\s+(?:de|sur|concernant|au sujet de|à propos de)(?=\\s+(?:son|sa|ses|la|le|les|l'|ce|ces|cet|cette|quels?|quelles?(?!\\s+(?:manière|façon))|un|une|des|leurs?)\\b)|\\s+d'(?!une\\s+part\\b)(?=\\p{L}))?" +
    '[\\s,:]*',
);
const interrogeSur = lazyRx(
  "^[\\s,]*(?:(?:donc|également|aussi|enfin|ainsi)[\\s,]+)*(?:(?:le\\s+gouvernement|(?:m\\.?|mme|monsieur|madame)\\s.{0,300}?|(?:le|la)\\s+ministre.{0,300}?)[\\s,]+(?:(?:donc|également|aussi|enfin|ainsi)[\\s,]+)*)?(?:sur|concernant|au sujet de|à propos de)\\s+",
);

interface Closer {
  readonly start: number;
  readonly contentStart: number;
}

/** The request formula of a sentence (folded), if any. */
function findCloser(folded: string, from: number, to: number): Closer | undefined {
  const sentence = folded.slice(from, to);
  if (!closerWords.test(sentence)) return undefined;
  let best: Closer | undefined;
  for (const pattern of closerPatterns) {
    pattern.lastIndex = 0;
    if (!mayMatch(pattern, sentence)) continue;
    for (let match = pattern.exec(sentence); match; match = pattern.exec(sentence)) {
      const before = sentence.slice(Math.max(0, match.index - 8), match.index);
      // « qu'il souhaite », « que la députée demande » report someone's wish: not a request.
      if (/(?:qu'|\bque\s+|lorsqu'|puisqu')$/u.test(before)) continue;
      if (best && match.index >= best.start - from) break;
      let contentStart = match.index + match[0].length;
      const rest = sentence.slice(contentStart);
      const sur = /interroge|questionne|interpelle/u.test(match[0]) ? interrogeSur().exec(rest) : null;
      // « Il lui suggère de rappeler la règle aux préfets » : the infinitive is the action put forward, not a governor.
      const skip = sur ?? (/(?:sugg[eè]re|propose|recommande)\s*$/u.test(match[0]) ? null : governor().exec(rest));
      if (skip) contentStart += skip[0].length;
      best = { start: from + match.index, contentStart: from + contentStart };
      break;
    }
  }
  return best;
}

const rappelPattern = lazyRx(
  "\\b(?:rappelle|réitère|renouvelle)\\s+(?:(?:à|auprès\\s+d(?:e|u)|à\\s+l'attention\\s+d(?:e|u))\\s+.{1,300}?\\s+)?(?:les\\s+termes\\s+de\\s+sa\\s+question\\b|sa\\s+question\\s+(?:écrite\\s+)?(?:n[°o]|numéro)\\s*\\d)|\\bl'attention\\s+d.{1,300}?\\s+sur\\s+les\\s+termes\\s+de\\s+sa\\s+question\\b",
);
/** « rappelle à M. le ministre que sa question n° … est restée sans réponse » states a fact; the request may follow. */
const rappelThat = lazyRx("\\bqu(?:e\\s+|')\\s*sa\\s+question\\s+(?:écrite\\s+)?(?:n[°o]|numéro)");
/** « Il lui renouvelle (donc) (les termes de) sa question », « Il lui en renouvelle les termes » : a renewal, like a rappel. */
const renewalPattern = lazyRx("\\brenouvelle\\s+(?:donc\\s+|ainsi\\s+)?(?:les\\s+termes\\s+de\\s+)?(?:sa|la|cette)\\s+question\\b|\\b(?:lui|leur)\\s+en\\s+(?:renouvelle|rappelle|réitère)\\s+(?:donc\\s+|ainsi\\s+|à\\s+nouveau\\s+)?(?:les\\s+termes|la\\s+teneur)\\b");
const openerPattern = lazyRx(
  "\\b(?:(?:attire|appelle|(?:souhaite|souhaiterait|voudrait|tient\\s+à|veut|entend|se\\s+permet\\s+d')\\s*(?:attirer|appeler))\\s+(?:(?:à\\s+nouveau|de\\s+nouveau|une\\s+nouvelle\\s+fois|une\\s+fois\\s+encore|encore|tout\\s+particulièrement|particulièrement|solennellement|vivement|également|aussi)\\s+)?(?:l'attention\\s+d.{1,400}?|(?:son|votre)\\s+attention.{0,400}?)|(?:(?:souhaite|souhaiterait|voudrait|tient\\s+à|veut|entend|se\\s+permet\\s+d')\\s*)?(?:interroge|interroger|alerte|alerter|questionne|questionner|interpelle|interpeller|sensibilise|sensibiliser)\\s+.{1,400}?)\\s(?:sur|concernant|au sujet d(?:e|u|es)|à propos d(?:e|u|es)|quant à|relativement à|s'agissant d(?:e|u|es)|en ce qui concerne|pour ce qui concerne|(?:afin|dans le but)\\s+de\\s+(?:savoir|connaître|connaitre)|pour\\s+(?:savoir|connaître|connaitre))\\s+",
);

/**
 * « s'inquiète / s'étonne auprès de M. le ministre de l'intérieur de la fermeture … », « fait part à M. le ministre
 * … de son inquiétude quant à … », « se fait l'écho auprès de … des inquiétudes … au sujet de … », « M. X s'interroge
 * sur … » : openings without « attention », whose object is the request when nothing else asks. The minister's
 * title is one « de … » complement (« de l'intérieur »); the object starts at the next « de ».
 */
const concernOpener = lazyRx(
  "\\b(?:(?:s'inquiète|s'étonne|s'émeut|se\\s+préoccupe|fait\\s+part|se\\s+fait\\s+l'écho)\\s+(?:(?:à|auprès\\s+d(?:e|u))\\s+)?.{1,400}?\\s(?:quant\\s+à|au\\s+sujet\\s+d(?:e|u|es)|concernant|à\\s+propos\\s+d(?:e|u|es)|s'agissant\\s+d(?:e|u|es)|en\\s+ce\\s+qui\\s+concerne)\\s+|(?:s'inquiète|s'étonne|s'émeut|se\\s+préoccupe)\\s+auprès\\s+d(?:e|u)\\s+(?:m\\.?|mme|monsieur|madame)\\s+(?:le|la|l')\\s*(?:ministre|secrétaire\\s+d'état|premier\\s+ministre|garde\\s+des\\s+sceaux)(?:\\s+(?:délégué\\p{L}*|chargé\\p{L}*)(?:\\s+(?:à|aux?|de|du|des|d'))?)?(?:\\s+(?:de\\s+la|de\\s+l'|du|des|de|d')\\s*[\\p{L}-]+)?\\s+(?:de\\s+(?=la\\s|l'))?(?=(?:la|l'|de|du|des|d')\\b)|\\b(?:m\\.\\s*|(?:m|mme|monsieur|madame)\\s+)(?!\\s*(?:le|la|les|l')\\b)[^,.;:]{1,60}?\\s+s'interroge\\s+(?:sur|quant\\s+à)\\s+)",
);

// ---------------------------------------------------------------------------------------------------------
// Splitting

const interrogativeHead =
  "(?:(?:par|pour|avec|sur|à|selon|sous)\\s+quel(?:le)?s?\\b|en quoi\\b|jusqu'à quand\\b|(?:jusqu'à|à\\s+compter\\s+de|à\\s+partir\\s+de|depuis)\\s+quel(?:le)?s?\\b|depuis quand\\b|quel(?:le)?s?\\b|combien\\b|comment\\b|pourquoi\\b|où en (?:est|sont)\\b|quand\\b|si(?:\\s*,|\\s+(?!(?:oui|non|tel|telle|nécessaire|besoin|possible|bien|jamais|toutefois|cependant|malgré|peu|tant|longtemps|souvent|tard|tôt|vite|loin|mal|nombreu\\p{L}*|élevée?s?|faibles?|importante?s?|grande?s?|forte?s?|chère?s?|\\p{L}{3,}ment)\\b)(?=\\p{L}))|s'ils?\\b|s'elles?\\b|dans quel(?:le)?s?\\b|sous quelles? formes?\\b|selon quel(?:le)?s?\\b|de quelle (?:manière|façon)\\b|à quelle (?:date|échéance)\\b|les (?:mesures|actions|raisons|modalités|délais|suites|perspectives)\\b|les (?:moyens|conditions|critères|intentions)(?=\\s+(?:qu|que|qui|dont|du\\s+gouvernement|de\\s+l'état|\\p{L}+(?:és|ées|is|ises|us|ues)\\b))|les (?:dispositions|initiatives|solutions|réponses)(?:\\s+\\p{L}+)?(?=\\s+(?:qu'|que\\b|qui\\b|dont\\b|(?:envisagée|prévue|retenue|prise|arrêtée)s\\b))|ses intentions\\b|l'état d'avancement\\b|la date (?:à laquelle|de|d'|prévue|retenue|précise|exacte)|la (?:manière|façon) dont\\b|(?:à\\s+l'encontre|en\\s+faveur|au\\s+profit|au\\s+titre|en\\s+fonction|en\\s+vertu|à\\s+partir)\\s+de\\s+quel(?:le)?s?\\b|les règles applicables\\b|la réglementation applicable\\b|le (?:nombre|montant|coût|calendrier|taux|pourcentage)\\b|les (?:chiffres|statistiques|données\\s+chiffrées)\\b|le produit (?:fiscal|attendu|annuel|de (?:la|l'|cette|cet)\\s*(?:taxe|impôt|redevance|contribution|imposition|cotisation)|des (?:taxes|impôts|redevances|contributions|amendes))\\b|la (?:part|proportion|répartition|ventilation)\\b|les effectifs\\b|(?:le\\s+(?:délai|coût|montant)|la\\s+durée)\\s+moyen(?:ne)?\\b|l'évolution\\s+d(?:e|u|es|')|leur\\s+(?:répartition|évolution|nombre|montant|coût)\\b|sa position\\b|son (?:avis|sentiment|interprétation|analyse|appréciation)\\b|" + whatHead + "|les orientations\\b)";
const interrogativeAfterDe =
  "(?:quel(?:le)?s?\\b|quelle (?:manière|façon)\\b|son (?:avis|sentiment|interprétation|analyse|appréciation)\\b|sa position\\b|" + whatHead + ")";
/** An adverbial incise between « et » and the next request (« et, plus largement, quelles mesures… »). */
const incise = '(?:plus (?:largement|généralement|globalement|particulièrement|précisément)|de (?:manière|façon) plus (?:générale|large)|enfin|également|aussi|par ailleurs|en outre|surtout|le cas échéant|en particulier|à défaut|dans ce cas|dans cette hypothèse)';
const governorVerb = '(?:savoir|connaître|connaitre|préciser|indiquer|lui indiquer|lui préciser|lui faire connaître|obtenir|lui faire savoir)';
const finiteVerb =
  '(?:restent|reste|demeurent|demeure|sont|est|seront|sera|peuvent|peut|pourront|pourra|doivent|doit|devront|devra|continuent|continue|vont|va|ont|a)';

/** Split points: regex on the folded request (match start = where the previous part ends); global, built once. */
const splitters: readonly { pattern: RegExp; when?: 'infinitive' | 'si' | 'noSur' | 'complete' | 'comma' | 'noQui' | 'head' }[] = [
  { pattern: rx(';\\s*', 'g') },
  { pattern: rx(",?\\s+(?:et,?\\s+)?d'autre part,?\\s+", 'g') },
  { pattern: rx('(?:,\\s*|\\s+et\\s+)(?:puis|ensuite|enfin)\\b[,\\s]*(?=\\p{L})', 'g') },
  { pattern: rx(`,?\\s+et\\s+(?=(?:de\\s+|d')${interrogativeAfterDe})`, 'g') },
  // A second governor (« et de lui indiquer si … ») opens a request whatever the first one was.
  { pattern: rx(`,?\\s+et\\s+(?:de\\s+)?(?=${governorVerb}\\b)`, 'g') },
  { pattern: rx("\\s+et\\s+(?:de\\s+|d')(?=(?:(?:lui|leur|se|les|y|en)\\s+|s')?\\p{L}+(?:er|ir|re|oir)\\b)", 'g'), when: 'infinitive' },
  { pattern: rx(`,?\\s+et(?:\\s+|\\s*,\\s*)(?:${incise},?\\s+)?(?=${interrogativeHead})`, 'g'), when: 'head' },
  { pattern: rx(',?\\s+et\\s+(?=(?:sur|concernant)\\s)', 'g'), when: 'noSur' },
  // « (lui faire part) de sa position et des mesures qu'il entend prendre » : a second object of « de », with its own clause.
  { pattern: rx("\\s+et\\s+(?=d(?:es|u|e\\s+la|e\\s+l')\\s*(?:mesures|actions|dispositions|intentions|moyens|suites|initiatives|perspectives|raisons|délais|décisions)\\s+(?:qu|que|qui|dont|envisagée?s?|prévue?s?|retenue?s?)\\b)", 'g') },
  // « si les images peuvent être conservées … et qui peut y avoir accès »: « qui » + verb asks who.
  { pattern: rx(",?\\s+et\\s+(?=qui\\s+(?:en\\s+|y\\s+|les?\\s+|la\\s+|l')?(?:peut|peuvent|pourra|pourront|doit|doivent|devra|devront|est|sont|a|ont|décide|décidera|prend|paie|paiera|finance|financera|supporte|supportera|assume|assumera|sera|serait|pourrait|devrait|prendra|bénéficie|bénéficiera)\\b)", 'g'), when: 'noQui' },
  { pattern: rx(",?\\s+ainsi\\s+qu(?:e\\s+|')", 'g'), when: 'complete' },
  { pattern: rx(',\\s+de même que\\s+', 'g') },
  // « … pour que la région soit en paix et il lui demande également quelles sont … » : a second closer in the sentence.
  { pattern: rx(",?\\s+et\\s+(?=(?:(?:il|elle)\\s+(?:lui\\s+|leur\\s+)?(?:demande|souhaite|souhaiterait|voudrait|prie|interroge)|(?:souhaite|souhaiterait|voudrait|aimerait)\\s+(?:en\\s+)?(?:connaître|connaitre|savoir))\\b)", 'g') },
  { pattern: rx(",?\\s+et\\s+(?=(?:le|la|l'|vous)\\s*remercie\\b)", 'g') },
  // « … et lui demande, par ailleurs, quelle est … » : a second request verb without a subject, with its governor.
  { pattern: rx(",?\\s+et\\s+(?:lui|leur)\\s+(?:demande|souhaite\\s+(?:savoir|connaître|connaitre)|pose\\s+la\\s+question\\s+de\\s+savoir)\\b(?:[\\s,]+(?:donc|également|aussi|enfin|en\\s+outre|par\\s+ailleurs|de\\s+plus|dans\\s+ce\\s+cas))*[\\s,]+(?:(?:de\\s+|d')?bien\\s+vouloir\\s+)?(?:(?:de\\s+|d')?(?:lui\\s+|leur\\s+)?(?:indiquer|préciser|faire\\s+connaître|faire\\s+connaitre|faire\\s+savoir|confirmer)\\s+)?(?=si\\b|s'|quel|comment|pourquoi|combien|quand|où|dans\\s+quel|ce\\s+qu|les?\\s|la\\s|l'|sa\\s|son\\s|ses\\s)", 'g') },
  { pattern: rx(`,?\\s+(?:et,?\\s+)?le cas échéant,?\\s+(?=${interrogativeHead})`, 'g') },
  // Conditional requests (§10.4): « et, dans l'affirmative, dans quels délais », « Si oui, … » (own sentence).
  { pattern: rx("(?<!\\b(?:comme|ou))(?<!\\b(?:comme|ou),),?\\s+(?:(?:et|mais),?\\s*|,\\s*)?(?=(?:dans l'affirmative|dans la négative|dans le cas contraire|si oui|si non|si tel (?:est|n'est pas) le cas|à défaut(?=,)|sinon(?=,))\\b)", 'g') },
  // « et, en tout état de cause, dans quel délai… », « et, quelle que soit la réponse, s'il… »: asked either way (§10.4).
  { pattern: rx(",?\\s+(?:et|mais),?\\s*(?=(?:en tout état de cause|en toute hypothèse|quelle que soit (?:la|sa|cette) réponse|dans un cas comme dans l'autre)\\s*,)", 'g') },
  { pattern: rx(",?\\s+et\\s+(?:de plus|en outre|par ailleurs),?\\s+(?=\\p{L}+(?:er|ir|re|oir)\\b)", 'g') },
  { pattern: rx(`,\\s+(?=${interrogativeHead})`, 'g'), when: 'comma' },
  { pattern: rx(`\\s+et\\s+(?:ne\\s+|n')?(?=${finiteVerb}\\b)`, 'g'), when: 'si' },
  { pattern: rx('\\s+(?=(?:[2-9]°|[2-9]\\)\\s|[b-h]\\)\\s|deuxièmement|troisièmement|secondement))', 'g') },
  { pattern: rx(',?\\s+(?:et,?\\s+)?(?=en (?:second|deuxième|troisième|dernier) lieu\\b)', 'g') },
];

const leadingJunk = lazyRx(
  "^(?:[\\s,;:.–—-]+|(?:il|elle)\\s+(?:lui\\s+|leur\\s+)?(?:demande|(?:souhaite(?:rait)?|voudrait|aimerait)\\s+(?:(?:également|aussi|en\\s+outre|enfin|par\\s+ailleurs|donc)\\s+)?(?:savoir|connaître|connaitre)|prie|interroge)\\s+(?:(?:également|aussi|en\\s+outre|enfin|par\\s+ailleurs|donc)\\s+)?(?:de\\s+bien\\s+vouloir\\s+)?(?:lui\\s+)?(?:indiquer\\s+|préciser\\s+|faire\\s+connaître\\s+)?|(?:souhaite|souhaiterait|voudrait|aimerait)\\s+(?:en\\s+)?(?:connaître|connaitre|savoir)\\s+|(?:de\\s+)?(?:lui\\s+)?(?:fournir|apporter|donner|communiquer)\\s+(?:toutes\\s+)?(?:les\\s+|des\\s+)?précisions\\s+(?:utiles\\s+)?(?:sur|concernant)\\s+|et\\b\\s*|ainsi\\s+qu(?:e\\s+|')|d'une part,?\\s*|d'autre part,?\\s*|puis\\b\\s*|ensuite\\b,?\\s*|enfin\\b,?\\s*|aussi,\\s*|par ailleurs,?\\s*|en outre,?\\s*|(?:notamment|en\\s+particulier),?\\s+|premièrement,?\\s*|deuxièmement,?\\s*|troisièmement,?\\s*|(?:tout\\s+)?d'abord,?\\s*|en (?:premier|second|deuxième|troisième|dernier) lieu,?\\s*|plus (?:largement|généralement|globalement|précisément),?\\s*|[1-9]\\s?°\\)?\\s*|[1-9][.)]\\s+|[a-h]\\)\\s*|(?:sur|concernant)\\s+(?=\\p{L})(?!quel)|(?:il|elle)\\s+(?:l'|le\\s+|la\\s+)(?:interroge|questionne|interpelle)\\s+(?:(?:donc|également|aussi|enfin|en\\s+outre|par\\s+ailleurs)\\s+)?(?:sur|quant\\s+à|concernant|au\\s+sujet\\s+d(?:e|u|es))\\s+|(?:le\\s+point|la\\s+question)\\s+de\\s+savoir\\s+|(?:de\\s+|d')?(?:savoir|connaître|connaitre|préciser|indiquer|lui indiquer|lui préciser|obtenir)\\b\\s*)+",
);
const trailingJunk = /(?:[\s,;:.?!…]|\s(?:et|ou|mais)(?=[\s,;:.?!…]*$))+$/u;
/** A part that is only the condition of the next one (« dans l'affirmative, dans quels délais »). */
const conditionOnly = lazyRx("^(?:(?:dans l'affirmative|si oui),? (?:comme|ou) (?:dans la négative|si non|non)|si oui|si non|dans l'affirmative|dans la négative|dans le cas contraire|si tel est le cas|si tel n'est pas le cas|le cas échéant|à défaut|sinon|quelle que soit (?:la|sa|cette) réponse|en tout état de cause|en toute hypothèse|dans un cas comme dans l'autre)$");
const purposeVerb = lazyRx("\\b(?:pour|afin\\s+d(?:e|')|en\\s+vue\\s+d(?:e|'))\\s*(?:\\p{L}+\\s+)?\\p{L}+(?:er|ir|re)\\b");
/** A noun that may be an object as well as a request, with no verb of its own (« les délais de traitement »). */
const bareNounAfter = lazyRx("^(?:les\\s+(?:actions|moyens|délais|conditions|critères|perspectives|mesures)|le\\s+(?:coût|taux))\\b(?![^,;.]{0,60}?\\b(?:qu|que|qui|dont|lesquel(?:le)?s|laquelle|lequel|auxquel(?:le)?s|envisagée?s?|prévue?s?|retenue?s?|mise?s?\\s+en)\\b)");
/** An adverbial of time or scope set off by commas before the request (« pour chacune des années … », « région par région »). */
const scopeOnly = lazyRx("^(?:(\\p{L}+)\\s+par\\s+\\1\\b[^;:?]{0,40}$|par\\s+(?:départements?|régions?|communes?|académies?|années?|ans?|mois|juridictions?|catégories?|types?|territoires?|établissements?|tranches?|secteurs?|ministères?|sexes?|âges?|zones?)\\b[^;:?]{0,40}$|pour\\s+(?:les|la|le|l'|ces|cette|ce|cet)\\s*(?:\\p{L}+\\s+)?(?:communes?|départements?|régions?|collectivités?|entreprises?|agents?|personnes?|familles?|ménages?|exploitations?|établissements?|années?|exercices?)\\b|pour\\s+(?:chacune?|chaque|l'année|les\\s+années|la\\s+période|l'exercice|les\\s+exercices)|depuis|au\\s+cours\\s+d|durant|pendant|au\\s+titre\\s+d|à\\s+compter\\s+d|sur\\s+la\\s+période|dans\\s+(?:le|la|les|chaque|chacun)\\s+(?:département|région|commune|académie|territoire)s?)\\b[^;:?]*$");
/** A scope set off by a comma and followed by a request (« pour chaque année, l'évolution de … »). */
const scopeThenHead = lazyRx(`^[^;:?]{1,120}?,\\s*${interrogativeHead}`);
/** A condition or a motive set off by commas before the request (« au cas où …, quelles mesures »): it belongs to the request. */
const conditionIncise = lazyRx("^(?:(?:au|dans\\s+le)\\s+cas\\s+où|dans\\s+l'hypothèse\\s+où|en\\s+cas\\s+d(?:e|u|es|')|(?:dans\\s+un|par)\\s+souci\\s+d(?:e|u|es|')|dans\\s+l'attente\\s+d(?:e|u|es|')|dans\\s+cette\\s+(?:perspective|optique|hypothèse)|lorsqu(?:e\\b|'))[^;:?]{0,160}$");
const siIncise = lazyRx("^(?:si|s'(?:il|elle)s?)\\s[^,;:?]{1,50},\\s*(?:(?:de|à)\\s+(?!quel\\p{L}*\\b|qui\\b|quoi\\b)|d'(?!où\\b)|en\\s+\\p{L}+ant\\b)");
const siSeries = lazyRx("^si\\s[^;?]*?\\bet\\s+(?:si\\b|s'ils?\\b|s'elles?\\b)");
/** An interrogative and its copula without a subject yet (« quel est, à ce jour, »). */
const copulaOnly = lazyRx("^(?:(?:à|de|dans|pour|selon|sous|par)\\s+)?quel(?:le)?s?\\s+(?:est|sont|sera|seront|serait|seraient|était|étaient|a\\s+été|ont\\s+été|devrait|devraient|pourrait|pourraient)(?:\\s*,[^,;]{0,80})?$");
/** « quel sera son montant, quand elle sera versée et … » : after a complete interrogative, « quand » asks again. */
const interrogativeFirst = lazyRx("^(?:(?:à|de|dans|pour|selon|sous|par)\\s+)?(?:quel(?:le)?s?|combien|comment|pourquoi)\\b");
const subordinateAfter = lazyRx("^(?:quand|lorsqu|où(?!\\s+en\\s)|si\\s)");
const headAfter = lazyRx(`^(?:(?:à|de|d')\\s*)?${interrogativeHead}`);
/** The quantity heads that may also be objects of a verb (« augmenter … les effectifs »). */
const quantityAfter = lazyRx("^(?:la\\s+(?:proportion|répartition|ventilation)|les\\s+effectifs|le\\s+(?:pourcentage|produit)|(?:le\\s+(?:délai|coût|montant)|la\\s+durée)\\s+moyen(?:ne)?|l'évolution|leur\\s+(?:répartition|évolution|nombre|montant|coût))\\b");
/** « la proportion de la dépense qui restera à leur charge » : a quantity with a clause of its own. */
const relativeSoon = lazyRx("^[^,;?]{0,80}?\\s(?:qui|que|qu'|dont)\\b");
/** A part that itself asks a quantity, a date or a list (« le nombre de … », « quel est le calendrier de … »). */
const quantityAsked = lazyRx("^(?:[^,;?]{1,40},\\s*)?(?:leur\\s+(?:répartition|évolution|nombre|montant|coût)\\b|(?:quel(?:le)?s?\\s+(?:est|sont|sera|seront|a\\s+été|ont\\s+été)\\s+)?(?:le|la|les|l')\\s*(?:nombre|montant|coût|taux|part|proportion|répartition|ventilation|calendrier|effectifs|pourcentage|produit|liste|date|délai|bilan|état|évolution|volume|durée|échéancier)\\b|combien\\b|quel(?:le)?s?\\s+(?:nombre|montant|coût|taux|part|proportion|calendrier|date|délai|volume|durée)\\b)");
/** A quantity named by its head alone (« le montant », « la répartition »), asked before another. */
const bareQuantity = lazyRx("^(?:le\\s+(?:nombre|montant|coût|taux|pourcentage)|la\\s+(?:part|proportion|répartition|ventilation)|les\\s+effectifs)$");
/** A causal or concessive subordinate clause opened in the part (its verbs may be coordinated by « et »). */
const subordinateBefore = lazyRx("[\\s,](?:d[èe]s\\s+lors\\s+qu|puisqu|lorsqu|alors\\s+qu|bien\\s+qu|au\\s+motif\\s+qu|dans\\s+la\\s+mesure\\s+où|étant\\s+donné\\s+qu|parce\\s+qu)");
const siStart = lazyRx("^(?:si\\b|s'ils?\\b|s'elles?\\b)");
const infinitiveStart = lazyRx("^(?:de\\s+|d')?(?:(?:lui|leur|se|les|y|en)\\s+|s')?\\p{L}+(?:er|ir|re|oir)\\b");

interface Part {
  start: number;
  end: number;
}

/** Depth map: true where a character is inside parentheses, quotation marks or a quoted title. */
function nestedMask(text: string, start: number, end: number): Uint8Array {
  const mask = new Uint8Array(end - start);
  let paren = 0;
  let quote = 0;
  let straight = false;
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (c === '(') paren++;
    else if (c === '«' || c === '“') quote++;
    else if (c === '"') straight = !straight;
    mask[i - start] = paren > 0 || quote > 0 || straight ? 1 : 0;
    if (c === ')' && paren > 0) paren--;
    else if ((c === '»' || c === '”') && quote > 0) quote--;
  }
  return mask;
}

function trimPart(folded: string, part: Part): Part {
  let { start, end } = part;
  for (;;) {
    const lead = leadingJunk().exec(folded.slice(start, end));
    if (!lead || lead[0].length === 0) break;
    start += lead[0].length;
  }
  const trail = trailingJunk.exec(folded.slice(start, end));
  if (trail) end -= trail[0].length;
  return { start, end: Math.max(start, end) };
}

/**
 * What follows a complete request without asking anything (§4.5): a justification (« car … », « sachant que … »,
 * « , compte tenu de … »), a final purpose set off by a comma (« , afin de préserver … »), an absolute
 * participle clause (« , le gîte étant loué … ») or a consequence (« et lever ainsi … »). The request ends before.
 */
const tailMarker = lazyRx(
  // « car » the conjunction, not the noun (« l'arrêt du car »).
  // « …, et lui précise / rappelle / signale que … » : a statement added to the request.
  ",?\\s+et\\s+(?:lui|leur)\\s+(?:précise|rappelle|signale|indique|fait\\s+(?:observer|remarquer|valoir)|expose|souligne)\\s+qu(?:e\\s|')|" +
  // A consequence, a motive or a third party's wish added after a comma (« , ce qui permettrait … », « , au motif
  // que … », « , faute de quoi … », « , comme le demandent les élus »), a contrast (« et non de la diminuer »), an
  // example (« tel que, par exemple, … »), or a relative set off by commas (« , lesquelles ont augmenté … »).
  ",\\s+ce\\s+qui\\s+(?:ne\\s+|n')?(?:permettrait|permet|permettra|pourrait|serait|sera|est|constituerait|constitue|éviterait|évite|aurait|favoriserait|contribuerait|garantirait|renforcerait|donnerait|offrirait|répondrait|mettrait|irait|semble|semblerait|paraît|paraîtrait|apparaît|engendre|entraîne|entraînerait|pénalise|pénaliserait)\\b|" +
  ",\\s+(?:au\\s+motif\\s+qu(?:e\\s|')|étant\\s+entendu\\s+qu(?:e\\s|')|faute\\s+de\\s+quoi\\b|sans\\s+quoi\\b|sous\\s+peine\\s+d(?:e\\s|')|au\\s+risque\\s+d(?:e\\s|')|comme\\s+(?:le|l'|les|la)\\s*(?:demande|demandent|réclame|réclament|souhaite|souhaitent|préconise|préconisent|propose|proposent|recommande|recommandent|suggère|suggèrent|prévoit|prévoient|prévoyait|indique|indiquent|rappelle|rappellent|annonçait|a\\s+annoncé|ont\\s+demandé|avait\\s+annoncé)\\b|(?:lequel|laquelle|lesquels|lesquelles)\\s)|" +
  ",?\\s+et\\s+non\\s+(?:pas\\s+)?(?=\\p{L})|,?\\s+(?:tel(?:le)?s?\\s+que|comme)\\s*,?\\s+par\\s+exemple\\b|" +
  // An absolute participle clause (« , les éleveurs ne pouvant plus faire face … », « , les charges ayant augmenté »).
  // Not a quantity asked (« , le nombre de communes ayant transféré la compétence »): a request of the series.
  ",\\s+(?:le|la|les|l'|ce|cet|cette|ces|son|sa|ses|leur|leurs)\\s*(?!\\s*(?:nombre|montant|coût|taux|part|proportion|pourcentage|liste|répartition|ventilation|volume|effectifs|évolution|bilan|détail)\\b)[^,;]{1,60}?\\s+(?:ne\\s+|n')?(?:ayant|pouvant|devant|faisant|permettant|représentant|constituant|disposant|bénéficiant|demeurant|se\\s+trouvant|se\\s+voyant)\\b|" +
  "(?:(?<!\\b(?:du|le|un|au|en|ce|cet|son|leur|quel|par|des|les|aux|ces|ses|leurs|mon|notre|votre))\\s*,?\\s+car\\b(?=\\s+\\p{L})|,?\\s+(?:puisque\\b|puisqu'|(?:en\\s+)?sachant\\s+qu(?:e\\s+|')|d'autant\\s+(?:plus\\s+|moins\\s+)?qu(?:e\\s+|')|étant\\s+donné\\s+qu(?:e\\s+|')|vu\\s+qu(?:e\\s+|'))|,\\s+(?:tant\\s+(?!que\\b|qu'|de\\b|d')|alors\\s+(?:même\\s+)?qu(?:e\\s+|')|tandis\\s+qu(?:e\\s+|')|compte\\s+tenu\\s+d(?:e|u|es)\\b|eu\\s+égard\\s+(?:à|aux?)\\b|(?:afin|dans\\s+le\\s+but|en\\s+vue|de\\s+(?:manière|façon)\\s+à)\\b|pour\\s+(?=(?:(?:ne\\s+pas|mieux|enfin|ainsi|notamment)\\s+)?(?:(?:lui|leur|se|les|y|en)\\s+|s'|l')?\\p{L}{3,}(?:er|ir|re)\\b|qu(?:e\\s|'))|(?:le|la|les|l'|ce|cet|cette|ces|son|sa|ses|leur|leurs)\\s*[^,;]{1,80}?\\s+étant\\b)|\\s+et\\s+(?:(?:de|d')\\s*)?(?:ainsi\\s+\\p{L}{3,}(?:er|ir|re)\\b|(?:(?:lui|leur|se|les|y|en)\\s+|s'|l')?\\p{L}{3,}(?:er|ir|re)\\s+ainsi\\b))",
  'g',
);
/** After a comma, a verb or participle continues the request: the purpose was an incise (« si une commune peut, afin de …, solliciter »). */
// (Not « de », « à » : « s'il a l'intention, pour déjouer ce calcul, de rappeler … » goes on with the verb's complement.)
const nounAfterComma = lazyRx("^,\\s*(?:(?:le|la|les|l'|des|du|un|une|leur|leurs|son|sa|ses|ce|cet|cette|ces|et|ou|notamment|en\\s+particulier|voire|mais|qui|que|dont|où|\\d)\\b|[«\"(])");

const danglingModal = lazyRx("\\b(?:peut|peuvent|pourrait|pourraient|doit|doivent|devrait|devraient|entend|entendent|envisage|envisagent|compte|comptent|souhaite|prévoit|est\\s+(?:tenue?|autorisée?|obligée?|habilitée?|fondée?|en\\s+droit)|sont\\s+(?:tenue?s|autorisée?s|obligée?s|habilitée?s|fondée?s|en\\s+droit)|a\\s+l'intention|est\\s+possible|serait\\s+possible)$");

const danglingConjunction = lazyRx("\\b(?:que|qu'|si|s'il|s'ils)\\s*$");

/** The request part without the tail that asks nothing. */
function withoutTail(folded: string, part: Part): Part {
  const span = folded.slice(part.start, part.end);
  const mask = nestedMask(folded, part.start, part.end);
  tailMarker().lastIndex = 0;
  for (let match = tailMarker().exec(span); match; match = tailMarker().exec(span)) {
    // Too early to be after a complete request (« si, compte tenu de …, une commune peut »).
    if (mask[match.index] || match.index < 20) continue;
    const rest = span.slice(match.index + match[0].length);
    // A modal left without its verb (« si la commune peut, pour financer ces travaux, les confier … ») goes on after it.
    if (danglingModal().test(span.slice(0, match.index))) continue;
    // A conjunction left without its clause (« s'il est bien exact que, alors que …, le directeur a adressé … »): the
    // request goes on after the incise.
    if (danglingConjunction().test(span.slice(0, match.index))) continue;
    // « quelle est l'autorité compétente d'une part, pour fixer le nom des rues et d'autre part, … »: after « d'une
    // part », the complement is the first of the pair, not a purpose added to a complete request.
    if (/\bd'une part\s*$/u.test(span.slice(0, match.index))) continue;
    // A purpose or a participle clause between commas is an incise when the request goes on after it.
    if (purposeIncise().test(match[0]) || participleIncise().test(match[0])) {
      const comma = rest.search(/,/u);
      if (comma >= 0 && !nounAfterComma().test(rest.slice(comma))) continue;
    }
    return { start: part.start, end: part.start + match.index };
  }
  return part;
}

/** A purpose clause (« pour que l'État prenne … », « afin de garantir … ») in the part before « ainsi que ». */
/** « pour » + an infinitive, not + an article and a noun (« pour le maire », « pour la filière », « pour l'avenir »). */
const purposeClause = lazyRx("\\b(?:pour\\s+qu(?:e\\s+|')|afin\\s+qu(?:e\\s+|')|afin\\s+d(?:e\\s+|')|pour\\s+(?:(?:lui|leur|y|en|se|s')\\s*)?\\p{L}+(?:er|ir|re)\\b)");
/**
 * After « ainsi que », an object that continues the purpose verb's object (« l'ensemble de ses missions », « toutes
 * les… », « tous leurs… »), not a request head of its own (« les moyens », « les sanctions », « le bilan », « l'avis
 * du Gouvernement »). A bare possessive is the head of a new request about the thing just named (« ainsi que leur
 * calendrier », « son montant en 2025 », « leurs modalités d'attribution »), and so is a request noun after
 * « l'ensemble de » / « toutes les » (« toutes les mesures de prévention envisagées »).
 */
const objectContinued = lazyRx("^(?:l'ensemble\\s+(?:de\\s+(?:(?:ses|leurs|sa|son|leur|la|ces|cette|ce)\\s+)?|d'|des\\s+|du\\s+)|(?:tous|toutes)\\s+(?:les|ses|leurs|ces)\\s+)(?!(?:\\p{L}+\\s+){0,2}(?:calendriers?|montants?|coûts?|bilans?|modalités|délais?|dates?|nombres?|effectifs|résultats?|conditions|financements?|évaluations?|conséquences|mesures|moyens|actions|dispositions|dispositifs|aides|chiffres|statistiques|données|critères|échéances?|perspectives|raisons|motifs|avis|positions?|intentions)\\b)");
/** A clause that closes on a passive verb (« a été conduite », « sont publiés »): no object can follow it. */
const passiveClose = lazyRx("\\b(?:(?:a|ont|avait|avaient|aura|auront)\\s+(?:bien\\s+|déjà\\s+)?été|(?:est|sont|sera|seront)\\s+(?:bien\\s+|déjà\\s+)?)\\s*\\p{L}+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|te|tes|se|ses)\\s*$");
/** Figures named as such (« les chiffres », « les statistiques »), a request head of their own. */
const figuresAfter = lazyRx("^les\\s+(?:chiffres|statistiques|données\\s+chiffrées)\\b");
/** « ainsi que sa position / son avis / ses intentions » asks something of its own. */
const viewAfter = lazyRx("^(?:sa|son|ses)\\s+(?:position|avis|sentiment|analyse|appréciation|intentions|interprétation)\\b");

/** Splits a request span [start, end) at its top-level coordination points. */
function splitRequest(folded: string, start: number, end: number, text?: string): Part[] {
  const mask = nestedMask(folded, start, end);
  const cuts: { at: number; next: number; when: 'infinitive' | 'si' | 'noSur' | 'complete' | 'comma' | 'noQui' | 'head' | undefined }[] = [];
  const span = folded.slice(start, end);
  for (const { pattern, when } of splitters) {
    const global = pattern;
    global.lastIndex = 0;
    if (!mayMatch(global, span)) continue;
    for (let match = global.exec(span); match; match = global.exec(span)) {
      if (match[0].length === 0) {
        global.lastIndex++;
        continue;
      }
      const at = match.index;
      const next = at + match[0].length;
      if (mask[at]) continue;
      if (cuts.some((cut) => at < cut.next && cut.at < next)) continue;
      cuts.push({ at, next, when });
    }
  }
  cuts.sort((a, b) => a.at - b.at);
  const parts: Part[] = [];
  let from = 0;
  for (const cut of cuts) {
    const current = trimPart(folded, { start: start + from, end: start + cut.at });
    const currentText = folded.slice(current.start, current.end);
    // « le montant et la répartition des crédits » : a bare quantity before another is a request of its own.
    if ((current.end - current.start < 12 && !(cut.when === 'head' && bareQuantity().test(currentText) && bareQuantity().test(folded.slice(start + cut.next, end).split(/\s+/u).slice(0, 2).join(' ')))) || conditionOnly().test(currentText)) continue;
    if (cut.when === 'infinitive' && !infinitiveStart().test(currentText)) continue;
    if (cut.when === 'si' && !siStart().test(currentText)) continue;
    // « si une commune peut confier …, dès lors que l'association regroupe … et n'a pas de but lucratif » : the verb
    // after « et » goes on the subordinate clause, not the request.
    if (cut.when === 'si' && subordinateBefore().test(currentText)) continue;
    // « de rappeler aux administrations et à tous les organismes … » : the folded « a » was « à », no verb.
    if (cut.when === 'si' && /^[àÀ]/u.test(text?.slice(start + cut.next, start + cut.next + 1) ?? '')) continue;
    if (cut.when === 'noSur' && surComplement().test(` ${currentText}`)) continue;
    // « si les communes ainsi que leurs groupements peuvent… »: « ainsi que » joins two subjects of one yes/no
    // request, unless what follows asks something of its own.
    // « si une commune, quand elle organise une fête, peut… », « quelles mesures il entend prendre, si la situation
    // perdure » : after a comma, « quand », « où », « si » open a subordinate clause, not a new request.
    if (cut.when === 'noQui' && /\bqui\s/u.test(currentText)) continue;
    // « si A, si B et si C » : a series of yes/no requests closed by « et si » (§4), not a subordinate clause.
    if (cut.when === 'comma' && subordinateAfter().test(folded.slice(start + cut.next, end)) && !(siStart().test(currentText) && siSeries().test(folded.slice(start + cut.next, end))) && !(interrogativeFirst().test(currentText) && /^quand\s/u.test(folded.slice(start + cut.next, end)))) continue;
    // « de renoncer à un projet qui risque, s'il est maintenu, d'engendrer … » : a short condition between commas,
    // after which the verb's complement goes on, is an incise.
    if (cut.when === 'comma' && siIncise().test(folded.slice(start + cut.next, end))) continue;
    // « de lui faire connaître, pour chacune des années 1995 à 1998, le nombre … » : a scope, not a request.
    // « pour chaque année depuis 2010, l'évolution de …, le nombre de … » : once a request has followed the scope,
    // the next comma opens another request of the series.
    if (cut.when === 'comma' && scopeOnly().test(currentText) && !headAfter().test(currentText) && !scopeThenHead().test(currentText)) continue;
    // « quel est, à ce jour, le nombre … » : the interrogative still waits for its subject.
    if (cut.when === 'comma' && copulaOnly().test(currentText)) continue;
    // « au cas où il serait encore ministre à la fin de l'année, quelles mesures … » : the condition of the request that follows.
    if (cut.when === 'comma' && conditionIncise().test(currentText)) continue;
    // « les intentions du Gouvernement et, notamment, s'il envisage … » : « notamment » narrows the request (§9).
    if (cut.when === 'comma' && /(?:^|[\s,])(?:notamment|surtout)$/u.test(currentText)) continue;
    // « pour réduire les coûts et les délais de traitement » : nouns coordinated under the purpose's verb.
    if ((cut.when === 'comma' || cut.when === 'head') && purposeVerb().test(currentText) && bareNounAfter().test(folded.slice(start + cut.next, end))) continue;
    // « s'il entend augmenter les crédits et les effectifs des brigades », « pour renforcer les moyens et les effectifs » :
    // a quantity noun coordinated under a verb is one object; after a quantity asked (« le nombre de X et la
    // proportion de Y », « le calendrier de … et les effectifs qui … ») it is a request of its own.
    if ((cut.when === 'comma' || cut.when === 'head') && quantityAfter().test(folded.slice(start + cut.next, end)) && !quantityAsked().test(currentText) && (purposeVerb().test(currentText) || !relativeSoon().test(folded.slice(start + cut.next, end)))) continue;
    if (cut.when === 'complete' && siStart().test(currentText) && !headAfter().test(folded.slice(start + cut.next, end))) continue;
    // « s'il entend publier les délais et les chiffres de la délinquance » : figures coordinated under the verb of a
    // « si » or a purpose are its object (« les démarches … et les chiffres précis des effectifs » asks twice).
    // A « si » clause that closes on a passive (« si une évaluation a été conduite ») takes no object: the figures
    // after it are a request of their own.
    if (cut.when === 'head' && figuresAfter().test(folded.slice(start + cut.next, end)) && ((siStart().test(currentText) && !passiveClose().test(currentText)) || purposeVerb().test(currentText) || infinitiveStart().test(currentText))) continue;
    // « les mesures qu'il entend prendre pour que l'État prenne ses responsabilités, assume ses fonctions ainsi que
    // l'ensemble de ses missions » : the object after « ainsi que » belongs to the purpose clause's verb, unless it asks.
    if (cut.when === 'complete' && purposeClause().test(currentText) && objectContinued().test(folded.slice(start + cut.next, end)) && !headAfter().test(folded.slice(start + cut.next, end)) && !quantityAfter().test(folded.slice(start + cut.next, end)) && !viewAfter().test(folded.slice(start + cut.next, end))) continue;
    parts.push({ start: start + from, end: start + cut.at });
    from = cut.next;
  }
  parts.push({ start: start + from, end });
  const trimmed = parts.map((part) => trimPart(folded, withoutTail(folded, trimPart(folded, part))));
  // « s'il entend agir ; les communes ne peuvent plus faire face », « … ; il lui rappelle que … » : a statement after the first part asks nothing.
  const asking = trimmed.length > 1 ? trimmed.filter((part, index) => !inciseOnly().test(folded.slice(part.start, part.end)) && !(index > 0 && statementOnly().test(folded.slice(part.start, part.end)))) : trimmed;
  return asking.filter((part) => part.end - part.start >= 3 && !addresseeOnly().test(folded.slice(part.start, part.end)) && !clarificationOnly().test(folded.slice(part.start, part.end)) && !courtesyOnly().test(folded.slice(part.start, part.end)));
}

/** A statement (a subject and a finite verb, or « il lui rappelle que ») rather than something asked. */
const statementOnly = lazyRx(
  "^(?:(?:les|le|la|l'|ces|cette|ce|cet|de\\s+nombreux|de\\s+nombreuses|plusieurs|certains|certaines|beaucoup\\s+d(?:e|')|nombre\\s+d(?:e|'))\\s*(?:(?!\\b(?:qui|que|qu'|dont|où|lequel|laquelle|lesquel\\p{L}*|auxquel\\p{L}*|duquel)\\b)[^,;:?]){1,60}?\\s(?:ne\\s+|n')?(?:est|sont|ont|peut|peuvent|doit|doivent|reste|restent|semble|semblent|demeure|demeurent|constitue|constituent|représente|représentent|fait|font|va|vont|subit|subissent|rencontre|rencontrent|connaît|connaissent|attend|attendent|craint|craignent|réclame|réclament|demande|demandent|se\\s+\\p{L}+(?:e|ent)|s'\\p{L}+(?:e|ent))\\b(?!-)|(?:il|elle)\\s+(?:lui\\s+|leur\\s+)?(?:rappelle|précise|souligne|signale|note|constate|observe|estime|considère|ajoute|fait\\s+(?:observer|remarquer|valoir))\\b|(?:ils|elles|on)\\s)",
);

/** « Il lui demande donc, compte tenu de ces éléments, s'il entend … » : an incise cut off by the commas, no request. */
const inciseOnly = lazyRx("^(?:compte\\s+tenu|au\\s+vu|au\\s+regard|eu\\s+égard|à\\s+la\\s+lumière|face\\s+à|en\\s+raison|dans\\s+le\\s+cadre|dans\\s+ce\\s+contexte|dans\\s+ces\\s+conditions|à\\s+cet\\s+égard|à\\s+ce\\s+titre|de\\s+ce\\s+fait|en\\s+effet|dès\\s+lors|à\\s+la\\s+suite|suite\\s+à|en\\s+l'état|à\\s+ce\\s+jour|en\\s+conséquence|par\\s+conséquent|(?:plus|moins|près)\\s+d'(?:un|une)\\s+(?:an|année|mois|semaine)s?\\s+(?:après|avant)|(?:deux|trois|quatre|cinq|six|dix|\\d+)\\s+(?:ans|années|mois|semaines)\\s+(?:après|avant)|à\\s+la\\s+veille\\s+d(?:e|u|es|')|au\\s+lendemain\\s+d(?:e|u|es|')|à\\s+l'approche\\s+d(?:e|u|es|')|à\\s+l'issue\\s+d(?:e|u|es|'))\\b[^;?]{0,100}$|^(?:dans\\s+les\\s+(?:plus\\s+brefs|meilleurs)\\s+délais|(?:le\\s+plus\\s+)?rapidement(?:\\s+possible)?|au\\s+plus\\s+(?:vite|tôt)|dès\\s+que\\s+possible|sans\\s+délai|précisément|en\\s+détail)$");

/** « (il souhaiterait) que des éclaircissements puissent être apportés sur ce point » : asks for nothing in particular. */
const clarificationOnly = lazyRx(
  "^(?:(?:à|sur|concernant|quant\\s+à|au\\s+sujet\\s+de|à\\s+propos\\s+de)\\s+)?(?:ce|cette|ces|cet)\\s+(?:point|sujet|propos|égard|question|dossier|problème|problématique|situation|questions|points|sujets|problèmes|aspect|aspects)$|^en\\s+la\\s+matière$|^(?:des|quelques|toutes|plus\\s+d')\\s*(?:précisions|éclaircissements|explications|informations|indications)(?:\\s+(?:à ce sujet|sur ce point|sur ce sujet|en la matière|à cet égard|sur cette question|sur ce dossier|sur cette situation|à ce propos))?$|^que\\s+(?:des|quelques|toutes)\\s+(?:précisions|éclaircissements|explications|informations)\\s+(?:lui\\s+)?(?:puissent|soient|soit|pourraient)\\s+(?:être\\s+)?(?:apportée?s|donnée?s|fournie?s|communiquée?s)(?:\\s+(?:sur|à)\\s+(?:ce|cette|ces)\\s+\\p{L}+)?$",
);

/** « Il le remercie par avance de sa réponse », « il attend avec intérêt sa réponse » : courtesy, not a request. */
const courtesyOnly = lazyRx(
  "^(?:(?:(?:le|la|l'|vous)\\s*)?remercie\\b.*|(?:par\\s+avance\\s+|d'avance\\s+|avec\\s+(?:intérêt|attention|impatience)\\s+)?(?:de\\s+|d'|pour\\s+)?(?:(?:lui|leur)\\s+)?(?:apporter\\s+|donner\\s+|fournir\\s+|adresser\\s+)?(?:sa|une|votre|leur|la|des|ses|les)\\s+(?:\\p{L}+\\s+)?(?:réponses?|éléments\\s+de\\s+réponse)(?:\\s+\\p{L}+)?(?:\\s+(?:à|sur)\\s+(?:cette|ces|la|sa|ce)\\s+\\p{L}+)?)$",
);

/** A part that is only the addressee (« Le député interroge le ministre. »): nothing is asked. */
const addresseeOnly = lazyRx(
  "^(?:(?:m\\.?|mme|monsieur|madame)\\s+)?(?:le|la|l')\\s*(?:ministre|secrétaire d'état|garde des sceaux|premier ministre|gouvernement)(?:,?\\s+(?:d(?:e|u|es)|chargée?|auprès|délégu\\p{L}*|ministre)\\b[^?;]*)?$",
);

// ---------------------------------------------------------------------------------------------------------
// Anaphora

const demonstrative = lazyRx(
  "\\b(ces|cette|cet|ce|un tel|une telle|de tels|de telles|ledit|ladite|lesdits|lesdites)\\s+(?:(nouveaux?|nouvelles?|nouvel|même|mêmes|dernier|dernière|derniers|dernières|précédent|précédente|futur|future|second|seconde|premier|première)\\s+)?(\\p{L}{3,})",
  'g',
);
const numberedCache = new Map<string, RegExp>();
function numbered(noun: string): RegExp {
  let pattern = numberedCache.get(noun);
  if (!pattern) {
    pattern = rx(`\\b(?:la|le|les|l')\\s*(${noun})\\s+(?:n°\\s*|no\\s+|numéro\\s+)?(\\d+|[ivxlc]+\\b)`, 'g');
    if (numberedCache.size < 200) numberedCache.set(noun, pattern);
  }
  pattern.lastIndex = 0;
  return pattern;
}
const demonstrativeBefore = lazyRx('\\b(?:ces|cette|cet|ce|tel|telle|tels|telles)\\s+(?:\\p{L}+\\s+)?$');
const wordBefore = lazyRx('(\\p{L}+)\\s+$');
/** The « que » that opens the case stated to the minister (« rappelle / expose à M. le ministre que … »). */
const openingClause = lazyRx("\\b(?:que|qu')\\s*");
const surComplement = lazyRx('\\s(?:sur|concernant)\\s');

function singular(word: string): string {
  return word.endsWith('x') && word.length > 4 ? word.slice(0, -1) : word.endsWith('s') && word.length > 3 ? word.slice(0, -1) : word;
}

const monthName = lazyRx('^(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)$');

function termsOf(text: string, weight: number): ObjectTerm[] {
  const seen = new Set<string>();
  const terms: ObjectTerm[] = [];
  for (const token of tokenize(text)) {
    if (!isContentWord(token.text) || /^\d+(?:er|e)?$/u.test(token.text) || monthName().test(stripAccents(token.text))) continue;
    const key = termKey(token.text);
    if (seen.has(key)) continue;
    seen.add(key);
    terms.push({ key, word: token.text, weight });
  }
  return terms;
}

function mergeTerms(...lists: (readonly ObjectTerm[])[]): ObjectTerm[] {
  const byKey = new Map<string, ObjectTerm>();
  for (const list of lists) {
    for (const term of list) {
      const existing = byKey.get(term.key);
      if (!existing || existing.weight < term.weight) byKey.set(term.key, term);
    }
  }
  return [...byKey.values()];
}

/** End of the clause that starts at `from` (next punctuation), at most `maxWords` words. */
function clauseEnd(folded: string, from: number, limit: number, maxWords = 14): number {
  let words = 0;
  for (let i = from; i < limit; i++) {
    const c = folded[i]!;
    if (c === '.' || c === ';' || c === ':' || c === '(' || c === '?' || c === '!' || (c === ',' && words > 3)) return i;
    if (c === ' ' && ++words >= maxWords) return i;
  }
  return limit;
}

interface Resolution {
  readonly terms: ObjectTerm[];
  readonly items: ObjectItem[];
  readonly label?: string;
  /** Replaces the anaphor's words when building an articulation item. */
  readonly anaphorStart: number;
  readonly anaphorEnd: number;
}

/** Resolves the demonstratives of a sub-question against the context before `contextEnd`. */
function resolveAnaphora(q: QuestionText, part: Part, contextEnd: number, openerObject: Part | undefined): Resolution[] {
  const { folded, text } = q;
  const results: Resolution[] = [];
  const span = folded.slice(part.start, part.end);
  demonstrative().lastIndex = 0;
  for (let match = demonstrative().exec(span); match; match = demonstrative().exec(span)) {
    const determiner = match[1]!;
    const noun = match[3]!;
    const nounEnd = part.start + match.index + match[0].length;
    const written = foldCaseAndPunctuation(text.slice(nounEnd - noun.length, nounEnd));
    if (['que', 'qui', 'dont', 'quoi'].includes(noun)) continue;
    const anaphorStart = part.start + match.index;
    const anaphorEnd = anaphorStart + match[0].length;
    const nounKey = termKey(noun);
    const plural = determiner === 'ces' || determiner.endsWith('s');
    const context = folded.slice(0, contextEnd);
    if (plural) {
      // Numbered items (« la mesure 16 … La mesure 19 … »): the last run of them.
      const pattern = numbered(`${singular(noun)}s?`);
      const found: { index: number; label: string }[] = [];
      for (let m = pattern.exec(context); m; m = pattern.exec(context)) found.push({ index: m.index, label: `${singular(written)} ${m[2]!.toUpperCase()}` });
      if (found.length >= 1) {
        const items: ObjectItem[] = [];
        for (const item of found.slice(-6)) {
          const sentence = q.sentences.find((s) => s.start <= item.index && item.index < s.end);
          const end = sentence ? Math.min(sentence.end, contextEnd) : clauseEnd(folded, item.index, contextEnd, 30);
          items.push({ label: `la ${item.label}`, terms: termsOf(text.slice(item.index, end), 1).filter((t) => t.key !== nounKey && !/^\d+$/.test(t.word)) });
        }
        const numbers = found.slice(-6).map((item) => item.label.split(' ').pop()!);
        const label = `des ${singular(written)}s ${numbers.length > 1 ? `${numbers.slice(0, -1).join(', ')} et ${numbers[numbers.length - 1]}` : numbers[0]}`;
        results.push({ terms: mergeTerms(...items.map((item) => item.terms.map((t) => ({ ...t, weight: 0.8 })))), items, label, anaphorStart, anaphorEnd });
        continue;
      }
    }
    // The last mention of the same noun that is not itself a demonstrative, or the opening's object.
    const mentions: number[] = [];
    for (const token of q.keyedTokens()) {
      if (token.start >= contextEnd) break;
      if (token.key !== nounKey) continue;
      const before = folded.slice(Math.max(0, token.start - 12), token.start);
      if (demonstrativeBefore().test(before)) continue;
      mentions.push(token.start);
    }
    let at = mentions[mentions.length - 1];
    if (at !== undefined) {
      // Keep a qualifier before the noun (« un second plan »).
      const previousWord = wordBefore().exec(folded.slice(Math.max(0, at - 20), at));
      if (previousWord && isContentWord(previousWord[1]!)) at -= previousWord[0].length;
      const end = clauseEnd(folded, at, contextEnd);
      results.push({ terms: termsOf(text.slice(at, end), 0.8), items: [], anaphorStart, anaphorEnd });
    } else {
      // An abstract noun (« cette situation », « cette problématique ») sums up the context just before the
      // request, on the subject the opening announced.
      const previous = q.sentences.filter((sentence) => sentence.end <= contextEnd && sentence.start > (q.sentences[0]?.end ?? 0) - 1).slice(-2);
      const lists: ObjectTerm[][] = previous.map((sentence) => termsOf(text.slice(sentence.start, sentence.end), 0.5));
      if (openerObject) lists.push(termsOf(text.slice(openerObject.start, openerObject.end), 0.5));
      // « M. X rappelle à M. le ministre qu'un conseiller … Il lui demande si une telle possibilité subsiste »: the
      // opening states the case after its « que », and nothing else does.
      const first = q.sentences[0];
      if (lists.length === 0 && first && first.end <= contextEnd) {
        const stated = openingClause().exec(folded.slice(first.start, first.end));
        if (stated) lists.push(termsOf(text.slice(first.start + stated.index + stated[0].length, first.end), 0.5));
      }
      if (lists.length) results.push({ terms: mergeTerms(...lists), items: [], anaphorStart, anaphorEnd });
    }
  }
  return results;
}

// ---------------------------------------------------------------------------------------------------------
// Articulation and enumerations

const comparison: readonly RegExp[] = [
  rx("^(.*?)\\b(?:vient|viendra|viennent|vient-il|est|sera|s'inscrit)\\s+en\\s+complémentarité\\s+(?:avec\\s+|de\\s+|d'|du\\s+|des\\s+)(.*)$"),
  rx("^(.*?)\\b(?:vient|viennent|viendra)\\s+compléter\\s+(.*)$"),
  rx("^(?:.*?)\\b(?:l'articulation|la cohérence|les différences|la différence|la comparaison)\\s+(?:entre|de)\\s+(.*?)\\s+(?:et|avec)\\s+(.*)$"),
  rx("^(.*?)\\s+s'articulera?\\s+avec\\s+(.*)$"),
  rx("^(.*?)\\s+s'articulent\\s+avec\\s+(.*)$"),
  rx("^(.*?)\\s+par rapport\\s+(?:au|à la|aux|à l'|à)\\s*(.*)$"),
];

const scopeMarker = lazyRx("\\b(?:notamment|en particulier|particulièrement|surtout|tels? que|telles? que|comme|dans les domaines)\\b");
const purposeMarker = lazyRx("\\b(?:pour|afin|en vue|visant|qui|que|qu')\\b");
const series = lazyRx("(\\p{L}{4,})((?:,\\s*\\p{L}{4,})+),?\\s+(?:et|ou)\\s+(\\p{L}{4,})\\b");

/** Elements of an enumeration in the request's object (before any purpose clause), each to be mentioned. */
function findEnumeration(span: string, written: string): string[] {
  // `span` is bare (no accents) and as long as `written`: words are found in the first, read in the second.
  let cursor = 0;
  const original = (word: string): string => {
    const at = span.indexOf(word, cursor);
    if (at < 0) return word;
    cursor = at + word.length;
    return written.slice(at, at + word.length).toLowerCase();
  };
  return bareEnumeration(span).map(original);
}

function bareEnumeration(span: string): string[] {
  const purpose = purposeMarker().exec(span);
  const head = purpose ? span.slice(0, purpose.index) : span;
  const match = series().exec(head);
  if (match) {
    const before = head.slice(0, match.index);
    if (scopeMarker().test(before.slice(-40))) return [];
    return [match[1]!, ...match[2]!.split(',').map((word) => word.trim()).filter(Boolean), match[3]!];
  }
  const colon = span.indexOf(' : ');
  if (colon >= 0) {
    const list = span
      .slice(colon + 3)
      .split(/,|\bet\b/u)
      .map((item) => item.replace(/[….]+$/u, '').trim())
      .filter((item) => item.length >= 3);
    if (list.length >= 2) return list.map((item) => item.split(/\s+/u).filter((word) => isContentWord(word)).pop() ?? item);
  }
  return [];
}

// ---------------------------------------------------------------------------------------------------------
// Extraction

interface Segment {
  readonly start: number;
  readonly end: number;
  /** The request sentence opens on a case whose actor is someone else (« Si un élu formule des observations, elle lui demande s'il peut … »). */
  readonly caseActor?: boolean;
}

/** A purpose or a participle clause opening an incise (matched on folded text: the patterns are folded too). */
const purposeIncise = lazyRx("^,\\s+(?:afin|dans|en\\s+vue|de\\s+(?:manière|façon)|pour|compte|eu|lequel|laquelle|lesquels|lesquelles)\\b");
const participleIncise = lazyRx("(?:étant|ayant|pouvant|devant|faisant|permettant|représentant|constituant|disposant|bénéficiant|demeurant|trouvant|voyant)$");
/**
 * « Si, lors de la réunion suivante, un élu minoritaire formule des observations, elle lui demande s'il peut … » :
 * a case stated before the request formula, with its own subject (not the Government); « il » / « elle » then
 * stands for that subject, whose rights are asked.
 */
const caseBeforeCloser = lazyRx("^(?:si|lorsqu(?:e\\s|')|quand|dans\\s+le\\s+cas\\s+où|au\\s+cas\\s+où|dès\\s+lors\\s+qu(?:e\\s|'))[^.;]*?\\b(?:un|une|le|la|l'|ce|cet|cette|les|des|ces|leur|son|sa|ses)\\s*(?!gouvernement\\b|ministre\\b|état\\b|administration\\b)[\\p{L}-]{3,}");
const governmentInCase = lazyRx("\\b(?:gouvernement|ministre|ministère|l'état|pouvoirs\\s+publics)\\b");
const pronounSubject = lazyRx("^(?:s'(?:il|ils)\\b|si\\s+(?:elle|elles)\\b)");

const questionPreamble = lazyRx(
  "^(?:(?:ma|la|une|notre|cette)\\s+question\\s+(?:est\\s+(?:simple|la suivante|double)?|porte\\s+sur|se\\s+pose(?:\\s+(?:donc|alors|dès lors))?(?=\\s*:))\\s*:?\\s*|(?:pouvez|pourriez)[-\\s]vous\\s+(?:donc\\s+)?(?:nous\\s+|me\\s+|m')?(?:indiquer|dire|préciser|confirmer|faire\\s+connaître|expliquer)\\s+)",
);
const lateConnector = lazyRx("^(?:aussi|enfin|en outre|par ailleurs|de plus|également|dès lors|dans ces conditions|en conséquence|par conséquent|c'est pourquoi|dans ce contexte|dans cette perspective)\\b[,\\s]*|^(?:ainsi|partant),\\s*");

const conditionalSentence = lazyRx("^(?:(?:et|mais),?\\s+)?(?:si oui|si non|dans l'affirmative|dans la négative|dans le cas contraire|si tel est le cas|si tel n'est pas le cas|le cas échéant|à défaut)\\b[\\s,]+(?=(?:(?:par|pour|avec|sur|à|selon|dans|sous|de)\\s+)?(?:quel|quelle|quels|quelles|comment|pourquoi|combien|quand|où|si|s'il|s'ils|lesquel|laquelle|lequel|les raisons|le calendrier|les délais|les modalités|les mesures)\\b)");

/** « Elle demande … », « il souhaite … »: a pronoun subject and no object pronoun, which may be a third party. */
const wishToKnow = lazyRx("^(?:il|elle)\\s+(?:souhaite|souhaiterait|voudrait|aimerait|désire|désirerait)\\s+(?:(?:donc|aussi|également|enfin|en\\s+outre|par\\s+ailleurs|de\\s+plus|de\\s+même)[\\s,]+)*(?:savoir|connaître|connaitre)\\b");
const bareCloser = lazyRx("^(?:il|elle)\\s+(?:demande|souhaite|souhaiterait|voudrait|aimerait|attend|désire)\\b");

/** A sentence in which a third party (a noun phrase, not the author) demands something: « L'association réclame … ». */
const thirdPartyDemand = lazyRx("^(?:(?:de\\s+plus|en\\s+outre|par\\s+ailleurs|ainsi|or|aussi|de\\s+leur\\s+côté|pour\\s+sa\\s+part),?\\s+)?(?:l'|le\\s|la\\s|les\\s|un\\s|une\\s|des\\s|cette\\s|ce\\s|cet\\s|ces\\s|plusieurs\\s|de\\s+nombreu)[^,.;:]{1,80}?\\s(?:réclame|réclament|demande|demandent|revendique|revendiquent|souhaite|souhaitent|propose|proposent|exige|exigent|sollicite|sollicitent|plaide|plaident|préconise|préconisent)\\b");
/** « Elle demande au Gouvernement … », « il demande à Mme la ministre … » : the bare closer is addressed after all. */
const addressedAfter = lazyRx("^(?:il|elle)\\s+(?:demande|souhaite|souhaiterait|voudrait|aimerait|attend|désire)\\s+(?:(?:donc|aussi|également|enfin|en\\s+outre|par\\s+ailleurs)\\s+)?(?:au\\s+(?:gouvernement|ministre|premier\\s+ministre)|à\\s+(?:m\\.?|mme|monsieur|madame|la\\s+ministre)\\b|(?:savoir|connaître|connaitre)\\b|si\\b|s'|quel|comment|pourquoi|combien)");

/** « Aussi, quelles mesures le Gouvernement entend-il prendre. » : an inverted question whose « ? » was lost. */
const invertedQuestion = lazyRx("^(?:(?:aussi|dès lors|dans ces conditions|en conséquence|par conséquent|enfin|c'est pourquoi|dans ce contexte|de plus|par ailleurs)[,\\s]+)?(?:(?:par|pour|avec|sur|à|selon|dans|sous|de)\\s+)?(?:quel|quelle|quels|quelles|comment|pourquoi|combien|que|où)\\b[^.;:!?]{0,200}?\\b\\p{L}+-(?:t-)?(?:il|elle|ils|elles|on)\\b");

/** « Faut-il rappeler que … ? », « Comment ne pas s'inquiéter … ? » : a question that only states, asking nothing. */
const rhetorical = lazyRx("^(?:(?:faut-il|est-il\\s+besoin\\s+de|doit-on|convient-il\\s+de|(?:n'est-il|ne\\s+faut-il)\\s+pas\\s+(?:utile\\s+de\\s+)?)\\s*(?:rappeler|souligner|redire|dire|insister|préciser|répéter)|comment\\s+ne\\s+pas|qui\\s+(?:peut|pourrait)\\s+(?:croire|imaginer|accepter|comprendre))\\b");

/**
 * After the request, « Comment accepter / expliquer / justifier que … ? », « Comment, sinon, maintenir … ? » argue
 * rather than ask (an infinitive of judgement, or « sinon »).
 */
const rhetoricalAfterRequest = lazyRx("^comment\\s*(?:,\\s*sinon\\s*,\\s*\\p{L}+(?:er|ir|re)\\b|(?:,[^,?]{1,30},\\s*)?(?:accepter|admettre|tolérer|expliquer|justifier|comprendre|imaginer|croire|concevoir|espérer)\\b)");

function isDirectQuestion(text: string, folded: string): boolean {
  return (endsWithQuestionMark(text) || invertedQuestion().test(folded)) && !rhetorical().test(folded.trimStart());
}

function endsWithQuestionMark(text: string): boolean {
  const trimmed = text.trimEnd();
  return trimmed.endsWith('?') && !/[?!]\s*[»”"]\s*$/u.test(trimmed);
}

/**
 * A request of its own after the first closer, though it has no closer, no « ? » and no inversion: an item of a list
 * (« Premièrement, quel est … », « 2° les aides prévues ») or a late interrogative (« Enfin, quel calendrier est envisagé. »).
 */
const lateRequest = lazyRx(
  "^(?:(?:premièrement|deuxièmement|troisièmement|quatrièmement|secondement|en\\s+(?:premier|second|deuxième|troisième|dernier)\\s+lieu|[1-9]\\s?°\\)?|[1-9][.)])[,\\s]+(?=\\p{L})|(?:(?:et|mais)\\s+)?(?:(?:enfin|en\\s+outre|par\\s+ailleurs|de\\s+plus|également|aussi|ensuite|puis|(?:tout\\s+)?d'abord)[,\\s]+)+(?:(?:par|pour|avec|sur|à|selon|dans|sous|de)\\s+)?(?:quel|quelle|quels|quelles|comment|pourquoi|combien|où\\s+en|le\\s+nombre|le\\s+montant|les\\s+mesures|les\\s+raisons|le\\s+calendrier)\\b)",
);
/** The marker of a list item (« – », « 1° », « 2. », « b) », « Premièrement »). */
const listMarker = lazyRx("^\\s*(?:[-–—•*]|[1-9]\\s?°|[1-9][.)]|[a-h]\\)|premièrement|deuxièmement|troisièmement|quatrièmement|secondement|ensuite|puis|enfin|en\\s+(?:premier|second|deuxième|troisième|dernier)\\s+lieu)");
/** « Il lui demande de bien vouloir lui indiquer les points suivants. » : the items follow in sentences of their own. */
const listAnnounce = lazyRx("^(?:sur\\s+)?(?:les|aux|des)\\s+(?:\\p{L}+\\s+)?(?:points|questions|éléments|sujets|interrogations)\\s+suivante?s\\s*[.:]?\\s*$");
/** « (le renseigner) sur le point suivant. », « (lui poser) la question suivante. » : one point, stated in the sentences after it. */
const singlePointAnnounce = lazyRx("^(?:sur\\s+)?(?:le|la|au|à\\s+la)\\s+(?:\\p{L}+\\s+)?(?:point|question|problème|cas|sujet|difficulté)\\s+suivante?\\s*[.:]?\\s*$");
/** « En effet, les élus s'interrogent : faut-il … ? » : someone else's question, reported in the context. */
const reportedQuestion = lazyRx("^(?:en\\s+effet|car)\\b|\\b(?:s'interrogent|se\\s+demandent|s'inquiètent|demandent)\\s*:");

/** The request segments of a question: from the first request formula on, or its direct questions. */
const obtainOpener = lazyRx("\\b(?:souhaite|souhaiterait|voudrait|aimerait|désire|désirerait)\\s+obtenir\\s+(?:de|d'|auprès\\s+d(?:e|u))\\s*.{1,300}?\\s(?:des\\s+)?(?:précisions|éclaircissements|informations|explications|renseignements)\\s+(?:sur|concernant|quant\\s+à|au\\s+sujet\\s+d)");

function requestSegments(q: QuestionText): { segments: Segment[]; openerObject?: Part; contextEnd: number } {
  const { folded, sentences } = q;
  let openerObject: Part | undefined;
  const first = sentences[0];
  if (first) {
    const opener = openerPattern().exec(folded.slice(first.start, Math.min(first.end, first.start + 1500)));
    if (opener) openerObject = { start: first.start + opener.index + opener[0].length, end: first.end };
    else {
      // « M. X s'inquiète auprès de M. le ministre de l'intérieur de la fermeture … » : the object follows the title.
      const concern = concernOpener().exec(folded.slice(first.start, Math.min(first.end, first.start + 1500)));
      if (concern) openerObject = { start: first.start + concern.index + concern[0].length, end: first.end };
    }
  }
  const segments: Segment[] = [];
  let contextEnd = -1;
  // The first closer addressed to the minister (« il lui demande », « M. le député souhaite »): a bare « Elle
  // demande une revalorisation » before it reports a third party's demand in the context.
  const closers = sentences.map((sentence) => findCloser(folded, sentence.start, sentence.end));
  // « Elle souhaiterait (également) connaître / savoir … » : the author's wish to know, addressed even without « lui ».
  const isBare = (closer: Closer): boolean => bareCloser().test(folded.slice(closer.start, closer.contentStart)) && !wishToKnow().test(folded.slice(closer.start, closer.contentStart));
  // « M. X souhaiterait obtenir de M. le ministre des précisions sur … » opens the question when a later sentence asks.
  if (closers[0] && closers.slice(1).some(Boolean) && sentences[0] && obtainOpener().test(folded.slice(sentences[0].start, sentences[0].end))) closers[0] = undefined;
  const firstAddressed = closers.find((closer) => closer && !isBare(closer))?.start ?? -1;
  let listOpen = false;
  let listMarked: boolean | undefined;
  sentences.forEach((sentence, index) => {
    const closer = closers[index];
    if (closer && sentence.end <= firstAddressed && isBare(closer)) return;
    // « L'association réclame un statut. Elle demande aussi un congé rémunéré. » : « elle » is the association.
    if (closer && isBare(closer) && index > 0 && thirdPartyDemand().test(folded.slice(sentences[index - 1]!.start, sentences[index - 1]!.end)) && !addressedAfter().test(folded.slice(closer.start, sentence.end))) return;
    // « prie M. le ministre de bien vouloir le renseigner sur le point suivant. » : the point is stated next, then
    // asked by a later request formula; the announcement itself asks nothing.
    if (closer && singlePointAnnounce().test(folded.slice(closer.contentStart, sentence.end)) && closers.slice(index + 1).some(Boolean)) return;
    if (closer) {
      if (contextEnd < 0) contextEnd = closer.start;
      const announced = listAnnounce().test(folded.slice(closer.contentStart, sentence.end)) && index + 1 < sentences.length;
      const lead = folded.slice(sentence.start, closer.start);
      const caseActor = caseBeforeCloser().test(lead) && !governmentInCase().test(lead);
      if (!announced) segments.push({ start: closer.contentStart, end: sentence.end, ...(caseActor ? { caseActor } : {}) });
      // « Il lui demande : » followed by a list (one item a line or a paragraph): the items are the request.
      listOpen = announced || /:\s*$/u.test(folded.slice(sentence.start, sentence.end));
      listMarked = undefined;
      return;
    }
    const bare = folded.slice(sentence.start, sentence.end);
    // The list ends at the first sentence without the items' marker, or at a statement (« Ces questions se posent … »).
    if (listOpen) {
      listMarked ??= listMarker().test(bare);
      if (listMarked ? listMarker().test(bare) : !statementOnly().test(bare)) {
        segments.push({ start: sentence.start, end: sentence.end });
        return;
      }
      listOpen = false;
    }
    // « Dans l'affirmative, selon quel calendrier. » : a conditional request in a sentence of its own (§10.4).
    if (contextEnd >= 0 && ((isDirectQuestion(q.text.slice(sentence.start, sentence.end), bare) && !reportedQuestion().test(bare) && !rhetoricalAfterRequest().test(bare.trimStart())) || conditionalSentence().test(bare) || lateRequest().test(bare))) {
      segments.push({ start: sentence.start, end: sentence.end });
    }
  });
  if (segments.length === 0) {
    for (const sentence of sentences) {
      if (!isDirectQuestion(q.text.slice(sentence.start, sentence.end), folded.slice(sentence.start, sentence.end))) continue;
      if (contextEnd < 0) contextEnd = sentence.start;
      segments.push({ start: sentence.start, end: sentence.end });
    }
  }
  if (segments.length === 0 && openerObject) {
    contextEnd = openerObject.start;
    segments.push({ start: openerObject.start, end: openerObject.end });
  }
  // Strip « Ma question est simple : » and late connectors (« Enfin, »).
  const stripped = segments.map((segment) => {
    let start = segment.start;
    for (const pattern of [questionPreamble(), lateConnector()]) {
      const match = pattern.exec(folded.slice(start, segment.end));
      if (match) start += match[0].length;
    }
    return { ...segment, start };
  });
  return { segments: stripped, ...(openerObject ? { openerObject } : {}), contextEnd: Math.max(contextEnd, 0) };
}

/** A rappel (« rappelle à M. le ministre les termes de sa question n° … ») or a renewal of an earlier question. */
export interface Recall {
  /** Number of the question recalled, when given. */
  readonly number?: string;
  /** The recalling formula (source range). */
  readonly range: OffsetRange;
}

function recallOf(q: QuestionText): Recall | undefined {
  for (const sentence of q.sentences) {
    const span = q.folded.slice(sentence.start, sentence.end);
    const match = rappelPattern().exec(span) ?? renewalPattern().exec(span);
    if (!match) continue;
    // « rappelle … que sa question n° … est restée sans réponse. Il lui demande donc à nouveau … » asks again itself.
    if (rappelThat().test(span.slice(match.index, match.index + match[0].length)) && q.sentences.some((other) => other !== sentence && findCloser(q.folded, other.start, other.end))) continue;
    // A rappel opens the question; a renewal closes it (« Il lui renouvelle donc la question »).
    if (sentence !== q.sentences[0] && !renewalPattern().test(span)) continue;
    const number = /n[°o]\s*(\d[\d\s]*\d|\d)/u.exec(span.slice(match.index));
    const start = sentence.start + match.index;
    return { ...(number ? { number: number[1]!.replace(/\s/gu, '') } : {}), range: q.sourceRange(start, start + match[0].length) };
  }
  return undefined;
}

/** The rappel or renewal formula of a question, if it is one. */
export function findRecall(section: Section): Recall | undefined {
  return recallOf(new QuestionText(section));
}

const masculineMinister = lazyRx("\\b(?:m\\.?|monsieur)\\s+(?:le|l')\\s*(?:ministre|secrétaire|premier\\s+ministre|garde|haut-commissaire)\\b");
const feminineMinister = lazyRx("\\b(?:mme|madame)\\s+(?:la|le|l')\\s*(?:ministre|secrétaire|première\\s+ministre|premier\\s+ministre|garde|haute-commissaire)\\b");

/** The gender of the minister addressed, when only one is (plural ministers, or none named: unknown). */
function addresseeGender(folded: string): AddresseeGender | undefined {
  const head = folded.slice(0, 3000);
  const masculine = masculineMinister().test(head);
  const feminine = feminineMinister().test(head);
  return masculine === feminine ? undefined : masculine ? 'masculin' : 'féminin';
}

/** A sentence that concludes (« Aussi, il souhaiterait … », « C'est pourquoi il lui demande donc … »). */
const concluding = lazyRx("^(?:aussi\\b|c'est\\s+pourquoi\\b|en\\s+conséquence\\b|par\\s+conséquent\\b|dès\\s+lors\\b|dans\\s+ces\\s+conditions\\b|(?:il|elle)\\s+(?:lui\\s+)?(?:demande|souhaite|souhaiterait|voudrait|aimerait)\\s+donc\\b)");
/** A request that adds to another (« il souhaite également connaître … »), not one that restates it. */
const additive = lazyRx("\\b(?:également|en\\s+outre|par\\s+ailleurs|de\\s+plus|enfin|autres?)\\b");

/**
 * « En effet, il souhaiterait connaître les moyens dont dispose le maire en cas de … . […] Aussi, il souhaiterait
 * connaître les moyens dont dispose le maire dans ce cas précis. » : a request asked in the context and asked again
 * in the concluding sentence is one request (the concluding one). Same six first words, another sentence, a
 * concluding sentence that adds nothing (no « également », « en outre »), and a later request that points back at
 * the case (« dans ce cas précis », « dans une telle situation », « en l'espèce ») or whose words are all words of the earlier one:
 * « les moyens dont dispose le maire pour faire cesser les nuisances » asks something else than « … en cas de divagation ».
 */
const restatingAnaphor = lazyRx("\\b(?:dans\\s+(?:ce|un\\s+tel|une\\s+telle|cette|de\\s+tels|de\\s+telles|ces)\\s+(?:cas|situation|situations|hypothèse|circonstances?|contexte)(?:\\s+(?:précis|précise|particulier|particulière))?|en\\s+l'espèce|en\\s+la\\s+matière|à\\s+ce\\s+(?:sujet|propos|titre)|sur\\s+ce\\s+point|à\\s+cet\\s+égard)\\b", 'g');
const wordsOfPart = (folded: string): string[] => folded.replace(restatingAnaphor(), ' ').split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 0);
function dropRestated(q: QuestionText, parts: { part: Part; segment: number }[]): void {
  const sentenceOf = (offset: number): Sentence | undefined => q.sentences.find((sentence) => sentence.start <= offset && offset < sentence.end);
  const info = parts.map(({ part }) => {
    const sentence = sentenceOf(part.start);
    const lead = sentence ? q.folded.slice(sentence.start, part.start).trimStart() : '';
    const folded = q.folded.slice(part.start, part.end);
    // « … dans ce cas précis »: the later request points back at the case already asked; it restates it.
    restatingAnaphor().lastIndex = 0;
    const pointsBack = restatingAnaphor().test(folded);
    const words = pointsBack ? [] : wordsOfPart(folded);
    return { head: tokenize(folded).slice(0, 6).map((token) => token.text).join(' '), words, sentence, concludes: concluding().test(lead) && !additive().test(lead) };
  });
  // The last part with a given head is kept; an earlier one goes when a later, concluding one restates it.
  // When the later one is narrower (« … les éleveurs ovins » after « … les éleveurs ovins et bovins »), the wider,
  // earlier one is kept and the later one goes: nothing asked is lost.
  const restatedBy = new Map<string, { index: number; segment: number; sentence: Sentence | undefined; words: readonly string[] }>();
  const drop = new Set<number>();
  for (let i = parts.length - 1; i >= 0; i--) {
    const { head, words, sentence, concludes } = info[i]!;
    if (head.split(' ').length < 6) continue;
    const later = restatedBy.get(head);
    const own = new Set(words);
    if (later && later.segment !== parts[i]!.segment && later.sentence !== sentence && later.words.every((word) => own.has(word))) {
      const laterSet = new Set(later.words);
      const narrower = later.words.length > 0 && words.some((word) => !laterSet.has(word));
      drop.add(narrower ? later.index : i);
      if (narrower) restatedBy.delete(head);
    } else if (concludes && !later) restatedBy.set(head, { index: i, segment: parts[i]!.segment, sentence, words });
  }
  for (const index of [...drop].sort((a, b) => b - a)) parts.splice(index, 1);
}

/** A request for the reason (« pourquoi », « et pourquoi »). */
const reasonAsked = lazyRx("^\\s*(?:et\\s+)?pourquoi\\b");
/** A sentence set aside from the matter (« Par ailleurs, … », « En outre, … »). */
const sideRemark = lazyRx("^\\s*(?:par ailleurs|en outre|de plus|au surplus|d'autre part)\\b");

/** « …, d'une part, » inside a conjunct: what comes before it governs both parts. */
const firstOfPair = lazyRx(",?\\s*d'une part,?\\s*");
/** The cut between the two conjuncts of a pair (« et, d'autre part, »), with the complement's preposition if trimmed off the part. */
const secondOfPair = lazyRx("^[\\s,]*(?:et,?\\s+)?d'autre part[\\s,]*((?:sur|concernant|envers|quant\\s+(?:à|au|aux)|en\\s+ce\\s+qui\\s+concerne)\\s+)?$");
/** A conjunct that is only a complement of the shared governor (« aux caveaux qui s'y trouvent », « sur la revente … »). */
const complementOnly = lazyRx("^(?:à|au|aux|sur|pour|envers|concernant|quant\\s+(?:à|au|aux)|en\\s+ce\\s+qui\\s+concerne|s'agissant\\s+d(?:e|u|es|'))\\b");

/**
 * In « X, d'une part, A et, d'autre part, B » where B is only a complement of X (§10.4: two sub-questions sharing the
 * governor): the length of X in the previous part [previousStart, previousEnd), and where B's complement starts (its
 * preposition, when the part was trimmed of it); undefined otherwise.
 */
function sharedGovernor(folded: string, previousStart: number, previousEnd: number, start: number, span: string): { length: number; marker: number; from: number } | undefined {
  const between = secondOfPair().exec(folded.slice(previousEnd, start));
  if (!between || (between[1] === undefined && !complementOnly().test(span))) return undefined;
  const first = firstOfPair().exec(folded.slice(previousStart, previousEnd));
  // Before « d'une part », the governor must say something (« la réglementation applicable », « sa position »), and the
  // first conjunct must be a complement too: in « s'il est possible, d'une part, de céder ce chemin aux communes et,
  // d'autre part, aux associations », the verb after « d'une part » is part of what both share.
  if (!first || first.index < 8 || !complementOnly().test(folded.slice(previousStart + first.index + first[0].length, previousEnd))) return undefined;
  return { length: first.index, marker: first[0].length, from: between[1] === undefined ? start : start - between[1].length };
}

/** Sub-questions of a question section, in order (`Q1`, `Q2`…). */
export function extractSubQuestions(section: Section): ExtractedSubQuestion[] {
  const q = new QuestionText(section);
  const { folded, text } = q;
  // A rappel or a renewal is not a new question: no sub-questions of its own (QUESTION-FORMS.md §10.3).
  if (recallOf(q)) return [];
  const { segments, openerObject, contextEnd } = requestSegments(q);
  const addressee = addresseeGender(folded);
  const parts: { part: Part; segment: number }[] = [];
  segments.forEach((segment, segmentIndex) => {
    for (const part of splitRequest(folded, segment.start, segment.end, text)) parts.push({ part, segment: segmentIndex });
  });
  dropRestated(q, parts);
  const fromSegments = parts.length > 0;
  // « Elle souhaite obtenir des éclaircissements à ce sujet » asks nothing of its own: the opening's object is the request.
  if (parts.length === 0 && segments.length > 0) {
    // A direct question of the context is then the request; else the opening's object.
    const direct = q.sentences.filter((sentence) => isDirectQuestion(q.text.slice(sentence.start, sentence.end), folded.slice(sentence.start, sentence.end)));
    const fallback = direct.length ? direct : openerObject ? [openerObject] : [];
    fallback.forEach((segment, index) => {
      // « Une question se pose : le maire peut-il … ? » : the preamble is no part of the request.
      const preamble = direct.length ? questionPreamble().exec(folded.slice(segment.start, segment.end)) : null;
      const start = segment.start + (preamble ? preamble[0].length : 0);
      for (const part of splitRequest(folded, start, segment.end, text)) parts.push({ part, segment: index });
    });
  }
  const results: ExtractedSubQuestion[] = [];
  let previousKind: SubQuestionKind | undefined;
  let previousWeakFigure = false;
  let previousSegment = -1;
  let previousSpan = '';
  let previousEnd = 0;
  let previousStart = 0;
  let previousTerms: readonly ObjectTerm[] = [];
  for (const { part, segment } of parts) {
    const span = folded.slice(part.start, part.end);
    const governor = segment === previousSegment ? sharedGovernor(folded, previousStart, previousEnd, part.start, span) : undefined;
    const head = governor === undefined ? undefined : text.slice(previousStart, previousStart + governor.length).replace(/[\s,]+$/u, '');
    const governed = governor === undefined ? undefined : `${head} ${text.slice(governor.from, part.end)}`;
    // The first conjunct is assessed without the « d'une part » that cuts it (« la réglementation applicable aux concessions … »).
    const first = results[results.length - 1];
    if (governor !== undefined && first !== undefined && first.governed === undefined) {
      results[results.length - 1] = { ...first, governed: `${head} ${text.slice(previousStart + governor.length + governor.marker, previousEnd)}` };
    }
    // After a case with its own subject, the pronoun of the first request stands for that subject.
    // « si un maire peut refuser … et s'il peut, dans ce cas, déléguer … » : the pronoun after a request on someone
    // else's rights stands for that someone (a maire asked of « M. le ministre »), not the minister.
    const sameActor = segment === previousSegment && previousKind === 'droit' && caseSubjectSi().test(previousSpan) && pronounModal().test(span);
    const caseActor = sameActor || (fromSegments && segments[segment]?.caseActor === true && segment !== previousSegment && pronounSubject().test(span));
    const classified = caseActor ? span.replace(pronounSubject(), 'si cette personne') : span;
    const ownKind = classify(classified, addressee);
    // A conjunct without a cue of its own shares the governor of the previous one (« dans quels délais … , ainsi
    // qu'à sa prise en charge »); in another request sentence, only when it is elliptical.
    // « … ; plus généralement, il l'interroge sur l'avenir de … » : a new request formula after « ; » starts afresh.
    const restarted = part.start - previousEnd < 200 && newFormulaBefore().test(folded.slice(previousEnd, part.start));
    const inherited = previousKind && !restarted && (segment === previousSegment || isElliptical(span)) ? previousKind : undefined;
    // After a figure asked only by a weak word, an action asked is its own request (« de lui préciser l'ampleur des
    // dégâts, et de débloquer une aide d'urgence »: review rev2-chf), not a figure passed on.
    const acted: SubQuestionKind | undefined = previousWeakFigure && !tellingHead().test(span) ? injunctiveKind(span) : undefined;
    const kind: SubQuestionKind = followUpKind(span, ownKind, previousKind, previousSpan) ?? ownKind ?? acted ?? inherited ?? injunctiveKind(span) ?? nominalKind(span) ?? 'autre';
    previousSpan = span;
    previousSegment = segment;
    previousEnd = part.end;
    previousStart = part.start;
    const resolutions = resolveAnaphora(q, part, contextEnd, openerObject);
    let terms = termsOf(text.slice(part.start, part.end), 1);
    // Words of an anaphor (« ces mesures ») are replaced by their antecedents.
    const anaphorWords = new Set<string>();
    for (const resolution of resolutions) {
      for (const token of tokenize(text.slice(resolution.anaphorStart, resolution.anaphorEnd))) anaphorWords.add(termKey(token.text));
    }
    if (resolutions.some((resolution) => resolution.items.length > 0)) terms = terms.filter((term) => !anaphorWords.has(term.key));
    terms = mergeTerms(terms, ...resolutions.map((resolution) => resolution.terms));
    // An elliptical conjunct (« et dans quels délais ») shares the object of the previous one.
    if (terms.filter((term) => term.weight === 1).length < 2 && previousTerms.length > 0) terms = mergeTerms(terms, previousTerms.map((t) => ({ ...t, weight: Math.min(t.weight, 0.9) })));
    // « La commune souhaite interdire le stationnement des camping-cars… Elle lui demande selon quelles modalités. »: a first
    // request without a word of its own asks about what the sentence before it states; its words are the object, but
    // not those of the opening (« le cas d'une commune »), the theme every sentence of the answer shares.
    // Not « pourquoi » (a reason is asked, which the words of the sentence before do not tell), nor after a side remark
    // (« Par ailleurs, l'association a saisi le préfet. ») (review rev-fw).
    if (terms.length === 0 && previousTerms.length === 0 && !reasonAsked().test(span)) {
      const sentencesBefore = q.sentences.filter((sentence) => sentence.end <= part.start && sentence.start < contextEnd);
      const before = sentencesBefore.at(-1);
      const opening = sentencesBefore[0];
      if (before && opening && before !== opening && !sideRemark().test(folded.slice(before.start, before.end))) {
        const theme = new Set(termsOf(text.slice(opening.start, opening.end), 1).map((term) => term.key));
        terms = termsOf(text.slice(before.start, before.end), 0.9).filter((term) => !theme.has(term.key));
      }
    }
    const items = resolutions.flatMap((resolution) => resolution.items);
    const label = resolutions.find((resolution) => resolution.label)?.label;
    const compared = kind === 'articulation' ? comparedItems(q, part, resolutions) : undefined;
    const number = results.length + 1;
    results.push({
      id: `Q${number}`,
      number,
      text: text.slice(part.start, part.end),
      range: q.sourceRange(part.start, part.end),
      kind,
      terms,
      items,
      enumeration: findEnumeration(span, text.slice(part.start, part.end)),
      ...(compared ? { compared } : {}),
      ...(label ? { objectLabel: label } : {}),
      ...(governed ? { governed, ownKeys: terms.filter((term) => term.weight >= 1 && !previousTerms.some((other) => other.key === term.key)).map((term) => term.key) } : {}),
    });
    // The first conjunct's own words are those it does not share with the second (« urbaine » of « ruchers en zone urbaine »).
    const before = results[results.length - 2];
    if (governed && before?.governed !== undefined && before.ownKeys === undefined) {
      results[results.length - 2] = { ...before, ownKeys: before.terms.filter((term) => term.weight >= 1 && !terms.some((other) => other.weight >= 1 && other.key === term.key)).map((term) => term.key) };
    }
    previousKind = kind;
    previousWeakFigure = kind === 'chiffres' && ownKind === 'chiffres' && classify(classified, addressee, false) !== 'chiffres';
    previousTerms = terms.filter((term) => term.weight >= 0.8);
  }
  // A first conjunct without words of its own (« les mesures qu'il entend prendre et dans quel délai, afin de
  // remédier à … ») shares the modifier that closes the series.
  return results.map((result, index) => {
    const next = results[index + 1];
    if (!next || result.terms.filter((term) => term.weight === 1).length >= 2) return result;
    return { ...result, terms: mergeTerms(result.terms, next.terms.map((t) => ({ ...t, weight: Math.min(t.weight, 0.9) }))) };
  });
}

/** « si un maire peut … », « si l'employeur est tenu … » : a request on the rights of someone named, not the minister. */
const caseSubjectSi = lazyRx("^si\\s+(?:un|le|l'|ce|cet|chaque|tout)\\s*(?:\\p{L}+\\s+)?(?:maire|adjoint|conseiller|élu|employeur|agent|fonctionnaire|propriétaire|locataire|bailleur|contribuable|particulier|usager|exploitant|président|préfet|salarié|titulaire|bénéficiaire|demandeur|candidat|syndicat|département|ccas|epci|établissement|office|organisme|groupement|délégataire|concessionnaire|gestionnaire)\\b");
/**
 * « de lui communiquer celle de 2019 », « d'en préciser l'évolution » : a request to be told, not an action asked
 * (« donner », « fournir », « transmettre » only to him: « de fournir aux exploitants une aide » is an action).
 */
const tellingHead = lazyRx("^(?:de\\s+|d')?(?:bien\\s+vouloir\\s+)?(?:(?:lui\\s+|leur\\s+|en\\s+|les\\s+lui\\s+)?(?:indiquer|préciser|communiquer|faire\\s+connaître|détailler)|(?:lui|leur|en|les\\s+lui)\\s+(?:transmettre|fournir|donner))\\b");
const pronounModal = lazyRx("^s'il\\s+(?:ne\\s+|n')?(?:peut|doit|pourrait|devrait|est\\s+tenu|est\\s+autorisé|est\\s+obligé|a\\s+le\\s+droit|est\\s+en\\s+mesure)\\b(?!\\s+(?:lui|leur)\\s)(?!\\s+(?:pas\\s+)?être\\s+(?:envisagée?|prévue?|question)\\b)(?!\\s+pas\\s+envisager\\b)(?!\\s+(?:de\\s+|d')?(?:préciser|indiquer|faire\\s+connaître|détailler|dire|donner\\s+des\\s+instructions|prendre\\s+(?:un|le)\\s+décret)\\b)");
/** A request formula of its own between two parts (« ; plus généralement, il l'interroge sur … »). */
const newFormulaBefore = lazyRx(";[^;]*\\b(?:il|elle)\\s+(?:l'|le\\s+|la\\s+|lui\\s+|leur\\s+)?(?:interroge|questionne|demande|souhaite|souhaiterait|voudrait|aimerait|prie)\\b");
/** « qu'en est-il pour les agents contractuels ? » : the same question asked of another case. */
const whatAboutCase = lazyRx("^(?:qu'en\\s+est-il|ce\\s+qu'il\\s+en\\s+est)\\s+(?:\\p{L}+\\s+){0,2}?(?:pour|s'agissant|concernant|en\\s+ce\\s+qui\\s+concerne|dans\\s+le\\s+cas|lorsqu|quand|si)\\b");
const conditionalHead = lazyRx("^(?:(?:dans l'affirmative|si oui),? (?:comme|ou) (?:dans la négative|si non|non)|si oui|si non|dans l'affirmative|dans la négative|dans le cas contraire|si tel est le cas|si tel n'est pas le cas|le cas échéant|à défaut|sinon)\\b[\\s,:]*");
const pronounOnly = lazyRx('^(?:lesquel(?:le)?s|laquelle|lequel)$');
const lawConditions = lazyRx("^(?:(?:sous|dans|à|selon)\\s+)?(?:quelles\\s+(?:sont\\s+les\\s+)?|les\\s+)conditions\\b");
const measureNoun = lazyRx("\\b(?:des|de|les|d')\\s*(?:nouvelles\\s+)?(?:mesures|dispositions|actions|aménagements|modifications|initiatives|aides|moyens)\\b");

/**
 * The kind of a follow-up that leans on the request before it (§10.4): « si oui, dans quelles conditions » after
 * « si une commune peut… » asks the same law; « dans l'affirmative, lesquelles » after « s'il compte prendre des
 * mesures » asks which measures.
 */
function followUpKind(span: string, own: SubQuestionKind | undefined, previous: SubQuestionKind | undefined, previousSpan: string): SubQuestionKind | undefined {
  if (!previous) return undefined;
  if (whatAboutCase().test(span)) return previous;
  const condition = conditionalHead().exec(span);
  const rest = condition ? span.slice(condition[0].length) : span;
  if (pronounOnly().test(rest.replace(/[\s,.;:?!]+$/u, ''))) return measureNoun().test(previousSpan) ? 'mesures' : previous;
  // « si un apprenti peut être licencié … et quelles sont les conditions de rupture du contrat » : the law's conditions.
  if (previous === 'droit' && own === 'modalites' && (condition || isElliptical(span) || lawConditions().test(rest))) return 'droit';
  // « Elle lui demande, le cas échéant, de lui préciser quel est le type de travaux … » : a conditional follow-up
  // without a cue of its own asks on in the same vein as the request it depends on, even in a sentence of its own.
  if (condition && own === undefined && rest.trim()) return previous;
  return undefined;
}

/** A bare object about a legal text (« sur l'application de l'article L. 2121-13 du CGCT ») asks what the law says. */
const legalText = lazyRx(
  "\\b(?:articles?\\s+(?:[lrd]\\.?\\s*\\d|\\d)|code\\s+(?:général|de|du|des|civil|rural|pénal)|cgct|loi\\s+(?:n[°o]|du)|décret\\s+(?:n[°o]|du)|arrêté\\s+(?:n[°o]|du)|circulaire\\s+(?:n[°o]|du)|ordonnance\\s+(?:n[°o]|du)|jurisprudence|interprétation|juridiques?|juridiquement|réglementation|réglementaires?|légalité|illégalité|légales?|légaux|conventions?\\s+collectives?|(?:le|du)\\s+droit\\s+(?:en\\s+(?:cette|la)\\s+matière|applicable|en\\s+vigueur|positif)|(?:rendue?s?|est|sont)\\s+obligatoires?)\\b",
);

/** A clause (« que … », « si … », « ce qu'il en est ») rather than a noun phrase. */
const clauseHead = lazyRx("^(?:que\\b(?!\\s+soi(?:en)?t\\b)|qu'(?!il\\s+soit\\b)|si\\b|s'|ce\\s+qu|comment\\b|pourquoi\\b|quel|lequel|laquelle|lesquel|dont\\b|où\\b|quand\\b)");

/**
 * A bare object without any cue (« interroge … sur les difficultés rencontrées par les aidants ») asks what the
 * Government will do about it: the usual reading of a question that only draws attention to a situation; about
 * a legal text, it asks what the law says.
 */
function nominalKind(span: string): SubQuestionKind | undefined {
  if (clauseHead().test(span)) return undefined;
  return legalText().test(span) ? 'droit' : 'mesures';
}

/** True when a conjunct has (almost) no words of its own besides the request words (« et sous quelle forme »). */
function isElliptical(span: string): boolean {
  return tokenize(span).filter((token) => isContentWord(token.text)).length <= 2;
}

function comparedItems(q: QuestionText, part: Part, resolutions: readonly Resolution[]): { first: ObjectItem; second: ObjectItem } | undefined {
  const span = q.folded.slice(part.start, part.end);
  for (const pattern of comparison) {
    const match = pattern.exec(span);
    if (!match || !match[1] || !match[2]) continue;
    const firstStart = part.start + match.index + match[0].indexOf(match[1]);
    const secondStart = part.start + match[0].lastIndexOf(match[2]);
    const side = (start: number, end: number): ObjectItem => {
      const own = termsOf(q.text.slice(start, end), 1);
      const inside = resolutions.filter((r) => r.anaphorStart >= start && r.anaphorEnd <= end);
      return { label: q.text.slice(start, end).replace(/^(?:de quelle (?:manière|façon)|comment)\s+/iu, '').trim(), terms: mergeTerms(own, ...inside.map((r) => r.terms)) };
    };
    const first = side(firstStart, firstStart + match[1].length);
    const second = side(secondStart, secondStart + match[2].length);
    if (first.terms.length === 0 || second.terms.length === 0) continue;
    return { first, second };
  }
  return undefined;
}
