export function commandBundles(): { name: string; file: string; path: string; names: string[] }[];
