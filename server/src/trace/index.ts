/** The traversal simulator's public face: trace a packet, parse and print packet specs, list base chains. */
export { tracePacket } from './simulate';
export { parsePacketSpec, validatePacketSpec, parseShortForm, formatPacketSpec, PacketSpecError } from './packet-spec';
export { baseChains, packetFor, type BaseChainEntry } from './base-chains';
export type { Assumption, ConntrackState, Delivered, HookVisit, PacketSpec, TraceOptions, TraceResult, TraceStep } from './types';
export { toReply, type TraceReply, type TraceReplyStep } from './reply';
