/**
 * Well-known service names and their port numbers (IANA registry assignments), the ones firewall files commonly
 * name. iptables resolves names through /etc/services at load time; this table lets the editor resolve the same
 * names without touching the file system.
 */
export const SERVICE_PORTS: Readonly<Record<string, number>> = {
  tcpmux: 1, echo: 7, discard: 9, daytime: 13, ftp_data: 20, 'ftp-data': 20, ftp: 21, ssh: 22, telnet: 23,
  smtp: 25, time: 37, whois: 43, tacacs: 49, domain: 53, bootps: 67, bootpc: 68, tftp: 69, gopher: 70,
  finger: 79, http: 80, www: 80, kerberos: 88, pop3: 110, sunrpc: 111, auth: 113, ident: 113, sftp: 115,
  nntp: 119, ntp: 123, 'epmap': 135, 'netbios-ns': 137, 'netbios-dgm': 138, 'netbios-ssn': 139, imap: 143,
  imap2: 143, snmp: 161, 'snmp-trap': 162, xdmcp: 177, bgp: 179, irc: 194, ldap: 389, https: 443,
  'microsoft-ds': 445, kpasswd: 464, isakmp: 500, rexec: 512, biff: 512, login: 513, who: 513, shell: 514,
  syslog: 514, printer: 515, talk: 517, ntalk: 518, route: 520, rip: 520, submissions: 465, 'urd': 465,
  uucp: 540, 'dhcpv6-client': 546, 'dhcpv6-server': 547, rtsp: 554, nntps: 563, submission: 587,
  ipp: 631, ldaps: 636, 'kerberos-adm': 749, rsync: 873, 'ftps-data': 989, ftps: 990, telnets: 992,
  imaps: 993, pop3s: 995, socks: 1080, openvpn: 1194, 'ms-sql-s': 1433, 'ms-sql-m': 1434, 'ingreslock': 1524,
  l2tp: 1701, pptp: 1723, radius: 1812, 'radius-acct': 1813, nfs: 2049, 'cvspserver': 2401, mysql: 3306,
  'ms-wbt-server': 3389, svn: 3690, sip: 5060, 'sip-tls': 5061, xmpp: 5222, 'xmpp-client': 5222,
  'xmpp-server': 5269, postgresql: 5432, amqp: 5672, x11: 6000, 'ircd': 6667, 'http-alt': 8080,
  'webcache': 8080, 'git': 9418, 'zabbix-agent': 10050, 'zabbix-trapper': 10051, 'nut': 3493,
  'ipsec-nat-t': 4500, 'mdns': 5353, 'llmnr': 5355, 'nrpe': 5666, 'munin': 4949,
  'iax': 4569, 'hkp': 11371, 'memcache': 11211, 'redis': 6379, 'mongodb': 27017,
  'bacula-dir': 9101, 'bacula-fd': 9102, 'bacula-sd': 9103, 'gdomap': 538, 'afpovertcp': 548, 'puppet': 8140,
  'kerberos-iv': 750, 'tproxy': 8081,
};

/** Looks a service name up (names are case-sensitive, as in /etc/services). */
export function servicePort(name: string): number | undefined {
  return Object.prototype.hasOwnProperty.call(SERVICE_PORTS, name) ? SERVICE_PORTS[name] : undefined;
}
