/** SCTP and DCCP header matches. */
import type { IptExtension } from '../types';
import { portOptions } from './tcp-udp';

/** Chunk type names the sctp match knows. */
export const SCTP_CHUNK_TYPES = [
  'DATA', 'INIT', 'INIT_ACK', 'SACK', 'HEARTBEAT', 'HEARTBEAT_ACK', 'ABORT', 'SHUTDOWN', 'SHUTDOWN_ACK', 'ERROR',
  'COOKIE_ECHO', 'COOKIE_ACK', 'ECN_ECNE', 'ECN_CWR', 'SHUTDOWN_COMPLETE', 'ASCONF', 'ASCONF_ACK', 'FORWARD_TSN',
  'I_DATA', 'RE_CONFIG', 'PAD', 'I_FORWARD_TSN', 'ALL', 'NONE',
];

/** Packet type names the dccp match knows. */
export const DCCP_TYPES = [
  'REQUEST', 'RESPONSE', 'DATA', 'ACK', 'DATAACK', 'CLOSEREQ', 'CLOSE', 'RESET', 'SYNC', 'SYNCACK', 'INVALID',
];

const SCTP: IptExtension = {
  name: 'sctp', kind: 'match', families: ['ipv4', 'ipv6'], kernelModule: 'xt_sctp', requiresProtocol: ['sctp'],
  summary: 'SCTP ports and chunk types.',
  doc: 'Tests the SCTP common header ports and which chunk types the packet carries. Needs `-p sctp`. '
    + 'Chunk tests look at every chunk of the packet, so they cost more than port tests.',
  example: '-A INPUT -p sctp -m sctp --dport 2905 --chunk-types any INIT -j ACCEPT',
  options: [
    ...portOptions('SCTP'),
    {
      name: '--chunk-types', value: 'other', argCount: 2, invertible: true,
      values: SCTP_CHUNK_TYPES,
      doc: 'First `all`, `any` or `only`, then a comma list of chunk types, each optionally followed by `:flags` '
        + '(upper case sets a flag, lower case requires it clear; DATA knows I U B E, ABORT and SHUTDOWN_COMPLETE know T).',
      example: '--chunk-types only DATA:Be,SACK',
    },
  ],
};

const DCCP: IptExtension = {
  name: 'dccp', kind: 'match', families: ['ipv4', 'ipv6'], kernelModule: 'xt_dccp', requiresProtocol: ['dccp'],
  summary: 'DCCP ports, packet types and options.',
  doc: 'Tests the ports and the packet type of the DCCP header, or whether a DCCP option is present. Needs `-p dccp`.',
  example: '-A INPUT -p dccp -m dccp --dport 5004 --dccp-types REQUEST -j ACCEPT',
  options: [
    ...portOptions('DCCP'),
    {
      name: '--dccp-types', value: 'enum', values: DCCP_TYPES, listsAllowed: true, invertible: true,
      doc: 'Matches when the packet type is one of the listed types.',
      example: '--dccp-types REQUEST,RESPONSE',
    },
    {
      name: '--dccp-option', value: 'int', min: 0, max: 255, invertible: true,
      doc: 'Matches when the DCCP header carries the option with this number.',
      example: '--dccp-option 32',
    },
  ],
};

/** sctp, dccp. */
export const SCTP_DCCP_MATCHES: IptExtension[] = [SCTP, DCCP];
