/**
 * Hardening of the analysis core (issue 12, core side): no text can overflow the stack, make `analyze` throw,
 * stop checking through a broken style pack or catalogue, take super-linear time, be called empty or invalid
 * because it is large, or flood the editor with findings. One test per defect; every input is built here
 * (seeded), and every time bound is CPU time, generous enough for a loaded CI machine (the real figures are in
 * `bench/worst-case.bench.ts`).
 */
import assert from 'node:assert/strict';
import { allRuleMeta, analyze, parseStylePack, type Analysis } from '../../server/src/core';
import { parseCatalogExtension } from '../../server/src/core/completion/catalog';
import { buildDocument } from '../../server/src/core/model/build';
import { readDocument } from '../../server/src/core/parse';
import { rules } from '../../server/src/core/rules/registry';
import { runRules } from '../../server/src/core/rules/run';
import { pathologicalUnits, repeatTo } from './pathological';
import { seededRandom } from '../helpers/random';
import { cpuMs } from '../helpers/cpu';

const head = '---\nnumero: 1\n---\n\n# Question\n\nM. Jean Dupont interroge M. le ministre de l’intérieur sur les moyens de la police.\n\n# Réponse\n\n';
const dossier = (answer: string) => `${head}${answer}\n`;

/** CPU time (ms) of `run`, robust to other processes on the machine. */
function rulesOf(analysis: Analysis): string[] {
  return analysis.findings.map((finding) => finding.rule);
}


describe('durcissement du cœur de l’analyse (ticket 12)', function () {
  this.timeout(120_000);

  describe('1. pas de débordement de pile sur des entrées imbriquées', () => {
    const cases: [string, string][] = [
      // Ten times the sizes the probe found: the stack left to the test runner differs from the server's.
      ['« > » × 41 130 (citations imbriquées)', dossier(`${'> '.repeat(41_130)}texte`)],
      ['« - » × 20 570 (listes imbriquées)', dossier(`${'- '.repeat(20_570)}texte`)],
      ['« > - » × 3 000 (citations et listes mêlées)', dossier(`${'> - '.repeat(3000)}texte`)],
      ['« [ » × 150 000', dossier('['.repeat(150_000))],
      ['emphase imbriquée sur 20 000 niveaux', dossier(`${'*'.repeat(20_000)}a${'*'.repeat(20_000)}`)],
      ['enregistrement JSON imbriqué sur 49 280 niveaux', `{"question":${'['.repeat(49_280)}${']'.repeat(49_280)}}`],
      ['en-tête YAML imbriqué sur 50 000 niveaux', `---\nnumero: ${'['.repeat(50_000)}${']'.repeat(50_000)}\n---\n\n# Réponse\n\nTexte.\n`],
    ];
    for (const [what, text] of cases) {
      it(what, () => {
        const analysis = analyze(text);
        assert.ok(!rulesOf(analysis).includes('erreur-interne'), `aucune erreur interne : ${analysis.findings.find((f) => f.rule === 'erreur-interne')?.message}`);
      });
    }

    it('ce qui est coupé est dit en français, et le reste du dossier est contrôlé', () => {
      const text = dossier(`Le ministre répond  ici.\n\n${'> '.repeat(4113)}texte`);
      const analysis = analyze(text);
      const notice = analysis.findings.find((finding) => finding.rule === 'fichier-tronque');
      assert.ok(notice, 'avis de coupure');
      assert.match(notice.message, /imbriquées sur 4\s113 niveaux .* ne sont pas contrôlées/);
      assert.ok(rulesOf(analysis).includes('espaces-multiples'), 'le paragraphe normal est contrôlé');
      const json = analyze(`{"question":${'['.repeat(4928)}${']'.repeat(4928)}}`);
      assert.match(json.findings.find((finding) => finding.rule === 'fichier-illisible')?.message ?? '', /trop imbriqué/);
    });

    it('124 000 constatations ne débordent pas la pile (« Etat » × 62 109, dans la question et la réponse)', () => {
      const etats = 'Etat. '.repeat(62_109);
      const analysis = analyze(`---\nnumero: 1\n---\n\n# Question\n\n${etats}\n\n# Réponse\n\n${etats}\n`, { maxLength: 2_000_000 });
      assert.ok(!rulesOf(analysis).includes('erreur-interne'));
      assert.ok(analysis.findings.some((finding) => /autres constatations non affichées/.test(finding.message)));
    });
  });

  describe('2. l’analyse ne lève jamais d’exception vers l’appelant', () => {
    it('un lecteur du fichier de question qui échoue donne une erreur en français, et les autres constatations restent', () => {
      const text = `---\nnumero: 1\nquestion: question.md\n---\n\n# Réponse\n\nLe ministre  répond.\n`;
      const analysis = analyze(text, {
        readLinkedFile: () => {
          throw new Error('EISDIR: illegal operation on a directory');
        },
      });
      const failure = analysis.findings.find((finding) => finding.rule === 'erreur-interne');
      assert.ok(failure, 'une constatation d’erreur');
      assert.equal(failure.severity, 'error');
      assert.match(failure.message, /Le contrôle a échoué .*EISDIR/);
      assert.ok(rulesOf(analysis).includes('espaces-multiples'), 'les règles ont tourné');
    });

    it('deux cents entrées aléatoires tirées des cas pathologiques : jamais d’exception, jamais d’erreur interne', () => {
      const random = seededRandom(12);
      const pieces = ['> ', '- ', '1. ', '[', ']', '{', '}', '*', '_', '`', '<!--', '-->', '\n', '\n\n', '# ', '---\n', 'l’', "l'", '«', '»', '(', ')', 'Etat ', '&amp;', '\\', '|', '~~'];
      for (let run = 0; run < 200; run++) {
        const parts: string[] = [];
        const length = 1 + Math.floor(random() * 60);
        for (let i = 0; i < length; i++) parts.push(pieces[Math.floor(random() * pieces.length)]!.repeat(1 + Math.floor(random() * 30)));
        const text = random() < 0.5 ? dossier(parts.join('')) : parts.join('');
        const analysis = analyze(text);
        assert.ok(!rulesOf(analysis).includes('erreur-interne'), `entrée ${run} : ${JSON.stringify(text.slice(0, 200))}`);
      }
    });
  });

  describe('3. un fichier de style ou un catalogue profond, énorme ou cassé est signalé sur lui-même', () => {
    it('.qe-style.json imbriqué sur 6 000 niveaux : une erreur, réglages par défaut', () => {
      const parsed = parseStylePack(`{"rules":${'['.repeat(6000)}${']'.repeat(6000)}}`);
      assert.deepEqual(parsed.pack, {});
      assert.equal(parsed.problems.length, 1);
      assert.match(parsed.problems[0]!.message, /trop imbriqué.*réglages par défaut/);
    });

    it('.qe-style.json énorme : refusé sans lecture, réglages par défaut', () => {
      const parsed = parseStylePack(`{"motsAcceptes":[${'"mot",'.repeat(400_000)}"fin"]}`);
      assert.deepEqual(parsed.pack, {});
      assert.match(parsed.problems[0]!.message, /trop volumineux/);
    });

    it('.qe-style.json de 6 000 substitutions : les 5 000 premières, un avertissement, et les problèmes comptés', () => {
      const substitutions = Array.from({ length: 6_000 }, (_, i) => ({ fautif: `terme${i}`, correct: `mot${i}` }));
      const parsed = parseStylePack(JSON.stringify({ substitutions, motsAcceptes: Array.from({ length: 1000 }, () => 3) }));
      assert.equal(parsed.pack.substitutions?.length, 5000);
      assert.ok(parsed.problems.some((problem) => /6\s000 entrées/.test(problem.message)));
      assert.ok(parsed.problems.length <= 201, `${parsed.problems.length} problèmes`);
    });

    it('.qe-catalogue.json imbriqué sur 6 000 niveaux : un problème, catalogue vide', () => {
      const { extension, problems } = parseCatalogExtension(`{"sigles":${'['.repeat(6000)}${']'.repeat(6000)}}`);
      assert.equal(extension.acronyms.length, 0);
      assert.equal(problems.length, 1);
      assert.match(problems[0]!.message, /trop imbriqué/);
    });

    it('.qe-catalogue.json de 100 000 éléments invalides : au plus 201 problèmes', () => {
      const { problems } = parseCatalogExtension(JSON.stringify({ ministeres: Array.from({ length: 100_000 }, () => 1) }));
      assert.equal(problems.length, 201);
      assert.match(problems[200]!.message, /99\s800 autres problèmes/);
    });
  });

  describe('4. temps linéaire sur les entrées pathologiques', () => {
    const bound = 15_000;
    const cases: [string, () => string][] = [
      ['un paragraphe de 200 000 « [ »', () => dossier('['.repeat(200_000))],
      ['un paragraphe de 80 000 « { »', () => dossier('{'.repeat(80_000))],
      ['40 000 « l’ » accolés', () => dossier("l'".repeat(40_000))],
      ['30 000 « ( » puis 30 000 « ] »', () => dossier(`${'('.repeat(30_000)}${']'.repeat(30_000)}`)],
      ['100 000 clés d’en-tête', () => `---\n${Array.from({ length: 100_000 }, (_, i) => `k${i}: v`).join('\n')}\n---\n\n# Réponse\n\nTexte.\n`],
      ['10 000 emphases appariées', () => dossier(`${'*a '.repeat(10_000)}b${' a*'.repeat(10_000)}`)],
    ];
    for (const [what, make] of cases) {
      it(`${what} : contrôlé en moins de ${bound / 1000} s de CPU`, () => {
        const text = make();
        const used = cpuMs(() => analyze(text));
        assert.ok(used < bound, `${Math.round(used)} ms`);
      });
    }

    it('la lecture, puis chaque règle, sur chaque entrée pathologique de 100 Ko : moins de 3 s de CPU', () => {
      const slow: string[] = [];
      for (const unit of pathologicalUnits) {
        let document = buildDocument(readDocument(''));
        const reading = cpuMs(() => (document = buildDocument(readDocument(dossier(repeatTo(unit, 100_000))))));
        if (reading > 3000) slow.push(`lecture et découpage de ${JSON.stringify(unit)} : ${Math.round(reading)} ms`);
        for (const rule of rules) {
          const used = cpuMs(() => runRules(document, { profile: 'jo', severities: {} }, [rule]));
          if (used > 3000) slow.push(`${rule.meta.id} sur ${JSON.stringify(unit)} : ${Math.round(used)} ms`);
        }
      }
      assert.deepEqual(slow, []);
    });
  });

  describe('5. au-delà de la taille limite : « fichier tronqué », jamais « vide » ni « invalide »', () => {
    it('une réponse sans ligne vide au-delà de la limite n’est pas dite vide', () => {
      const answer = 'Le ministre répond à la question posée. '.repeat(30_000);
      const analysis = analyze(dossier(answer));
      assert.ok(!rulesOf(analysis).includes('reponse-vide'), 'pas « vide »');
      const notice = analysis.findings.find((finding) => finding.rule === 'fichier-tronque');
      assert.match(notice?.message ?? '', /fichier tronqué/);
      assert.ok((analysis.document.answer?.text.length ?? 0) > 900_000, 'la réponse lue est contrôlée');
    });

    it('un enregistrement JSON valide au-delà de la limite est lu, ses textes contrôlés jusqu’à la limite', () => {
      const answer = 'Le ministre répond  à la question posée. '.repeat(30_000);
      const record = JSON.stringify({
        question: {
          uid: 'QANR5L17QE1',
          identifiant: { numero: '1', legislature: '17' },
          textesQuestion: { texteQuestion: { texte: 'M. Jean Dupont interroge le ministre sur la police.' } },
          textesReponse: { texteReponse: { texte: answer } },
        },
      });
      const analysis = analyze(record);
      assert.ok(!rulesOf(analysis).includes('fichier-illisible'), 'pas « invalide »');
      assert.match(analysis.findings.find((finding) => finding.rule === 'fichier-tronque')?.message ?? '', /fichier tronqué/);
      assert.equal(analysis.document.metadata.numero, 1);
      assert.ok(rulesOf(analysis).includes('espaces-multiples'), 'la réponse est contrôlée');
    });
  });

  describe('6. au plus 5 000 constatations par document', () => {
    it('« Etat » × 20 000 : 5 000 constatations et un avis « N autres constatations non affichées »', () => {
      const analysis = analyze(dossier('Etat. '.repeat(20_000)));
      assert.equal(analysis.findings.length, 5001);
      const notice = analysis.findings.find((finding) => /autres constatations non affichées/.test(finding.message));
      assert.ok(notice);
      assert.match(notice.message, /^15\s00\d autres constatations non affichées/);
    });

    it('les erreurs passent avant les avertissements', () => {
      const text = dossier(`${'Etat. '.repeat(3000)}Le  ministre.`);
      // Every rule a warning but one: its only finding, at the very end, must survive the cap.
      const severities = Object.fromEntries(allRuleMeta.map((meta) => [meta.id, meta.id === 'espaces-multiples' ? 'error' : 'warning'] as const));
      const options = { severities };
      const all = analyze(text, { ...options, maxFindings: 1_000_000 }).findings;
      const errors = all.filter((finding) => finding.severity === 'error');
      assert.ok(errors.length > 0 && errors.length < 10, `${errors.length} erreurs`);
      const capped = analyze(text, { ...options, maxFindings: 10 }).findings;
      assert.equal(capped.length, 11);
      for (const error of errors) assert.ok(capped.some((finding) => finding.rule === error.rule && finding.range.start === error.range.start), error.message);
    });
  });
});
