import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { toString } from 'nlcst-to-string';
import type { Node as UnistNode } from 'unist';
import {
  ParseFrench,
  parseFrenchParagraph,
  segmentSentences,
  segmentSentencesChunked,
  type ProseSentence,
} from '../../../server/src/core/prose/parse-french';

const root = join(__dirname, '..', '..', '..');
const seed = readFileSync(join(root, 'examples', 'sources', 'qe-15-24191.md'), 'utf8');
const seedQuestion = between(seed, '#### Texte de la question', '#### Texte de la réponse');
const seedAnswer = between(seed, '#### Texte de la réponse', '## Données clés');
const corpus = readFileSync(join(__dirname, 'fixtures', 'an-17-qa.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as { id: string; question: string | null; answer: string | null });

function between(text: string, from: string, to: string): string {
  return text.slice(text.indexOf(from) + from.length, text.indexOf(to)).trim();
}

/** Sentences as strings. */
function sentences(text: string): string[] {
  return segmentSentences(text).map((s) => text.slice(s.start, s.end));
}

/** Tokens as `text:kind` strings. */
function tokens(text: string): string[] {
  return segmentSentences(text).flatMap((s) => s.tokens.map((t) => `${text.slice(t.start, t.end)}:${t.kind}`));
}

function words(text: string): string[] {
  return segmentSentences(text).flatMap((s) => s.tokens.map((t) => text.slice(t.start, t.end)));
}

const GROUP_SEPARATOR = /^[ \u00a0\u202f\u2009]$/;
const SPACE = /\s/;

/** The invariants every result must satisfy. */
function checkInvariants(text: string, result: ProseSentence[]): void {
  let previousEnd = 0;
  for (const sentence of result) {
    assert.ok(sentence.tokens.length > 0, 'sentence without tokens');
    assert.ok(sentence.start < sentence.end, 'empty sentence');
    assert.equal(sentence.start, sentence.tokens[0].start);
    assert.equal(sentence.end, sentence.tokens[sentence.tokens.length - 1].end);
    assert.ok(sentence.start >= previousEnd, 'sentences overlap or are out of order');
    for (const token of sentence.tokens) {
      assert.ok(token.start >= previousEnd, `token out of order at ${token.start}`);
      assert.ok(token.start < token.end, 'empty token');
      assert.ok(token.start >= sentence.start && token.end <= sentence.end, 'token outside its sentence');
      const value = text.slice(token.start, token.end);
      assert.ok(value.length > 0);
      for (let i = 0; i < value.length; i++) {
        const c = value.charAt(i);
        if (SPACE.test(c)) {
          assert.ok(
            token.kind === 'number' && GROUP_SEPARATOR.test(c),
            `white space inside ${token.kind} token ${JSON.stringify(value)}`,
          );
        }
      }
      // A token never splits a surrogate pair.
      const first = value.charCodeAt(0);
      const last = value.charCodeAt(value.length - 1);
      assert.ok(!(first >= 0xdc00 && first <= 0xdfff), 'token starts with a low surrogate');
      assert.ok(!(last >= 0xd800 && last <= 0xdbff), 'token ends with a high surrogate');
      previousEnd = token.end;
    }
  }
  // Everything that is not white space is covered by some token.
  let covered = 0;
  for (const sentence of result) {
    for (const token of sentence.tokens) {
      assert.ok(/^\s*$/.test(text.slice(covered, token.start)), 'non-space text dropped');
      covered = token.end;
    }
  }
  assert.ok(/^\s*$/.test(text.slice(covered)), 'non-space text dropped at the end');
}

/** Every nlcst node's position matches its text; no two nodes share a mutable point by accident. */
function checkTree(text: string): void {
  const tree = parseFrenchParagraph(text);
  const visit = (node: UnistNode & { children?: UnistNode[] }): void => {
    if (node.position) {
      const start = node.position.start.offset ?? -1;
      const end = node.position.end.offset ?? -1;
      // nlcst-to-string accepts any nlcst node; the tree is nlcst.
      assert.equal(text.slice(start, end), toString(node as Parameters<typeof toString>[0]), `${node.type} at ${start}`);
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
}

describe('prose/parse-french', () => {
  describe('seed question 15-24191', () => {
    it('splits the question into 9 sentences, not after "M."', () => {
      const result = sentences(seedQuestion);
      assert.equal(result.length, 9);
      assert.ok(result[0].startsWith('M. Patrice Anato interroge Mme la secrétaire'));
      assert.ok(result[0].endsWith('contre la traite des êtres humains.'));
      assert.ok(result[4].includes('(2019-2021) est mis en place.'));
      assert.ok(result[8].startsWith('Il lui demande donc'));
    });

    it('splits the answer into 20 sentences (counted by hand), across the blank line', () => {
      const result = sentences(seedAnswer);
      assert.equal(result.length, 20);
      assert.ok(result[0].startsWith('Dès 2018, la Mission interministérielle'));
      assert.ok(result[9].startsWith('Un plan national de formation'));
      assert.ok(result[9].endsWith("disposent d'un socle commun de connaissances."));
      assert.ok(result[9].includes('professionnels\n\ndisposent'));
      assert.equal(result[16], "Un projet porté par l'association ECPAT a déjà été retenu.");
      assert.ok(result[19].endsWith('de ne rien laisser passer.'));
    });

    it('tokenises the ordinals and elisions of the answer', () => {
      const t = tokens(seedAnswer);
      assert.ok(t.includes('2nd:number'));
      assert.ok(t.includes('1er:number'));
      assert.ok(t.includes("d':word"));
      assert.ok(t.includes("C':word"));
      assert.ok(t.includes("l':word"));
      assert.ok(!t.some((x) => x.startsWith("d'un") || x.startsWith("l'E")));
    });
  });

  describe('abbreviations', () => {
    const cases: Array<[string, number]> = [
      ['M. Dupont et MM. Durand et Martin sont venus. Fin.', 2],
      ['Mme Dupont et Mmes Durand sont là. Fin.', 2],
      ['Le Dr. Martin répond. Fin.', 2],
      ["Voir l'art. 3 du décret. Fin.", 2],
      ["Voir l'art. L. 2212-2 du code général des collectivités territoriales. Fin.", 2],
      ["L'article R. 123-4 et l'article D. 5 s'appliquent. Fin.", 2],
      ['Voir le al. 2 et la p. 12, pp. 13-15. Fin.', 2],
      ['Cf. Le rapport annuel. Fin.', 2],
      ['Le n° 24191 est publié. Fin.', 2],
      ['Les pièces, c.-à-d. Les annexes, sont jointes. Fin.', 2],
      ['Il habite av. Foch ou bd Haussmann. Fin.', 2],
      ['Cass. civ. 1re, 3 mai 2019, Bull. civ. I, n° 12. Fin.', 2],
      ['J.-M. Dupont et J.-C. Martin ont signé. Fin.', 2],
      ['Le décret du 8 janv. 2020 et celui du 12 févr. 2021 et du 3 sept. 2019. Fin.', 2],
      ['En déc. Le ministre a signé. Fin.', 2],
      ['Les métiers d’art. Le ministère les soutient.', 2],
      ['Il y en a sept. Les autres suivent.', 2],
      ['Ce sont les régions, les départements, etc. Ensuite viennent les communes.', 2],
      ['Ce sont les régions, les départements, etc. et les communes.', 1],
      ['Ce sont les régions, etc. (voir annexe). Fin.', 2],
      ['1. Les mesures sont prises. 2. Les crédits sont ouverts.', 2],
      ["Prévu à l'article 12. Le décret suit.", 2],
      ['Il y en a. Les autres non.', 2],
    ];
    for (const [text, count] of cases) {
      it(`${JSON.stringify(text)} -> ${count}`, () => {
        assert.equal(sentences(text).length, count, sentences(text).join(' ‖ '));
      });
    }

    it('keeps the period inside the abbreviation token', () => {
      const w = words("M. Dupont cite l'art. L. 2212-2, cf. c.-à-d. etc. et J.-M. Durand.");
      for (const abbreviation of ['M.', 'art.', 'L.', 'cf.', 'c.-à-d.', 'etc.', 'J.-M.']) {
        assert.ok(w.includes(abbreviation), `${abbreviation} in ${w.join(' ')}`);
      }
      assert.equal(w[w.length - 1], '.');
    });

    it('keeps Mme/Mmes as plain words', () => {
      assert.deepEqual(tokens('Mme Dupont, Mmes Durand.'), [
        'Mme:word',
        'Dupont:word',
        ',:symbol',
        'Mmes:word',
        'Durand:word',
        '.:symbol',
      ]);
    });
  });

  describe('elision', () => {
    it('splits elided words with straight and typographic apostrophes', () => {
      const text =
        "L'État, d’une part, qu'il, j'ai, n'est, s'agit, c'est, m'a, t'en, jusqu'à, lorsqu'on, puisqu’il, quoiqu'il, presqu'aucun.";
      const w = words(text).filter((x) => x !== ',' && x !== '.');
      assert.deepEqual(w, [
        "L'", 'État', 'd’', 'une', 'part', "qu'", 'il', "j'", 'ai', "n'", 'est', "s'", 'agit', "c'", 'est', "m'", 'a',
        "t'", 'en', "jusqu'", 'à', "lorsqu'", 'on', 'puisqu’', 'il', "quoiqu'", 'il', "presqu'", 'aucun',
      ]);
    });

    it('keeps lexicalised words and N’ names whole', () => {
      const w = words("aujourd'hui, aujourd’hui, presqu'île, prud'hommes, prud’homme, quelqu'un, N'Diaye, N’Golo, M'Bala.");
      assert.deepEqual(
        w.filter((x) => x !== ',' && x !== '.'),
        ["aujourd'hui", 'aujourd’hui', "presqu'île", "prud'hommes", 'prud’homme', "quelqu'un", "N'Diaye", 'N’Golo', "M'Bala"],
      );
    });

    it("splits a chain and keeps the rest of the word (qu'aujourd'hui, l'a-t-il, c'est-à-dire)", () => {
      assert.deepEqual(words("qu'aujourd'hui l'a-t-il c'est-à-dire N'EST"), [
        "qu'",
        "aujourd'hui",
        "l'",
        'a-t-il',
        "c'",
        'est-à-dire',
        "N'",
        'EST',
      ]);
    });

    it('keeps inversions whole', () => {
      assert.deepEqual(words('A-t-il répondu ? Faut-il agir ? Dit-elle.'), [
        'A-t-il',
        'répondu',
        '?',
        'Faut-il',
        'agir',
        '?',
        'Dit-elle',
        '.',
      ]);
    });
  });

  describe('numbers', () => {
    it('joins digit groups with space, NBSP, NNBSP and thin space', () => {
      for (const space of [' ', '\u00a0', '\u202f', '\u2009']) {
        const text = `Près de 32${space}000 jeunes et 1${space}200${space}000 euros.`;
        assert.deepEqual(
          tokens(text).filter((t) => t.endsWith(':number')),
          [`32${space}000:number`, `1${space}200${space}000:number`],
        );
      }
    });

    it('does not join a year with the next number, nor 4-digit groups', () => {
      assert.deepEqual(words('En 2019 150 agents, 1 0000.'), ['En', '2019', '150', 'agents', ',', '1', '0000', '.']);
    });

    it('handles decimal commas, ranges, ordinals and n°', () => {
      assert.deepEqual(tokens('Soit 1,5 % et 3 000,50 € sur 2019-2021, le 1er, la 2e, le XXIe siècle, n° 24191, n°12.'), [
        'Soit:word',
        '1,5:number',
        '%:symbol',
        'et:word',
        '3 000,50:number',
        '€:symbol',
        'sur:word',
        '2019-2021:number',
        ',:symbol',
        'le:word',
        '1er:number',
        ',:symbol',
        'la:word',
        '2e:number',
        ',:symbol',
        'le:word',
        'XXIe:number',
        'siècle:word',
        ',:symbol',
        'n°:word',
        '24191:number',
        ',:symbol',
        'n°:word',
        '12:number',
        '.:symbol',
      ]);
    });

    it('keeps "Le", "De", "Ce" as words but roman ordinals as numbers', () => {
      assert.deepEqual(tokens('Le De Ce Me Ve Ier IIe'), [
        'Le:word',
        'De:word',
        'Ce:word',
        'Me:word',
        'Ve:number',
        'Ier:number',
        'IIe:number',
      ]);
    });

    it('keeps a list of numbers separate (1, 2 et 3)', () => {
      assert.deepEqual(words('1, 2 et 3'), ['1', ',', '2', 'et', '3']);
    });
  });

  describe('sources', () => {
    it('marks URLs, e-mails and legal identifiers as one source token', () => {
      const text =
        'Voir https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000039261234. Écrire à contact@sante.gouv.fr, voir www.service-public.fr ou travail-emploi.gouv.fr/droit. La directive 2011/36/UE et ECLI:FR:CCASS:2019:C100123 et LEGIARTI000006390108.';
      assert.deepEqual(
        tokens(text).filter((t) => t.endsWith(':source')),
        [
          'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000039261234:source',
          'contact@sante.gouv.fr:source',
          'www.service-public.fr:source',
          'travail-emploi.gouv.fr/droit:source',
          '2011/36/UE:source',
          'ECLI:FR:CCASS:2019:C100123:source',
          'LEGIARTI000006390108:source',
        ],
      );
      assert.equal(sentences(text).length, 3);
    });

    it('finds each kind of source alone in a sentence (the quick test before the full pattern lets it through)', () => {
      for (const source of [
        'https://example.org/a',
        'ftp://example.net',
        'www.example',
        'contact@sante.gouv.fr',
        'x@y.z',
        'travail-emploi.gouv.fr',
        'example.io',
        'europa.eu/droit',
        '2011/36/UE',
        'ECLI:FR:CCASS:2019:C100123',
        'JORFTEXT000039261234',
        'LEGIARTI000006390108',
      ]) {
        assert.deepEqual(tokens(`Voir ${source} ici.`), ['Voir:word', `${source}:source`, 'ici:word', '.:symbol'], source);
      }
      assert.deepEqual(tokens('le 18/10'), ['le:word', '18/10:number']);
    });

    it('does not swallow closing punctuation', () => {
      assert.deepEqual(words('(voir https://example.org/a_(b)).'), ['(', 'voir', 'https://example.org/a_(b)', ')', '.']);
      assert.deepEqual(words('« https://x.fr/a »'), ['«', 'https://x.fr/a', '»']);
    });

    it('keeps slash dates as one number', () => {
      assert.deepEqual(tokens('le 18/10/2019'), ['le:word', '18/10/2019:number']);
    });
  });

  describe('sentences, quotes and line breaks', () => {
    it('keeps a spaced closing » with its sentence', () => {
      assert.deepEqual(sentences('Il a dit : « Non. » Puis il est parti.'), [
        'Il a dit : « Non. »',
        'Puis il est parti.',
      ]);
      assert.deepEqual(sentences('Il a dit : « Non. » et il est parti.'), ['Il a dit : « Non. » et il est parti.']);
      assert.deepEqual(sentences('« Oui. »'), ['« Oui. »']);
    });

    it('does not split on ; or : with NNBSP', () => {
      assert.equal(sentences('Deux cas\u202f: le premier\u202f; le second\u202f! Fin.').length, 2);
    });

    it('splits on ? ! … before a capital, not before a lower-case word', () => {
      assert.deepEqual(sentences('Pourquoi ? Parce que. Enfin… Oui ! et non'), [
        'Pourquoi ?',
        'Parce que.',
        'Enfin…',
        'Oui ! et non',
      ]);
    });

    it('a blank line ends a sentence only after final punctuation', () => {
      assert.deepEqual(sentences('Les professionnels\n\ndisposent d’un socle.'), ['Les professionnels\n\ndisposent d’un socle.']);
      assert.deepEqual(sentences('Titre\r\n\r\nLe texte.'), ['Titre\r\n\r\nLe texte.']);
      assert.deepEqual(sentences('Fin.\n\nsuite minuscule.'), ['Fin.', 'suite minuscule.']);
      assert.deepEqual(sentences('« Fin. »\r\n\r\nsuite.'), ['« Fin. »', 'suite.']);
      assert.deepEqual(sentences('Fin.\nsuite.'), ['Fin.\nsuite.']);
      assert.deepEqual(sentences('Voir M.\n\nDupont.'), ['Voir M.\n\nDupont.']);
    });

    it('handles CRLF, NBSP, emoji and empty input with exact offsets', () => {
      assert.deepEqual(segmentSentences(''), []);
      assert.deepEqual(segmentSentences(' \n\n '), []);
      const text = '  Bonjour 😀 à tous.\r\nLe\u00a0texte 👩‍👩‍👧 continue ! ';
      const result = segmentSentences(text);
      checkInvariants(text, result);
      assert.deepEqual(
        result.map((s) => text.slice(s.start, s.end)),
        ['Bonjour 😀 à tous.', 'Le\u00a0texte 👩‍👩‍👧 continue !'],
      );
      assert.equal(result[0].start, 2);
      assert.ok(tokens(text).includes('😀:symbol'));
    });
  });

  describe('nlcst tree', () => {
    it('node positions match their text', () => {
      checkTree(seedAnswer);
      checkTree("M. l'art. L. 2212-2, 32\u202f000, 1,5, n° 3, https://x.fr. « Oui. » Fin.\r\n\r\nsuite 😀.");
      for (const item of corpus) {
        if (item.answer) checkTree(item.answer);
      }
    });

    it('tokenize() matches parse-latin on plain text (table classification)', () => {
      const french = new ParseFrench();
      const text = `${seedAnswer} ${corpus[0].question ?? ''} 😀\u00a0\u202f\r\n« x » – — …`;
      // mergeSources only changes URL-like text, absent here.
      const latin = Object.getPrototypeOf(ParseFrench.prototype) as ParseFrench;
      assert.deepEqual(french.tokenize(text), latin.tokenize.call(french, text));
    });
  });

  describe('invariants', () => {
    const texts = [seedQuestion, seedAnswer, ...corpus.flatMap((c) => [c.question ?? '', c.answer ?? ''])];

    it('hold on the seed and on every corpus question and answer', () => {
      assert.equal(corpus.length, 13);
      for (const text of texts) {
        const result = segmentSentences(text);
        checkInvariants(text, result);
        assert.ok(result.length > 0);
      }
    });

    it('chunked parsing gives the same result as one parse (corpus)', () => {
      const all = texts.join(' ');
      const whole = segmentSentencesChunked(all, Infinity);
      assert.deepEqual(segmentSentencesChunked(all, 1), whole);
      assert.deepEqual(segmentSentencesChunked(all, 300), whole);
      assert.deepEqual(segmentSentences(all), whole);
    });

    const fragments = [
      'M.', 'Mme', 'art.', 'L.', 'etc.', 'J.-M.', 'c.-à-d.', 'sept.', "l'", 'l’', "d'", "qu'", "aujourd'hui", "N'Diaye", 'État',
      'le', 'ministre', 'Le', 'Les', 'a-t-il', '32', '000', '1,5', '2019-2021', '1er', 'XXIe', 'n°', '24191', 'https://x.fr/a',
      'a@b.fr', '2011/36/UE', '.', '..', '...', '…', ',', ';', ':', '!', '?', '«', '»', '(', ')', '"', "'", '’', '-', '–',
      '😀', '👩‍👩‍👧', '\u00a0', '\u202f', '\u2009', ' ', ' ', ' ', '\r\n', '\n', '\n\n', '\r\n\r\n', 'É', 'à', '%', '€', '°',
    ];
    const prose = fc.array(fc.constantFrom(...fragments), { maxLength: 60, size: 'max' }).map((parts) => parts.join(''));

    it('digit groups glued to a word by a full stop stay out of that word (counterexample « M.000 000 »)', () => {
      for (const text of ['M.000 000', 'art.32 000 000']) {
        const result = segmentSentences(text);
        checkInvariants(text, result);
        assert.deepEqual(
          result.flatMap((sentence) => sentence.tokens.map((token) => [text.slice(token.start, token.end), token.kind])),
          text === 'M.000 000' ? [['M.000', 'word'], ['000', 'number']] : [['art.32', 'word'], ['000 000', 'number']],
        );
      }
      // An elided article before a number is split later: the number keeps its groups.
      assert.deepEqual(tokens('d’1 000 euros'), ['d’:word', '1 000:number', 'euros:word']);
    });

    it('hold on random French-like strings', () => {
      fc.assert(
        fc.property(prose, (text) => {
          checkInvariants(text, segmentSentences(text));
          checkTree(text);
        }),
        { numRuns: 1500, seed: 11 },
      );
    });

    it('chunking never changes the result (random strings)', () => {
      fc.assert(
        fc.property(prose, fc.integer({ min: 1, max: 40 }), (text, chunk) => {
          assert.deepEqual(segmentSentencesChunked(text, chunk), segmentSentencesChunked(text, Infinity));
        }),
        { numRuns: 1500, seed: 12 },
      );
    });

    it('hold on arbitrary unicode strings', () => {
      fc.assert(
        fc.property(fc.fullUnicodeString({ maxLength: 80, size: 'max' }), (text) => {
          checkInvariants(text, segmentSentences(text));
          checkTree(text);
        }),
        { numRuns: 500, seed: 13 },
      );
    });
  });
});
