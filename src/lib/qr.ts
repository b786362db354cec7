/** QR codes as inline SVG, made at build time (qrcode), labelled for screen readers. */
import QRCode from 'qrcode';
import { escapeHtml } from './escape.ts';
import { INK, PAPER } from '../charts/palette.ts';

export async function qrSvg(url: string, label: string): Promise<string> {
  const svg = await QRCode.toString(url, {
    type: 'svg',
    margin: 1,
    errorCorrectionLevel: 'M',
    color: { dark: INK, light: PAPER },
  });
  return svg
    .replace(/^<svg /, `<svg role="img" aria-label="${escapeHtml(label)}" class="qr" `)
    .replace(/<\?xml[^>]*>\s*/, '');
}
