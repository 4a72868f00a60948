import { listen, PortInUseError, whileStarting } from '../../hub/http';

// The hub's port is taken first and answers while the hub starts behind it.
describe('the port while the hub starts', () => {
  it('says the process is alive, and that it does not serve yet, with when to retry', async () => {
    const http = await listen(whileStarting, '127.0.0.1', 0);
    try {
      const alive = await fetch(`http://127.0.0.1:${http.port}/healthz`);
      expect([alive.status, await alive.json()]).toEqual([200, { status: 'ok' }]);
      const query = await fetch(http.url, { method: 'POST', body: '{"query":"{ __typename }"}' });
      expect(query.status).toBe(503);
      expect(query.headers.get('retry-after')).toBe('5');
      expect(((await query.json()) as { errors: { extensions: unknown }[] }).errors[0].extensions).toEqual({
        code: 'NOT_READY',
      });
      // A second process on the same address is told so, by name.
      await expect(listen(whileStarting, '127.0.0.1', http.port)).rejects.toThrow(PortInUseError);
    } finally {
      await http.close();
    }
  });
});
