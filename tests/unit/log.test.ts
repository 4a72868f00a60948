import { errorFields } from '../../hub/log';

describe('errorFields', () => {
  it('keeps identity numbers out of log lines, whatever shape the error has', () => {
    const sql = new Error(
      `select * from population.citizen where nik = '3204120101800001' - canceling statement due to statement timeout`,
    );
    const fields = errorFields(sql);
    expect(fields.error).toBe(
      `select * from population.citizen where nik = '[id]' - canceling statement due to statement timeout`,
    );
    expect(String(fields.stack)).not.toContain('3204120101800001');
    expect(errorFields({ message: 'card 0000000009818 and NPWP 012345675001000 rejected' })).toEqual({
      error: '{"message":"card [id] and NPWP [id] rejected"}',
    });
    // Shorter numbers (ports, counts, years) stay.
    expect(errorFields('timeout after 30000 ms on port 5432 in 2026').error).toBe(
      'timeout after 30000 ms on port 5432 in 2026',
    );
  });
});
