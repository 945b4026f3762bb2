import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyze } from '../../../server/src/core/index';
import { analyzeCoverage, coverageSummary, describeSubQuestion, subQuestionAt, subQuestionsWithEvidenceAt } from '../../../server/src/core/coverage';
import { keysMatch, termKey } from '../../../server/src/core/coverage/stem';
import { allRuleMeta } from '../../../server/src/core/rules/registry';
import { dossier, opening, run } from './helpers';

const shared = resolve(__dirname, '../../../data');
const seedPath = resolve(shared, 'seeds/qe-15-24191.md');

const coverageFindings = (text: string) => analyze(text).findings.filter((finding) => finding.rule.startsWith('sous-question'));

describe('coverage: the seed (AN 15-24191)', () => {
  const text = readFileSync(seedPath, 'utf8');
  const analysis = analyze(text);
  const [q1, q2] = analysis.subQuestions;

  it('finds two sub-questions: calendar of measures 16 and 19 (partial), articulation of the two plans (answered)', () => {
    assert.equal(analysis.subQuestions.length, 2);
    assert.equal(q1!.id, 'Q1');
    assert.equal(q1!.kind, 'calendrier');
    assert.equal(q1!.status, 'partial');
    assert.equal(q1!.text, 'quel est le calendrier de mise en œuvre de ces mesures');
    assert.equal(q2!.kind, 'articulation');
    assert.equal(q2!.status, 'answered');
    assert.match(q2!.text, /^de quelle manière ce nouveau plan vient en complémentarité du premier plan/u);
  });

  it('gives exact ranges in the file', () => {
    for (const sub of analysis.subQuestions) assert.equal(text.slice(sub.range.start, sub.range.end), sub.text);
  });

  it('points at the evidence: « début 2020 » for measure 16, the 1st and 2nd plans for the articulation', () => {
    assert.ok(q1!.evidence.some((range) => text.slice(range.start, range.end).includes('début 2020')));
    assert.ok(!q1!.evidence.some((range) => text.slice(range.start, range.end).includes('ECPAT')));
    const q2Evidence = q2!.evidence.map((range) => text.slice(range.start, range.end)).join(' ');
    assert.match(q2Evidence, /1er plan/u);
    assert.match(q2Evidence, /2nd plan/u);
  });

  it('reports the partial calendar in French, with the question span and the closest passage', () => {
    const findings = analysis.findings.filter((finding) => finding.rule.startsWith('sous-question'));
    assert.equal(findings.length, 1);
    const [finding] = findings;
    assert.equal(finding!.rule, 'sous-question-partielle');
    assert.equal(finding!.severity, 'information');
    assert.equal(finding!.message, 'Sous-question 1 (calendrier des mesures 16 et 19) : aucune date précise pour la mesure 19.');
    assert.deepEqual(finding!.range, q1!.range);
    assert.deepEqual(finding!.related?.[0]?.range, q1!.range);
    const candidate = finding!.related?.[1];
    assert.ok(candidate);
    assert.ok(candidate.range.start > (analysis.document.answer?.range.start ?? Infinity));
  });

  it('summarises and describes for the editor', () => {
    assert.equal(coverageSummary(analysis.subQuestions), '2 sous-questions : 1 traitée, 1 partielle');
    assert.equal(subQuestionAt(analysis.subQuestions, q2!.range.start + 3)?.id, 'Q2');
    assert.equal(subQuestionAt(analysis.subQuestions, 0), undefined);
    const evidenceStart = q2!.evidence[0]!.start;
    assert.deepEqual(subQuestionsWithEvidenceAt(analysis.subQuestions, evidenceStart).map((sub) => sub.id), ['Q2']);
    const detail = analyzeCoverage(analysis.document).details[0]!;
    const hover = describeSubQuestion(detail);
    assert.match(hover, /Sous-question 1\*\* \(Q1\) — calendrier des mesures 16 et 19 — \*\*partielle\*\*/u);
    assert.match(hover, /Manque : aucune date précise pour la mesure 19/u);
  });

  it('is registered: both ids have French metadata in group I', () => {
    for (const id of ['sous-question-sans-reponse', 'sous-question-partielle']) {
      const meta = allRuleMeta.find((candidate) => candidate.id === id);
      assert.ok(meta, id);
      assert.equal(meta.group, 'I');
      assert.match(meta.title, /^Sous-question/u);
    }
  });

  it('turns Q1 unanswered-or-partial and Q2 not answered once their evidence sentences are deleted (ablation)', () => {
    let ablated = text;
    for (const range of [...q2!.evidence].sort((a, b) => b.start - a.start)) ablated = ablated.slice(0, range.start) + ablated.slice(range.end);
    const after = analyze(ablated).subQuestions.find((sub) => sub.id === 'Q2');
    assert.notEqual(after?.status, 'answered');
  });
});

describe('coverage: evidence per kind', () => {
  const cases: { kind: string; request: string; answered: string; partial: string }[] = [
    {
      kind: 'calendrier',
      request: 'quel est le calendrier de publication du décret relatif aux maternités',
      answered: 'Le décret relatif aux maternités sera publié au premier semestre 2025.',
      partial: 'Le décret relatif aux maternités sera publié prochainement, dans les meilleurs délais.',
    },
    {
      kind: 'chiffres',
      request: 'le nombre de lits de maternité fermés en Bretagne',
      answered: 'En Bretagne, 42 lits de maternité ont été fermés entre 2020 et 2023 (source : DREES).',
      partial: 'En Bretagne, des lits de maternité ont été fermés ces dernières années.',
    },
    {
      kind: 'mesures',
      request: 'quelles mesures elle entend prendre pour les maternités rurales',
      answered: 'Pour les maternités rurales, un fonds de soutien de 20 M€ est créé par le décret du 3 mars 2024.',
      partial: 'Pour les maternités rurales, le Gouvernement est pleinement mobilisé et attentif.',
    },
    {
      kind: 'intention',
      request: "s'il entend revaloriser la prime des sages-femmes",
      answered: "Le Gouvernement n'envisage pas de revaloriser la prime des sages-femmes.",
      partial: 'La prime des sages-femmes fait l’objet de discussions avec les représentants de la profession.',
    },
    {
      kind: 'droit',
      request: "si le secret médical est opposable aux caisses d'assurance maladie",
      answered: "Aux termes de l'article L. 1110-4 du code de la santé publique, le secret médical est opposable aux caisses d'assurance maladie.",
      partial: "Le secret médical est opposable aux caisses d'assurance maladie conformément à la réglementation en vigueur.",
    },
    {
      kind: 'position',
      request: 'sa position sur la fermeture des maternités de proximité',
      answered: 'Le Gouvernement considère que la fermeture des maternités de proximité doit rester exceptionnelle.',
      partial: 'La fermeture des maternités de proximité relève des agences régionales de santé.',
    },
  ];
  for (const { kind, request, answered, partial } of cases) {
    it(`${kind}: answered with the evidence, partial without it`, () => {
      const question = `${opening} Il lui demande ${request}.`;
      const good = run(question, answered).subQuestions;
      assert.equal(good.length, 1);
      assert.equal(good[0]!.kind, kind);
      assert.equal(good[0]!.status, 'answered');
      assert.equal(good[0]!.evidence.length, 1);
      assert.equal(run(question, partial).subQuestions[0]!.status, 'partial');
    });
  }

  it('unanswered when no sentence is about the object, with a warning quoting the request', () => {
    const text = dossier(`${opening} Il lui demande quel est le calendrier de publication du décret relatif aux maternités.`, 'La politique de la ville bénéficie de crédits renforcés en 2024.');
    const findings = coverageFindings(text);
    assert.equal(findings.length, 1);
    assert.equal(findings[0]!.rule, 'sous-question-sans-reponse');
    assert.equal(findings[0]!.severity, 'warning');
    assert.match(findings[0]!.message, /^Sous-question 1 \(calendrier\) : aucun passage de la réponse ne traite de « quel est le calendrier/u);
  });

  it('articulation needs both things compared and their relation', () => {
    const question = `${opening} Un second plan contre la désertification médicale est mis en place. Il lui demande de quelle manière ce nouveau plan vient en complémentarité du premier plan.`;
    assert.equal(run(question, 'Le second plan poursuit et renforce les actions engagées par le premier plan.').subQuestions[0]!.status, 'answered');
    const partial = run(question, 'Le second plan contre la désertification médicale comporte douze mesures.');
    assert.equal(partial.subQuestions[0]!.status, 'partial');
    assert.match(partial.findings.find((finding) => finding.rule === 'sous-question-partielle')!.message, /« premier plan » n’est pas mentionné/u);
  });

  it('an enumeration in the request must be covered in full', () => {
    const question = `${opening} Elle souhaite savoir quels moyens financiers, humains et immobiliers seront donnés aux maternités.`;
    const result = run(question, 'Les maternités recevront des financements nouveaux : un fonds de 10 M€ leur est consacré.');
    assert.equal(result.subQuestions[0]!.status, 'partial');
    assert.match(result.findings.find((finding) => finding.rule === 'sous-question-partielle')!.message, /humains et immobiliers/u);
  });

  it('stems with the prefix rule and the irregular table', () => {
    assert.ok(keysMatch(termKey('identification'), termKey('identifier')));
    assert.ok(keysMatch(termKey('complémentarité'), termKey('complémentaire')));
    assert.ok(keysMatch(termKey('formation'), termKey('formés')));
    assert.ok(keysMatch(termKey('1er'), termKey('premier')));
    assert.ok(keysMatch(termKey('hospitalier'), termKey('hôpitaux')));
    assert.ok(!keysMatch(termKey('police'), termKey('politique')));
    assert.ok(!keysMatch(termKey('indicateurs'), termKey('indiquer')));
  });
});

describe('coverage: drafter directives', () => {
  const question = `${opening} Il lui demande quel est le calendrier de publication du décret relatif aux maternités et quel est le nombre de lits fermés.`;

  it('a paragraph tied by « repond » addresses the sub-question', () => {
    // « Les travaux aboutiront » shares no word with the request (« ce texte sera publié » would: an answer takes up
    // « le décret » as « le texte »); the tie is what makes it the answer.
    const untied = run(question, 'Les travaux aboutiront en juin 2025.\n\nLe nombre de lits fermés est de 42.');
    assert.equal(untied.subQuestions[0]!.status, 'unanswered');
    const tied = run(question, '<!-- qe: repond Q1 -->\nLes travaux aboutiront en juin 2025.\n\nLe nombre de lits fermés est de 42.');
    assert.equal(tied.subQuestions[0]!.status, 'answered');
    assert.ok(!tied.findings.some((finding) => finding.rule === 'sous-question-sans-reponse'));
  });

  it('« sans-reponse » with a motif silences the finding; the status stays truthful', () => {
    const answer = 'Le nombre de lits fermés est de 42.\n\n<!-- qe: sans-reponse Q1 : le décret est en cours d’arbitrage -->';
    const result = run(question, answer);
    assert.equal(result.subQuestions[0]!.status, 'unanswered');
    assert.equal(result.findings.filter((finding) => finding.rule.startsWith('sous-question')).length, 0);
    const detail = analyzeCoverage(result.document).details[0]!;
    assert.equal(detail.deliberate?.reason, 'le décret est en cours d’arbitrage');
    assert.match(describeSubQuestion(detail), /Laissée sans réponse à dessein : le décret est en cours d’arbitrage/u);
  });

  it('« sans-reponse » without a motif is reported on the directive', () => {
    const text = dossier(question, 'Le nombre de lits fermés est de 42.\n\n<!-- qe: sans-reponse Q1 -->');
    const findings = coverageFindings(text);
    assert.equal(findings.length, 1);
    assert.match(findings[0]!.message, /sans motif/u);
    assert.equal(text.slice(findings[0]!.range.start, findings[0]!.range.end), '<!-- qe: sans-reponse Q1 -->');
  });

  it('a directive naming a sub-question that does not exist is reported', () => {
    const text = dossier(question, '<!-- qe: repond Q7 -->\nLe nombre de lits fermés est de 42. Le décret sera publié en juin 2025.');
    const finding = coverageFindings(text).find((candidate) => candidate.message.includes('Q7'));
    assert.ok(finding);
    assert.match(finding.message, /la question en compte 2 \(Q1 à Q2\)/u);
  });
});

describe('coverage: wiring into analyze()', () => {
  it('gives the checklist of sub-questions before the answer is written (no answer section, or an empty one)', () => {
    for (const text of [dossier(`${opening} Il lui demande quelles mesures elle entend prendre et si une commune peut fermer une école.`), dossier(`${opening} Il lui demande quelles mesures elle entend prendre et si une commune peut fermer une école.`, '')]) {
      const analysis = analyze(text);
      assert.deepEqual(analysis.subQuestions.map((sub) => [sub.kind, sub.status]), [['mesures', 'unanswered'], ['droit', 'unanswered']]);
      const findings = analysis.findings.filter((finding) => finding.rule === 'sous-question-sans-reponse');
      assert.equal(findings.length, 2);
      assert.match(findings[1]!.message, /^Sous-question 2 \(droit applicable\) à traiter : la réponse n’est pas encore rédigée\.$/u);
    }
  });

  it('honours severity settings (off drops the finding, a level overrides it)', () => {
    const text = dossier(`${opening} Il lui demande quel est le calendrier de publication du décret relatif aux maternités.`, 'La politique de la ville bénéficie de crédits.');
    assert.equal(analyze(text, { severities: { 'sous-question-sans-reponse': 'off' } }).findings.filter((f) => f.rule.startsWith('sous-question')).length, 0);
    assert.equal(analyze(text, { severities: { 'sous-question-sans-reponse': 'error' } }).findings.find((f) => f.rule === 'sous-question-sans-reponse')?.severity, 'error');
  });

  it('a question read from another file puts the finding on the answer heading and says so', () => {
    const text = '---\nnumero: 1\nquestion: question.md\n---\n\n# Réponse\n\nLa politique de la ville bénéficie de crédits renforcés.\n';
    const linked = dossier(`${opening} Il lui demande quel est le calendrier de publication du décret relatif aux maternités.`);
    const analysis = analyze(text, { readLinkedFile: () => ({ path: 'question.md', text: linked }) });
    assert.equal(analysis.subQuestions.length, 1);
    const finding = analysis.findings.find((candidate) => candidate.rule === 'sous-question-sans-reponse');
    assert.ok(finding);
    assert.equal(text.slice(finding.range.start, finding.range.end), '# Réponse');
    assert.match(finding.message, /question lue dans « question\.md »/u);
    assert.ok(!finding.related?.some((related) => related.message.includes('dans la question')));
  });

  it('summarises an empty or unanswered set', () => {
    assert.equal(coverageSummary([]), 'Aucune sous-question repérée dans la question');
    const text = dossier(`${opening} Il lui demande quel est le calendrier de publication du décret relatif aux maternités.`, 'La politique de la ville bénéficie de crédits.');
    assert.equal(coverageSummary(analyze(text).subQuestions), '1 sous-question : 1 sans réponse');
  });
});
