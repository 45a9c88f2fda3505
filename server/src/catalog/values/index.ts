/** Shared value parsing for both dialects: each parser returns a value or an error message and never throws. */
export * from './result';
export * from './numbers';
export * from './address';
export * from './services';
export * from './ports';
export * from './protocols';
export * from './icmp';
export * from './flags';
export * from './misc';
export * from './time';
export * from './nat-range';
export * from './validate-ipt';
