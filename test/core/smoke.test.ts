import assert from 'node:assert/strict';
import { ParseLatin } from 'parse-latin';
import { compareFindings } from '../../server/src/core/findings/finding';

describe('smoke', () => {
  it('loads ESM deps from TS tests', () => {
    const tree = new ParseLatin().parse('Bonjour. Au revoir.');
    assert.equal(tree.type, 'RootNode');
    assert.equal(typeof compareFindings, 'function');
  });
});
