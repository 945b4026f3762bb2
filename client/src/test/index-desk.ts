/** The drafting desk's e2e suite alone (screenshots): `node scripts/run-vscode-tests.mjs --tests client/src/test/index-desk.ts`. */
import { runMocha } from './mochaRunner';
import { registerDeskSuite } from './suite/desk.test';

export function run(): Promise<void> {
  return runMocha([registerDeskSuite]);
}
