/** Entry loaded by VS Code as `extensionTestsPath` (client/out/test/index.js): the real e2e suites. */
import { runMocha } from './mochaRunner';
import { registerActivationSuite } from './suite/activation.test';
import { registerEditorSuite } from './suite/editor.test';
import { registerDeskSuite } from './suite/desk.test';
import { registerUxSuite } from './suite/ux.test';

export function run(): Promise<void> {
  return runMocha([registerActivationSuite, registerDeskSuite, registerEditorSuite, registerUxSuite]);
}
