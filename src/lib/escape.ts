/**
 * The one HTML/XML escaper, for the few strings built by hand (embed code, oEmbed HTML, QR and
 * standalone SVG labels). Safe in text and in double- or single-quoted attributes. Components and
 * stories never need it: Astro and hast escape what they render.
 */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}
