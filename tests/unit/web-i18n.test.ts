import { DEMO_PURPOSES } from '../../seeds/catalogue';
import { SCOPES } from '../../schema/scopes';
import { MESSAGES, PURPOSE_NAMES_ID, SCOPE_DESCRIPTIONS_ID, translator } from '../../web/src/i18n';

// The web app's words: every message in both languages, and the hub's own catalogue (scopes, the demonstration
// purposes) in Bahasa Indonesia too, so that a new scope cannot reach the pages in English only.
describe("the web app's languages", () => {
  it('has every message in Bahasa Indonesia and English, none empty', () => {
    for (const language of ['id', 'en'] as const)
      expect(Object.entries(MESSAGES[language]).filter(([, text]) => text.trim() === '')).toEqual([]);
    expect(Object.keys(MESSAGES.en).sort()).toEqual(Object.keys(MESSAGES.id).sort());
  });

  it("says what every scope of the catalogue covers in Bahasa Indonesia, and every demonstration purpose's name", () => {
    expect(Object.keys(SCOPE_DESCRIPTIONS_ID).sort()).toEqual(Object.keys(SCOPES).sort());
    expect(DEMO_PURPOSES.map((purpose) => purpose.code).filter((code) => !(code in PURPOSE_NAMES_ID))).toEqual([]);
  });

  it("shows the hub's own words in English, and for what it has no translation of", () => {
    const id = translator('id');
    const en = translator('en');
    expect(id.scope('tax.compliance', 'Taxpayer status confirmation (KSWP)')).toBe(
      'Konfirmasi status wajib pajak (KSWP)',
    );
    expect(en.scope('tax.compliance', 'Taxpayer status confirmation (KSWP)')).toBe(
      'Taxpayer status confirmation (KSWP)',
    );
    expect(id.purpose('HOUSING_AID', 'Housing aid')).toBe('Housing aid');
    expect(id.purpose('STATISTICS', 'Official statistics')).toBe('Statistik resmi');
  });
});
