/** Small constants shared by several target files. */

/** Protocols carrying ports: what NAT with ports and conntrack helpers need -p to name. */
export const PORT_PROTOCOL_NAMES: string[] = ['tcp', 'udp', 'udplite', 'sctp', 'dccp'];
