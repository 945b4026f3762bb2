/**
 * Every message quotes the text at fault (« Etat », « 2nd », the first words of a long sentence…), so that a line
 * of `qe-check` or of the Problems panel says what to look for without opening the file. Checked on every
 * finding of the rule fixtures, the examples and the seed. Rules whose fault is a sign, a space or a whole
 * section name it in another way and are listed apart, with the reason.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../server/src/core';
import { root } from '../helpers/cli';
import { readSeed } from '../helpers/corpus';

const namedOtherwise: Record<string, string> = {
  'apostrophe-typographique': 'the sign itself, named in the message (« ’ »)',
  'espace-avant-ponctuation-haute': 'a space: the message names the sign it precedes',
  'espace-guillemets': 'a space: the message names the quotation mark',
  'espaces-multiples': 'spaces: the message counts them',
  'espace-manquante-apres-ponctuation': 'quoted, but the fault is the missing space itself',
  'guillemets-francais': 'a straight quotation mark, named in the message',
  'paires-non-fermees': 'the sign, named in the message',
  'tiret-incise-liste': 'a hyphen, named in the message',
  'virgule-c-est-pourquoi': 'a comma, after the quoted « C’est pourquoi »',
  'nbsp-nombre-unite': 'a space: the message quotes the unit',
  'reponse-vide': 'the whole answer (its length is given)',
  'reponse-par-renvoi': 'the referral sentence: the message names the question referred to (number and chamber)',
  'metadonnee-invalide': 'the YAML header (the parser’s reason is given)',
  'section-manquante': 'a missing heading',
  'sous-question-partielle': 'the sub-question, named by its number and kind',
  'sous-question-sans-reponse': 'the sub-question, named by its number and kind',
};

function normalise(text: string): string {
  return text.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').replace(/…/g, '').trim();
}

function quotesFault(message: string, fault: string): boolean {
  const quotes = [...message.matchAll(/«\s*([^»]+?)\s*»/g)].map((match) => normalise(match[1]!));
  const wanted = normalise(fault);
  if (wanted === '') return quotes.length > 0;
  return quotes.some((quote) => quote !== '' && (wanted.includes(quote) || quote.includes(wanted) || quote.split(' ¶ ').every((part) => wanted.includes(part) || part === '')));
}

describe('messages quote the text at fault', function () {
  this.timeout(120_000);
  const dirs = [join(root, 'test', 'fixtures', 'rules'), join(root, 'examples')];
  const texts = [readSeed(), ...dirs.flatMap((dir) => readdirSync(dir).filter((name) => name.endsWith('.qe.md')).map((name) => readFileSync(join(dir, name), 'utf8')))];

  it('on every finding of the fixtures, the examples and the seed, in both profiles', () => {
    const missing = new Map<string, string>();
    const seen = new Set<string>();
    for (const profile of ['jo', 'imprimerie-nationale'] as const) {
      for (const text of texts) {
        const analysis = analyze(text, { profile });
        for (const finding of analysis.findings) {
          seen.add(finding.rule);
          if (finding.rule in namedOtherwise || missing.has(finding.rule)) continue;
          const fault = analysis.document.text.slice(finding.range.start, finding.range.end);
          // A long passage (sentence, paragraph) is quoted by its first words.
          const quoted = quotesFault(finding.message, fault.length > 60 ? fault.split(/\s+/).slice(0, 3).join(' ') : fault);
          if (!quoted) missing.set(finding.rule, `${finding.message} ⟦${fault.slice(0, 60)}⟧`);
        }
      }
    }
    assert.ok(seen.size >= 40, `${seen.size} règles vues`);
    assert.deepEqual([...missing].map(([rule, sample]) => `${rule}: ${sample}`), []);
  });
});
