import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { allRuleMeta, analyze, mergePacks, packToOptions, parseStylePack, validateStylePack } from '../../server/src/core';
import { styleSettings, type StyleSettings } from '../../server/src/core/config/settings';
import { runRules } from '../../server/src/core/rules/run';
import type { Rule } from '../../server/src/core/rules/rule';
import { configFromObject, loadConfigFile } from '../../server/src/node/config-file';
import { findStylePack, readStylePack } from '../../server/src/node/style-pack';
import { settingsToPack } from '../../server/src/lsp/settings';
import { schemaPath, styleSchemaText } from '../../scripts/make-style-schema';
import { tempDir } from '../helpers/cli';

const slice = (text: string, range: { start: number; end: number }) => text.slice(range.start, range.end);

describe('guide de style (.qe-style.json)', () => {
  describe('validation', () => {
    it('lit un guide complet sans problème', () => {
      const { pack, problems } = validateStylePack({
        $schema: './schemas/qe-style.schema.json',
        profile: 'imprimerie-nationale',
        nbspStrict: true,
        apostrophe: 'typographique',
        rules: { 'terme-prefere': 'error', 'suppression-inutile': 'off' },
        sigles: { MIPROF: 'Mission interministérielle pour la protection des femmes contre les violences' },
        motsAcceptes: ['ECPAT', 'Edosomwan'],
        substitutions: [{ fautif: 'en charge de', correct: 'chargé de', message: 'Préférer « chargé de ».' }],
        ministeres: ['ministère de l’intérieur', { nom: 'ministère de la santé et de la prévention', anciensNoms: ['ministère des solidarités et de la santé'], titulaire: 'M. François Braun', genre: 'masculin' }],
      });
      assert.deepEqual(problems, []);
      assert.equal(pack.profile, 'imprimerie-nationale');
      assert.equal(pack.nbspStrict, true);
      assert.equal(pack.apostrophe, 'typographique');
      assert.deepEqual(pack.rules, { 'terme-prefere': 'error', 'suppression-inutile': 'off' });
      assert.deepEqual(pack.ministeres?.[0], { nom: 'ministère de l’intérieur', anciensNoms: [] });
      assert.equal(pack.ministeres?.[1]?.genre, 'masculin');
      assert.equal(pack.substitutions?.[0]?.message, 'Préférer « chargé de ».');
    });

    it('accepte « indifférent » avec accent', () => {
      assert.equal(validateStylePack({ apostrophe: 'indifférent' }).pack.apostrophe, 'indifferent');
    });

    it('signale en français les mauvais types et garde le reste', () => {
      const { pack, problems } = validateStylePack({
        profile: 'senat',
        nbspStrict: 'oui',
        rules: { 'terme-prefre': 'error', 'terme-prefere': 'erreur', 'suppression-inutile': 'hint' },
        sigles: { MIPROF: 3 },
        motsAcceptes: 'ECPAT',
        substitutions: [{ fautif: 'x', correct: 'x y' }, { fautif: '', correct: 'a' }, 'texte', { fautif: 'impacter', correct: 'affecter' }],
        ministeres: [{ nom: 3 }, 'ministère de la culture'],
        inconnue: true,
      });
      const messages = problems.map((problem) => problem.message).join('\n');
      assert.match(messages, /profil « senat » inconnu/);
      assert.match(messages, /« nbspStrict » attend true ou false/);
      assert.match(messages, /règle inconnue « terme-prefre » ignorée\. Voulez-vous dire « terme-prefere » \?/);
      assert.match(messages, /gravité « erreur » invalide pour « terme-prefere »/);
      assert.match(messages, /développement du sigle « MIPROF » : un texte non vide est attendu, pas le nombre 3/);
      assert.match(messages, /« motsAcceptes » doit être une liste de textes/);
      assert.match(messages, /substitution 1 : le terme correct « x y » contient le terme fautif « x »/);
      assert.match(messages, /clé inconnue « inconnue » ignorée/);
      // What was valid still applies.
      assert.deepEqual(pack.rules, { 'suppression-inutile': 'hint' });
      assert.deepEqual(pack.substitutions, [{ fautif: 'impacter', correct: 'affecter' }]);
      assert.deepEqual(pack.ministeres, [{ nom: 'ministère de la culture', anciensNoms: [] }]);
      assert.equal(pack.profile, undefined);
      const unknownRule = problems.find((problem) => problem.message.includes('terme-prefre'))!;
      assert.deepEqual([unknownRule.target, unknownRule.severity, unknownRule.path], ['key', 'warning', ['rules', 'terme-prefre']]);
    });

    it('refuse ce qui n’est pas un objet', () => {
      const { pack, problems } = validateStylePack([1, 2]);
      assert.deepEqual(pack, {});
      assert.match(problems[0]!.message, /un objet JSON est attendu, pas une liste/);
    });
  });

  describe('lecture du fichier, avec les positions', () => {
    it('JSON invalide : un problème à l’endroit de la faute, réglages par défaut', () => {
      const text = '{\n  "profile": "jo",\n  "rules": { "terme-prefere": "error" \n}';
      const { pack, problems } = parseStylePack(text);
      assert.deepEqual(pack, {});
      assert.equal(problems.length, 1);
      assert.match(problems[0]!.message, /^JSON invalide \(/);
      assert.ok(problems[0]!.range.start > text.indexOf('"error"'));
    });

    it('les commentaires ne sont pas admis (le schéma de VS Code les refuserait aussi)', () => {
      assert.match(parseStylePack('{ // commentaire\n}').problems[0]!.message, /commentaires ne sont pas admis/);
    });

    it('situe une règle inconnue sur sa clé et une mauvaise valeur sur la valeur', () => {
      const text = '{\n  "rules": {\n    "terme-prefre": "error",\n    "terme-prefere": "erreur"\n  },\n  "substitutions": [{ "fautif": "x" }]\n}\n';
      const { problems } = parseStylePack(text);
      assert.equal(problems.length, 3);
      assert.equal(slice(text, problems[0]!.range), '"terme-prefre"');
      assert.equal(slice(text, problems[1]!.range), '"erreur"');
      // A missing property is reported on the object that lacks it.
      assert.equal(slice(text, problems[2]!.range), '{ "fautif": "x" }');
      assert.match(problems[2]!.message, /« correct » doit être un texte, pas undefined/);
    });

    it('un BOM en tête ne gêne pas et ne décale pas les positions', () => {
      const text = '\uFEFF{ "profil": "jo" }';
      const { problems } = parseStylePack(text);
      assert.equal(slice(text, problems[0]!.range), '"profil"');
      assert.match(problems[0]!.message, /Voulez-vous dire « profile » \?/);
    });
  });

  describe('fusion et options', () => {
    it('le guide le plus fort l’emporte ; glossaires unis, listes ajoutées', () => {
      const merged = mergePacks(
        { profile: 'jo', rules: { a: 'error', b: 'warning' }, sigles: { A: 'x', B: 'y' }, motsAcceptes: ['un'], substitutions: [{ fautif: 'f', correct: 'c' }] },
        undefined,
        { profile: 'imprimerie-nationale', rules: { b: 'off' }, sigles: { B: 'z' }, motsAcceptes: ['deux'], nbspStrict: true },
      );
      assert.deepEqual(merged, {
        profile: 'imprimerie-nationale',
        rules: { a: 'error', b: 'off' },
        sigles: { A: 'x', B: 'z' },
        motsAcceptes: ['un', 'deux'],
        substitutions: [{ fautif: 'f', correct: 'c' }],
        nbspStrict: true,
      });
      assert.deepEqual(packToOptions(merged).severities, { a: 'error', b: 'off' });
    });

    it('les règles reçoivent les réglages par défaut, ou ceux du guide', () => {
      const defaults = styleSettings({});
      assert.deepEqual([defaults.profile, defaults.nbspStrict, defaults.apostrophe], ['jo', false, 'indifferent']);
      const settings = styleSettings({ apostrophe: 'droite', sigles: { MIPROF: 'Mission' }, motsAcceptes: ['ECPAT'] });
      assert.equal(settings.sigles.get('MIPROF'), 'Mission');
      assert.ok(settings.motsAcceptes.has('ECPAT'));
      assert.equal(settings.apostrophe, 'droite');
    });

    it('context.settings porte le profil, nbspStrict, l’apostrophe et les données du guide, aux deux points d’entrée', () => {
      const seen: StyleSettings[] = [];
      const probe: Rule = {
        meta: { id: 'sonde', severity: 'warning', title: 'Sonde', description: 'Sonde de test.', fixable: false, group: 'test' },
        checkParagraph: (context) => void seen.push(context.settings),
        check: (context) => void seen.push(context.settings),
      };
      const document = analyze('# Réponse\n\nUn paragraphe.\n').document;
      const style = styleSettings({ profile: 'imprimerie-nationale', nbspStrict: true, apostrophe: 'typographique', sigles: { MIPROF: 'Mission' }, ministeres: [{ nom: 'ministère de la culture', anciensNoms: [] }] });
      runRules(document, { profile: 'imprimerie-nationale', severities: {}, style }, [probe]);
      assert.ok(seen.length >= 2);
      for (const settings of seen) {
        assert.deepEqual([settings.profile, settings.nbspStrict, settings.apostrophe], ['imprimerie-nationale', true, 'typographique']);
        assert.equal(settings.sigles.get('MIPROF'), 'Mission');
        assert.equal(settings.ministeres[0]?.nom, 'ministère de la culture');
      }
    });

    it('les substitutions du guide atteignent la règle terme-prefere par analyze()', () => {
      const text = '# Réponse\n\nLe service en charge de la question.\n';
      const findings = analyze(text, packToOptions({ substitutions: [{ fautif: 'en charge de', correct: 'chargé de' }] })).findings.filter(
        (finding) => finding.rule === 'terme-prefere',
      );
      assert.deepEqual(findings.map((finding) => [finding.rule, slice(text, finding.range)]), [['terme-prefere', 'en charge de']]);
      const off = analyze(text, packToOptions({ substitutions: [{ fautif: 'en charge de', correct: 'chargé de' }], rules: { 'terme-prefere': 'off' } }));
      assert.deepEqual(off.findings.filter((finding) => finding.rule === 'terme-prefere'), []);
    });

    it('configFromObject garde son contrat (origine dans le message)', () => {
      const { options, warnings } = configFromObject({ profile: 'jo', rules: { inconnue: 'error' } }, 'fichier.json');
      assert.equal(options.profile, 'jo');
      assert.deepEqual(warnings, ['fichier.json (rules.inconnue) : règle inconnue « inconnue » ignorée.']);
    });

    it('réglages de VS Code : seules les clés du guide sont lues, les valeurs vides ignorées', () => {
      const { pack, warnings } = settingsToPack({ profile: 'jo', rules: {}, sigles: {}, motsAcceptes: [], substitutions: [], ministeres: [], nbspStrict: false, apostrophe: 'indifferent' });
      assert.deepEqual(warnings, []);
      assert.deepEqual(pack, { profile: 'jo', nbspStrict: false, apostrophe: 'indifferent' });
      const broken = settingsToPack({ apostrophe: 'courbe' });
      assert.match(broken.warnings[0]!, /^réglages qe \(qe\.apostrophe\) : « apostrophe » attend/);
    });
  });

  describe('fichier sur disque', () => {
    it('trouve le .qe-style.json le plus proche en remontant, sans dépasser la racine de l’espace de travail', () => {
      const root = tempDir();
      const workspace = join(root, 'ministere');
      const nested = join(workspace, 'dossiers', '2024');
      mkdirSync(nested, { recursive: true });
      writeFileSync(join(root, '.qe-style.json'), '{}');
      const dossier = join(nested, 'q.qe.md');
      assert.equal(findStylePack(dossier, [workspace]), undefined, 'au-dessus de la racine de l’espace de travail');
      assert.equal(findStylePack(dossier), join(root, '.qe-style.json'), 'sans espace de travail : jusqu’à la racine du système de fichiers');
      writeFileSync(join(workspace, '.qe-style.json'), '{}');
      assert.equal(findStylePack(dossier, [workspace]), join(workspace, '.qe-style.json'));
      writeFileSync(join(nested, '.qe-style.json'), '{}');
      assert.equal(findStylePack(dossier, [workspace]), join(nested, '.qe-style.json'));
    });

    it('messages avec fichier:ligne:colonne ; un fichier absent est signalé sans exception', () => {
      const dir = tempDir();
      const path = join(dir, '.qe-style.json');
      writeFileSync(path, '{\n  "profile": "senat"\n}\n');
      const loaded = readStylePack(path);
      assert.deepEqual(loaded.messages, [`${path}:2:14 : profil « senat » inconnu (« jo » ou « imprimerie-nationale ») ; profil par défaut (jo) retenu.`]);
      const missing = loadConfigFile(join(dir, 'absent.json'));
      assert.deepEqual(missing.options, {});
      assert.match(missing.warnings[0]!, /ignoré \(fichier introuvable\)/);
    });
  });

  describe('schéma JSON', () => {
    it('schemas/qe-style.schema.json est à jour (npm run docs:rules)', () => {
      assert.equal(readFileSync(schemaPath, 'utf8'), styleSchemaText(), 'schéma périmé : lancez « npm run docs:rules » (ou « npm run schema:style »)');
    });

    it('décrit chaque règle enregistrée, en français, et est déclaré à VS Code', () => {
      const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as {
        properties: Record<string, { description?: string; properties?: Record<string, { description: string }> }>;
      };
      const ids = Object.keys(schema.properties.rules!.properties!);
      assert.deepEqual(ids.sort(), allRuleMeta.map((meta) => meta.id).sort());
      for (const [key, property] of Object.entries(schema.properties)) {
        if (key !== '$schema') assert.ok(property.description && /[éèàçù]|les|des/.test(property.description), `description française attendue pour ${key}`);
      }
      const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as {
        contributes: { jsonValidation?: { fileMatch: string; url: string }[]; configuration: { properties: Record<string, unknown> }[] };
      };
      assert.ok(manifest.contributes.jsonValidation?.some((entry) => entry.fileMatch === '.qe-style.json' && entry.url === './schemas/qe-style.schema.json'));
      const declared = manifest.contributes.configuration.flatMap((section) => Object.keys(section.properties));
      for (const key of ['profile', 'rules', 'nbspStrict', 'apostrophe', 'sigles', 'motsAcceptes', 'substitutions', 'ministeres']) {
        assert.ok(declared.includes(`qe.${key}`), `réglage qe.${key} absent du manifeste`);
      }
    });

    it('le schéma accepte les exemples qu’il donne (vérification légère des types)', () => {
      const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as { properties: Record<string, { examples?: unknown[] }> };
      for (const key of ['sigles', 'substitutions'] as const) {
        for (const example of schema.properties[key]!.examples ?? []) {
          assert.deepEqual(validateStylePack({ [key]: example }).problems, []);
        }
      }
    });
  });
});
