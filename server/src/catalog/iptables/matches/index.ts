/** Every iptables match module in the catalog, mainline (iptables 1.8.9) and common xtables-addons ones. */
import type { IptExtension } from '../types';
import { ADDRESS_MATCHES } from './addresses';
import { CONNTRACK_MATCHES } from './conntrack';
import { ICMP_MATCHES } from './icmp';
import { INTERFACE_MATCHES } from './interfaces';
import { IP_HEADER_MATCHES } from './ip-header';
import { IPSEC_MATCHES } from './ipsec';
import { IPV6_HEADER_MATCHES } from './ipv6-headers';
import { LOAD_BALANCING_MATCHES } from './load-balancing';
import { SOCKET_MATCHES } from './local-sockets';
import { MARK_MATCHES } from './marks-labels';
import { PAYLOAD_MATCHES } from './payload';
import { RATE_MATCHES } from './rate-limits';
import { HISTORY_MATCHES } from './recent-time';
import { SCTP_DCCP_MATCHES } from './sctp-dccp';
import { TCP_UDP_MATCHES } from './tcp-udp';
import { XTABLES_ADDONS_MATCHES } from './xtables-addons';

/** All match extensions, one entry per `-m NAME` (names are unique). */
export const IPT_MATCH_EXTENSIONS: IptExtension[] = [
  ...TCP_UDP_MATCHES,
  ...SCTP_DCCP_MATCHES,
  ...ICMP_MATCHES,
  ...CONNTRACK_MATCHES,
  ...MARK_MATCHES,
  ...ADDRESS_MATCHES,
  ...INTERFACE_MATCHES,
  ...SOCKET_MATCHES,
  ...IP_HEADER_MATCHES,
  ...IPSEC_MATCHES,
  ...IPV6_HEADER_MATCHES,
  ...RATE_MATCHES,
  ...HISTORY_MATCHES,
  ...PAYLOAD_MATCHES,
  ...LOAD_BALANCING_MATCHES,
  ...XTABLES_ADDONS_MATCHES,
];
