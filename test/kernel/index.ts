/**
 * Kernel ground truth for nfrules: real loads and real packet traces in throwaway network namespaces.
 * See test/kernel/README.md for the topology, the rule-position mapping and the measured facts.
 */
export { kernelAvailable, Availability } from './lib/available';
export { loadRuleset, Dialect, LoadOptions, LoadResult } from './lib/load';
export { traceRuleset, TraceInput } from './lib/trace';
export { TraceEvent, TraceOutcome, TraceResult } from './lib/trace-result';
export { PacketSpec } from './lib/packet';
export * from './lib/topology-addresses';
