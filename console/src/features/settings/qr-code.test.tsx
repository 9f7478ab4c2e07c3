// @vitest-environment jsdom
import { cleanup, render, screen } from '@solidjs/testing-library';
import { afterEach, describe, expect, test } from 'vitest';
import { QrCode, qrPath } from './qr-code';

afterEach(cleanup);

describe('QR code', () => {
  test('draws each run of dark modules in a row as one rectangle', () => {
    expect(
      qrPath([
        [true, true, false],
        [false, true, true],
      ]),
    ).toBe('M0 0h2v1h-2zM1 1h2v1h-2z');
    expect(qrPath([[false, false]])).toBe('');
  });

  test('renders a setup URI as a square SVG once the encoder has loaded', async () => {
    render(() => <QrCode text="otpauth://totp/Parley:ann%40example.test?secret=JBSWY3DPEHPK3PXP&issuer=Parley" label="QR code" />);
    const svg = await screen.findByRole('img', { name: 'QR code' });
    const [, , width, height] = svg.getAttribute('viewBox')!.split(' ').map(Number);
    // Version 4 or more (33+ modules) plus a border of 2 on each side.
    expect(width).toBeGreaterThanOrEqual(37);
    expect(height).toBe(width);
    expect(svg.querySelector('path')!.getAttribute('d')!.length).toBeGreaterThan(100);
  });
});
