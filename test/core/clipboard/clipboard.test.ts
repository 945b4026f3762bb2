import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../../server/src/core';
import { dossierFromClipboard } from '../../../server/src/core/clipboard';

const root = join(__dirname, '..', '..', '..');

/** The seed's question as the Assemblée nationale page reads when copied as plain text. */
function anPage(): string {
  const seed = readFileSync(join(root, 'data', 'seeds', 'qe-15-24191.md'), 'utf8');
  const question = /#### Texte de la question\n\n([\s\S]*?)\n\n#### Texte de la réponse/.exec(seed)![1]!;
  return [
    '15ème législature',
    'Question N° 24191',
    'de M. Patrice Anato (La République en Marche - Seine-Saint-Denis )',
    'Question écrite',
    'Ministère interrogé > Égalité femmes hommes et lutte contre les discriminations',
    'Ministère attributaire > Égalité femmes hommes et lutte contre les discriminations',
    'Rubrique > droits fondamentaux',
    'Titre > Second plan d\'action national contre la traite des êtres humains',
    'Question publiée au JO le : 05/11/2019 page : 9703',
    'Réponse publiée au JO le : 19/11/2019 page : 10134',
    'Texte de la question',
    question,
    'Texte de la réponse',
    'Dès 2018, la Mission interministérielle…',
  ].join('\n');
}

describe('core/clipboard', () => {
  it('an AN page copied as text: metadata from its lines, the question text, no answer', () => {
    const result = dossierFromClipboard(anPage());
    assert.deepEqual([result.numero, result.legislature, result.chambre, result.missing], [24191, 15, 'AN', []]);
    const analysis = analyze(result.dossier!);
    const { metadata } = analysis.document;
    assert.equal(metadata.auteur, 'M. Patrice Anato');
    assert.deepEqual(metadata.publicationQuestion, { date: '2019-11-05', page: 9703 });
    assert.deepEqual(metadata.publicationReponse, { date: '2019-11-19', page: 10134 });
    assert.equal(metadata.ministereInterroge, 'Égalité femmes hommes et lutte contre les discriminations');
    assert.equal(metadata.titre, 'Second plan d\'action national contre la traite des êtres humains');
    assert.match(analysis.document.question!.text, /^M\. Patrice Anato interroge Mme la secrétaire d'État/);
    assert.doesNotMatch(analysis.document.question!.text, /Dès 2018/);
    assert.equal(analysis.subQuestions.length, 2);
    assert.ok(!analysis.findings.some((finding) => finding.rule.startsWith('metadonnee')), JSON.stringify(analysis.findings.map((finding) => finding.message)));
  });

  it('a Sénat question copied as text: header line, département and group, ministry, dates', () => {
    const text = [
      'Fermeture des trésoreries de proximité',
      '',
      'Question écrite n° 14857 de M. Jean Louis Masson (Moselle - NI)',
      'publiée dans le JO Sénat du 12/03/2020 - page 1177',
      '',
      'M. Jean Louis Masson attire l\'attention de M. le ministre de l\'action et des comptes publics sur la fermeture des trésoreries de proximité. Il lui demande quelles mesures il entend prendre pour maintenir un accueil dans les communes rurales.',
      '',
      'Transmise au Ministère de l\'économie, des finances et de la relance',
      '',
      'Réponse du Ministère de l\'économie, des finances et de la relance',
      'publiée dans le JO Sénat du 23/07/2020 - page 3385',
      '',
      'Le nouveau réseau de proximité des finances publiques…',
    ].join('\n');
    const result = dossierFromClipboard(text);
    assert.deepEqual([result.numero, result.chambre], [14857, 'SENAT']);
    const { metadata, question } = analyze(result.dossier!).document;
    assert.equal(metadata.chambre, 'SENAT');
    assert.equal(metadata.auteur, 'M. Jean Louis Masson');
    assert.equal(metadata.circonscription, 'Moselle');
    assert.equal(metadata.groupe, 'NI');
    assert.deepEqual(metadata.publicationQuestion, { date: '2020-03-12', page: 1177 });
    assert.deepEqual(metadata.publicationReponse, { date: '2020-07-23', page: 3385 });
    assert.equal(metadata.ministereInterroge, 'Ministère de l\'économie, des finances et de la relance');
    assert.match(question!.text, /^M\. Jean Louis Masson attire l'attention .* communes rurales\.$/);
  });

  it('what cannot be read is left empty and reported by the checks, never guessed', () => {
    const result = dossierFromClipboard('M. Jean Dupont attire l\'attention de M. le ministre de l\'intérieur sur les effectifs de police. Il lui demande combien de postes seront créés.');
    assert.deepEqual(result.missing, ['numero', 'chambre', 'ministereInterroge', 'publicationQuestion', 'legislature']);
    assert.match(result.dossier!, /^numero: *$/m);
    const analysis = analyze(result.dossier!);
    assert.equal(analysis.document.metadata.numero, undefined);
    assert.ok(analysis.findings.some((finding) => finding.rule === 'metadonnee-invalide' && /numéro de la question/.test(finding.message)));
    assert.match(result.dossier!, /À compléter \(non lu dans le texte copié\) : numero, chambre/);
  });

  it('no question: a French reason', () => {
    assert.match(dossierFromClipboard('Bonjour, voici le lien.').error ?? '', /^Aucune question reconnue/);
  });
});
