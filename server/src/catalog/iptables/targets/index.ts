/** Every iptables target: mainline iptables 1.8.9 targets plus the common xtables-addons ones. */
import type { IptExtension } from '../types';
import { ADDON_TARGETS } from './addons';
import { CONNTRACK_TARGETS } from './conntrack';
import { HEADER_TARGETS } from './header';
import { LOGGING_TARGETS } from './logging';
import { MARKING_TARGETS } from './marking';
import { NAT_TARGETS } from './nat';
import { STANDARD_TARGETS } from './standard';
import { VERDICT_TARGETS } from './verdicts';

export { STANDARD_TARGETS } from './standard';

export const IPT_TARGET_EXTENSIONS: IptExtension[] = [
  ...STANDARD_TARGETS,
  ...VERDICT_TARGETS,
  ...NAT_TARGETS,
  ...LOGGING_TARGETS,
  ...MARKING_TARGETS,
  ...HEADER_TARGETS,
  ...CONNTRACK_TARGETS,
  ...ADDON_TARGETS,
];
