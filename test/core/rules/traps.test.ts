import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core/index';
import { groupABC } from './house-style-ids';
import { dossier } from './helpers';

/** A correct answer in Journal officiel style, full of the catalog's false-positive traps. */
const correct = [
  "L'article L. 2333-64 du code général des collectivités territoriales et le décret n° 2019-1480 du 27 décembre 2019 " +
    "prévoient, aux termes de la directive 2011/36/UE du Parlement européen et du Conseil du 5 avril 2011, que l'État " +
    'verse 1 500 € par an, soit 3,5 % du budget, à compter du 1er janvier 2020. Le Premier ministre, le Conseil ' +
    "d'État et la Cour des comptes ont été consultés ; le conseil des ministres en a délibéré le 18 octobre 2019.",
  "M. Patrice Anato, député de la 3e circonscription de Seine-Saint-Denis, a appelé l'attention du Gouvernement. " +
    "La ministre de la santé et de l'accès aux soins rappelle que le plan 2019-2021 compte 45 mesures, c.-à-d. des " +
    'actions concrètes : la formation, la sensibilisation, etc. Les informations sont disponibles sur ' +
    'service-public.fr et https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000036068906 (NOR : PRMX1732101C).',
  "Au XXIe siècle, le règlement (UE) 2016/679 s'applique ; la permanence est ouverte de 9 h à 18 h 30, au 01 23 45 67 89. " +
    "Le premier plan et le second plan ont été évalués par l'Inspection générale des affaires sociales (IGAS) en 2021.",
].join('\n\n');

describe('groupes A–C : pièges du catalogue dans une réponse correcte', () => {
  it('aucune erreur ni avertissement (profil jo)', () => {
    const text = dossier(correct, { front: 'publicationReponse:\n  date: 2022-03-01' });
    const ours = new Set<string>(groupABC);
    const seen = analyze(text)
      .findings.filter((finding) => ours.has(finding.rule) && (finding.severity === 'error' || finding.severity === 'warning'))
      .map((finding) => `${finding.rule} « ${text.slice(finding.range.start, finding.range.end)} »`);
    assert.deepEqual(seen, []);
  });
});
