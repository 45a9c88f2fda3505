// The nft catalog's placement limits (hooks, chain types) checked against real loads: each limited selector and
// statement, written as its catalog example, must load at every hook the catalog allows and be refused elsewhere.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { SELECTORS, STATEMENTS, type NftChainType, type NftHook } from '../../server/src/catalog/nftables/index';
import { kernelAvailable, loadRuleset } from './index';

const available = kernelAvailable();
const skip = available.ok ? false : `kernel harness unavailable: ${available.reason ?? ''}`;
const HOOKS: NftHook[] = ['prerouting', 'input', 'forward', 'output', 'postrouting'];
const ENVIRONMENT = /cgroupv2 path fails|Interface does not exist|No such file or directory$/m;

interface Limited { what: string; example: string; hooks?: NftHook[]; chainTypes?: NftChainType[]; families?: string[] }

function limited(): Limited[] {
  const out: Limited[] = [];
  for (const s of SELECTORS) if (s.hooks) out.push({ what: s.words.join(' '), example: s.example, hooks: s.hooks, families: s.families });
  for (const s of STATEMENTS) {
    if (s.hooks || s.chainTypes) out.push({ what: s.name, example: s.example, hooks: s.hooks, chainTypes: s.chainTypes, families: s.families });
  }
  return out.filter((l) => l.example && !/\$|@|"name"/.test(l.example));
}

function ruleset(family: string, type: NftChainType, hook: NftHook, rule: string): string {
  const priority = type === 'nat' ? (hook === 'prerouting' || hook === 'output' ? -100 : 100) : 0;
  return `table ${family} t {\n  chain c {\n    type ${type} hook ${hook} priority ${priority}\n    ${rule}\n  }\n}\n`;
}

describe('nft catalog placement limits against the kernel', { skip }, () => {
  it('every limited selector and statement loads where allowed and is refused elsewhere', async () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const entry of limited()) {
      const family = !entry.families || entry.families.includes('ip') ? 'ip' : entry.families.includes('ip6') ? 'ip6' : entry.families.includes('inet') ? 'inet' : undefined;
      if (!family) continue;
      const type: NftChainType = entry.chainTypes?.[0] ?? 'filter';
      for (const hook of HOOKS) {
        if (type === 'nat' && hook === 'forward') continue;
        const allowed = !entry.hooks || entry.hooks.includes(hook);
        const result = await loadRuleset('nftables', ruleset(family, type, hook, entry.example));
        checked++;
        // A refusal for a missing path or name on this machine says nothing about the hook.
        if (!result.ok && ENVIRONMENT.test(result.stderr)) continue;
        if (result.ok !== allowed) wrong.push(`${entry.what} at ${hook} (${type}): catalog says ${allowed ? 'allowed' : 'refused'}, kernel ${result.ok ? 'loads it' : `refuses: ${result.stderr.split('\n')[0]}`}`);
      }
      if (entry.chainTypes && entry.hooks) {
        const hook = entry.hooks[0];
        const result = await loadRuleset('nftables', ruleset(family, 'filter', hook, entry.example));
        checked++;
        if (result.ok) wrong.push(`${entry.what} in a filter chain at ${hook}: catalog says only ${entry.chainTypes.join('/')}, kernel loads it`);
      }
    }
    console.log(`# ${checked} placements checked, ${wrong.length} disagree`);
    assert.deepEqual(wrong, []);
  });
});
