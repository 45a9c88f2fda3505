/**
 * Rule files in the workspace folders, found by name the way the extension recognises them (`*.nft`,
 * `nftables.conf`, `rules.v4`, `*.iptables`…). Only directory listings are read here; the files themselves are read
 * through the FileHost. Bounded: hidden folders and node_modules are skipped, and the walk stops at MAX_FILES.
 */
import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import { detectDialect } from '../syntax/dialect';
import type { Dialect } from '../model/types';
import { toPath, toUri } from '../engine/file-host';

const MAX_FILES = 500;
const MAX_DEPTH = 8;

export interface WorkspaceFile {
  uri: string;
  dialect: Dialect;
}

/** The rule files under the given folder URIs. */
export function workspaceRuleFiles(folderUris: readonly string[]): WorkspaceFile[] {
  const found: WorkspaceFile[] = [];
  const walk = (dir: string, depth: number): void => {
    if (depth > MAX_DEPTH || found.length >= MAX_FILES) return;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (found.length >= MAX_FILES) return;
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full, depth + 1);
      else if (entry.isFile()) {
        const dialect = detectDialect(full, '');
        if (dialect) found.push({ uri: toUri(full), dialect });
      }
    }
  };
  for (const folder of folderUris) if (folder.startsWith('file:')) walk(toPath(folder), 0);
  return found;
}
