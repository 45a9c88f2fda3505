/** The parsed form of an open document without waiting for its check, for the features that read only the tree. */
import type { ParsedFile } from '../engine/source';
import type { ServerContext } from './context';

/** The open document as a ParsedFile, or undefined when it is not open. */
export async function openFile(context: ServerContext, uri: string): Promise<ParsedFile | undefined> {
  await context.ready;
  const entry = context.docs.get(uri);
  return entry ? context.docs.parsed(entry) : undefined;
}
