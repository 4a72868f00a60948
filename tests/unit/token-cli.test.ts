import { parseTtl } from '../../app/token';

describe('npm run token --ttl', () => {
  it('reads seconds, minutes, hours and days up to 24 hours', () => {
    expect(parseTtl('30s')).toBe(30);
    expect(parseTtl('15m')).toBe(900);
    expect(parseTtl('1h')).toBe(3600);
    expect(parseTtl('1d')).toBe(86400);
  });

  it.each(['2d', '0s', '1w', 'h', '-1h'])('refuses %s', (ttl) => {
    expect(() => parseTtl(ttl)).toThrow(/--ttl must/);
  });
});
