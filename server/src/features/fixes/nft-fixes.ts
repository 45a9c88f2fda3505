/** The nft fix builders by diagnostic code, included in the table of fixes. */
import type { CodeFix, FixBuilder, FixContext } from '../code-actions';
import { createChainFixes } from './nft-create-chain';
import { createSetFixes } from './nft-create-set';
import { createVariableFixes } from './nft-create-variable';
import { didYouMeanFixes } from './nft-did-you-mean';
import { createTableFixes, intervalFlagFixes, protocolFixes, separatorFixes } from './nft-insert';
import { priorityFixes } from './nft-priority';
import { removeDeclarationFixes } from './nft-remove';

function both(...builders: FixBuilder[]): FixBuilder {
  return (context: FixContext): CodeFix[] => builders.flatMap((b) => b(context));
}

/** For a code both dialects report: the iptables builder on iptables files, the nft one on nft files. */
export function byDialect(iptables: FixBuilder, code: string): FixBuilder {
  return (context) => (context.file.dialect === 'nftables' ? NFT_FIXES[code]?.(context) ?? [] : iptables(context));
}

/** Fixes for the nft diagnostics (did-you-mean first: it is the likelier intent). */
export const NFT_FIXES: Record<string, FixBuilder> = {
  'undefined-chain': both(didYouMeanFixes, createChainFixes),
  'undefined-set': both(didYouMeanFixes, createSetFixes),
  'undefined-map': both(didYouMeanFixes, createSetFixes),
  'undefined-flowtable': didYouMeanFixes,
  'undefined-object': didYouMeanFixes,
  'undefined-variable': both(didYouMeanFixes, createVariableFixes),
  'undefined-table': both(didYouMeanFixes, createTableFixes),
  'unknown-key': didYouMeanFixes,
  'invalid-value': didYouMeanFixes,
  'missing-separator': separatorFixes,
  'tproxy-needs-protocol': protocolFixes,
  'nat-needs-protocol': protocolFixes,
  'needs-interval-flag': intervalFlagFixes,
  'duplicate-property': removeDeclarationFixes,
  'policy-on-user-chain': removeDeclarationFixes,
  'invalid-priority': priorityFixes,
};
