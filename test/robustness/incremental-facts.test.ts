/**
 * Document-level rules computed from per-paragraph facts (`collectFacts` + `check`): after an edit, only the
 * edited paragraph's facts are gathered again, and after random edits that add or remove what these rules
 * combine (an acronym's first definition, relative dates, the author's gender, `%` and `pour cent`, sentences
 * copied from the question…), an analysis through the cache equals a fresh one.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze, AnalysisCache, type AnalyzeOptions, type Finding } from '../../server/src/core';
import { buildDocument } from '../../server/src/core/model/build';
import { readDocument } from '../../server/src/core/parse';
import { rules as registeredRules } from '../../server/src/core/rules/registry';
import type { Rule } from '../../server/src/core/rules/rule';
import { runRules } from '../../server/src/core/rules/run';
import { dossierOfLength, realDossiers } from './dossiers';

/** The rules that combine paragraphs from their facts (the acronym rules first: « acronyms first use »). */
const factRules = [
  'sigle-coherence',
  'sigle-non-developpe',
  'sigle-orthographe',
  'terme-incoherent',
  'reformulation-question',
  'repetition-proche',
  'apostrophe-typographique',
  'date-relative',
  'pourcentage-format',
  'accord-genre-auteur',
  'coherence-ministere',
  'coherence-temporelle',
  'majuscule-debut-phrase',
  'nombre-debut-phrase',
  'saut-de-paragraphe-dans-phrase',
  'reponse-vide',
];

const dossiers = realDossiers();

describe('règles de document à partir de faits par paragraphe', () => {
  it('ces règles rassemblent leurs faits par paragraphe (collectFacts) et les combinent dans check', () => {
    for (const id of factRules) {
      const rule = registeredRules.find((candidate) => candidate.meta.id === id);
      assert.ok(rule?.collectFacts && rule.check, id);
    }
  });

  it('après une modification dans un paragraphe, seuls les faits de ce paragraphe sont recalculés', () => {
    // Every registered rule, with its paragraph entry points counted per rule and paragraph.
    const calls: { rule: string; text: string }[] = [];
    const counted: Rule[] = registeredRules.map((rule) =>
      rule.collectFacts
        ? {
            ...rule,
            collectFacts(context) {
              calls.push({ rule: rule.meta.id, text: context.view.paragraph.text });
              return rule.collectFacts!(context);
            },
          }
        : rule,
    );
    const settings = { profile: 'jo' as const, severities: {} };
    const checkWith = (text: string, cache?: AnalysisCache): Finding[] => {
      cache?.begin([settings]);
      const document = buildDocument(readDocument(text, cache), cache);
      const findings = runRules(document, { ...settings, ...(cache ? { cache } : {}) }, counted);
      cache?.end();
      return findings;
    };
    // An answer of many paragraphs where an acronym is defined at its first use and used later.
    const definition = 'La Mission interministérielle pour la protection des femmes contre les violences et la lutte contre la traite des êtres humains (MIPROF) coordonne le plan.';
    const text = dossierOfLength(1000).replace('# Réponse\n\n', `# Réponse\n\n${definition}\n\nLa MIPROF publie un guide. En 2019, l'ONDRP a été remplacé.\n\n`);
    const cache = new AnalysisCache();
    checkWith(text, cache);
    const paragraphs = new Set(calls.filter((call) => call.rule === 'sigle-non-developpe').map((call) => call.text)).size;
    assert.ok(paragraphs > 5, 'plusieurs paragraphes');

    // Remove the acronym's first definition (its later use becomes undefined): one paragraph changes.
    const at = text.indexOf(' (MIPROF)');
    const edited = `${text.slice(0, at)}${text.slice(at + ' (MIPROF)'.length)}`;
    calls.length = 0;
    const incremental = checkWith(edited, cache);
    for (const id of factRules) {
      const ran = calls.filter((call) => call.rule === id);
      assert.equal(ran.length, 1, `${id} : collectFacts sur le seul paragraphe modifié`);
      assert.ok(!text.includes(ran[0]!.text) && edited.includes(ran[0]!.text), `${id} : le paragraphe modifié`);
    }
    assert.deepEqual(incremental, checkWith(edited));
    const before = checkWith(text).filter((finding) => finding.rule === 'sigle-non-developpe').length;
    assert.ok(incremental.filter((finding) => finding.rule === 'sigle-non-developpe').length > before, 'le sigle n’est plus développé à sa première occurrence');
  });

  // ---------------------------------------------------------------------------------------------------------

  const snippets = [
    // Acronyms: first definitions added or removed, two spellings, near misses, an association.
    ' MIPROF ', ' la Mission interministérielle pour la protection des femmes contre les violences et la lutte contre la traite des êtres humains (MIPROF) ',
    ' la HAS ', ' la Haute Autorité de santé (HAS) ', ' URSAFF ', ' URSSAF ', ' Anses ', ' ANSES ', ' TEH ', ' traite des êtres humains ', ' ONDRP ', ' ECPAT ',
    ' Comité national (CNSX) ', ' (HAS)', ', la Haute Autorité de santé,',
    // Dates, tenses, placeholders, percentages, apostrophes, the author's gender, ministries.
    ' le 18 octobre dernier ', ' en février prochain ', " l'année prochaine ", ' actuellement ', ' sera lancé début 2020 ', ' a été lancé en 2030 ',
    ' TODO ', ' [à compléter] ', ' 15% ', ' +15 % ', ' pourcents ', ' pour cent ', ' 12 % ', "l'", 'l’', ' le député ', ' la députée ', ' M. le député ',
    ' ministère des solidarités et de la santé ', ' la ministre de la santé ', ' le ministre du travail ',
    // Sentence and paragraph starts.
    '. le ', '. 45 mesures ', ' :\n\n45 mesures ', ' ;\n\nles ', '\n\nla suite', '\n\n', '.\n\n', 'a', ' ', '« citation »', '`code`',
  ];
  const metadata = ['', 'publicationReponse:\n  date: 2019-11-19\n', 'auteur: Mme Pascale Bordes\npublicationQuestion:\n  date: 2024-03-05\n'];
  const styles: AnalyzeOptions[] = [
    {},
    { sigles: { MIPROF: 'Mission interministérielle', TEH: 'traite des êtres humains' }, motsAcceptes: ['ECPAT'] },
    {
      apostrophe: 'droite',
      ministeres: [{ nom: 'ministère de la santé et de l’accès aux soins', anciensNoms: ['ministère des solidarités et de la santé'], genre: 'feminin', titulaire: 'Mme X' }],
    },
  ];

  /** Inserts a snippet in the answer, deleting up to 10 characters; `question` copies a piece of the question there. */
  function applyEdit(text: string, edit: { at: number; snippet: string; deleted: number; question: boolean }): string {
    const answer = text.indexOf('# Réponse');
    const from = answer >= 0 ? answer + '# Réponse'.length : 0;
    const at = from + Math.floor(edit.at * (text.length - from));
    let inserted = edit.snippet;
    if (edit.question) {
      const question = text.indexOf('# Question\n\n');
      const start = question < 0 ? 0 : question + '# Question\n\n'.length;
      inserted = `\n\n${text.slice(start, start + 150).replace(/[#\n]/g, ' ')}.\n\n`;
    }
    return text.slice(0, at) + inserted + text.slice(at + edit.deleted);
  }

  it('après des modifications aléatoires, analyze({ cache }) égale analyze() pour ces règles', function () {
    this.timeout(120_000);
    const seen = new Set<string>();
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: dossiers.length - 1 }),
        fc.integer({ min: 0, max: metadata.length - 1 }),
        fc.integer({ min: 0, max: styles.length - 1 }),
        fc.array(
          fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), snippet: fc.constantFrom(...snippets), deleted: fc.integer({ min: 0, max: 10 }), question: fc.boolean() }).map((edit) => ({ ...edit, question: edit.question && edit.deleted === 0 })),
          { minLength: 1, maxLength: 10 },
        ),
        (index, meta, style, edits) => {
          let text = dossiers[index]!;
          if (text.startsWith('---\n')) text = text.replace('---\n', `---\n${metadata[meta]!}`);
          const options = styles[style]!;
          const cache = new AnalysisCache();
          analyze(text, { ...options, cache });
          for (const edit of edits) {
            text = applyEdit(text, edit);
            const fresh = analyze(text, options).findings;
            assert.deepEqual(analyze(text, { ...options, cache }).findings, fresh);
            for (const finding of fresh) seen.add(finding.rule);
          }
        },
      ),
      { seed: 2611, numRuns: 40 },
    );
    // Every snippet once, in turn, in one dossier with a date, a female author and the ministries' style.
    let text = dossiers[dossiers.length - 1]!.replace('---\n', `---\n${metadata[2]!}`);
    const cache = new AnalysisCache();
    analyze(text, { ...styles[2]!, cache });
    snippets.forEach((snippet, i) => {
      text = applyEdit(text, { at: ((i * 7) % 10) / 10, snippet, deleted: 0, question: i % 10 === 0 });
      const fresh = analyze(text, styles[2]!).findings;
      assert.deepEqual(analyze(text, { ...styles[2]!, cache }).findings, fresh);
      for (const finding of fresh) seen.add(finding.rule);
    });
    // Not vacuous: every one of these rules reported something along the way.
    assert.deepEqual(
      factRules.filter((id) => !seen.has(id)),
      [],
    );
  });
});
