/**
 * Which values of a restricted setting count (pure: no vscode import, so the unit tests run it). In an untrusted
 * workspace a repository's own `.vscode/settings.json` must not steer the extension, so only the user's values and
 * the defaults are used; VS Code's `restrictedConfigurations` says the same, and this enforces it whatever the
 * editor version does.
 */
import * as path from 'node:path';

/** The parts of WorkspaceConfiguration.inspect() that matter here. */
export interface InspectedSetting<T> {
  defaultValue?: T;
  globalValue?: T;
  workspaceValue?: T;
  workspaceFolderValue?: T;
}

/** The value to use: the most specific one when trusted, else the user's (global) value or the default. */
export function trustedValue<T>(inspected: InspectedSetting<T> | undefined, trusted: boolean, fallback: T): T {
  if (!inspected) return fallback;
  const chosen = trusted
    ? inspected.workspaceFolderValue ?? inspected.workspaceValue ?? inspected.globalValue ?? inspected.defaultValue
    : inspected.globalValue ?? inspected.defaultValue;
  return chosen ?? fallback;
}

/** Include directories from a setting value: strings only, empty ones dropped, relative ones under `base` (a folder). */
export function includeDirectories(value: unknown, base?: string): string[] {
  const dirs = Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.trim() !== '') : [];
  return dirs.map((dir) => (base && !path.isAbsolute(dir) ? path.resolve(base, dir) : dir));
}
