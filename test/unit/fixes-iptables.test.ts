/**
 * iptables quick fixes: each is applied to its fixture with `fixResult`, which checks that the diagnostic is gone and
 * the text still parses; the resulting text is compared too.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixResult } from './fixture';

const table = (rules: string, name = 'filter'): string => `*${name}\n${rules}\nCOMMIT\n`;

test('undefined-chain: declare the chain in the rule table, before the line that needs it', async () => {
  const text = await fixResult('iptables', '*filter\n:INPUT ACCEPT [0:0]\n:A - [0:0]\n-A INPUT -j A\n-A INPUT -j LOGDROP\nCOMMIT\n', 'undefined-chain', /Declare chain 'LOGDROP'/);
  assert.equal(text, '*filter\n:INPUT ACCEPT [0:0]\n:A - [0:0]\n:LOGDROP - [0:0]\n-A INPUT -j A\n-A INPUT -j LOGDROP\nCOMMIT\n');
  const appended = await fixResult('iptables', '*nat\n-A POSTROUTING -j SNATS\nCOMMIT\n*filter\n-A MINE -j ACCEPT\nCOMMIT\n', 'undefined-chain', /Declare chain 'MINE' in table filter/);
  assert.equal(appended, '*nat\n-A POSTROUTING -j SNATS\nCOMMIT\n*filter\n:MINE - [0:0]\n-A MINE -j ACCEPT\nCOMMIT\n');
});

test('undefined-chain: did-you-mean for a jump to a misspelt chain', async () => {
  const text = await fixResult('iptables', table(':LOGDROP - [0:0]\n-A INPUT -j LOGDORP'), 'undefined-chain', /Change to 'LOGDROP'/);
  assert.equal(text, table(':LOGDROP - [0:0]\n-A INPUT -j LOGDROP'));
});

test('unknown-match, unknown-target, unknown-option: did-you-mean', async () => {
  assert.equal(await fixResult('iptables', table('-A INPUT -m contrack --ctstate NEW -j ACCEPT'), 'unknown-match', /conntrack/),
    table('-A INPUT -m conntrack --ctstate NEW -j ACCEPT'));
  assert.equal(await fixResult('iptables', table('-A INPUT -j ACCPET'), 'unknown-target', /ACCEPT/), table('-A INPUT -j ACCEPT'));
  assert.equal(await fixResult('iptables', table('-A INPUT -m conntrack --ctsate NEW -j ACCEPT'), 'unknown-option', /--ctstate/),
    table('-A INPUT -m conntrack --ctstate NEW -j ACCEPT'));
  assert.equal(await fixResult('iptables', table('-A INPUT -m conntrack --ctstat NEW -j ACCEPT'), 'unknown-option', /Change to '--ctstatus'/),
    table('-A INPUT -m conntrack --ctstatus NEW -j ACCEPT'));
});

test('unknown-option: load the module that has the option', async () => {
  assert.equal(await fixResult('iptables', table('-A INPUT --ctstate NEW -j ACCEPT'), 'unknown-option', /Load -m conntrack/),
    table('-A INPUT -m conntrack --ctstate NEW -j ACCEPT'));
});

test('deprecated-match: -m state --state becomes -m conntrack --ctstate, NOTRACK becomes CT --notrack', async () => {
  assert.equal(await fixResult('iptables', table('-A INPUT -m state --state RELATED,ESTABLISHED -j ACCEPT'), 'deprecated-match', /conntrack/),
    table('-A INPUT -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT'));
  assert.equal(await fixResult('iptables', table('-A PREROUTING -p udp --dport 53 -j NOTRACK', 'raw'), 'deprecated-match', /CT --notrack/),
    table('-A PREROUTING -p udp --dport 53 -j CT --notrack', 'raw'));
});

test('missing-protocol and tproxy-needs-protocol: add -p after the chain name, or replace the wrong one', async () => {
  assert.equal(await fixResult('iptables', table('-A INPUT --dport 22 -j ACCEPT'), 'missing-protocol', /Add -p tcp/), table('-A INPUT -p tcp --dport 22 -j ACCEPT'));
  assert.equal(await fixResult('iptables', table('-I INPUT 1 -m multiport --dports 80,443 -j ACCEPT'), 'missing-protocol', /Add -p tcp/),
    table('-I INPUT 1 -p tcp -m multiport --dports 80,443 -j ACCEPT'));
  assert.equal(await fixResult('iptables', table('-A PREROUTING -j TPROXY --on-port 3128', 'mangle'), 'tproxy-needs-protocol', /Add -p tcp/),
    table('-A PREROUTING -p tcp -j TPROXY --on-port 3128', 'mangle'));
  assert.equal(await fixResult('iptables', table('-A PREROUTING ! -p udp -j TPROXY --on-port 3128', 'mangle'), 'tproxy-needs-protocol', /Use -p tcp/),
    table('-A PREROUTING -p tcp -j TPROXY --on-port 3128', 'mangle'));
});

test('log-prefix-too-long: cut to 29 characters, keeping the quotes', async () => {
  assert.equal(await fixResult('iptables', table('-A INPUT -j LOG --log-prefix "INPUT dropped by the default policy: "'), 'log-prefix-too-long', /29/),
    table('-A INPUT -j LOG --log-prefix "INPUT dropped by the default "'));
});

test('misplaced-negation: move ! before the option, or remove it', async () => {
  assert.equal(await fixResult('iptables', table('-A INPUT -p tcp --dport ! 22 -j ACCEPT'), 'misplaced-negation', /Move/), table('-A INPUT -p tcp ! --dport 22 -j ACCEPT'));
  assert.equal(await fixResult('iptables', table('-A INPUT -s ! 10.0.0.0/8 -j ACCEPT'), 'misplaced-negation', /Move/), table('-A INPUT ! -s 10.0.0.0/8 -j ACCEPT'));
  assert.equal(await fixResult('iptables', table('-A INPUT -m comment ! --comment x -j ACCEPT'), 'misplaced-negation', /Remove/), table('-A INPUT -m comment --comment x -j ACCEPT'));
});

test('duplicate-option, unexpected-argument, interface-direction', async () => {
  assert.equal(await fixResult('iptables', table('-A INPUT -p tcp --dport 22 --dport 23 -j ACCEPT'), 'duplicate-option', /Remove/), table('-A INPUT -p tcp --dport 22 -j ACCEPT'));
  assert.equal(await fixResult('iptables', table('-A INPUT -s 10.0.0.1 10.0.0.2 -j ACCEPT'), 'unexpected-argument', /Remove/), table('-A INPUT -s 10.0.0.1 -j ACCEPT'));
  assert.equal(await fixResult('iptables', table('-A INPUT -o eth0 -j ACCEPT'), 'interface-direction', /-i/), table('-A INPUT -i eth0 -j ACCEPT'));
});

test('chains: a user chain policy becomes -, a repeated declaration goes', async () => {
  assert.equal(await fixResult('iptables', table(':LOGDROP DROP [0:0]\n-A LOGDROP -j DROP'), 'policy-on-user-chain', /'-'/), table(':LOGDROP - [0:0]\n-A LOGDROP -j DROP'));
  assert.equal(await fixResult('iptables', table(':U - [0:0]\n:U - [0:0]\n-A U -j RETURN'), 'duplicate-chain', /Remove/), table(':U - [0:0]\n-A U -j RETURN'));
  assert.equal(await fixResult('iptables', table(':U - [0:0]\n-P U DROP'), 'policy-on-user-chain', /Remove the -P line/), '*filter\n:U - [0:0]\nCOMMIT\n');
});

test('line fixes: LF endings for the whole file, COMMIT alone, blank lines emptied', async () => {
  assert.equal(await fixResult('iptables', '*filter\r\n-A INPUT -j ACCEPT\r\nCOMMIT\r\n', 'crlf-line-ending', /LF/), '*filter\n-A INPUT -j ACCEPT\nCOMMIT\n');
  assert.equal(await fixResult('iptables', '*filter\n-A INPUT -j ACCEPT\n COMMIT \n', 'commit-not-alone', /blanks/), '*filter\n-A INPUT -j ACCEPT\nCOMMIT\n');
  assert.equal(await fixResult('iptables', '*filter\n-A INPUT -j ACCEPT\nCOMMIT\n \t\n', 'whitespace-line', /blanks/), '*filter\n-A INPUT -j ACCEPT\nCOMMIT\n\n');
});
