/**
 * `ct-before-conntrack`: a conntrack match (`ct state`, `-m conntrack`, `-m state`, `ct mark`, `-m connmark`…) in a
 * chain that runs before connection tracking (the raw table, or an nft base chain at prerouting/output with a
 * priority below -200), directly or through jumps. There every packet still has no conntrack entry: `ct state` is
 * `invalid` for all of them, so a test for new/established/related never holds, and a test for invalid always does.
 */
import type { Match, Problem, Ruleset } from '../../model/types';
import { pathText } from '../chain-contexts';
import { CONNTRACK_PRIORITY, contextsBeforeConntrack } from '../conntrack-point';
import { jumpsKey } from '../chain-graph';
import type { DiagnosticRule } from '../index';
import { pathRelated } from './wrong-hook';

const IPTABLES_CT_MODULES = new Set(['conntrack', 'state', 'connmark', 'connlabel', 'connbytes', 'helper']);

/** Whether a match reads the packet's conntrack entry. */
function readsConntrack(match: Match): boolean {
  if (match.kind === 'field' && match.implicit) return false;
  if (match.kind === 'field' && match.field.startsWith('ct.')) return true;
  const module = match.module ?? '';
  return IPTABLES_CT_MODULES.has(module) || module === 'ct' || module.startsWith('ct ');
}

export const ctBeforeConntrack: DiagnosticRule = {
  codes: ['ct-before-conntrack'],
  reads: (rule, at) => jumpsKey(rule, at) + rule.matches.filter(readsConntrack).map((m) => `${m.text} ${at(m.location)};`).join(''),
  run(ruleset: Ruleset): Problem[] {
    const problems: Problem[] = [];
    for (const table of ruleset.tables) {
      for (const chain of table.chains) {
        const early = contextsBeforeConntrack(table, chain);
        if (early.length === 0) continue;
        const first = early[0];
        const where = `'${first.base.name}' (priority ${first.base.base?.priority}${first.path.length > 0 ? `, through ${pathText(first)}` : ''})`;
        for (const rule of chain.rules) {
          for (const match of rule.matches) {
            if (!readsConntrack(match)) continue;
            problems.push({
              code: 'ct-before-conntrack', severity: 'warning', location: match.location,
              message: `\`${match.text}\` runs before connection tracking (below priority ${CONNTRACK_PRIORITY}) in ${where}: no packet has a conntrack entry yet, so every packet looks invalid here. Move the test to a chain after conntrack (e.g. priority filter, or the mangle/filter table).`,
              related: pathRelated(first),
              data: { base: first.base.name, priority: first.base.base?.priority },
            });
          }
        }
      }
    }
    return problems;
  },
};
