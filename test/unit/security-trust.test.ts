/** Workspace trust: which settings values count, and what the server restricts when the workspace is untrusted. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { includeDirectories, trustedValue } from '../../client/src/trusted-settings';
import { workspaceDirectories } from '../../server/src/lsp/workspace-trust';

describe('restricted settings', () => {
  const inspected = { defaultValue: [] as string[], globalValue: ['/home/me/nft'], workspaceValue: ['/'], workspaceFolderValue: ['/root'] };

  it('an untrusted workspace cannot set nfrules.includePaths: only the user value or the default counts', () => {
    assert.deepEqual(trustedValue(inspected, false, []), ['/home/me/nft']);
    assert.deepEqual(trustedValue({ defaultValue: [], workspaceValue: ['/etc'] }, false, []), []);
  });

  it('a trusted workspace uses the most specific value', () => {
    assert.deepEqual(trustedValue(inspected, true, []), ['/root']);
    assert.deepEqual(trustedValue({ workspaceValue: ['/etc'] }, true, []), ['/etc']);
    assert.deepEqual(trustedValue(undefined, true, ['x']), ['x']);
  });

  it('include directories: strings only, relative ones under the workspace folder', () => {
    assert.deepEqual(includeDirectories(['rules', '/abs', 3, '', '  '], '/ws'), ['/ws/rules', '/abs']);
    assert.deepEqual(includeDirectories('not a list'), []);
  });
});

describe('server side', () => {
  it('the untrusted roots are the workspace folders (file URIs only), else the root URI', () => {
    assert.deepEqual(workspaceDirectories({ workspaceFolders: [{ uri: 'file:///ws/a', name: 'a' }, { uri: 'vscode-vfs://x/y', name: 'y' }] } as never), ['/ws/a']);
    assert.deepEqual(workspaceDirectories({ rootUri: 'file:///r', workspaceFolders: null } as never), ['/r']);
    assert.deepEqual(workspaceDirectories({ rootUri: null } as never), []);
  });
});
