/** Language server entry: the transport is chosen by the command line (`--stdio`, `--node-ipc`, `--socket=N`). */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

if (!process.argv.some((a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket') || a.startsWith('--pipe'))) {
  process.argv.push('--stdio');
}
startServer(createConnection(ProposedFeatures.all));
