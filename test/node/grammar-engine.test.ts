/**
 * The Grammalecte process: with a fake driver speaking the same protocol (runs everywhere) for crash, hang,
 * restart and absence; and with the real engine when it is installed (Debian grammalecte-cli, CI).
 */
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isGrammarFailure, type GrammarAnswer } from '../../server/src/core/grammar';
import { GrammarEngine, type GrammarStatus } from '../../server/src/node/grammar/engine';
import { driverScriptPath, locateGrammalecte } from '../../server/src/node/grammar/locate';
import { tempDir } from '../helpers/cli';
import { fakeGrammalecte } from '../helpers/grammalecte';

const driverPath = driverScriptPath(resolve(__dirname, '..', '..', 'server', 'src', 'node', 'grammar'));

function fake(...args: string[]) {
  return [{ command: process.execPath, args: [fakeGrammalecte, ...args], label: 'factice' }];
}

function errorsOf(answer: GrammarAnswer) {
  assert.ok(!isGrammarFailure(answer), `échec inattendu : ${isGrammarFailure(answer) ? answer.failure : ''}`);
  return answer as Exclude<GrammarAnswer, { failure: string }>;
}

describe('Grammalecte : processus (pilote factice)', function () {
  this.timeout(20_000);
  const engines: GrammarEngine[] = [];
  const make = (...args: ConstructorParameters<typeof GrammarEngine>) => {
    const engine = new GrammarEngine(...args);
    engines.push(engine);
    return engine;
  };
  afterEach(() => engines.splice(0).forEach((engine) => engine.dispose()));

  it('un seul processus pour plusieurs paragraphes, réponses dans l’ordre', async () => {
    const statuses: GrammarStatus[] = [];
    const engine = make({ candidates: fake(), driverPath, onStatus: (status) => statuses.push(status) });
    const answers = await Promise.all(['Les chiffres erronés.', 'Rien.', 'Deux erronés et erronés.'].map((text) => engine.check(text)));
    assert.deepEqual(answers.map((answer) => errorsOf(answer).length), [1, 0, 2]);
    assert.deepEqual(errorsOf(answers[0]!)[0], {
      start: 13,
      end: 20,
      type: 'gn',
      rule: 'gn_test',
      message: 'Accord de nombre erroné : « erronés » devrait être au singulier.',
      suggestions: ['erroné'],
    });
    assert.equal(engine.starts, 1);
    assert.deepEqual(statuses.map((status) => status.state), ['actif']);
  });

  it('un plantage coûte la réponse de ce paragraphe ; le processus redémarre pour le suivant', async () => {
    const engine = make({ candidates: fake(), driverPath });
    errorsOf(await engine.check('Avant erronés.'));
    const crashed = await engine.check('PLANTAGE ici.');
    assert.ok(isGrammarFailure(crashed), 'le paragraphe qui plante n’a pas de résultat');
    assert.match(crashed.failure, /arrêté/);
    assert.equal(errorsOf(await engine.check('Après erronés.')).length, 1);
    assert.equal(engine.starts, 2);
    assert.equal(engine.status.state, 'actif');
  });

  it('un blocage est interrompu au bout du délai, puis le processus redémarre', async () => {
    const engine = make({ candidates: fake(), driverPath, timeouts: { checkMs: 300 } });
    const started = Date.now();
    const hung = await engine.check('BLOCAGE total.');
    assert.ok(isGrammarFailure(hung));
    assert.match(hung.failure, /pas répondu/);
    assert.ok(Date.now() - started < 5000);
    assert.equal(errorsOf(await engine.check('Ensuite erronés.')).length, 1);
    assert.equal(engine.starts, 2);
  });

  it('après trois échecs de suite, Grammalecte n’est plus sollicité (état « echec »)', async () => {
    const engine = make({ candidates: fake(), driverPath });
    for (let index = 0; index < 3; index++) assert.ok(isGrammarFailure(await engine.check(`PLANTAGE ${index}`)));
    assert.equal(engine.status.state, 'echec');
    const starts = engine.starts;
    assert.ok(isGrammarFailure(await engine.check('Texte sain erronés.')));
    assert.equal(engine.starts, starts, 'aucun nouveau démarrage');
  });

  it('absent : le module ne s’importe pas → état « absent », contrôles sans résultat et sans erreur', async () => {
    const engine = make({ candidates: fake('--absent'), driverPath });
    const answer = await engine.check('Les chiffres erronés.');
    assert.ok(isGrammarFailure(answer));
    assert.equal(engine.status.state, 'absent');
    assert.ok(isGrammarFailure(await engine.check('Encore.')));
    assert.equal(engine.starts, 1, 'un absent n’est pas relancé à chaque paragraphe');
  });

  it('un pilote qui ne démarre jamais est abandonné au bout du délai de démarrage', async () => {
    const engine = make({ candidates: fake('--silent'), driverPath, timeouts: { startMs: 300 } });
    assert.ok(isGrammarFailure(await engine.check('Texte.')));
    assert.equal(engine.status.state, 'absent');
  });

  it('essaie les candidats dans l’ordre et garde le premier qui fonctionne', async () => {
    const engine = make({ candidates: [...fake('--absent'), { command: '/chemin/inexistant/python3', args: [], label: 'absent' }, ...fake()], driverPath });
    assert.equal(errorsOf(await engine.check('Un erronés.')).length, 1);
    assert.equal(engine.starts, 3);
    assert.equal(engine.status.state, 'actif');
  });
});

describe('Grammalecte : recherche de l’installation', () => {
  it('réglage : chemin relatif ou introuvable → raison en français, aucun candidat', () => {
    assert.match(locateGrammalecte('grammalecte-cli').problem ?? '', /chemin absolu/);
    assert.match(locateGrammalecte('/nulle/part/grammalecte-cli').problem ?? '', /introuvable/);
    assert.equal(locateGrammalecte('/nulle/part/grammalecte-cli').candidates.length, 0);
  });

  it('réglage : un script Python (#!) → son interpréteur ; un exécutable → lui-même', () => {
    const dir = tempDir();
    const script = join(dir, 'grammalecte-cli');
    writeFileSync(script, '#!/usr/bin/env python3\nimport grammalecte\n');
    chmodSync(script, 0o755);
    assert.deepEqual(locateGrammalecte(script).candidates, [{ command: 'python3', args: [], label: script }]);
    assert.deepEqual(locateGrammalecte(fakeGrammalecte).candidates, [{ command: fakeGrammalecte, args: [], label: fakeGrammalecte }]);
  });

  it('réglage : un dossier qui contient le paquet grammalecte → un Python du PATH avec ce dossier', () => {
    const dir = tempDir();
    const bin = join(dir, 'bin');
    const package_ = join(dir, 'gl');
    for (const folder of [bin, join(package_, 'grammalecte')]) mkdirSync(folder, { recursive: true });
    writeFileSync(join(bin, 'python3'), '');
    const found = locateGrammalecte(package_, { path: bin, platform: 'linux' }).candidates;
    assert.equal(found[0]?.command, join(bin, 'python3'));
    assert.equal(found[0]?.modulePath, package_);
  });

  it('sans réglage : grammalecte-cli du PATH d’abord (son interpréteur), puis les Python', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'grammalecte-cli'), '#!/opt/py/bin/python3.11\n');
    writeFileSync(join(dir, 'python3'), '');
    const found = locateGrammalecte(undefined, { path: dir, platform: 'linux' }).candidates;
    assert.deepEqual(found[0], { command: '/opt/py/bin/python3.11', args: [], label: join(dir, 'grammalecte-cli') });
    assert.equal(found[1]?.command, join(dir, 'python3'));
  });
});

const real = locateGrammalecte(undefined);
describe('Grammalecte réel (si installé)', function () {
  this.timeout(60_000);
  let engine: GrammarEngine;
  before(async function () {
    engine = new GrammarEngine({ driverPath });
    const status = await engine.ensureStarted();
    // Reason: Grammalecte is the user's program, not a dependency; CI installs it (grammalecte-cli, python3-grammalecte).
    if (status.state !== 'actif') this.skip();
  });
  after(() => engine?.dispose());

  it(`trouve le moteur (${real.candidates.map((candidate) => candidate.label).join(', ') || 'aucun candidat'})`, async () => {
    assert.equal(engine.status.state, 'actif');
    assert.match((engine.status as { version: string }).version, /^\d+\.\d+/);
  });

  it('accords et conjugaison relevés, typographie désactivée (apostrophe droite, espaces)', async () => {
    const text = "Les directeurs de leur établissements sont informés. Ces dispositions ne sont pas applicable. Les préfets doit veiller à l'application  de la loi.";
    const errors = errorsOf(await engine.check(text));
    const found = errors.map((error) => [text.slice(error.start, error.end), error.type, error.suggestions[0]]);
    assert.deepEqual(found, [
      ['leur', 'gn', 'leurs'],
      ['établissements', 'gn', 'établissement'],
      ['applicable', 'ppas', 'applicables'],
      ['doit', 'conj', 'doivent'],
    ]);
  });

  it('décalages en unités UTF-16 (comme les chaînes JavaScript), même après un caractère hors BMP', async () => {
    const text = 'Note 𝒜 : ces dispositions ne sont pas applicable.';
    const errors = errorsOf(await engine.check(text));
    assert.equal(errors.length, 1);
    assert.equal(text.slice(errors[0]!.start, errors[0]!.end), 'applicable');
  });
});
