/**
 * Build-time allow-list of parent pages that may control an embedded atlas
 * (select a zone, set the language) by postMessage. Origins only, exactly as
 * the browser reports them: scheme://host[:port], no path, no trailing slash,
 * e.g. 'https://www.ln.gov.cn'. A host can also be allowed per embed with the
 * URL option ?parentOrigin=… (see docs/EMBED.md). Empty: no parent is trusted
 * unless the embed URL names it.
 */
export const ALLOWED_PARENT_ORIGINS: string[] = [];
