// Facts about iptables-restore 1.8.9 (nf_tables) that the iptables diagnostics and the lowering rely on, each
// checked by a real load in a fresh namespace (recorded in test/kernel/FACTS.md, "iptables-restore parsing").
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { kernelAvailable, loadRuleset, type Dialect } from './index';

const available = kernelAvailable();
const skip = available.ok ? false : `kernel harness unavailable: ${available.reason ?? ''}`;

interface Fact {
  name: string;
  text: string;
  dialect?: Dialect;
  /** true: loads; a string: refused with a message containing it. */
  load: true | string;
  /** With `load: true`, a line `iptables-save` must show (the form the kernel keeps). */
  saved?: RegExp;
  /** With `load: true`, a line `iptables-save` must not show. */
  gone?: RegExp;
}

const rules = (lines: string, table = 'filter'): string => `*${table}\n${lines}\nCOMMIT\n`;

const FACTS: Fact[] = [
  { name: 'an option both loaded modules define goes to the one loaded last', text: rules('-A INPUT -m connmark -m mark --mark 1'), load: 'connmark: option "--mark" must be specified' },
  { name: 'getopt abbreviations are accepted', text: rules('-A INPUT -p tcp --dpo 22'), load: true, saved: /-p tcp -m tcp --dport 22/ },
  { name: 'an ambiguous abbreviation is an unknown option', text: rules('-A INPUT -m conntrack --ctstat NEW'), load: 'unknown option "--ctstat"' },
  { name: 'options after -j still go to the matches', text: rules('-A INPUT -p tcp -j LOG --dport 22'), load: true, saved: /-p tcp -m tcp --dport 22 -j LOG/ },
  { name: 'an option before -p does not load the protocol match', text: rules('-A INPUT --dport 22 -p tcp'), load: 'unknown option "--dport"' },
  { name: '! -p tcp still loads the tcp match (nf_tables)', text: rules('-A INPUT ! -p tcp --dport 22'), load: true },
  { name: 'old-style negation after the option is refused', text: rules('-A INPUT -s ! 10.0.0.0/8'), load: "Bad argument `10.0.0.0/8'" },
  { name: 'a reversed udp range loads (and never matches)', text: rules('-A INPUT -p udp --dport 60000:29'), load: true, saved: /--dport 60000:29/ },
  { name: 'a reversed tcp range is refused', text: rules('-A INPUT -p tcp --dport 60000:29'), load: 'invalid portrange (min > max)' },
  { name: 'a leading zero is octal', text: rules('-A INPUT -p tcp --dport 022'), load: true, saved: /--dport 18/ },
  { name: 'a short IPv4 address fills from the right in -s', text: rules('-A INPUT -s 10.1'), load: true, saved: /-s 10\.1\.0\.0\/32/ },
  { name: 'NAT targets want four-part IPv4 addresses', text: rules('-A PREROUTING -p tcp -j DNAT --to-destination 10.1', 'nat'), load: 'Bad IP address "10.1"' },
  { name: 'a NAT port needs some -p, any will do', text: rules('-A PREROUTING -p icmp -j DNAT --to-destination 10.0.0.1:80', 'nat'), load: true },
  { name: 'a user chain declared again is emptied', text: rules(':U - [0:0]\n-A U -j ACCEPT\n:U - [0:0]\n-A U -j DROP\n-A INPUT -j U'), load: true, saved: /^-A U -j DROP$/m, gone: /^-A U -j ACCEPT$/m },
  { name: 'a built-in chain declared again keeps its rules and takes the later policy', text: rules(':INPUT ACCEPT [0:0]\n-A INPUT -j DROP\n:INPUT DROP [0:0]'), load: true, saved: /^:INPUT DROP/m },
  { name: 'a built-in chain of another table becomes a user chain', text: rules(':PREROUTING ACCEPT [0:0]'), load: true, saved: /^:PREROUTING - \[0:0\]$/m },
  { name: '-P for a user chain is refused', text: rules(':U - [0:0]\n-P U DROP'), load: 'Bad built-in chain name' },
  { name: '-o in INPUT is refused', text: rules('-A INPUT -o eth0'), load: "Can't use -o with INPUT" },
  { name: 'a --hitcount above 20 loads on this kernel', text: rules('-A INPUT -m recent --rcheck --hitcount 300 --name x'), load: true },
  { name: '--set with --hitcount is refused by the kernel', text: rules('-A INPUT -m recent --set --hitcount 5 --name x'), load: 'Invalid argument' },
  { name: 'an xtables-addons match is refused without the package', text: rules('-A INPUT -m condition --condition x'), load: "Couldn't load match `condition'" },
  { name: '-m state still loads', text: rules('-A INPUT -m state --state NEW'), load: true, saved: /-m state --state NEW/ },
  { name: 'COMMIT followed by a blank is read as a rule', text: '*filter\nCOMMIT \n', load: "Bad argument `COMMIT'" },
  { name: 'a line of blanks is refused, an empty line is not', text: '*filter\n\n-A INPUT -j ACCEPT\nCOMMIT\n \n', load: 'line 5 failed' },
  { name: 'a carriage return joins the last word of a rule', text: '*filter\n-A INPUT -j ACCEPT\r\nCOMMIT\n', load: "Invalid target name `ACCEPT" },
  { name: '-6 lines are skipped by iptables-restore', text: rules('-6 -A INPUT -s ::1 -j ACCEPT\n-A INPUT -j ACCEPT'), load: true, saved: /^-A INPUT -j ACCEPT$/m },
];

describe('kernel facts: iptables-restore parsing', { skip }, () => {
  for (const fact of FACTS) {
    it(fact.name, async () => {
      const loaded = await loadRuleset(fact.dialect ?? 'iptables', fact.text, { readBack: fact.saved !== undefined || fact.gone !== undefined });
      if (fact.load !== true) {
        assert.equal(loaded.ok, false, 'it loaded');
        assert.ok(loaded.stderr.includes(fact.load), loaded.stderr);
        return;
      }
      assert.ok(loaded.ok, loaded.stderr);
      if (fact.saved) assert.match(loaded.listing ?? '', fact.saved);
      if (fact.gone) assert.doesNotMatch(loaded.listing ?? '', fact.gone);
    });
  }

  it('-R of a rule added earlier in the file crashes iptables-nft-restore 1.8.9; the legacy variant replaces it', async () => {
    const text = rules('-A INPUT -j ACCEPT\n-R INPUT 1 -j DROP');
    assert.equal((await loadRuleset('iptables', text)).ok, false);
    const legacy = await loadRuleset('iptables', text, { legacy: true, readBack: true });
    assert.ok(legacy.ok, legacy.stderr);
    assert.match(legacy.listing ?? '', /^-A INPUT -j DROP$/m);
  });
});
