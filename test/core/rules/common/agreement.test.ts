import assert from 'node:assert/strict';
import { determinerBefore, disagreement, phraseGender, pluralPhrase, pluralWord } from '../../../../server/src/core/rules/common/agreement';
import { acronyms } from '../../../../server/src/core/reference';

describe('accord : pluriel des groupes nominaux, genre, déterminant', () => {
  it('pluriel des mots (règles et exceptions)', () => {
    const cases: [string, string][] = [
      ['agence', 'agences'], ['régional', 'régionaux'], ['national', 'nationaux'], ['naval', 'navals'], ['festival', 'festivals'],
      ['bureau', 'bureaux'], ['jeu', 'jeux'], ['pneu', 'pneus'], ['travail', 'travaux'], ['détail', 'détails'], ['genou', 'genoux'],
      ['trou', 'trous'], ['fonds', 'fonds'], ['prix', 'prix'], ['gaz', 'gaz'], ['médico-social', 'médico-sociaux'], ['sous-direction', 'sous-directions'],
      ['Conseil', 'Conseils'], ['œil', 'yeux'],
    ];
    for (const [singular, plural] of cases) assert.equal(pluralWord(singular), plural, singular);
  });

  it('pluriel d’un groupe nominal : nom et adjectifs accordés, compléments inchangés', () => {
    const cases: [string, string][] = [
      ['agence régionale de santé', 'agences régionales de santé'],
      ["centre communal d'action sociale", "centres communaux d'action sociale"],
      ['communauté professionnelle territoriale de santé', 'communautés professionnelles territoriales de santé'],
      ['établissement public de coopération intercommunale', 'établissements publics de coopération intercommunale'],
      ['économie sociale et solidaire', 'économies sociales et solidaires'],
      ["établissement et service d'aide par le travail", "établissements et services d'aide par le travail"],
      ['Haute Autorité de santé', 'Hautes Autorités de santé'],
      ['loi portant nouvelle organisation territoriale de la République', 'lois portant nouvelle organisation territoriale de la République'],
      ['centre de formation d’apprentis', 'centres de formation d’apprentis'],
    ];
    for (const [singular, plural] of cases) assert.equal(pluralPhrase(singular), plural, singular);
  });

  it('genre : article, nom principal, suffixe', () => {
    assert.equal(phraseGender('agence régionale de santé', "l'"), 'f');
    assert.equal(phraseGender('établissement public', "l'"), 'm');
    assert.equal(phraseGender('Haute Autorité de santé', 'la'), 'f');
    assert.equal(phraseGender('commission mixte'), 'f');
    assert.equal(phraseGender('xyz'), undefined);
  });

  it('déterminant avant un nom : nombre, genre, élision', () => {
    assert.deepEqual(determinerBefore('avec les ', 10), { word: 'les', number: 'p', elided: false, elidable: false });
    assert.equal(determinerBefore('selon la ', 9)?.gender, 'f');
    assert.equal(determinerBefore("selon l'", 8)?.elided, true);
    assert.equal(determinerBefore('ces nouvelles ', 14)?.number, 'p');
    assert.equal(determinerBefore('création de ', 12)?.number, undefined);
    assert.equal(determinerBefore('en ', 3)?.number, undefined);
    assert.equal(determinerBefore('création ', 9), undefined);
    const forms = { singulier: 'agence régionale de santé', pluriel: 'agences régionales de santé', genre: 'f' as const };
    assert.equal(disagreement(determinerBefore('les ', 4), forms).phrase, 'agences régionales de santé');
    assert.equal(disagreement(determinerBefore('le ', 3), forms).phrase, undefined);
    assert.equal(disagreement(determinerBefore('la ', 3), forms).phrase, undefined, 'la + voyelle');
    assert.equal(disagreement(determinerBefore('cette ', 6), forms).phrase, 'agence régionale de santé');
    assert.equal(disagreement(determinerBefore('de ', 3), forms).phrase, undefined);
  });

  it('glossaire : les 395 entrées portent genre et formes, et chaque pluriel généré est plausible', () => {
    assert.equal(acronyms.length, 395);
    for (const entry of acronyms) {
      if (entry.article === 'les') assert.equal(entry.pluriel, entry.developpement.replace(/\s*\([^)]*\)\s*$/, ''), entry.sigle);
      if (entry.article === 'le' || entry.article === 'la') assert.equal(entry.genre, entry.article === 'le' ? 'm' : 'f', entry.sigle);
      if (entry.pluriel) {
        const head = entry.pluriel.split(/\s+/)[0]!;
        assert.match(head, /[sxz]$/, `${entry.sigle} : ${entry.pluriel}`);
        assert.doesNotMatch(entry.pluriel, /(?:^| )(?:ets|ous|dess|aus|leses) /u, `${entry.sigle} : ${entry.pluriel}`);
      }
      if (entry.article !== 'les' && entry.article !== '') assert.ok(entry.singulier, entry.sigle);
    }
    assert.equal(acronyms.filter((entry) => entry.genre).length >= 390, true);
  });
});
