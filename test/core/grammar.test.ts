/**
 * J1 `accord-delegue`, pure part: what is sent to Grammalecte, how its errors become findings (masks,
 * quotations, types, severities, suppressions, fixes), the option list and the per-paragraph cache.
 * Engine answers are written by hand here (the engine itself: test/node, test/lsp, test/cli).
 */
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core';
import {
  checkGrammar,
  GrammarCache,
  grammalecteOptions,
  grammarParagraphs,
  grammarState,
  type GrammarAnswer,
  type GrammarError,
} from '../../server/src/core/grammar';

function dossier(answer: string, question = 'M. X interroge M. le ministre sur les moyens des établissements scolaires.'): string {
  return `---\nnumero: 12\n---\n\n# Question\n\n${question}\n\n# Réponse\n\n${answer}\n`;
}

/** An engine that reports every occurrence of `word` with the given type and suggestions. */
function engine(word: string, type = 'gn', suggestions: readonly string[] = ['leurs'], message = 'Accord de nombre erroné.'): (text: string) => GrammarError[] {
  return (text) =>
    [...text.matchAll(new RegExp(word, 'g'))].map((match) => ({ start: match.index, end: match.index + word.length, type, rule: 'r', message, suggestions }));
}

function stateOf(text: string, check: (text: string) => GrammarAnswer, severities = {}) {
  return grammarState(analyze(text).document, check, { severities });
}

describe('grammaire (accord-delegue) : partie pure', () => {
  it('n’envoie que les paragraphes de prose de la réponse : ni la question, ni un bloc de citation, ni une citation seule', () => {
    const text = dossier('Les directeurs de leur établissements sont informés.\n\n> Les articles de leur code sont cités.\n\n« Une citation entière de leur texte. »\n\nFin.', 'M. X demande si leur établissements sont concernés.');
    const sent = grammarParagraphs(analyze(text).document).map((paragraph) => paragraph.text);
    assert.deepEqual(sent, ['Les directeurs de leur établissements sont informés.', 'Fin.']);
  });

  it('un constat par erreur gardée, à la bonne place, en erreur, avec le message de Grammalecte et ses suggestions', () => {
    const text = dossier('Les directeurs de leur établissements sont informés.');
    const state = stateOf(text, engine('leur', 'gn', ['leurs', 'leur']));
    assert.equal(state.findings.length, 1);
    const [finding] = state.findings;
    assert.equal(text.slice(finding!.range.start, finding!.range.end), 'leur');
    assert.equal(finding!.rule, 'accord-delegue');
    assert.equal(finding!.severity, 'error');
    assert.equal(finding!.message, 'Accord de nombre erroné. (Grammalecte)');
    // The suggestion equal to the text is not offered.
    assert.deepEqual(finding!.fixes, [{ title: 'Remplacer par « leurs » (Grammalecte)', edits: [{ range: finding!.range, newText: 'leurs' }] }]);
  });

  it('types : accords et conjugaison en erreur, confusions en avertissement, typographie et style jamais', () => {
    const text = dossier('Les agents doit partir. Ils sont allé voir. Il faut allé. Espace  double. La maire.');
    const errors: GrammarError[] = [
      { start: 11, end: 15, type: 'conj', rule: 'a', message: 'Conjugaison.', suggestions: ['doivent'] },
      { start: 37, end: 41, type: 'ppas', rule: 'b', message: 'Participe.', suggestions: ['allés'] },
      { start: 52, end: 56, type: 'infi', rule: 'c', message: 'Infinitif.', suggestions: ['aller'] },
      { start: 65, end: 67, type: 'esp', rule: 'd', message: 'Espace.', suggestions: [' '] },
      { start: 73, end: 78, type: 'maj', rule: 'e', message: 'Majuscule.', suggestions: ['Maire'] },
      { start: 58, end: 64, type: 'apos', rule: 'f', message: 'Apostrophe.', suggestions: ['x'] },
    ];
    const state = stateOf(text, () => errors);
    assert.deepEqual(state.findings.map((finding) => [finding.message, finding.severity]), [
      ['Conjugaison. (Grammalecte)', 'error'],
      ['Participe. (Grammalecte)', 'error'],
      ['Infinitif. (Grammalecte)', 'warning'],
    ]);
  });

  it('rien sur une citation « … », un identifiant juridique, ni un accord avec un identifiant', () => {
    const text = dossier('Le ministre rappelle que « les chiffres erronés ont été publiés » hier. L’article L. 2122-15 précité précise leur règles.');
    const paragraph = grammarParagraphs(analyze(text).document)[0]!.text;
    const at = (word: string) => paragraph.indexOf(word);
    const errors: GrammarError[] = [
      { start: at('erronés'), end: at('erronés') + 7, type: 'gn', rule: 'a', message: 'Dans la citation.', suggestions: ['erroné'] },
      { start: at('2122-15'), end: at('2122-15') + 7, type: 'gn', rule: 'b', message: 'Sur l’identifiant.', suggestions: ['x'] },
      { start: at('précité'), end: at('précité') + 7, type: 'gn', rule: 'c', message: 'Accord avec « 15 ».', suggestions: ['précités'] },
      { start: at('leur règles'), end: at('leur règles') + 4, type: 'gn', rule: 'd', message: 'Gardé.', suggestions: ['leurs'] },
    ];
    assert.deepEqual(stateOf(text, () => errors).findings.map((finding) => finding.message), ['Gardé. (Grammalecte)']);
  });

  it('« A » → « À » est laissé à accent-capitales ; une faute sans forme à proposer n’est qu’un avertissement', () => {
    const text = dossier('A cet égard, la Stratégie décennale soins palliatifs est lancée.');
    const paragraph = grammarParagraphs(analyze(text).document)[0]!.text;
    const errors: GrammarError[] = [
      { start: 0, end: 1, type: 'conf', rule: 'a', message: 'Confusion a/à.', suggestions: ['À'] },
      { start: paragraph.indexOf('soins'), end: paragraph.indexOf('soins') + 5, type: 'gn', rule: 'b', message: 'Sans suggestion.', suggestions: [] },
    ];
    assert.deepEqual(stateOf(text, () => errors).findings.map((finding) => [finding.message, finding.severity]), [['Sans suggestion. (Grammalecte)', 'warning']]);
  });

  it('réglages : accord-delegue à « off » n’envoie rien ; une gravité choisie s’applique à tous', () => {
    const text = dossier('Les directeurs de leur établissements sont informés.');
    let asked = 0;
    const off = stateOf(text, (paragraph) => (asked++, engine('leur')(paragraph)), { 'accord-delegue': 'off' });
    assert.deepEqual([off.findings, off.missing, asked], [[], [], 0]);
    assert.equal(stateOf(text, engine('leur'), { 'accord-delegue': 'information' }).findings[0]!.severity, 'information');
  });

  it('les directives « desactiver… accord-delegue » s’appliquent, et ne sont pas dites inutiles par l’analyse', () => {
    const text = dossier('<!-- qe: desactiver-paragraphe accord-delegue : nom propre -->\nLes directeurs de leur établissements sont informés.\n\nDe leur établissements.');
    const state = stateOf(text, engine('leur'));
    assert.equal(state.findings.length, 1);
    assert.ok(state.findings[0]!.range.start > text.indexOf('De leur'));
    assert.deepEqual(analyze(text).findings.filter((finding) => finding.rule.startsWith('suppression')), []);
  });

  it('open data (JSON) : plages du fichier source, et aucune correction que l’encodage ne peut porter', () => {
    const record = JSON.stringify({
      uid: 'QANR5L17QE1',
      textesQuestion: { texteQuestion: { texte: 'M. X interroge M. le ministre.' } },
      textesReponse: { texteReponse: { texte: 'Les directeurs de leur \\"établissements\\" sont informés.' } },
    });
    const document = analyze(record).document;
    assert.equal(grammarParagraphs(document).length, 1);
    const state = grammarState(document, engine('leur', 'gn', ['leurs', 'l"eurs']));
    assert.equal(state.findings.length, 1);
    for (const finding of state.findings) {
      assert.equal(record.slice(finding.range.start, finding.range.end), 'leur');
      assert.deepEqual(finding.fixes?.map((fix) => fix.edits[0]!.newText), ['leurs']);
    }
  });

  it('options : seuls les types gardés sont actifs, toute autre option connue est désactivée', () => {
    const options = grammalecteOptions(['apos', 'esp', 'gn', 'conj', 'maj', 'md', 'nbsp', 'typo', 'ppas', 'redon1']);
    assert.deepEqual(
      Object.entries(options).filter(([, on]) => on).map(([name]) => name).sort(),
      ['conf', 'conj', 'gn', 'infi', 'ppas', 'vmode'],
    );
    for (const name of ['apos', 'esp', 'maj', 'md', 'nbsp', 'typo', 'redon1']) assert.equal(options[name], false, name);
  });

  it('cache par texte de paragraphe : une frappe ne renvoie qu’un paragraphe ; un échec ne coûte que le sien', async () => {
    const paragraphs = ['Les directeurs de leur établissements sont informés.', 'Un deuxième paragraphe.', 'Un troisième, de leur côté.'];
    const cache = new GrammarCache();
    const sent: string[] = [];
    const check = async (text: string): Promise<GrammarAnswer> => {
      sent.push(text);
      return text.includes('deuxième') ? { failure: 'plantage' } : engine('leur')(text);
    };
    const first = await checkGrammar(analyze(dossier(paragraphs.join('\n\n'))).document, check, cache);
    assert.equal(sent.length, 3);
    assert.equal(first.findings.length, 2);
    assert.equal(first.failed, 1);
    const edited = [paragraphs[0], paragraphs[1], 'Un troisième, de leur côté, modifié.'].join('\n\n');
    const second = await checkGrammar(analyze(dossier(edited)).document, check, cache);
    assert.deepEqual(sent.slice(3), ['Un troisième, de leur côté, modifié.']);
    assert.equal(second.findings.length, 2);
    assert.equal(cache.sent, 4);
  });

  it('au-delà de la limite de caractères, les paragraphes suivants ne sont pas envoyés et sont comptés', () => {
    const document = analyze(dossier('Premier paragraphe assez court.\n\nDeuxième paragraphe.\n\nTroisième paragraphe.')).document;
    const limited = grammarParagraphs(document, 40);
    assert.deepEqual(limited.map((paragraph) => paragraph.text), ['Premier paragraphe assez court.']);
    assert.equal(limited.skipped, 2);
    assert.equal(grammarParagraphs(document).skipped, undefined);
  });

  it('le cache est borné, les textes récemment lus restent', () => {
    const cache = new GrammarCache(4);
    for (const text of ['a', 'b', 'c', 'd']) cache.set(text, []);
    cache.get('a');
    cache.set('e', []);
    assert.equal(cache.size, 4);
    assert.ok(cache.has('a'), 'lu récemment : gardé');
    assert.ok(!cache.has('b'), 'le plus ancien est écarté');
  });
});
