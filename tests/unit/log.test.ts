import { errorFields } from '../../hub/log';

describe('errorFields', () => {
  it('keeps identity numbers out of log lines, whatever shape the error has', () => {
    const sql = new Error(
      `select * from population.citizen where nik = '3204120101800001' - canceling statement due to statement timeout`,
    );
    const fields = errorFields(sql);
    expect(fields.error).toBe(
      `select * from population.citizen where nik = '…' - canceling statement due to statement timeout`,
    );
    expect(String(fields.stack)).not.toContain('3204120101800001');
    expect(errorFields({ message: 'card 0000000009818 and NPWP 012345675001000 rejected' })).toEqual({
      error: 'card [id] and NPWP [id] rejected',
    });
    // Shorter numbers (ports, counts, years) stay.
    expect(errorFields('timeout after 30000 ms on port 5432 in 2026').error).toBe(
      'timeout after 30000 ms on port 5432 in 2026',
    );
  });

  it("keeps a database error's statement, parameters and row out, and PostgreSQL's reason in", () => {
    const failed = Object.assign(
      new Error(
        `insert into "licensing"."licence_application" ("id", "applicant") values ('a1', '{"fullName":"Budi ` +
          `Santoso","birthDate":"1990-02-01","address":"Jl. Mawar No. 3"}') - invalid byte sequence for encoding ` +
          `"UTF8": 0x00`,
      ),
      { name: 'DriverException', code: '22021', table: 'licence_application' },
    );
    const fields = errorFields(failed);
    expect(fields).toEqual({
      error: 'invalid byte sequence for encoding "…": 0x00',
      errorName: 'DriverException',
      sqlState: '22021',
      table: 'licence_application',
    });
    const quoted = errorFields(new Error('Variable "$name" got invalid value "Budi Santoso"; bad'));
    expect(JSON.stringify(quoted)).not.toContain('Budi');
    expect(quoted.error).toBe('Variable "$name" got invalid value "…"; bad');
  });
});
