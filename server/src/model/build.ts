/** Builds the ruleset model of a parsed file in either dialect. */
import type { EngineHost, ParsedFile } from '../engine/source';
import { buildIptablesRuleset } from './from-iptables';
import { buildNftablesRuleset } from './from-nftables';
import type { Ruleset } from './types';

/** Lowers a parsed file (and, for nft, the files it includes) into the ruleset model. */
export function buildRuleset(file: ParsedFile, host: EngineHost): Ruleset {
  return file.dialect === 'iptables' ? buildIptablesRuleset(file) : buildNftablesRuleset(file, host);
}

/** An empty ruleset for a file; builders start from it. */
export function emptyRuleset(file: ParsedFile): Ruleset {
  return { dialect: file.dialect, uri: file.uri, tables: [], variables: [], references: [], includes: [], problems: [] };
}
