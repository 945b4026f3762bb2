import assert from 'node:assert/strict';
import { analyze, applyFixes, fixToFixedPoint, type Finding } from '../../../server/src/core';
import { guardFix } from '../../../server/src/core/findings/fix-guard';

const dossier = (answer: string) => `---\nnumero: 1\nlegislature: 17\nchambre: AN\n---\n\n# Question\n\nLe député interroge le ministre.\n\n# Réponse\n\n${answer}\n`;
const check = (text: string) => analyze(text, { profile: 'jo' });

describe('garde des corrections : jamais un texte pire', () => {
  const bounds = (text: string) => ({ text, start: 0, end: text.length });
  const replace = (text: string, from: string, by: string) => {
    const start = text.indexOf(from);
    return { title: 't', edits: [{ range: { start, end: start + from.length }, newText: by }] };
  };

  it('refuse une contraction défaite (« à le », « de les ») et une élision manquante ou fautive', () => {
    const text = 'Il parle au ministre et du plan.';
    assert.equal(guardFix(replace(text, 'au ministre', 'à le ministre'), bounds(text)), undefined);
    const elision = 'Le sigle ARS est connu.';
    assert.equal(guardFix(replace(elision, 'sigle ARS', 'établissement'), bounds(elision)), undefined);
    const wrong = "L'agence est connue.";
    assert.equal(guardFix(replace(wrong, 'agence', 'direction'), bounds(wrong)), undefined);
    assert.ok(guardFix(replace(wrong, 'agence', 'autorité'), bounds(wrong)));
  });

  it('écrit les apostrophes insérées comme le paragraphe', () => {
    const text = 'L’État et l’agence agissent avec 3 M€.';
    const fix = guardFix(replace(text, 'M€', "millions d'euros"), bounds(text))!;
    assert.equal(fix.edits[0]!.newText, 'millions d’euros');
  });
});

describe('tout corriger jusqu’au point fixe', () => {
  it('un appel suffit : rien de corrigible après, apostrophes harmonisées dans la même passe', () => {
    const text = dossier("L'État consacre 3 M€ aux associations et l'agence s'en réjouit ; le 3ème plan est adopté , dit-on.");
    const result = fixToFixedPoint(text, check);
    assert.ok(result.changes >= 4);
    assert.deepEqual(result.analysis.findings.filter((finding) => finding.fixes?.length).map((finding) => finding.rule), []);
    assert.doesNotMatch(result.text.slice(result.text.indexOf('# Réponse')), /'/, 'aucune apostrophe droite ne reste');
  });

  it('une correction qui ferait naître un constat (phrase devenue trop longue) n’est pas appliquée', () => {
    // 42 words, with an acronym used twice: its expansion would take the sentence past 45 words.
    const sentence =
      'Les ARS veillent avec les collectivités territoriales et les associations de terrain à ce que les personnes malades puissent être accompagnées à domicile comme en établissement, et les ARS publient chaque année un bilan des mesures prises dans chaque région concernée par ce plan.';
    const text = dossier(sentence);
    assert.equal(check(text).findings.some((finding) => finding.rule === 'phrase-trop-longue' && finding.severity === 'warning'), false);
    const naive = applyFixes(text, check(text).findings).text;
    assert.ok(check(naive).findings.some((finding) => finding.rule === 'phrase-trop-longue' && finding.severity === 'warning'), 'appliquée seule, la correction allonge la phrase au-delà de 45 mots');
    const result = fixToFixedPoint(text, check);
    assert.equal(result.analysis.findings.some((finding) => finding.rule === 'phrase-trop-longue' && finding.severity === 'warning'), false);
    assert.ok(result.analysis.findings.some((finding: Finding) => finding.rule === 'sigle-non-developpe'), 'le sigle reste signalé');
  });
});
