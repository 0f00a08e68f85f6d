/**
 * Where to go after signing in: a path on this site, else the front page. Read as the browser would read it, so
 * "//evil.example", "/\evil.example" and "https://evil.example" never leave the site (nor crash history.replaceState).
 */
export function sameSitePath(next: string | null | undefined, origin: string): string {
  if (!next?.startsWith("/")) return "/";
  try {
    const url = new URL(next, origin);
    return url.origin === origin ? `${url.pathname}${url.search}${url.hash}` : "/";
  } catch {
    return "/";
  }
}
