/**
 * Real VS Code, read from the screen (runner snapshots): completions that open while typing, with the plan snippet
 * near the top; a rule's documentation opened rendered at the rule from a diagnostic; the status item in the status
 * bar with the count Problems shows.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { canSnapshot, diagnosticCode, fixtureUri, getExtension, snapshot, waitForDiagnostics, withTimeout, type WorkbenchSnapshot } from './helpers';

const MS = 30_000;

async function open(name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(fixtureUri(name));
  const editor = await vscode.window.showTextDocument(document);
  await withTimeout(getExtension().activate(), MS, 'activation');
  return editor;
}

/** Types `text` one character at a time as the keyboard does (the `type` command), so that the editor reacts. */
async function typeText(text: string): Promise<void> {
  for (const character of text) await vscode.commands.executeCommand('type', { text: character });
}


/**
 * Types `text` and waits for the suggest widget to open by itself (quick suggestions, never Ctrl+Espace). On a loaded
 * machine the widget's debounce can be passed over by the next keystroke: the last letter is erased and typed again,
 * up to three times, as a user who sees nothing does.
 */
async function typeUntilSuggested<T>(name: string, text: string, ready: (shot: WorkbenchSnapshot) => T | undefined): Promise<T> {
  await typeText(text);
  const last = text.slice(-1);
  for (let retry = 0; ; retry++) {
    try {
      return await snapshotUntil(`${name}-${retry}`, ready, 5);
    } catch (error) {
      if (retry >= 3) throw error;
      await vscode.commands.executeCommand('deleteLeft');
      await typeText(last);
    }
  }
}

/** Snapshots until `ready` holds of one (the workbench renders after the command returns). */
async function snapshotUntil<T>(name: string, ready: (shot: WorkbenchSnapshot) => T | undefined, attempts = 8): Promise<T> {
  let last: WorkbenchSnapshot | undefined;
  for (let attempt = 0; attempt < attempts; attempt++) {
    last = await snapshot(`${name}-${attempt}`);
    const value = ready(last);
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 250 * (attempt + 1)));
  }
  throw new Error(`${name}: not shown (last reading: ${JSON.stringify(last).slice(0, 2000)})`);
}

export function registerUxSuite(): void {
  suite('Ce que l’utilisateur voit', function () {
    suiteSetup(function () {
      // Reason: these tests read the screen through the code-server runner's snapshots; the Electron runner has none.
      if (!canSnapshot()) this.skip();
    });
    teardown(async () => {
      await vscode.commands.executeCommand('hideSuggestWidget');
      for (const document of vscode.workspace.textDocuments) {
        if (document.isDirty && document.uri.scheme === 'file') {
          await vscode.window.showTextDocument(document);
          await vscode.commands.executeCommand('workbench.action.files.revert');
        }
      }
    });

    test('la complétion s’ouvre en tapant « plan » : l’extrait « Référence à un plan » en tête, puis les plans du catalogue', async () => {
      const editor = await open('editeur/dossier.qe.md');
      const offset = editor.document.getText().indexOf('# Notes internes');
      const at = editor.document.positionAt(offset);
      assert.ok(await editor.edit((edit) => edit.insert(at, '\n\n')));
      editor.selection = new vscode.Selection(at, at);
      await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
      // The server is ready (first diagnostics) before the first keystroke: completions come from it.
      await waitForDiagnostics(editor.document.uri, (ds) => ds.length > 0, MS, 'premiers diagnostics');
      // Opens while typing: the plan snippet, the only entry whose prefix is « plan ».
      const typed = await typeUntilSuggested('completion-typing', 'Le plan', (shot) => (shot.suggestions?.length ? shot.suggestions : undefined));
      assert.ok(typed[0]?.aria.includes('Référence à un plan'), typed.map((row) => row.aria).join(' | '));
      // Asked for (Ctrl+Espace): the catalog's plans too, the snippet still at the top, not after them.
      await vscode.commands.executeCommand('hideSuggestWidget');
      await vscode.commands.executeCommand('editor.action.triggerSuggest');
      const asked = await snapshotUntil('completion-asked', (shot) => (shot.suggestions && shot.suggestions.length > 1 ? shot.suggestions : undefined));
      const index = asked.findIndex((row) => row.aria.includes('Référence à un plan'));
      assert.ok(index >= 0 && index < 3, `rang de l’extrait : ${index}, liste : ${asked.map((row) => row.aria).join(' | ')}`);
      assert.ok(asked.filter((row) => /\(\d{4}-(\d{4})?\)$/.test(row.label)).length >= 5, asked.map((row) => row.label).join(' | '));
      // A space after « plan » (a trigger character): the plans' official names.
      await vscode.commands.executeCommand('hideSuggestWidget');
      await typeText(' ');
      const names = await snapshotUntil('completion-space', (shot) => {
        const rows = shot.suggestions?.filter((row) => /^(premier|second) plan d'action national/.test(row.label));
        return rows?.length ? rows : undefined;
      });
      assert.ok(names.length >= 1, JSON.stringify(names));
    });

    test('le lien de documentation d’une remarque ouvre la règle rendue, à son titre', async () => {
      const editor = await open('editeur/dossier.qe.md');
      const diagnostics = await waitForDiagnostics(editor.document.uri, (ds) => ds.some((d) => diagnosticCode(d) === 'phrase-trop-longue'), MS, 'phrase-trop-longue');
      const diagnostic = diagnostics.find((d) => diagnosticCode(d) === 'phrase-trop-longue')!;
      const target = typeof diagnostic.code === 'object' ? diagnostic.code.target : undefined;
      assert.ok(target, 'un lien de documentation');
      // What the hover and Problems do with a command link (allowCommands): run it with its JSON arguments.
      assert.equal(target.scheme, 'command', target.toString());
      assert.equal(target.path, 'qe.openRuleDocumentation');
      const args = JSON.parse(decodeURIComponent(target.query)) as unknown[];
      await vscode.commands.executeCommand(target.path, ...args);
      const heading = await snapshotUntil('rule-documentation', (shot) => {
        for (const view of shot.webviews) {
          const found = view.headings.find((candidate) => candidate.id === 'phrase-trop-longue');
          // Rendered, and scrolled to the rule: its heading in the upper half of the preview.
          if (found && found.top >= 0 && found.top < view.height / 2) return found;
        }
        return undefined;
      });
      assert.equal(heading.text, 'phrase-trop-longue');
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    });

    test('couverture : un refus administratif répond, le survol dit pourquoi ; la sous-question chiffrée sans chiffre est signalée', async () => {
      const editor = await open('editeur/refus.qe.md');
      const uri = editor.document.uri;
      const diagnostics = await waitForDiagnostics(uri, (ds) => ds.some((d) => diagnosticCode(d) === 'sous-question-partielle'), MS, 'sous-question-partielle');
      const coverage = diagnostics.filter((d) => /^sous-question-/.test(String(diagnosticCode(d))));
      // Only the request for figures is flagged (« combien … »): the refusal « ne saurait … être envisagé » answers Q1.
      assert.deepEqual(coverage.map((d) => d.message.replace(/ :.*/su, '')), ['Sous-question 2 (chiffres)'], coverage.map((d) => d.message).join(' | '));
      assert.match(coverage[0]!.message, /aucun chiffre/);
      // The hover of the refusal, as the reviewer sees it on screen.
      const offset = editor.document.getText().indexOf('ne saurait toutefois');
      assert.ok(offset > 0);
      const at = editor.document.positionAt(offset);
      editor.selection = new vscode.Selection(at, at);
      editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenter);
      await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
      await vscode.commands.executeCommand('editor.action.showHover');
      const shown = await snapshotUntil('coverage-hover', (shot) => (shot.hover && /Pourquoi ce passage compte/.test(shot.hover) ? shot.hover : undefined));
      assert.match(shown, /sous-question Q1/);
      assert.match(shown, /refus explicite/);
      await vscode.commands.executeCommand('editor.action.hideHover');
    });

    test('« Désactiver … pour ce paragraphe » : la directive avant le paragraphe, le curseur sur le motif', async () => {
      const editor = await open('editeur/typographie.qe.md');
      const uri = editor.document.uri;
      const diagnostics = await waitForDiagnostics(uri, (ds) => ds.some((d) => diagnosticCode(d) === 'phrase-trop-longue'), MS, 'phrase-trop-longue');
      const long = diagnostics.find((d) => diagnosticCode(d) === 'phrase-trop-longue')!;
      // The anchor: the sentence's first words, the sentence itself as related information.
      assert.equal(editor.document.getText(long.range), 'Le Gouvernement a renforcé');
      assert.ok((long.relatedInformation?.[0]?.location.range.end.character ?? 0) > 300, JSON.stringify(long.relatedInformation));
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, long.range, vscode.CodeActionKind.QuickFix.value);
      const silence = actions.find((action) => action.title === 'Désactiver « phrase-trop-longue » pour ce paragraphe (motif à écrire)');
      assert.ok(silence?.edit, actions.map((action) => action.title).join(' | '));
      editor.selection = new vscode.Selection(long.range.start, long.range.start);
      assert.ok(await vscode.workspace.applyEdit(silence.edit));
      const line = editor.document.lineAt(long.range.start.line).text;
      assert.equal(line, '<!-- qe: desactiver-paragraphe phrase-trop-longue :  -->');
      const cursor = editor.selection.active;
      assert.deepEqual([cursor.line, cursor.character], [long.range.start.line, line.indexOf(' -->')], 'curseur sur le motif');
      await snapshot('suppression-reason');
    });

    test('réglages filtrés par l’extension : sections françaises dans la table des matières, profil et apostrophe par leur nom', async () => {
      // One editor group and no side bar: the settings editor is wide enough to show its table of contents.
      await vscode.commands.executeCommand('workbench.action.joinAllGroups');
      await vscode.commands.executeCommand('workbench.action.closeSidebar');
      await vscode.commands.executeCommand('workbench.action.openSettings', '@ext:qe-reponses.qe-reponses');
      const shot = await snapshotUntil('settings', (reading) =>
        reading.settings.some((row) => /Profile/.test(row.label)) && reading.settingsToc.some((entry) => entry.label === 'Style maison') ? reading : undefined,
      );
      const toc = shot.settingsToc.map((entry) => entry.label);
      const sections = ['Style maison', 'Sigles et vocabulaire', 'Rédaction et réponses antérieures', 'Règles et grammaire', 'Avancé'];
      assert.deepEqual(toc.filter((label) => sections.includes(label)), sections, JSON.stringify(toc));
      const rows = shot.settings;
      assert.equal(rows.find((row) => /Profile/.test(row.label))?.value, 'Journal officiel', JSON.stringify(rows));
      assert.equal(rows.find((row) => /Apostrophe/.test(row.label))?.value, 'Indifférente', JSON.stringify(rows));
    });

    test('réglages parcourus : la section « Style maison » sous son titre, libellés sans préfixe « Qe: »', async () => {
      // Browsing (no search): walk the table of contents to the extension's first section, as the keyboard does.
      await vscode.commands.executeCommand('settings.action.clearSearchResults');
      // The editor leaves the search after the command returns: wait for the whole table of contents.
      await snapshotUntil('settings-cleared', (reading) => (reading.settingsToc.some((entry) => entry.label === 'Commonly Used') ? true : undefined));
      await vscode.commands.executeCommand('settings.action.focusTOC');
      await vscode.commands.executeCommand('list.collapseAll');
      await vscode.commands.executeCommand('list.focusLast');
      await vscode.commands.executeCommand('list.expand');
      const extension = 'Réponses aux questions écrites';
      for (let round = 0; round < 12; round++) {
        const toc = (await snapshot(`settings-toc-${round}`)).settingsToc;
        const focused = toc.findIndex((entry) => entry.focused);
        const target = toc.findIndex((entry) => entry.label === extension);
        if (focused >= 0 && target >= 0) {
          const move = target > focused ? 'list.focusDown' : 'list.focusUp';
          for (let step = 0; step < Math.abs(target - focused); step++) await vscode.commands.executeCommand(move);
          break;
        }
        // Not rendered yet (the list is virtual): move down one row at a time, the list scrolls with the focus.
        for (let step = 0; step < 5; step++) await vscode.commands.executeCommand('list.focusDown');
      }
      await vscode.commands.executeCommand('list.expand');
      await vscode.commands.executeCommand('list.focusDown');
      const shot = await snapshotUntil('settings-browse', (reading) =>
        reading.settingsGroups.includes('Style maison') && reading.settings.some((row) => /Profile/.test(row.label)) ? reading : undefined,
      );
      const profile = shot.settings.find((row) => /Profile/.test(row.label));
      // The section's id `qe.style` covers the keys' « qe » prefix, so VS Code shows « Profile », not « Qe: Profile ».
      assert.equal(profile?.category, '', JSON.stringify(shot.settings));
      assert.equal(profile?.value, 'Journal officiel');
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.commands.executeCommand('workbench.view.explorer');
    });

    test('barre d’état : l’élément affiché, avec le nombre de Problèmes ; ni ’ ni insécable encadrés', async () => {
      const editor = await open('editeur/typographie.qe.md');
      const diagnostics = await waitForDiagnostics(editor.document.uri, (ds) => ds.some((d) => diagnosticCode(d) === 'phrase-trop-longue'), MS, 'phrase-trop-longue');
      const listed = diagnostics.filter((d) => d.source === 'qe' && d.severity !== vscode.DiagnosticSeverity.Hint).length;
      const expected = listed === 0 ? 'aucune remarque' : listed === 1 ? '1 remarque' : `${listed} remarques`;
      const item = await snapshotUntil('status-bar', (shot) => shot.statusBar.find((entry) => entry.text.startsWith('Profil JO') && entry.text.includes(expected)));
      assert.match(item.text, /^Profil JO · /);
      const shot = await snapshot('unicode-highlight');
      assert.ok(editor.document.getText().includes('\u00a0') && editor.document.getText().includes('’'));
      assert.equal(shot.unicodeHighlights, 0, 'caractères encadrés par VS Code');
    });
  });
}
