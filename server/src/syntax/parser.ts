/**
 * Loads web-tree-sitter and the two grammars (WASM) once per process and parses text.
 *
 * The WASM files are looked up next to the running bundle (dist/) first, then in the repository layout
 * (node_modules/web-tree-sitter, tree-sitter-<dialect>/), so the same code serves the bundled server, the CLI
 * and tests run from out/.
 */
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { Language, Parser, Tree } from 'web-tree-sitter';
import type { Dialect } from '../model/types';

export type { Tree, Node as SyntaxNode } from 'web-tree-sitter';

let runtimeReady: Promise<void> | undefined;

/**
 * The runtime's cursor functions, for the tree mirror (syntax/tree-mirror.ts). The options object given to
 * `Parser.init` becomes the Emscripten module, which carries every exported function of the runtime.
 */
export interface WasmBinding {
  _ts_tree_root_node_wasm(tree: number): void;
  _ts_tree_cursor_new_wasm(tree: number): void;
  _ts_tree_cursor_delete_wasm(tree: number): void;
  _ts_tree_cursor_goto_first_child_wasm(tree: number): number;
  _ts_tree_cursor_goto_next_sibling_wasm(tree: number): number;
  _ts_tree_cursor_goto_parent_wasm(tree: number): number;
  _ts_tree_cursor_current_node_type_id_wasm(tree: number): number;
  _ts_tree_cursor_current_field_id_wasm(tree: number): number;
  _ts_tree_cursor_current_node_is_missing_wasm(tree: number): number;
  _ts_tree_cursor_start_index_wasm(tree: number): number;
  _ts_tree_cursor_end_index_wasm(tree: number): number;
  _ts_tree_cursor_current_node_wasm(tree: number): void;
  _ts_node_has_error_wasm(tree: number): number;
  /** Returns the transfer buffer's address (and only writes the language version numbers into it). */
  _ts_init(): number;
  /** The runtime's memory as 32-bit words (replaced by the runtime when its memory grows). */
  HEAP32: Int32Array;
}

const CURSOR_FUNCTIONS: readonly (keyof WasmBinding)[] = [
  '_ts_tree_root_node_wasm', '_ts_tree_cursor_new_wasm', '_ts_tree_cursor_delete_wasm', '_ts_tree_cursor_goto_first_child_wasm',
  '_ts_tree_cursor_goto_next_sibling_wasm', '_ts_tree_cursor_goto_parent_wasm', '_ts_tree_cursor_current_node_type_id_wasm',
  '_ts_tree_cursor_current_field_id_wasm', '_ts_tree_cursor_current_node_is_missing_wasm', '_ts_tree_cursor_start_index_wasm',
  '_ts_tree_cursor_end_index_wasm', '_ts_tree_cursor_current_node_wasm', '_ts_node_has_error_wasm', '_ts_init',
];

let binding: WasmBinding | undefined;

/** The runtime's cursor functions once the runtime is loaded (undefined before, or if a function is missing). */
export function wasmBinding(): WasmBinding | undefined {
  return binding;
}
const loading = new Map<Dialect, Promise<void>>();
const languages = new Map<Dialect, Language>();
const parsers = new Map<Dialect, Parser>();

/** Finds a file by walking up from this module's directory; the bundle and the tsc output differ in depth. */
function locate(candidates: string[]): string {
  let dir = __dirname;
  for (let depth = 0; depth < 6; depth++) {
    for (const candidate of candidates) {
      const full = path.join(dir, candidate);
      if (existsSync(full)) return full;
    }
    dir = path.dirname(dir);
  }
  throw new Error(`nfrules: cannot find ${candidates[0]} near ${__dirname}`);
}

/** Initialises web-tree-sitter and loads the grammars of the given dialects (default both); safe to call many times. */
export async function initParsers(dialects: readonly Dialect[] = ['iptables', 'nftables']): Promise<void> {
  runtimeReady ??= (async () => {
    const runtime = locate(['tree-sitter.wasm', 'dist/tree-sitter.wasm', 'node_modules/web-tree-sitter/tree-sitter.wasm']);
    const module: Record<string, unknown> = { locateFile: () => runtime };
    await Parser.init(module);
    if (CURSOR_FUNCTIONS.every((name) => typeof module[name] === 'function') && module.HEAP32 instanceof Int32Array) {
      binding = module as unknown as WasmBinding;
    }
  })();
  await runtimeReady;
  await Promise.all(dialects.map((dialect) => {
    let pending = loading.get(dialect);
    if (!pending) {
      pending = loadDialect(dialect);
      loading.set(dialect, pending);
    }
    return pending;
  }));
}

async function loadDialect(dialect: Dialect): Promise<void> {
  const file = `tree-sitter-${dialect}.wasm`;
  const lang = await Language.load(locate([file, `tree-sitter-${dialect}/${file}`, `dist/${file}`]));
  languages.set(dialect, lang);
  const parser = new Parser();
  parser.setLanguage(lang);
  parsers.set(dialect, parser);
}

/** Parses text of a dialect; initParsers() must have resolved. Pass the previous tree for incremental parsing. */
export function parse(dialect: Dialect, text: string, previous?: Tree): Tree {
  const parser = parsers.get(dialect);
  if (!parser) throw new Error('nfrules: parsers are not initialised (await initParsers() first)');
  const tree = parser.parse(text, previous ?? null);
  if (!tree) throw new Error('nfrules: tree-sitter returned no tree');
  return tree;
}

/** The loaded Language of a dialect, e.g. for queries. */
export function language(dialect: Dialect): Language {
  const lang = languages.get(dialect);
  if (!lang) throw new Error('nfrules: parsers are not initialised (await initParsers() first)');
  return lang;
}
