import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { newStemmer } from 'snowball-stemmers';
import { snowballStem } from '../../../server/src/core/coverage/stem';
import { tokenize } from '../../../server/src/core/coverage/text';

const root = resolve(__dirname, '../../..');

/** Every word form of the repository's texts, as the coverage analysis tokenizes them. */
function corpusForms(): Set<string> {
  const forms = new Set<string>();
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(?:md|json|jsonl|txt)$/.test(name)) for (const token of tokenize(readFileSync(path, 'utf8'))) forms.add(token.text);
    }
  };
  for (const dir of ['data', 'examples', 'test/fixtures']) walk(join(root, dir));
  return forms;
}

// The coverage analysis was tuned on snowball-stemmers' French stems (kept as a dev dependency for this check);
// the stemmer it runs now (lunr-languages, faster) must give the same stem for every form, or sub-questions
// would match differently. Proved once on 1.46 million forms (data/, the dictionary's, generated suffixes);
// checked here on the repository's forms, every 8th dictionary entry and every suffix of Snowball's steps.
describe('coverage: the French stemmer', () => {
  const reference = newStemmer('french');
  const differences = (forms: Iterable<string>): string[] => {
    const found: string[] = [];
    for (const form of forms) if (snowballStem(form) !== reference.stem(form)) found.push(`${form}: ${snowballStem(form)} ≠ ${reference.stem(form)}`);
    return found;
  };

  it('stems every word form of data/, examples/ and test/fixtures/ as snowball-stemmers does', () => {
    const forms = corpusForms();
    assert.ok(forms.size > 5000, `${forms.size} forms`);
    assert.deepEqual(differences(forms), []);
  });

  it('stems the dictionary’s entries and Snowball’s suffixes as snowball-stemmers does', () => {
    const entries = readFileSync(join(root, 'node_modules/dictionary-fr/index.dic'), 'utf8').split('\n').slice(1);
    const forms = new Set<string>();
    entries.forEach((line, index) => {
      if (index % 8 === 0) for (const token of tokenize(line.split('/')[0]!)) forms.add(token.text);
    });
    const suffixes = 'ance iqUe isme able iste eux atrice ateur ation logie usion ution ence ement ité if ive eaux aux euse issement amment emment ment îmes ît i ie ir ira iraient issant isse issions é ée èrent er era eraient ez iez ions ons ât a ai aient ant asse e es s ier ière ion ès ïr ëe y qu gu guë uer ïe'.split(' ');
    for (const base of ['administr', 'nation', 'continu', 'ambigu', 'pay', 'ennu', 'aigu', 'naï', 'noë', 'jou', 'fé', 'aboli']) for (const suffix of suffixes) forms.add(base + suffix.toLowerCase());
    assert.ok(forms.size > 10_000, `${forms.size} forms`);
    assert.deepEqual(differences(forms), []);
  });

  it('keeps the older algorithm’s stems for ï and ë (newer Snowball releases cut « ambiguïté » to « ambigu »)', () => {
    assert.equal(snowballStem('ambiguïté'), 'ambiguït');
    assert.equal(snowballStem('noëlle'), 'noëll');
    assert.equal(snowballStem('archaïque'), 'archaïqu');
    assert.equal(snowballStem('financements'), 'financ');
  });
});
