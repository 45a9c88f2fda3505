/**
 * Our explanations of the small closed vocabularies both dialects share (conntrack states, TCP flags), for hovers
 * and completion items. The catalog names the words; this file says what each one means to a rule author.
 */

/** Conntrack states (iptables upper case, nft lower case), what each means for a packet. */
export const CT_STATE_DOCS: Readonly<Record<string, string>> = {
  new: 'The packet opens a connection conntrack has not seen before (for TCP usually the SYN, but any first packet counts).',
  established: 'The packet belongs to a connection that has seen traffic in both directions; the usual state to accept early.',
  related: 'The packet starts or belongs to a connection expected by another one: an ICMP error about a known flow, an FTP data channel a helper announced.',
  invalid: 'Conntrack could not place the packet (malformed, out of window, no memory); such packets are best dropped.',
  untracked: 'The packet was exempted from tracking (raw table NOTRACK / CT --notrack, nft notrack), so no other state applies.',
  snat: 'Virtual state: the connection\'s original source differs from its reply destination (source NAT was applied).',
  dnat: 'Virtual state: the connection\'s original destination differs from its reply source (destination NAT was applied).',
};

/** TCP header flags. */
export const TCP_FLAG_DOCS: Readonly<Record<string, string>> = {
  syn: 'Synchronise: the first packet of a handshake (and the reply, with ACK).',
  ack: 'The acknowledgement number is valid; set on every packet after the first.',
  fin: 'The sender has finished sending.',
  rst: 'Reset: abort the connection at once.',
  urg: 'The urgent pointer is valid.',
  psh: 'Push: deliver the data to the application without waiting.',
  ecn: 'ECN echo: the peer saw congestion (ECE).',
  cwr: 'Congestion window reduced, the answer to ECN echo.',
  all: 'Every flag (as a mask: look at all of them).',
  none: 'No flag (as a comparison: all masked flags clear).',
};
