import { narratives } from '../narratives/content.ts';
import type { Narrative } from '../narratives/types.ts';

export function narrative(key: string): Narrative {
  const n = narratives.find((x) => x.key === key);
  if (!n) throw new Error(`missing narrative "${key}"`);
  return n;
}
