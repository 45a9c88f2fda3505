/**
 * `notrack-too-late`: a do-not-track statement (nft `notrack`, iptables `-j NOTRACK`/`-j CT --notrack`) in a chain
 * that runs after connection tracking has already looked at the packet — any hook but prerouting/output, or a
 * priority above -200. The kernel accepts it and nothing happens: the packet keeps its conntrack entry.
 */
import type { Problem, Rule, Ruleset, Statement } from '../../model/types';
import { chainContexts, pathText } from '../chain-contexts';
import { CONNTRACK_PRIORITY, afterConntrack } from '../conntrack-point';
import { jumpsKey } from '../chain-graph';
import type { DiagnosticRule } from '../index';
import { pathRelated } from './wrong-hook';
import { RuleMemo } from '../rule-memo';

export const notrackTooLate: DiagnosticRule = {
  codes: ['notrack-too-late'],
  reads: (rule, at) => jumpsKey(rule, at) + notracksOf(rule).map((s) => `notrack ${at(s.location)};`).join(''),
  run(ruleset: Ruleset): Problem[] {
    const problems: Problem[] = [];
    for (const table of ruleset.tables) {
      const contexts = chainContexts(table);
      for (const chain of table.chains) {
        const late = (contexts.get(chain) ?? []).filter((c) => afterConntrack(c.base));
        if (late.length === 0) continue;
        const first = late[0];
        const info = first.base.base;
        for (const rule of chain.rules) {
          for (const statement of notracksOf(rule)) {
            const when = info && (info.hook === 'prerouting' || info.hook === 'output') ? `at priority ${info.priority}, after conntrack (${CONNTRACK_PRIORITY})` : `at ${info?.hook}, where conntrack has already run`;
            problems.push({
              code: 'notrack-too-late', severity: 'warning', location: statement.location,
              message: `This do-not-track has no effect: it runs in '${first.base.name}' ${when}${first.path.length > 0 ? ` (through ${pathText(first)})` : ''}. Put it in a prerouting or output chain with priority raw (-300).`,
              related: pathRelated(first),
              data: { base: first.base.name },
            });
          }
        }
      }
    }
    return problems;
  },
};

const notracks = new RuleMemo<Statement[]>('notracks');

/** A rule's do-not-track statements, kept per rule (an unchanged rule is the same object at the next check). */
function notracksOf(rule: Rule): Statement[] {
  let found = notracks.get(rule);
  if (!found) {
    found = rule.statements.filter((s) => s.effect.kind === 'notrack');
    notracks.set(rule, found);
  }
  return found;
}
