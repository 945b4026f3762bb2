/**
 * H2 `locution-critiquee`: wordings the Académie française (« Dire, ne pas dire ») and usage guides criticise,
 * each with its own severity: `suite à`, `pallier à`, `solutionner` (warning); `par contre`, `acter`,
 * `au niveau de`, `dédié à` (hint)… Fixes only for the deterministic entries (`pallier à` → `pallier`,
 * `suite à` → `à la suite de`, `s'en suivre` → `s'ensuivre`, `acté` → `retenu`, `mise sur` → `portée à`…).
 */
import type { Severity } from '../../findings/finding';
import type { Rule } from '../rule';
import type { ProseMatch, ProseView } from '../common/mask';
import { matchProse } from '../common/mask';
import { keepInitialCase, reportText, SP, textFix, WB, WE } from '../common/lexicon';
import { letterRegExp } from '../../text/letters';

interface Entry {
  readonly pattern: RegExp;
  readonly severity: Severity;
  readonly message: (found: string) => string;
  /** Replacement of the whole match (or none). */
  readonly fix?: (match: ProseMatch, view: ProseView) => string | undefined;
  /** Skip this match (context traps). */
  readonly skip?: (match: ProseMatch, view: ProseView) => boolean;
  /** A cheap test the paragraph passes whenever `pattern` matches in it (for costly patterns). */
  readonly needs?: RegExp;
}

const w = (source: string, flags = 'giu') => letterRegExp(source, flags);
const before = (view: ProseView, match: ProseMatch, length = 30) => view.text.slice(Math.max(0, match.start - length), match.start);
const after = (view: ProseView, match: ProseMatch, length = 40) => view.text.slice(match.end, match.end + length);

const palliatedObject: Readonly<Record<string, string>> = { à: '', au: 'le ', aux: 'les ' };
const acteReplacement: Readonly<Record<string, string>> = { acté: 'retenu', actée: 'retenue', actés: 'retenus', actées: 'retenues', acter: 'retenir', actant: 'retenant' };
const miseSur: Readonly<Record<string, string>> = { la: 'à la', "l'": "à l'", 'l’': 'à l’', le: 'au', les: 'aux', une: 'à une', un: 'à un', ces: 'à ces', cette: 'à cette', ce: 'à ce' };

const entries: readonly Entry[] = [
  {
    pattern: w(`${WB}(suite)${SP}+(à${SP}+la(?=${SP})|à${SP}+l['’](?=\\p{L})|aux(?=${SP})|au(?=${SP})|à(?=${SP}))`),
    severity: 'warning',
    message: (found) => `« ${found} » : tournure critiquée (Académie française) ; écrire « à la suite de », « après » ou « en réponse à ».`,
    skip: (match, view) =>
      /(?:donn\p{L}*|fai\p{L}*|fait|faite|faites|fera|feront|font|faisant|pas|sans|par|de|la|une|prendre|la)\s+$/iu.test(before(view, match)),
    fix: (match) => {
      const tail = match.match[2]!.replace(/[\s\u00A0\u202F]+/g, ' ');
      const rest = tail === 'au' ? 'du' : tail === 'aux' ? 'des' : tail === 'à la' ? 'de la' : tail.startsWith('à l') ? `de l${tail.slice(-1)}` : 'de';
      const text = `à la suite ${rest}`;
      return keepInitialCase(match.match[1]!, text).replace(/^À/, 'À');
    },
  },
  {
    pattern: w(`${WB}(pall(?:ie|ies|ient|ier|ié|iée|iés|iées|iait|iaient|iant|iera|ieront|ierait|ieraient|ions|iez))${SP}+(à|au|aux)${SP}+`),
    severity: 'warning',
    message: (found) => `« ${found.trim()} » : « pallier » est transitif direct (« pallier le manque », « pallier les difficultés »).`,
    fix: (match) => `${match.match[1]} ${palliatedObject[match.match[2]!.toLowerCase()] ?? ''}`,
  },
  {
    pattern: w(`${WB}solutionn\\p{L}*`),
    severity: 'warning',
    message: (found) => `« ${found} » : écrire « résoudre » (ou « régler »).`,
    fix: (match) => (/^solutionner$/i.test(match.match[0]) ? keepInitialCase(match.match[0], 'résoudre') : undefined),
  },
  { pattern: w(`${WB}par${SP}+contre${WE}`), severity: 'hint', message: (found) => `« ${found} » : préférer « en revanche » ou « mais ».`, fix: (match) => keepInitialCase(match.match[0], 'en revanche') },
  {
    pattern: w(`${WB}(de${SP}+(?:manière|façon|sorte))${SP}+à${SP}+ce${SP}+(que|qu['’])`),
    severity: 'warning',
    message: (found) => `« ${found} » : écrire « ${found.split(/\s+/).slice(0, 2).join(' ')} que » ou « afin que ».`,
    fix: (match) => `${match.match[1]} ${match.match[2]}`,
  },
  {
    pattern: w(`${WB}malgré${SP}+(?:que|qu['’])`),
    severity: 'warning',
    message: (found) => `« ${found} » : écrire « bien que » ou « quoique ».`,
    skip: (match, view) => /^[\s\u00A0\u202F]*j['’]en[\s\u00A0\u202F]+aie/u.test(after(view, match)),
  },
  {
    pattern: w(`${WB}(?:se|s['’]|me|m['’]|te|t['’]|nous|vous)${SP}*rappel\\p{L}*${SP}+(?:de${SP}+(?:la|ce|cette|ces)|du|des|de${SP}+l['’])${WE}`),
    severity: 'warning',
    message: (found) => `« ${found} » : on se rappelle quelque chose (« se rappeler la date »), ou on se souvient de quelque chose.`,
  },
  { pattern: w(`${WB}au${SP}+jour${SP}+d['’]aujourd['’]hui${WE}`), severity: 'warning', message: (found) => `« ${found} » : pléonasme ; écrire « aujourd'hui » ou « à ce jour ».`, fix: () => "aujourd'hui" },
  { pattern: w(`${WB}au${SP}+final${WE}`), severity: 'hint', message: (found) => `« ${found} » : préférer « finalement » ou « en définitive ».`, fix: (match) => keepInitialCase(match.match[0], 'finalement') },
  {
    pattern: w(`${WB}(act(?:er|é|ée|és|ées|ant|era|eront|erait|eraient|ons))${WE}`),
    severity: 'hint',
    message: (found) => `« ${found} » : « acter » est à réserver à son sens juridique (prendre acte, consigner dans un acte) ; préférer « retenir », « décider », « inscrire » ou « prendre acte de ».`,
    skip: (match, view) => /^[\s\u00A0\u202F]+(?:une|la|cette|les)[\s\u00A0\u202F]+(?:clause|clauses|convention|transaction|cession)/iu.test(after(view, match)),
    fix: (match) => acteReplacement[match.match[1]!.toLowerCase()],
  },
  {
    pattern: w(`${WB}initi(?:er|é|ée|és|ées|e|es|ent|ait|aient|ant|era|eront)${SP}+(?:un|une|le|la|les|des|ce|cette|ces|l['’]|de${SP}+nouve\\p{L}*)${WE}`),
    severity: 'hint',
    message: (found) => `« ${found} » : au sens de « commencer », préférer « lancer », « engager » ou « entreprendre » (« initier » signifie « faire connaître »).`,
    skip: (match, view) => /^[^.;,]{0,40}?[\s\u00A0\u202F](?:à|aux|au)[\s\u00A0\u202F]/u.test(after(view, match, 50)),
  },
  {
    pattern: w(`${WB}(?:(?:saisi\\p{L}*|offr\\p{L}*|offert\\p{L}*|constitu\\p{L}*|représent\\p{L}*)${SP}+(?:une|l['’]|cette|de${SP}+nouvelles|des)${SP}*opportunités?|opportunités?${SP}+(?:de|d['’])${SP}*\\p{L}+(?:er|ir|re|oir))${WE}`),
    severity: 'hint',
    message: (found) => `« ${found} » : « opportunité » signifie « caractère opportun » ; au sens d'« occasion », écrire « occasion » ou « possibilité ».`,
  },
  {
    pattern: w(`${WB}(dédi(?:é|ée|és|ées))${SP}+(?:à|au|aux)${WE}`),
    severity: 'hint',
    message: (found) => `« ${found} » : au sens de « consacré à », préférer « consacré à » ou « réservé à ».`,
    fix: (match) => match.match[0].replace(/dédi/i, 'consacr'),
  },
  { pattern: w(`${WB}en${SP}+termes${SP}+d(?:e|['’])(?=${SP}|\\p{L})`), severity: 'hint', message: (found) => `« ${found} » : au sens de « en matière de », préférer « en matière de », « pour » ou « quant à ».` },
  {
    pattern: w(`${WB}au${SP}+niveau${SP}+(?:de${SP}+la|de${SP}+l['’]|du|des|d['’])`),
    severity: 'hint',
    message: (found) => `« ${found} » : au sens figuré, préférer « en matière de », « pour », « dans » ou « à l'échelle de ».`,
    skip: (match, view) => /^[\s\u00A0\u202F]*(?:la[\s\u00A0\u202F]+)?(?:mer|sol|rue|eau|genou|cou|taille)/iu.test(after(view, match)),
  },
  {
    pattern: w(`${WB}conséquent(?:e|s|es)?${WE}`),
    severity: 'hint',
    message: (found) => `« ${found} » : au sens de « important », préférer « important », « considérable » ou « substantiel ».`,
    skip: (match, view) => /par[\s\u00A0\u202F]+$/iu.test(before(view, match)) || /^[\s\u00A0\u202F]+(?:avec|à)[\s\u00A0\u202F]/u.test(after(view, match)),
  },
  { pattern: w(`${WB}(?:s['’]|se${SP}+)av(?:è|é)r\\p{L}*${SP}+(?:vrai|vraie|vrais|vraies|faux|fausse|fausses|exact|exacte|exacts|exactes|inexact|inexacte)${WE}`), severity: 'hint', message: (found) => `« ${found} » : « s'avérer » signifie déjà « se révéler vrai » ; écrire « se révéler » ou « être ».` },
  {
    pattern: w(`${WB}(?:jusqu['’])?à${SP}+date${WE}(?!${SP}+(?:fixe|certaine|régulière|de|du|d['’]))`),
    severity: 'warning',
    message: (found) => `« ${found} » : jargon ; écrire « à ce jour » ou « jusqu'à présent ».`,
    skip: (match, view) => /(?:la|une|cette|même)[\s\u00A0\u202F]+$/iu.test(before(view, match)),
    fix: (match) => (/^jusqu/i.test(match.match[0]) ? keepInitialCase(match.match[0], "jusqu'à présent") : keepInitialCase(match.match[0], 'à ce jour')),
  },
  { pattern: w(`${WB}incessamment${SP}+sous${SP}+peu${WE}`), severity: 'warning', message: (found) => `« ${found} » : pléonasme ; écrire « sous peu » ou « incessamment ».`, fix: (match) => keepInitialCase(match.match[0], 'sous peu') },
  { pattern: w(`${WB}pour${SP}+ne${SP}+pas${SP}+(?:que|qu['’])`), severity: 'warning', message: (found) => `« ${found} » : écrire « pour que … ne … pas » ou « afin d'éviter que ».` },
  { pattern: w(`${WB}mett\\p{L}*${SP}+l['’]emphase${SP}+sur${WE}|${WB}mis(?:e|es)?${SP}+l['’]emphase${SP}+sur${WE}`), severity: 'warning', message: (found) => `« ${found} » : anglicisme ; écrire « mettre l'accent sur » ou « insister sur ».` },
  { pattern: w(`${WB}pr(?:end|endre|ennent|is|ise|enant|endra)${SP}+action${WE}`), severity: 'warning', message: (found) => `« ${found} » : anglicisme ; écrire « agir » ou « prendre des mesures ».` },
  {
    pattern: w(`${WB}(insist\\p{L}*)${SP}+(que|qu['’])`),
    severity: 'warning',
    message: (found) => `« ${found} » : « insister » se construit avec « sur » (« insister sur le fait que »).`,
    fix: (match) => `${match.match[1]} sur le fait ${match.match[2]}`,
  },
  { pattern: w(`${WB}capitalis\\p{L}*${SP}+sur${WE}`), severity: 'warning', message: (found) => `« ${found} » : anglicisme ; écrire « tirer parti de », « s'appuyer sur » ou « exploiter ».` },
  {
    pattern: w(`${WB}(s['’])en${SP}+(suiv\\p{L}*)`),
    severity: 'warning',
    message: (found) => `« ${found} » : le verbe est « s'ensuivre », en un seul mot.`,
    fix: (match) => `${match.match[1]}en${match.match[2]}`,
  },
  {
    // Sample answer: « Une attention particulière sera mise sur la formation » → « portée à la formation ».
    pattern: w(`(?<=${WB}attention${SP}+(?:\\p{L}+${SP}+){0,2}(?:sera|est|a${SP}+été|sont|seront|être|soit|doit${SP}+être|devra${SP}+être)${SP}+)(mise)${SP}+sur${SP}+(la|l['’]|le|les|une|un|ces|cette|ce)${WE}`),
    // The lookbehind runs at every position: test first for the word it looks for.
    needs: /attention/iu,
    severity: 'hint',
    message: (found) => `« ${found} » : on porte son attention à quelque chose (« une attention particulière sera portée à… »).`,
    fix: (match) => `portée ${miseSur[match.match[2]!.toLowerCase()] ?? 'à'}`,
  },
];

export const rule: Rule = {
  meta: {
    id: 'locution-critiquee',
    severity: 'warning',
    title: 'Locution critiquée',
    description:
      "Signale les tournures critiquées par l'Académie française et les guides d'usage, chacune avec sa gravité : « suite à », « pallier à », « solutionner », « de manière à ce que », « malgré que », « à date », « pour ne pas que », « s'en suivre »… (avertissement) ; « par contre », « acter » (au sens de décider), « initier un projet », « opportunité » (au sens d'occasion), « dédié à », « au niveau de », « conséquent » (au sens d'important), « attention mise sur »… (suggestion). Corrections automatiques pour les entrées sûres.",
    fixable: true,
    group: 'H',
  },
  checkParagraph(context) {
    const { view } = context;
    if (view.section !== 'answer') return;
    const configured = context.severity;
    for (const entry of entries) {
      for (const match of matchProse(view, entry.pattern, entry.needs)) {
        if (view.inQuote(match.start, match.end) || entry.skip?.(match, view)) continue;
        const found = match.match[0].trimEnd();
        const replacement = entry.fix?.(match, view);
        const end = match.start + (entry.fix && replacement !== undefined ? match.match[0].length : found.length);
        // The catalog gives each entry its severity; a severity set by the user for the rule applies to all.
        const severity = configured === 'warning' ? entry.severity : configured;
        reportText(
          context,
          match.start,
          match.start + found.length,
          entry.message(found),
          replacement !== undefined ? [textFix(view, `Remplacer par « ${replacement.trim()} »`, match.start, end, replacement)] : undefined,
          severity,
        );
      }
    }
  },
};
