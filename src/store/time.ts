/** Times are stored as ISO-8601 UTC with milliseconds: they sort and compare as text on both backends. */
export const iso = (ms: number): string => new Date(ms).toISOString();
