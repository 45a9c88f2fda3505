/**
 * Addresses and interface names of the trace topology: client ns -- fw ns -- server ns, joined by veth pairs.
 * Only 198.18.0.0/15 (benchmarking range) and fd00::/8 (unique local) are used, and only inside the namespaces.
 */

/** The client's address (client side network 198.18.0.0/24). */
export const CLIENT4 = '198.18.0.2';
/** fw's address on the client side: packets to it are delivered locally in fw. */
export const FW4 = '198.18.0.1';
/** fw's address on the server side (198.18.1.0/24); default source of packets fw sends itself. */
export const FW_SERVER_SIDE4 = '198.18.1.1';
/** The server's address: packets to it from the client are forwarded by fw. */
export const SERVER4 = '198.18.1.2';

/** IPv6 client address (client side network fd00:18::/64). */
export const CLIENT6 = 'fd00:18::2';
/** IPv6 fw address on the client side. */
export const FW6 = 'fd00:18::1';
/** IPv6 fw address on the server side (fd00:18:1::/64). */
export const FW_SERVER_SIDE6 = 'fd00:18:1::1';
/** IPv6 server address. */
export const SERVER6 = 'fd00:18:1::2';

/** fw's interface towards the client, as rulesets loaded into fw name it (`iifname "veth-c"`, `-i veth-c`). */
export const FW_CLIENT_IF = 'veth-c';
/** fw's interface towards the server. */
export const FW_SERVER_IF = 'veth-s';
/** The single interface of the client and of the server namespaces. */
export const PEER_IF = 'eth0';

/** Prefix lengths of the two networks. */
export const PREFIX4 = 24;
export const PREFIX6 = 64;
