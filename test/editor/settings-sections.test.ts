/**
 * The settings UI: `contributes.configuration` is a list of sections, each with a French title (both nls files),
 * an `id` under `qe.` and an order; every setting of the former single section is still declared, once, with its
 * type, default and scope (users' existing settings keep working).
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Section {
  id?: unknown;
  title?: unknown;
  order?: unknown;
  properties: Record<string, { type?: unknown; default?: unknown; scope?: unknown; order?: unknown }>;
}

const root = join(__dirname, '..', '..');
const configuration = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { contributes: { configuration: unknown } }).contributes
  .configuration;
const nls = JSON.parse(readFileSync(join(root, 'package.nls.json'), 'utf8')) as Record<string, string>;
const nlsFr = JSON.parse(readFileSync(join(root, 'package.nls.fr.json'), 'utf8')) as Record<string, string>;

/** The settings as declared before the sections (key → type, default, scope): none may be lost or changed. */
const BEFORE: Record<string, [type: string, defaultValue: unknown, scope: string]> = {
  'qe.profile': ['string', 'jo', 'resource'],
  'qe.rules': ['object', {}, 'resource'],
  'qe.nbspStrict': ['boolean', false, 'resource'],
  'qe.apostrophe': ['string', 'indifferent', 'resource'],
  'qe.sigles': ['object', {}, 'resource'],
  'qe.motsAcceptes': ['array', [], 'resource'],
  'qe.substitutions': ['array', [], 'resource'],
  'qe.ministeres': ['array', [], 'resource'],
  'qe.corpus': ['array', [], 'window'],
  'qe.squeletteReponse': ['boolean', false, 'resource'],
  'qe.grammalecte.chemin': ['string', '', 'machine'],
  'qe.trace.server': ['string', 'off', 'window'],
};

describe('réglages : sections titrées en français', () => {
  it('contributes.configuration est une liste de sections ordonnées, d’id distincts sous « qe. »', () => {
    assert.ok(Array.isArray(configuration), 'contributes.configuration doit être une liste de sections');
    const sections = configuration as Section[];
    assert.ok(sections.length >= 4, `${sections.length} sections`);
    const ids = sections.map((section) => section.id);
    // The id `qe.…` lets VS Code drop the « Qe: » prefix of each label (the category « qe » is the section's).
    for (const id of ids) assert.match(String(id), /^qe\.[a-z]+$/);
    assert.equal(new Set(ids).size, ids.length, 'id en double');
    const orders = sections.map((section) => section.order);
    assert.ok(orders.every((order) => Number.isInteger(order)), JSON.stringify(orders));
    assert.deepEqual(orders, [...orders].sort((a, b) => Number(a) - Number(b)), 'sections dans l’ordre déclaré');
    assert.equal(new Set(orders).size, orders.length);
  });

  it('chaque section a un titre français traduit dans package.nls.json et package.nls.fr.json', () => {
    const titles = new Set<string>();
    for (const section of configuration as Section[]) {
      const key = /^%(.+)%$/.exec(String(section.title))?.[1];
      assert.ok(key, `titre localisable attendu : ${String(section.title)}`);
      for (const [file, strings] of [['package.nls.json', nls], ['package.nls.fr.json', nlsFr]] as const) {
        const title = strings[key];
        assert.ok(title, `${file} : ${key}`);
        // French words, not an identifier: a capital, letters and spaces, no camelCase or dots.
        assert.match(title, /^[A-ZÉÈ][a-zàâçéèêëîïôûù]+( [a-zàâçéèêëîïôûù]+)*$/, `${file} : ${title}`);
        assert.ok(!/qe|settings|config/i.test(title), `${file} : ${title}`);
      }
      titles.add(nls[key]!);
    }
    assert.equal(titles.size, (configuration as Section[]).length, 'titres en double');
    assert.ok(titles.has('Style maison'));
  });

  it('aucun réglage perdu ni déclaré deux fois ; type, défaut et portée inchangés ; un ordre dans sa section', () => {
    const seen = new Map<string, Section['properties'][string]>();
    for (const section of configuration as Section[]) {
      const orders = Object.values(section.properties).map((property) => property.order);
      assert.ok(orders.every((order) => Number.isInteger(order)), `${String(section.id)} : ${JSON.stringify(orders)}`);
      assert.equal(new Set(orders).size, orders.length, `${String(section.id)} : ordres en double`);
      for (const [key, property] of Object.entries(section.properties)) {
        assert.ok(!seen.has(key), `${key} déclaré deux fois`);
        seen.set(key, property);
      }
    }
    for (const [key, [type, defaultValue, scope]] of Object.entries(BEFORE)) {
      const property = seen.get(key);
      assert.ok(property, `réglage ${key} perdu`);
      assert.deepEqual([property.type, property.default, property.scope], [type, defaultValue, scope], key);
    }
  });
});
