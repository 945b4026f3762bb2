/**
 * Node adapter of the spelling check: loads hunspell (WASM, `hunspell-asm`) and the French dictionary
 * (`dictionary-fr`: `index.aff`, `index.dic`) once, lazily and asynchronously, and hands a `SpellChecker` to the
 * core. The CLI awaits `loadSpellChecker()` before analysing; the language server calls `prepareSpellChecker()`
 * at start-up and passes `currentSpellChecker()` (undefined until loaded: the rule then stays silent) to
 * `analyze`, then re-checks open documents when `loadSpellChecker()` resolves.
 *
 * Dictionary files are looked for next to the bundle (`server/out/dictionaries/fr/`, copied there by
 * `scripts/copy-assets.mjs`), then in `node_modules/dictionary-fr` above this file (tests, `tsx`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import hunspellRuntime from 'hunspell-asm/dist/cjs/lib/node/hunspell.js';
import { cachingSpellChecker, spellingSuggestions, type SpellChecker } from '../core';

export interface SpellingOptions {
  /** Folder holding `index.aff` and `index.dic` (default: found as described above). */
  readonly dictionaryDir?: string;
  /** Words always accepted (the style pack's `motsAcceptes` are also honoured by the rule itself). */
  readonly acceptedWords?: Iterable<string>;
}

export interface SpellingLoadStats {
  readonly milliseconds: number;
  readonly dictionaryDir: string;
}

/** What we use of the emscripten module of hunspell-asm. */
interface HunspellRuntime {
  cwrap(name: string, returnType: 'number' | null, argTypes: readonly string[]): (...args: number[]) => number;
  FS: { writeFile(path: string, data: Uint8Array): void };
  allocateUTF8(text: string): number;
  UTF8ToString(pointer: number): string;
  getValue(pointer: number, type: string): number;
  _malloc(size: number): number;
  _free(pointer: number): void;
}

/**
 * Starts the WASM runtime (once per call) and resolves when it is initialised. The emscripten module is a
 * thenable (`Module.then`): resolving a promise with it loops forever, so it is wrapped.
 */
function startRuntime(): Promise<{ readonly runtime: HunspellRuntime }> {
  return new Promise((resolve, reject) => {
    const module: Record<string, unknown> = {};
    module.onRuntimeInitialized = () => resolve({ runtime: module as unknown as HunspellRuntime });
    // The runtime must never end the process: its `quit` would call `process.exit`.
    module.quit = (status: number, toThrow?: unknown) => {
      throw toThrow instanceof Error ? toThrow : new Error(`hunspell : arrêt (${status})`);
    };
    const installed = processListeners();
    try {
      hunspellRuntime(module);
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
    } finally {
      tameRuntime(installed);
    }
  });
}

type ProcessEvent = 'uncaughtException' | 'unhandledRejection';
const processEvents: readonly ProcessEvent[] = ['uncaughtException', 'unhandledRejection'];

/** The process's handlers of an error event (typed through one overload: both events take a listener). */
function listenersOf(event: ProcessEvent): ((...args: unknown[]) => void)[] {
  return process.listeners(event as 'uncaughtException') as ((...args: unknown[]) => void)[];
}

function processListeners(): Map<ProcessEvent, Set<unknown>> {
  return new Map(processEvents.map((event) => [event, new Set<unknown>(listenersOf(event))]));
}

/**
 * The emscripten runtime adds a process-wide `uncaughtException` handler that rethrows: any error anywhere (an
 * unhandled rejection included) then ends the process with exit code 7 and prints the whole minified runtime
 * (990 KB). Whatever handlers it added are removed: errors are the host's to handle (the server logs them).
 */
function tameRuntime(before: Map<ProcessEvent, Set<unknown>>): void {
  for (const event of processEvents) {
    for (const listener of listenersOf(event)) {
      if (!before.get(event)!.has(listener)) process.removeListener(event as 'uncaughtException', listener);
    }
  }
}

/** A hunspell instance on the given affix and dictionary data (the C API through `cwrap`, as hunspell-asm does). */
async function createHunspell(aff: Uint8Array, dic: Uint8Array): Promise<SpellChecker> {
  const { runtime } = await startRuntime();
  runtime.FS.writeFile('/fr.aff', aff);
  runtime.FS.writeFile('/fr.dic', dic);
  const create = runtime.cwrap('Hunspell_create', 'number', ['number', 'number']);
  const spell = runtime.cwrap('Hunspell_spell', 'number', ['number', 'number']);
  const suggest = runtime.cwrap('Hunspell_suggest', 'number', ['number', 'number', 'number']);
  const freeList = runtime.cwrap('Hunspell_free_list', null, ['number', 'number', 'number']);
  const affPath = runtime.allocateUTF8('/fr.aff');
  const dicPath = runtime.allocateUTF8('/fr.dic');
  const handle = create(affPath, dicPath);
  const withString = <T>(text: string, use: (pointer: number) => T): T => {
    const pointer = runtime.allocateUTF8(text.normalize());
    try {
      return use(pointer);
    } finally {
      runtime._free(pointer);
    }
  };
  return {
    correct: (word) => withString(word, (pointer) => spell(handle, pointer) !== 0),
    suggest: (word) =>
      withString(word, (pointer) => {
        const listPointer = runtime._malloc(4);
        const count = suggest(handle, listPointer, pointer);
        const list = runtime.getValue(listPointer, '*');
        const result: string[] = [];
        for (let i = 0; i < count; i++) result.push(runtime.UTF8ToString(runtime.getValue(list + i * 4, '*')));
        freeList(handle, listPointer, count);
        runtime._free(listPointer);
        return result;
      }),
  };
}

let loading: Promise<SpellChecker> | undefined;
let loaded: SpellChecker | undefined;
let stats: SpellingLoadStats | undefined;

/** The folder of `index.aff` / `index.dic`, or undefined when none is found. */
export function findDictionaryDir(start: string = __dirname): string | undefined {
  const bundled = join(start, 'dictionaries', 'fr');
  if (existsSync(join(bundled, 'index.aff'))) return bundled;
  for (let dir = start; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', 'dictionary-fr');
    if (existsSync(join(candidate, 'index.aff')) && existsSync(join(candidate, 'index.dic'))) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

/** Loads the checker once (later calls return the same promise). Rejects with a French message on failure. */
export function loadSpellChecker(options: SpellingOptions = {}): Promise<SpellChecker> {
  loading ??= (async () => {
    const started = performance.now();
    const dir = options.dictionaryDir ?? findDictionaryDir();
    if (!dir) throw new Error('Dictionnaire français introuvable (fichiers index.aff et index.dic du paquet dictionary-fr).');
    const engine = await createHunspell(readFileSync(join(dir, 'index.aff')), readFileSync(join(dir, 'index.dic')));
    loaded = cachingSpellChecker(engine, options.acceptedWords ? { acceptedWords: options.acceptedWords } : {});
    stats = { milliseconds: performance.now() - started, dictionaryDir: dir };
    return loaded;
  })();
  return loading;
}

/** Starts loading in the background (errors are reported through `onError`, once). */
export function prepareSpellChecker(onError?: (message: string) => void, options: SpellingOptions = {}): void {
  loadSpellChecker(options).catch((error: unknown) => onError?.(error instanceof Error ? error.message : String(error)));
}

/** The checker when loaded, else undefined (the rule `orthographe` then reports nothing). */
export function currentSpellChecker(): SpellChecker | undefined {
  return loaded;
}

/** Load time and dictionary folder of the loaded checker. */
export function spellingLoadStats(): SpellingLoadStats | undefined {
  return stats;
}

/** Suggestions for a reported word (code-action handler): loads the checker if needed. */
export async function suggestSpelling(word: string, limit = 5): Promise<string[]> {
  const checker = await loadSpellChecker();
  return spellingSuggestions(checker, word, limit);
}
