/** Matches that read arbitrary packet bytes: string, u32, bpf. */
import type { IptExtension } from '../types';

const STRING: IptExtension = {
  name: 'string', kind: 'match', families: ['ipv4', 'ipv6'], kernelModule: 'xt_string', stateful: true,
  summary: 'Searches the packet for a byte pattern.',
  doc: 'Looks for a text or hex pattern between two offsets of the packet, with the Boyer-Moore or Knuth-Morris-Pratt '
    + 'algorithm. It sees one packet at a time, so a pattern split across segments is missed. Depends on payload '
    + 'bytes, so analysis treats it as unknown.',
  example: '-A FORWARD -p udp -m udp --dport 53 -m string --hex-string "|0a|example|03|com|" --algo bm -j DROP',
  options: [
    { name: '--algo', value: 'enum', values: ['bm', 'kmp'], invertible: false, required: true, doc: 'Search algorithm: bm (Boyer-Moore) or kmp (Knuth-Morris-Pratt).', example: '--algo kmp' },
    { name: '--from', value: 'int', min: 0, max: 65535, invertible: false, doc: 'Offset in bytes from the start of the network header where the search starts; default 0.', example: '--from 40' },
    { name: '--to', value: 'int', min: 0, max: 65535, invertible: false, doc: 'Offset where the search stops; default the end of the packet.', example: '--to 200' },
    { name: '--icase', value: 'none', argCount: 0, invertible: false, doc: 'Compares letters without regard to case.' },
    {
      name: '--string', value: 'string', maxLength: 128, invertible: true, conflicts: ['--hex-string'],
      doc: 'Text pattern, at most 128 bytes.',
      example: '--string "GET /admin"',
    },
    {
      name: '--hex-string', value: 'hex-string', maxLength: 128, invertible: true, conflicts: ['--string'],
      doc: 'Pattern mixing text and bytes written in hex between bars, e.g. `|0d0a|`.',
      example: '--hex-string "|16 03 01|"',
    },
  ],
};

const U32: IptExtension = {
  name: 'u32', kind: 'match', families: ['ipv4', 'ipv6'], kernelModule: 'xt_u32', stateful: true,
  summary: 'Tests 32-bit words at computed offsets of the packet.',
  doc: 'A small language: read four bytes at an offset, shift and mask them, follow header lengths with `@`, and '
    + 'compare with values or ranges; `&&` joins up to 11 tests. Reaches fields no other match offers. The result depends '
    + 'on raw bytes, so analysis treats it as unknown.',
  example: '-A INPUT -m u32 --u32 "6&0xFF=1 && 4&0x3FFF=0 && 0>>22&0x3C@0>>24=0" -j ACCEPT',
  options: [
    {
      name: '--u32', value: 'other', invertible: true, required: true,
      doc: 'Tests `location=value[:value][,…]` joined by `&&`; locations use `&` (mask), `<<`, `>>` and `@` (move to offset).',
      example: '--u32 "0>>22&0x3C@12>>26&0x3C@0&0xFFFFFFFF=0x47455420"',
    },
  ],
};

const BPF: IptExtension = {
  name: 'bpf', kind: 'match', families: ['ipv4', 'ipv6'], kernelModule: 'xt_bpf', stateful: true,
  summary: 'Runs a classic BPF program or a pinned eBPF program on the packet.',
  doc: 'Matches when the BPF program returns non-zero. The program is either classic BPF bytecode as printed by '
    + '`nfbpf_compile RAW \'filter\'` (at most 64 instructions, starting at the IP header) or an eBPF socket-filter '
    + 'pinned in the BPF file system. Analysis treats the result as unknown.',
  example: '-A INPUT -m bpf --bytecode "4,48 0 0 9,21 0 1 6,6 0 0 1,6 0 0 0" -j ACCEPT',
  options: [
    {
      name: '--bytecode', value: 'other', invertible: false, conflicts: ['--object-pinned'],
      doc: 'Instruction count, then comma-separated instructions `code jt jf k`.',
      example: '--bytecode "1,6 0 0 1"',
    },
    {
      name: '--object-pinned', value: 'path', invertible: false, conflicts: ['--bytecode'],
      doc: 'Path of a pinned eBPF program, e.g. under /sys/fs/bpf.',
      example: '--object-pinned /sys/fs/bpf/drop-probe',
    },
  ],
};

/** string, u32, bpf. */
export const PAYLOAD_MATCHES: IptExtension[] = [STRING, U32, BPF];
