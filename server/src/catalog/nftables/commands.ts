/**
 * Commands (what `nft` does with an object) and file directives (define, include).
 */
import type { NftCommand } from './types';

function cmd(name: string, objects: string[], doc: string, example: string, since?: string): NftCommand {
  return { name, objects, doc, example, since };
}

const ALL = ['table', 'chain', 'rule', 'set', 'map', 'element', 'flowtable', 'counter', 'quota', 'limit', 'ct helper',
  'ct timeout', 'ct expectation', 'synproxy', 'secmark'];

/** Every command and directive. */
export const COMMANDS: NftCommand[] = [
  cmd('add', ALL, 'Creates the object, or does nothing if it already exists (rules are always appended).', 'add rule inet filter input tcp dport 22 accept'),
  cmd('create', ALL, 'Like add, but fails when the object already exists.', 'create table inet filter'),
  cmd('insert', ['rule'], 'Puts a rule at the start of the chain, or before the rule given by `handle`/`index`.', 'insert rule inet filter input position 5 drop'),
  cmd('replace', ['rule'], 'Replaces the rule with the given handle.', 'replace rule inet filter input handle 7 accept'),
  cmd('delete', ALL, 'Removes the object (by name or `handle N`); fails if it does not exist.', 'delete rule inet filter input handle 7'),
  cmd('destroy', ALL, 'Removes the object if it exists, without failing otherwise (nft 1.0.8, Linux 6.3).', 'destroy table inet filter', '1.0.8'),
  cmd('flush', ['ruleset', 'table', 'chain', 'set', 'map', 'meter'], 'Empties the object: rules of a chain or table, elements of a set; `flush ruleset` removes everything.', 'flush ruleset'),
  cmd('reset', ['counter', 'counters', 'quota', 'quotas', 'rules', 'rule', 'element'], 'Lists stateful values and sets them back to zero.', 'reset counters table inet filter'),
  cmd('list', ['ruleset', 'table', 'chain', 'set', 'map', 'flowtable', 'counters', 'quotas', 'limits', 'hooks'], 'Prints objects in the same syntax `nft -f` reads.', 'list ruleset'),
  cmd('get', ['element'], 'Shows whether elements (or the intervals holding them) are in a set.', 'get element inet filter blocked { 192.0.2.1 }'),
  cmd('rename', ['chain'], 'Gives a chain a new name.', 'rename chain inet filter old new'),
  cmd('monitor', [], 'Prints ruleset changes and traced packets (`monitor trace`) as they happen.', 'monitor trace'),
  cmd('describe', [], 'Explains an expression: its data type, width and symbolic values.', 'describe tcp flags'),
  cmd('export', ['ruleset'], 'Old command printing the ruleset as JSON or XML.', 'export ruleset json'),
  cmd('import', [], 'Old command reading a ruleset in JSON.', 'import ruleset json'),
  cmd('define', [], 'Defines a file-level variable, used later as `$name`.', 'define lan = { 10.0.0.0/8, 192.168.0.0/16 }'),
  cmd('redefine', [], 'Gives an existing variable a new value from here on.', 'redefine lan = 10.0.0.0/8'),
  cmd('undefine', [], 'Removes a variable.', 'undefine lan'),
  cmd('include', [], 'Reads another file (or every file matching a glob) at this point.', 'include "/etc/nftables.d/*.nft"'),
];
