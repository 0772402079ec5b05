/** How the page was asked to run, from its URL: as an embed, with what headline, obeying whom. */
export interface EmbedOptions {
  embed: boolean;
  /** An optional headline for the embed, shown as text (never markup). */
  headline: string | undefined;
  /** Origins whose messages the map obeys, besides its own; exact `scheme://host[:port]`. */
  allowedOrigins: string[];
  warnings: string[];
}

const MAX_HEADLINE = 120;

export function embedOptions(search: string): EmbedOptions {
  const params = new URLSearchParams(search);
  const warnings: string[] = [];
  const headline = params.get('headline')?.trim().slice(0, MAX_HEADLINE) || undefined;
  const allowedOrigins = (params.get('origins') ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean)
    .flatMap((o) => {
      const origin = exactOrigin(o);
      if (!origin)
        warnings.push(
          `ignored origin ${JSON.stringify(o.slice(0, 60))}: expected scheme://host[:port]`,
        );
      return origin ? [origin] : [];
    });
  return { embed: params.has('embed'), headline, allowedOrigins, warnings };
}

/** The origin itself, or undefined for anything else (a path, a wildcard, "null"). */
function exactOrigin(text: string): string | undefined {
  try {
    const url = new URL(text);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    // The URL parser lets "*" into a host name; an allow-list entry is one host, spelled out.
    if (!/^([a-z0-9-]+\.)*[a-z0-9-]+$|^\[[0-9a-f:.]+\]$/i.test(url.hostname)) return undefined;
    return url.origin === text.replace(/\/$/, '') ? url.origin : undefined;
  } catch {
    return undefined;
  }
}
