/**
 * A link's address as a path: its query and fragment cut, its escapes decoded. Shared by the reader of files saved beside a
 * page (which opens them) and the importer (which joins a report's pages by them): both must name a page alike.
 */
export function addressPath(address: string): string | undefined {
  try {
    return decodeURIComponent(address.split(/[?#]/)[0]);
  } catch {
    return undefined;
  }
}

/** The file a link names (its last segment), to tell pages apart; an address that does not decode is taken as written. */
export function addressFile(address: string): string {
  return (addressPath(address) ?? address.split(/[?#]/)[0]).split(/[\\/]/).pop() ?? '';
}
