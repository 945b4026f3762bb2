/**
 * Node adapter of the spelling check: loads hunspell (WASM, `hunspell-asm`) and the French dictionary
 * (`dictionary-fr`: `index.aff`, `index.dic`) once, lazily and asynchronously, and hands a `SpellChecker` to the
 * core. The CLI awaits `loadSpellChecker()` before analysing; the language server starts `loadSpellChecker()`
 * at start-up and passes `currentSpellChecker()` (undefined until loaded: the rule then stays silent) to
 * `analyze`, then re-checks open documents when `loadSpellChecker()` resolves.
 *
 * Start-up cost: hunspell reading the 84,000 stems of `index.dic` takes ~135 ms of CPU. The build
 * (`scripts/copy-assets.mjs`) therefore also writes hunspell's memory right after it read the dictionary
 * (`hunspell-fr.mem`, `hunspell-fr.json`); when the image matches the dictionary (CRC-32 of both files), the
 * runtime's version and the probe verdicts, it is copied into a fresh runtime instead (~10 ms): same engine, same
 * state, same verdicts. Any mismatch or error falls back to reading `index.dic`.
 *
 * Dictionary files are looked for next to the bundle (`server/out/dictionaries/fr/`, copied there by
 * `scripts/copy-assets.mjs`), then in `node_modules/dictionary-fr` above this file (tests, `tsx`).
 */
import { closeSync, existsSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import { dirname, join } from 'node:path';
import hunspellRuntime from 'hunspell-asm/dist/cjs/lib/node/hunspell.js';
import { version as hunspellRuntimeVersion } from 'hunspell-asm/package.json';
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
  /** `image`: hunspell's memory restored from the build's image; `dictionary`: index.dic read by hunspell. */
  readonly source: 'image' | 'dictionary';
}

/** What we use of the emscripten module of hunspell-asm. */
interface HunspellRuntime {
  cwrap(name: string, returnType: 'number' | null, argTypes: readonly string[]): (...args: number[]) => number;
  FS: { writeFile(path: string, data: Uint8Array): void };
  allocateUTF8(text: string): number;
  HEAPU8: Uint8Array;
  UTF8ToString(pointer: number): string;
  getValue(pointer: number, type: string): number;
  _malloc(size: number): number;
  _free(pointer: number): void;
}

/** `WebAssembly.Memory` (the project's `lib` has no DOM, where its value is declared). */
const wasmMemory = (globalThis as unknown as { WebAssembly: { Memory: new (descriptor: { initial: number }) => unknown } }).WebAssembly.Memory;

/**
 * Starts the WASM runtime (once per call) and resolves when it is initialised. The emscripten module is a
 * thenable (`Module.then`): resolving a promise with it loops forever, so it is wrapped.
 */
function startRuntime(memoryBytes?: number): Promise<{ readonly runtime: HunspellRuntime }> {
  return new Promise((resolve, reject) => {
    const module: Record<string, unknown> = {};
    // The image's memory size (the runtime's own default is 16 MB; hunspell may have grown it).
    if (memoryBytes !== undefined) module.wasmMemory = new wasmMemory({ initial: memoryBytes / 65_536 });
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
  const affPath = runtime.allocateUTF8('/fr.aff');
  const dicPath = runtime.allocateUTF8('/fr.dic');
  return hunspellApi(runtime, create(affPath, dicPath));
}

/** File names and format of the memory image (written by `scripts/copy-assets.mjs`, same names there). */
const imageFiles = { format: 3, memory: 'hunspell-fr.mem', header: 'hunspell-fr.json' } as const;

interface ImageHeader {
  readonly format: number;
  readonly runtime: string;
  readonly handle: number;
  readonly memoryBytes: number;
  readonly imageBytes: number;
  /** Where the stored bytes go in the memory, in file order: [offset, length] (the pages left out are zero). */
  readonly runs: readonly (readonly [number, number])[];
  readonly aff: string;
  readonly dic: string;
  readonly probes: readonly (readonly [string, boolean])[];
}

const checksum = (bytes: Uint8Array): string => crc32(bytes).toString(16);

/** The runs are in order, do not overlap, fit in the memory and add up to the file. */
function runsFit(header: ImageHeader): boolean {
  if (!Array.isArray(header.runs)) return false;
  let end = 0;
  let total = 0;
  for (const run of header.runs) {
    if (!Array.isArray(run) || run.length !== 2) return false;
    const [offset, length] = run;
    if (!Number.isInteger(offset) || !Number.isInteger(length) || offset < end || length <= 0) return false;
    end = offset + length;
    total += length;
  }
  return end <= header.memoryBytes && total === header.imageBytes;
}

/**
 * hunspell restored from the build's memory image of `dir`, or undefined when there is none or it does not match
 * this dictionary and runtime (the caller then reads index.dic). The image holds the whole linear memory right
 * after `Hunspell_create` (allocator state included), its all-zero pages left out; the instance handle is its pointer.
 */
async function restoreHunspell(dir: string, aff: Uint8Array, dic: Uint8Array): Promise<SpellChecker | undefined> {
  const headerPath = join(dir, imageFiles.header);
  const memoryPath = join(dir, imageFiles.memory);
  if (!existsSync(headerPath) || !existsSync(memoryPath)) return undefined;
  let header: ImageHeader;
  try {
    header = JSON.parse(readFileSync(headerPath, 'utf8')) as ImageHeader;
  } catch {
    return undefined;
  }
  if (header.format !== imageFiles.format || header.runtime !== hunspellRuntimeVersion) return undefined;
  if (!Number.isInteger(header.memoryBytes) || header.memoryBytes % 65_536 !== 0 || !(header.imageBytes <= header.memoryBytes)) return undefined;
  if (!runsFit(header)) return undefined;
  if (header.aff !== checksum(aff) || header.dic !== checksum(dic)) return undefined;
  const { runtime } = await startRuntime(header.memoryBytes);
  if (runtime.HEAPU8.length !== header.memoryBytes) return undefined;
  // Read straight into the WASM memory (no copy).
  const fd = openSync(memoryPath, 'r');
  try {
    if (fstatSync(fd).size !== header.imageBytes) return undefined;
    let position = 0;
    for (const [offset, length] of header.runs) {
      for (let done = 0; done < length; ) {
        const read = readSync(fd, runtime.HEAPU8, offset + done, length - done, position + done);
        if (read === 0) return undefined;
        done += read;
      }
      position += length;
    }
  } finally {
    closeSync(fd);
  }
  // Between the runs and past them, a fresh runtime's memory is all zero, as in the image (checked when the image is
  // written): nothing to clear, and those pages stay untouched.
  const engine = hunspellApi(runtime, header.handle);
  return header.probes.every(([word, verdict]) => engine.correct(word) === verdict) ? engine : undefined;
}

/** The checker on a hunspell instance (`handle`) of the runtime. */
function hunspellApi(runtime: HunspellRuntime, handle: number): SpellChecker {
  const spell = runtime.cwrap('Hunspell_spell', 'number', ['number', 'number']);
  const suggest = runtime.cwrap('Hunspell_suggest', 'number', ['number', 'number', 'number']);
  const freeList = runtime.cwrap('Hunspell_free_list', null, ['number', 'number', 'number']);
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
function findDictionaryDir(start: string = __dirname): string | undefined {
  const bundled = join(start, 'dictionaries', 'fr');
  if (existsSync(join(bundled, 'index.aff'))) return bundled;
  for (let dir = start; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', 'dictionary-fr');
    if (existsSync(join(candidate, 'index.aff')) && existsSync(join(candidate, 'index.dic'))) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

/** hunspell on the dictionary of `dir`: from its memory image when it matches, else by reading index.dic. */
export async function openHunspell(dir: string): Promise<{ readonly engine: SpellChecker; readonly source: SpellingLoadStats['source'] }> {
  const aff = readFileSync(join(dir, 'index.aff'));
  const dic = readFileSync(join(dir, 'index.dic'));
  const restored = await restoreHunspell(dir, aff, dic).catch(() => undefined);
  if (restored) return { engine: restored, source: 'image' };
  return { engine: await createHunspell(aff, dic), source: 'dictionary' };
}

/** Loads the checker once (later calls return the same promise). Rejects with a French message on failure. */
export function loadSpellChecker(options: SpellingOptions = {}): Promise<SpellChecker> {
  loading ??= (async () => {
    const started = performance.now();
    const dir = options.dictionaryDir ?? findDictionaryDir();
    if (!dir) throw new Error('Dictionnaire français introuvable (fichiers index.aff et index.dic du paquet dictionary-fr).');
    const { engine, source } = await openHunspell(dir);
    loaded = cachingSpellChecker(engine, options.acceptedWords ? { acceptedWords: options.acceptedWords } : {});
    stats = { milliseconds: performance.now() - started, dictionaryDir: dir, source };
    return loaded;
  })();
  return loading;
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
