/** Lowers an nftables tree into the ruleset model (being written: returns an empty model for now). */
import type { EngineHost, ParsedFile } from '../engine/source';
import { emptyRuleset } from './build';
import type { Ruleset } from './types';

/** Builds the model of an nft file, following its includes through the host. */
export function buildNftablesRuleset(file: ParsedFile, _host: EngineHost): Ruleset {
  return emptyRuleset(file);
}
