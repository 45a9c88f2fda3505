/** Lowers an iptables-save tree into the ruleset model (being written: returns an empty model for now). */
import type { ParsedFile } from '../engine/source';
import { emptyRuleset } from './build';
import type { Ruleset } from './types';

/** Builds the model of an iptables-save / iptables-restore file. */
export function buildIptablesRuleset(file: ParsedFile): Ruleset {
  return emptyRuleset(file);
}
