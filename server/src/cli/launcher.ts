/**
 * `qe-check`'s entry point: runs the checker's bundle (`qe-check-bundle.js`) with the V8 code cache that the build
 * made for it (`qe-check-bundle.cache`), so that a short check does not spend its time compiling.
 *
 * The cache holds the bytecode of every function a check of the example dossiers ran (`npm run build` runs one,
 * `produceCodeCache`): without it, Node parses the 2 MB bundle and compiles each function at its first call, about
 * 70 ms of CPU for a 1,000-word dossier. It is used only when its header names this Node, V8 and architecture and
 * the CRC-32 of both the bundle and the cache (against a stale or damaged cache, not an attacker, who could change the
 * bundle too: SHA-256 cost `node:crypto` some 4 ms to load and hash at each start); V8 itself refuses a cache of
 * other flags or another version. Any mismatch or error: the bundle is compiled as without a cache (same code, same
 * output). Nothing is written at run time.
 */
import { crc32 } from 'node:zlib';
import { readFileSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { join } from 'node:path';
import { Script } from 'node:vm';
import { boundHeapForBatch, compileRegExpsOnce, skipOptimizingCompilerForBatch } from '../node/v8-flags';

const files = { bundle: 'qe-check-bundle.js', cache: 'qe-check-bundle.cache', header: 'qe-check-bundle.cache.json' } as const;

interface CacheHeader {
  readonly format: 2;
  readonly node: string;
  readonly v8: string;
  readonly arch: string;
  /** CRC-32 (hexadecimal) of the bundle and of the cache. */
  readonly bundle: string;
  readonly cache: string;
}

/** `used`: V8 took the cache; `rejected`: V8 refused it; `absent`: none, or its header does not match. */
export type CodeCacheUse = 'used' | 'rejected' | 'absent';

const checksum = (data: Buffer) => crc32(data).toString(16);

/** The cache for the bundle's bytes when its header matches this runtime and both files, else undefined. */
function matchingCache(dir: string, bundle: Buffer): Buffer | undefined {
  try {
    const header = JSON.parse(readFileSync(join(dir, files.header), 'utf8')) as Partial<CacheHeader>;
    if (header.format !== 2 || header.node !== process.version || header.v8 !== process.versions.v8 || header.arch !== process.arch) return undefined;
    if (header.bundle !== checksum(bundle)) return undefined;
    const cache = readFileSync(join(dir, files.cache));
    return header.cache === checksum(cache) ? cache : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Compiles the bundle of `dir` (with its cache unless `useCache` is false) and runs it as a CommonJS module: it
 * reads `process.argv` and checks the files named there.
 */
export function launch(dir: string = __dirname, useCache = true): { use: CodeCacheUse; script: Script } {
  // The same V8 flags as when the cache was made (V8 refuses a cache of other flags); the bundle sets them again.
  compileRegExpsOnce();
  boundHeapForBatch();
  skipOptimizingCompilerForBatch();
  const filename = join(dir, files.bundle);
  // Read once as bytes: hashed as they are (hashing the decoded text would encode its 3 MB to UTF-8 again), then
  // decoded once (about 4 ms of CPU less than reading as text, then hashing the text).
  const bytes = readFileSync(filename);
  const source = bytes.toString('utf8');
  const cachedData = useCache ? matchingCache(dir, bytes) : undefined;
  // Node's own CommonJS wrapper: the bundle sees the usual module variables.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename, ...(cachedData ? { cachedData } : {}) });
  const use: CodeCacheUse = cachedData === undefined ? 'absent' : script.cachedDataRejected === true ? 'rejected' : 'used';
  const bundleModule = new Module(filename, module);
  bundleModule.filename = filename;
  const wrapper = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: Module, filename: string, dirname: string) => void;
  // The bundle requires only Node's built-in modules (esbuild inlined the rest): the launcher's `require` serves.
  wrapper.call(bundleModule.exports, bundleModule.exports, require, bundleModule, filename, dir);
  return { use, script };
}

/**
 * Build step: checks `args` (the example dossiers) with the bundle of `dir` compiled afresh, then writes the code
 * cache of every function that ran, and its header, when the process ends.
 */
export function produceCodeCache(dir: string, args: readonly string[]): void {
  process.argv = [process.argv[0]!, join(dir, files.bundle), ...args];
  const { script } = launch(dir, false);
  process.once('exit', () => {
    const cache = script.createCachedData();
    const header: CacheHeader = { format: 2, node: process.version, v8: process.versions.v8, arch: process.arch, bundle: checksum(readFileSync(join(dir, files.bundle))), cache: checksum(cache) };
    writeFileSync(join(dir, files.cache), cache);
    writeFileSync(join(dir, files.header), `${JSON.stringify(header, null, 2)}\n`);
  });
}

if (require.main === module) launch();
