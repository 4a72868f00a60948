import { isLoopbackHost } from '../../hub/http';

// The explorer in development hands out a signed token only when the hub listens where nobody else can reach it.
describe('isLoopbackHost', () => {
  it('is true for loopback addresses only', () => {
    for (const host of ['127.0.0.1', '127.1.2.3', '::1', 'localhost']) expect(isLoopbackHost(host)).toBe(true);
    for (const host of ['0.0.0.0', '::', '10.0.0.5', '192.168.1.10', 'hub.example.go.id', '127.0.0.1.nip.io'])
      expect(isLoopbackHost(host)).toBe(false);
  });
});
