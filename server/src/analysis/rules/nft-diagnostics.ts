/** The nft diagnostics, in one list the table of rules includes (each lives in its own file). */
import type { DiagnosticRule } from '../index';
import { duplicateDeclaration } from './duplicate-declaration';
import { duplicateProperty } from './duplicate-property';
import { includeCycle } from './include-cycle';
import { includeNotFound } from './include-not-found';
import { includeNotRead } from './include-not-read';
import { invalidChainType } from './invalid-chain-type';
import { invalidHook } from './invalid-hook';
import { invalidPriority } from './invalid-priority';
import { jumpToBaseChain } from './jump-to-base-chain';
import { missingDevice } from './missing-device';
import { missingSeparator } from './missing-separator';
import { invalidSetType } from './invalid-set-type';
import { natNeedsProtocol } from './nat-needs-protocol';
import { needsIntervalFlag } from './needs-interval-flag';
import { nftInvalidValue } from './nft-invalid-value';
import { nftPolicyOnUserChain } from './nft-policy-on-user-chain';
import { tproxyNeedsProtocol } from './tproxy-needs-protocol';
import { typeMismatch } from './type-mismatch';
import { undefinedElement } from './undefined-element';
import { undefinedFlowtable } from './undefined-flowtable';
import { undefinedMap } from './undefined-map';
import { undefinedObject } from './undefined-object';
import { undefinedSet } from './undefined-set';
import { undefinedTable } from './undefined-table';
import { undefinedVariable } from './undefined-variable';
import { unknownKey } from './unknown-key';
import { unusedSet } from './unused-set';
import { unusedVariable } from './unused-variable';
import { useBeforeDeclaration } from './use-before-declaration';
import { wrongFamily } from './wrong-family';

/** Every nft diagnostic rule. */
export const NFT_RULES: DiagnosticRule[] = [
  undefinedTable, undefinedSet, undefinedMap, undefinedFlowtable, undefinedObject, undefinedVariable, useBeforeDeclaration,
  duplicateDeclaration, duplicateProperty, typeMismatch, wrongFamily, nftInvalidValue, missingSeparator, unknownKey,
  needsIntervalFlag, includeNotFound, includeNotRead, includeCycle, invalidChainType, invalidHook, invalidPriority, missingDevice,
  unusedSet, unusedVariable, tproxyNeedsProtocol, natNeedsProtocol, nftPolicyOnUserChain, jumpToBaseChain, invalidSetType,
  undefinedElement,
];
