/**
 * Which page may call the planner API: only the app's own page, in the window's main frame.
 * A frame that navigated elsewhere or an embedded frame gets an error value, not the API.
 */
export type TrustedPage =
  | { kind: 'file'; url: string } // the built app, loaded from disk
  | { kind: 'dev-server'; origin: string }; // `electron-vite dev`

export interface SenderFrame {
  url: string;
  parent: unknown;
}

export function trustedPageFor(entry: {
  devServerUrl?: string;
  indexFileUrl: string;
}): TrustedPage {
  return entry.devServerUrl
    ? { kind: 'dev-server', origin: new URL(entry.devServerUrl).origin }
    : { kind: 'file', url: entry.indexFileUrl };
}

export function isTrustedSender(
  frame: SenderFrame | null | undefined,
  trusted: TrustedPage,
): boolean {
  if (!frame || frame.parent !== null) return false;
  let url: URL;
  try {
    url = new URL(frame.url);
  } catch {
    return false;
  }
  if (trusted.kind === 'dev-server') return url.origin === trusted.origin;
  url.hash = '';
  url.search = '';
  return url.href === trusted.url;
}
