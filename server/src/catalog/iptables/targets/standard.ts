/** The standard targets: verdicts built into every table (they need no extension module). */
import type { IptExtension } from '../types';

const BOTH: IptExtension['families'] = ['ipv4', 'ipv6'];

/** Fields shared by the standard verdicts. */
function verdict(name: string, summary: string, doc: string, example: string): IptExtension {
  return { name, kind: 'target', families: BOTH, summary, doc, example, kernelModule: 'x_tables', options: [], terminal: true };
}

export const STANDARD_TARGETS: IptExtension[] = [
  verdict('ACCEPT', 'Let the packet through this hook.',
    'Stops evaluating the current table for this packet and lets it continue to the next table or hook. Other '
      + 'tables and later hooks still see it, so accepting in mangle does not bypass filter.',
    '-A INPUT -p tcp -m tcp --dport 22 -j ACCEPT'),
  verdict('DROP', 'Discard the packet silently.',
    'Discards the packet at once; nothing is sent back and no later rule, table or hook sees it. Senders notice only '
      + 'by timing out, unlike REJECT.',
    '-A INPUT -s 192.0.2.0/24 -j DROP'),
  verdict('RETURN', 'Leave the current chain.',
    'Ends the current chain: in a user-defined chain evaluation resumes after the rule that jumped here; in a '
      + 'built-in chain the chain policy decides the packet.',
    '-A LOGDROP -m limit --limit 5/minute -j RETURN'),
  {
    ...verdict('QUEUE', 'Hand the packet to userspace queue 0.',
      'Passes the packet to the userspace program listening on netfilter queue 0, which then issues the verdict. '
        + 'Equivalent to NFQUEUE --queue-num 0; if no program listens, the packet is dropped.',
      '-A FORWARD -p tcp -j QUEUE'),
    kernelModule: 'nfnetlink_queue',
    deprecated: { message: 'QUEUE only reaches queue 0; NFQUEUE selects queues, balances and can bypass.', replacement: 'NFQUEUE' },
  },
];
