/** QR codes as inline SVG, made at build time (qrcode), labelled for screen readers. */
import QRCode from 'qrcode';
import { INK, PAPER } from '../charts/palette.ts';

export async function qrSvg(url: string, label: string): Promise<string> {
  const svg = await QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M', color: { dark: INK, light: PAPER } });
  const esc = label.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return svg.replace(/^<svg /, `<svg role="img" aria-label="${esc}" class="qr" `).replace(/<\?xml[^>]*>\s*/, '');
}
