/** Builders of FieldMatches for iptables options, shared by the core and per-module lowering. */
import type { IpFamily } from '../catalog/iptables';
import { nodeRange } from '../syntax/syntax-errors';
import type { Field } from './fields';
import type { OptionUse } from './iptables-resolve';
import { range } from './iptables-values';
import type { FieldMatch, Location, ValueItem } from './types';

/** What lowering a rule's matches needs besides the rule. */
export interface MatchContext {
  uri: string;
  family: IpFamily;
}

/** The location of an option node. */
export function optionLocation(uri: string, use: OptionUse): Location {
  return { uri, range: nodeRange(use.node) };
}

/** A FieldMatch for one option, negated as written. */
export function fieldMatch(
  use: OptionUse, context: MatchContext, field: Field, values: ValueItem[], extra: Partial<FieldMatch> = {},
): FieldMatch {
  return {
    kind: 'field', field, negated: use.negated, values, location: optionLocation(context.uri, use), text: use.node.text,
    module: use.owner?.extension?.aliasOf ?? use.owner?.extension?.name ?? '', ...extra,
  };
}

/** A condition the lowering adds because the kernel implies it (it takes the location of the option needing it). */
export function implicitMatch(use: OptionUse, context: MatchContext, field: Field, values: ValueItem[]): FieldMatch {
  return { ...fieldMatch(use, context, field, values), negated: false, implicit: true };
}

/** Every value of an n-bit field. */
export function everyValue(bits: number): ValueItem {
  return range(0, (1n << BigInt(bits)) - 1n);
}
