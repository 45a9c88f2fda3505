/**
 * Command style (`add table`, `add chain`, `add rule`, `insert rule`, `add element`, `flush`, `delete`, `create` …),
 * applied to the model in file order the way nft applies them to an empty ruleset:
 * - `add`/`create` declare (a `create` of an existing object is a conflict; `add` merges);
 * - `add rule` appends, `insert rule` prepends; with `index N` the rule goes at that position; with `handle N` or
 *   `position N` (kernel handles the file cannot know) it is appended (add) or prepended (insert);
 * - `replace rule` and `delete rule` name rules by handle: the model leaves the chain unchanged;
 * - `flush ruleset|table|chain|set|map` empties, `delete`/`destroy` removes, `rename chain` renames;
 * - a command naming a table or chain that does not exist at that point is recorded (nft refuses it) and skipped.
 * References to objects a command removes are dropped with them, so they never read as undefined afterwards.
 */
import type { Node } from 'web-tree-sitter';
import type { NftLowering, WrittenName } from './nft-context';
import {
  declareChain, declareFlowtable, declareObject, declareTable, familyOf, findTable, lowerChainBody, lowerFlowtableBody,
  lowerObjectBody, lowerTableBody, objectKindOf,
} from './nft-declarations';
import { lowerRule } from './nft-rules';
import { addElements, checkIntervals, declareSet, lowerSetBody, removeElements } from './nft-sets';
import { parseInteger } from './nft-values';
import { referenceVariables, writtenName } from './nft-variables';
import type { Chain, Family, ObjectKind, ReferenceKind, Table } from './types';
import { byName, forget } from './lookup';

interface Command {
  cx: NftLowering;
  node: Node;
  verb: string;
  kind: string;
  family: Family;
}

/** Applies one command. */
export function lowerCommand(cx: NftLowering, node: Node): void {
  const end = cx.beginUnit();
  referenceVariables(cx, node);
  const kindNode = node.childForFieldName('kind');
  const kind = kindNode ? kindNode.text.replace(/\s+/g, ' ') : node.childForFieldName('rule') ? 'rule' : '';
  const c: Command = { cx, node, verb: node.childForFieldName('verb')?.text ?? 'add', kind, family: familyOf(node.childForFieldName('family')) };
  try {
    if (kind === 'ruleset') flushRuleset(c);
    else if (kind === 'table') tableCommand(c);
    else if (['chain', 'rule', 'set', 'map', 'element', 'flowtable'].includes(kind) || objectKindOf(kindNode)) inTable(c);
  } finally {
    end();
  }
}

function name(c: Command, field: string): WrittenName | undefined {
  return writtenName(c.cx, c.node.childForFieldName(field), c.cx.env());
}

function flushRuleset(c: Command): void {
  if (c.verb !== 'flush') return;
  const family = c.node.childForFieldName('family') ? c.family : undefined;
  for (const table of [...c.cx.ruleset.tables]) if (!family || table.family === family) removeTable(c.cx, table);
}

function tableCommand(c: Command): void {
  const written = name(c, 'table');
  if (!written) return;
  const existing = findTable(c.cx, c.family, written.name);
  switch (c.verb) {
    case 'add': case 'create': {
      if (c.verb === 'create' && existing) {
        c.cx.facts.conflicts.push({ kind: 'table', name: written.name, location: written.location, first: existing.nameLocation, reason: 'create' });
      }
      const table = declareTable(c.cx, c.family, written, c.cx.loc(c.node));
      const body = c.node.childForFieldName('body');
      if (body) c.cx.inScope(() => lowerTableBody(c.cx, table, body));
      return;
    }
    case 'delete': case 'destroy': case 'flush': case 'list': case 'reset':
      if (!existing) {
        if (c.verb !== 'destroy') missingTable(c, written);
        return;
      }
      if (c.verb === 'delete' || c.verb === 'destroy') removeTable(c.cx, existing);
      if (c.verb === 'flush') for (const chain of existing.chains) chain.rules = [];
      return;
    default: return;
  }
}

function missingTable(c: Command, written: WrittenName): void {
  const verb = c.node.childForFieldName('verb')?.text;
  c.cx.facts.missingTables.push({
    family: c.family, name: written.name, location: written.location,
    command: `${verb ? `${verb} ` : ''}${c.kind}`.trim(), commandLocation: c.cx.loc(c.node),
  });
}

/** Commands on something inside a table: the table must exist already. */
function inTable(c: Command): void {
  const tableName = name(c, 'table');
  if (!tableName) return;
  const table = findTable(c.cx, c.family, tableName.name);
  if (!table) {
    if (c.verb !== 'destroy') missingTable(c, tableName);
    return;
  }
  if (c.kind === 'chain') chainCommand(c, table);
  else if (c.kind === 'rule') ruleCommand(c, table);
  else if (c.kind === 'set' || c.kind === 'map') setCommand(c, table, c.kind);
  else if (c.kind === 'element') elementCommand(c, table);
  else if (c.kind === 'flowtable') flowtableCommand(c, table);
  else objectCommand(c, table, objectKindOf(c.node.childForFieldName('kind'))!);
}

/** A use of an existing object by a command, or of a missing one (then recorded for the undefined-* checks). */
function use(c: Command, table: Table, kind: ReferenceKind, written: WrittenName, objectKind?: ObjectKind): void {
  c.cx.reference({ kind, name: written.name, location: written.location, table, ...(objectKind ? { objectKind } : {}) });
}

function chainCommand(c: Command, table: Table): void {
  const written = name(c, 'chain');
  if (!written) return;
  const existing = byName(table.chains, written.name);
  switch (c.verb) {
    case 'add': case 'create': {
      if (c.verb === 'create' && existing) {
        c.cx.facts.conflicts.push({ kind: 'chain', name: written.name, location: written.location, first: existing.nameLocation, reason: 'create' });
      }
      lowerChainBody(c.cx, declareChain(c.cx, table, written, c.cx.loc(c.node)), c.node.childForFieldName('body'));
      return;
    }
    case 'delete': case 'destroy':
      if (existing) removeNamed(c.cx, table, 'chain', existing.name, () => { table.chains = table.chains.filter((ch) => ch !== existing); });
      else if (c.verb === 'delete') use(c, table, 'chain', written);
      return;
    case 'rename': {
      const newName = name(c, 'new_name');
      if (!existing) use(c, table, 'chain', written);
      else if (newName) {
        existing.name = newName.name;
        forget(table.chains);
      }
      return;
    }
    default:
      use(c, table, 'chain', written);
      if (existing && c.verb === 'flush') existing.rules = [];
  }
}

function ruleCommand(c: Command, table: Table): void {
  const written = name(c, 'chain');
  if (!written) return;
  const chain = byName(table.chains, written.name);
  use(c, table, 'chain', written);
  const ruleNode = c.node.childForFieldName('rule');
  if (!chain || !ruleNode || c.verb === 'delete' || c.verb === 'destroy' || c.verb === 'replace') return;
  const rule = lowerRule(c.cx, chain, ruleNode);
  const index = parseInteger(c.node.childForFieldName('index')?.text ?? '');
  const at = index !== undefined && index <= BigInt(chain.rules.length)
    ? Number(index) + (c.verb === 'add' ? 1 : 0)
    : c.verb === 'insert' ? 0 : chain.rules.length;
  chain.rules.splice(Math.min(at, chain.rules.length), 0, rule);
  reindex(chain);
}

function reindex(chain: Chain): void {
  chain.rules.forEach((r, i) => { r.index = i; });
}

function setCommand(c: Command, table: Table, kind: 'set' | 'map'): void {
  const written = name(c, 'name');
  if (!written) return;
  const existing = byName(table.sets, written.name);
  switch (c.verb) {
    case 'add': case 'create': {
      if (c.verb === 'create' && existing) {
        c.cx.facts.conflicts.push({ kind, name: written.name, location: written.location, first: existing.nameLocation, reason: 'create' });
      }
      lowerSetBody(c.cx, declareSet(c.cx, table, kind, written, c.cx.loc(c.node)), c.node.childForFieldName('body'));
      return;
    }
    case 'delete': case 'destroy':
      if (existing) removeNamed(c.cx, table, existing.kind, existing.name, () => { table.sets = table.sets.filter((s) => s !== existing); });
      else if (c.verb === 'delete') use(c, table, kind, written);
      return;
    default:
      use(c, table, existing?.kind ?? kind, written);
      if (existing && c.verb === 'flush') existing.elements = [];
  }
}

function elementCommand(c: Command, table: Table): void {
  const written = name(c, 'name');
  const elements = c.node.childForFieldName('elements');
  if (!written || !elements) return;
  const set = byName(table.sets, written.name);
  use(c, table, set?.kind ?? 'set', written);
  if (!set) return;
  if (c.verb === 'add' || c.verb === 'create') checkIntervals(c.cx, set, addElements(c.cx, set, elements, c.cx.env()));
  else if (c.verb === 'delete' || c.verb === 'destroy') removeElements(c.cx, set, elements, c.cx.env(), c.verb === 'delete');
}

function flowtableCommand(c: Command, table: Table): void {
  const written = name(c, 'name');
  if (!written) return;
  const existing = table.flowtables.find((f) => f.name === written.name);
  if (c.verb === 'add' || c.verb === 'create') {
    if (c.verb === 'create' && existing) {
      c.cx.facts.conflicts.push({ kind: 'flowtable', name: written.name, location: written.location, first: existing.nameLocation, reason: 'create' });
    }
    lowerFlowtableBody(c.cx, declareFlowtable(c.cx, table, written, c.cx.loc(c.node)), c.node.childForFieldName('body'));
  } else if ((c.verb === 'delete' || c.verb === 'destroy') && existing) {
    removeNamed(c.cx, table, 'flowtable', existing.name, () => { table.flowtables = table.flowtables.filter((f) => f !== existing); });
  } else if (c.verb !== 'destroy') {
    use(c, table, 'flowtable', written);
  }
}

function objectCommand(c: Command, table: Table, kind: ObjectKind): void {
  const written = name(c, 'name');
  if (!written) return;
  const existing = table.objects.find((o) => o.kind === kind && o.name === written.name);
  if (c.verb === 'add' || c.verb === 'create') {
    if (c.verb === 'create' && existing) {
      c.cx.facts.conflicts.push({ kind: 'object', name: written.name, location: written.location, first: existing.nameLocation, reason: 'create' });
    }
    lowerObjectBody(c.cx, declareObject(c.cx, table, kind, written, c.cx.loc(c.node)), c.node.childForFieldName('body'));
  } else if ((c.verb === 'delete' || c.verb === 'destroy') && existing) {
    removeNamed(c.cx, table, 'object', existing.name, () => { table.objects = table.objects.filter((o) => o !== existing); });
  } else if (c.verb !== 'destroy') {
    use(c, table, 'object', written, kind);
  }
}

/** Removes an object from its table together with the references to it. */
function removeNamed(cx: NftLowering, table: Table, kind: ReferenceKind, objectName: string, remove: () => void): void {
  remove();
  const sameKind = (k: ReferenceKind): boolean => k === kind || ((k === 'set' || k === 'map') && (kind === 'set' || kind === 'map'));
  cx.ruleset.references = cx.ruleset.references.filter((r) => !(r.table === table && sameKind(r.kind) && r.name === objectName));
}

/** Removes a table with everything in it and every reference into it. */
function removeTable(cx: NftLowering, table: Table): void {
  cx.ruleset.tables = cx.ruleset.tables.filter((t) => t !== table);
  cx.ruleset.references = cx.ruleset.references.filter((r) => r.table !== table);
}
