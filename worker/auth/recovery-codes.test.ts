import { describe, expect, it } from 'vitest';
import { hashRecoveryCode, newRecoveryCodes, normalizeRecoveryCode } from './recovery-codes';

describe('recovery codes', () => {
  it('makes ten distinct codes of the form xxxxx-xxxxx without look-alike characters', () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[a-km-np-z2-9]{5}-[a-km-np-z2-9]{5}$/);
  });

  it('reads a code back however it was typed, and refuses what cannot be one', () => {
    const [code] = newRecoveryCodes(1);
    const bare = code!.replace('-', '');
    expect(normalizeRecoveryCode(code!)).toBe(bare);
    expect(normalizeRecoveryCode(` ${code!.toUpperCase()} `)).toBe(bare);
    expect(normalizeRecoveryCode(bare.replace(/(.{5})/, '$1 '))).toBe(bare);
    expect(normalizeRecoveryCode('123456')).toBeNull();
    expect(normalizeRecoveryCode('abcde-fgh1j')).toBeNull();
    expect(normalizeRecoveryCode('abcde-fghijk')).toBeNull();
  });

  it('hashes a code to the same value each time and different codes apart', async () => {
    const [a, b] = newRecoveryCodes(2).map((c) => normalizeRecoveryCode(c)!);
    expect(await hashRecoveryCode(a!)).toBe(await hashRecoveryCode(a!));
    expect(await hashRecoveryCode(a!)).not.toBe(await hashRecoveryCode(b!));
    expect(await hashRecoveryCode(a!)).not.toContain(a!);
  });
});
