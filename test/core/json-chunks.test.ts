/** `qe-check --format json` writes its report by pieces (`jsonChunks`): the text must be JSON.stringify's. */
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core';
import { jsonChunks, toJsonFileReport } from '../../server/src/core/report/json';
import { readSeed } from '../helpers/corpus';
import { dossierOfLength } from '../robustness/dossiers';

const pieces = (value: unknown, depth?: number) => [...jsonChunks(value, depth)].join('');

describe('jsonChunks', () => {
  it('gives the text of JSON.stringify(value, null, 2) for reports', () => {
    const files = [readSeed(), dossierOfLength(1000), ''].map((text, i) => toJsonFileReport(`f${i}.qe.md`, analyze(text)));
    const report = { version: 1, files };
    for (const depth of [undefined, 2, 20]) assert.equal(pieces(report, depth), JSON.stringify(report, null, 2));
  });

  it('follows JSON.stringify on empty, nested, missing and special values', () => {
    const values: unknown[] = [
      {},
      [],
      { a: [], b: {}, c: [[]], d: [{}] },
      { a: undefined, b: () => 1, c: null, d: 'x\n"y"', e: [undefined, () => 1, Symbol('s'), 2] },
      { date: new Date(0), nested: { toJSON: () => ({ z: [1, { y: 2 }] }) }, gone: { toJSON: () => undefined } },
      [1, 'deux', true, null, { trois: [3, [4, { cinq: 5 }]] }],
      'texte',
      42,
      null,
      Object.assign(Object.create(null) as object, { k: [1] }),
    ];
    for (const value of values) {
      for (const depth of [0, 1, 2, 10]) assert.equal(pieces(value, depth), JSON.stringify(value, null, 2));
    }
  });
});
