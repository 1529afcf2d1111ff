/**
 * The Content-Security-Policy of the app's page. It is sent as a response header by the shell
 * and written as a meta tag into index.html by the build, so the page is covered however it
 * is loaded (a file:// page gets no response headers).
 */
const PRODUCTION_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];

/** The built page: nothing inline, nothing remote. */
export const PRODUCTION_CSP = PRODUCTION_DIRECTIVES.join('; ');

/**
 * The dev server needs React Refresh's inline preamble, injected <style> tags and its HMR
 * websocket on the same host; nothing else is relaxed.
 */
export function developmentCsp(devServerUrl: string): string {
  const { host } = new URL(devServerUrl);
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-inline'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self' ws://${host}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** frame-ancestors only works as a header (browsers ignore it in a meta tag, with a warning). */
export function cspHeader(policy: string): string {
  return `${policy}; frame-ancestors 'none'`;
}
