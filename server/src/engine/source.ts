/** Parsed source files and the host interface through which the engine reaches other files (includes). */
import type { Tree } from 'web-tree-sitter';
import type { LoweringMemo } from '../model/iptables-memo';
import type { NftLoweringMemo } from '../model/nft-memo';
import type { Dialect } from '../model/types';

/** One parsed file. The owner of the tree (document store or CLI) deletes it when the file is gone. */
export interface ParsedFile {
  uri: string;
  text: string;
  dialect: Dialect;
  tree: Tree;
  /** Lowering results of the previous check of this document, to reuse for unchanged rules (the server keeps one). */
  memo?: LoweringMemo;
  /** The same for an nft document (model/nft-memo.ts). */
  nftMemo?: NftLoweringMemo;
}

/**
 * What the engine may ask of its environment. The engine itself does no I/O: the server answers from open documents
 * and the workspace, the CLI from the file system, tests from a map.
 */
export interface EngineHost {
  /** Files an nft `include` pattern names, resolved against the including file and the include directories. */
  resolveInclude(pattern: string, fromUri: string): ParsedFile[];
  /**
   * Files the last resolveInclude(pattern, fromUri) matched but would not read, with the reason (a FIFO, a device,
   * over the size limit, a link loop, too many glob matches). Optional: a host without it refuses nothing.
   */
  refusedIncludes?(pattern: string, fromUri: string): IncludeRefusal[];
}

/** A file (or glob) an include reached that the host did not read, and why, in words for a diagnostic. */
export interface IncludeRefusal {
  path: string;
  reason: string;
}

/** A host with no other files: includes resolve to nothing. */
export const NO_FILES: EngineHost = { resolveInclude: () => [] };
