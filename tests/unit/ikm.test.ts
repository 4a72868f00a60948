import {
  classifyIkm,
  classifyScale,
  computeIkm,
  ikmFromAverages,
  IKM_CATEGORIES,
  SKM_ELEMENTS,
  type SkmKey,
  type SkmScore,
  type SkmScores,
} from '../../subgraphs/services/ikm';

/** A response giving every element the same score. */
function uniform(score: SkmScore): SkmScores {
  return Object.fromEntries(SKM_ELEMENTS.map((element) => [element.key, score])) as unknown as SkmScores;
}

/** `n` copies of a response. */
function times(n: number, response: SkmScores): SkmScores[] {
  return Array.from({ length: n }, () => response);
}

describe('SKM_ELEMENTS', () => {
  it('lists the nine elements of PermenPANRB 14/2017 in its order, U1 to U9', () => {
    expect(SKM_ELEMENTS.map((element) => [element.code, element.key, element.nameId])).toEqual([
      ['U1', 'requirements', 'Persyaratan'],
      ['U2', 'procedure', 'Sistem, Mekanisme, dan Prosedur'],
      ['U3', 'completionTime', 'Waktu Penyelesaian'],
      ['U4', 'fee', 'Biaya/Tarif'],
      ['U5', 'product', 'Produk Spesifikasi Jenis Pelayanan'],
      ['U6', 'competence', 'Kompetensi Pelaksana'],
      ['U7', 'behaviour', 'Perilaku Pelaksana'],
      ['U8', 'complaintHandling', 'Penanganan Pengaduan, Saran dan Masukan'],
      ['U9', 'facilities', 'Sarana dan Prasarana'],
    ]);
    for (const element of SKM_ELEMENTS) expect(element.name).toMatch(/\S/);
  });
});

describe('a published report', () => {
  // "Indek Kepuasan Masyarakat Semester I", DPM & PTSP Provinsi Sumatera Barat,
  // http://dpmptsp.sumbarprov.go.id/details/news/82. Its table of averages per element (nilai rerata per unsur) and
  // weighted averages (nilai rerata tertimbang): Persyaratan 3,200 / 0,355; Prosedur 3,216 / 0,357; Waktu pelayanan
  // 2,936 / 0,326; Biaya/tarif 3,530 / 0,392; Produk layanan 3,136 / 0,348; Kompetensi pelaksana 3,200 / 0,355;
  // Perilaku pelaksana 3,316 / 0,368; Pungutan Tidak Resmi 3,916 / 0,435; Penanganan Pengaduan 3,323 / 0,369. It
  // grades U1 and U2 B (Baik) and U3 C, and states an index of 81,71, mutu pelayanan B, kategori BAIK.
  //
  // Its eighth element, Pungutan Tidak Resmi (unofficial charges), is not one of the 2017 elements; it stands here
  // in the place of Sarana dan Prasarana, the one element the page does not list. With equal weights the index does
  // not depend on which element carries which average.
  const report = {
    requirements: 3.2,
    procedure: 3.216,
    completionTime: 2.936,
    fee: 3.53,
    product: 3.136,
    competence: 3.2,
    behaviour: 3.316,
    facilities: 3.916,
    complaintHandling: 3.323,
  } satisfies Record<SkmKey, number>;
  const result = ikmFromAverages(report);
  const byKey = (key: SkmKey) => result.elements.find((element) => element.key === key)!;

  it('grades each element as the page does: U1 and U2 B, U3 C', () => {
    expect(byKey('requirements').category.grade).toBe('B');
    expect(byKey('procedure').category.grade).toBe('B');
    expect(byKey('completionTime').category.grade).toBe('C');
    expect(byKey('completionTime').category.nameId).toBe('Kurang baik');
    // The rows the page's excerpt cuts off, read in the same table: 3.530 is just under 3.532, 3.916 over 3.5324.
    expect(byKey('fee').category.grade).toBe('B');
    expect(byKey('product').category.grade).toBe('B');
    expect(byKey('behaviour').category.grade).toBe('B');
    expect(byKey('facilities').category.grade).toBe('A');
    expect(byKey('complaintHandling').category.grade).toBe('B');
  });

  it('matches its weighted averages except where its weight of 0.111 differs from 1/9 in the third decimal', () => {
    const page: Record<SkmKey, number> = {
      requirements: 0.355,
      procedure: 0.357,
      completionTime: 0.326,
      fee: 0.392,
      product: 0.348,
      competence: 0.355,
      behaviour: 0.368,
      facilities: 0.435,
      complaintHandling: 0.369,
    };
    for (const element of result.elements) {
      // The page's column is the average x 0.111, to 3 decimals.
      expect(Number((report[element.key] * 0.111).toFixed(3))).toBe(page[element.key]);
      const exact = Number(element.weighted.toFixed(3));
      // 3.200 / 9 = 0.3556 where 3.200 x 0.111 = 0.3552: 0.356 here, 0.355 on the page.
      expect(exact).toBe(report[element.key] === 3.2 ? 0.356 : page[element.key]);
    }
    expect(byKey('requirements').weightedRounded).toBe(0.36);
  });

  it('finds the same category, B (Baik), for an index of 82.70 where the page states 81.71', () => {
    // The nine averages sum to 29.773: 29.773 / 9 = 3.3081, x 25 = 82.70. The page's own weighted column sums to
    // 3.305 (x 25 = 82.63) and 0.111 gives 82.62; none of these is the 81.71 the page states, which its table does
    // not explain. All of them fall in B, 76.61 to 88.30.
    expect(result.indexRounded).toBe(3.31);
    expect(result.index).toBeCloseTo(29.773 / 9, 12);
    expect(result.convertedRounded).toBe(82.7);
    expect(result.category.grade).toBe('B');
    expect(result.category.nameId).toBe('Baik');
    expect(classifyIkm(81.71).grade).toBe('B');
  });
});

describe('computeIkm', () => {
  it('gives 100, A (Sangat baik), when every answer is 4, as a published one-respondent table does', () => {
    // https://e-smile.tubaba.go.id/main/skm/laporan/online (Disdukcapil Tulang Bawang Barat, 2023 semester 1): one
    // respondent scoring 4 on U1 to U9, NRR 4 and NRR tertimbang 0.44 per element, IKM unit pelayanan 100 (Sangat
    // Baik). The page's note writes the weight as 0,111, which would give 4 x 0.111 x 9 x 25 = 99.90; with 1/9 it is
    // 100, the figure the page shows.
    for (const responses of [[uniform(4)], times(250, uniform(4))]) {
      const result = computeIkm(responses)!;
      for (const element of result.elements) {
        expect(element.average).toBe(4);
        expect(element.weightedRounded).toBe(0.44);
        expect(element.convertedRounded).toBe(100);
        expect(element.category.grade).toBe('A');
      }
      expect(result.index).toBe(4);
      expect(result.converted).toBe(100);
      expect(result.category).toMatchObject({ grade: 'A', nameId: 'Sangat baik', name: 'very good' });
    }
  });

  it('gives 25, D (Tidak baik), when every answer is 1', () => {
    const result = computeIkm(times(7, uniform(1)))!;
    expect(result.respondents).toBe(7);
    expect(result.index).toBe(1);
    expect(result.converted).toBe(25);
    expect(result.category).toMatchObject({ grade: 'D', nameId: 'Tidak baik', name: 'poor' });
    for (const element of result.elements) {
      expect(element.total).toBe(7);
      expect(element.category.grade).toBe('D');
    }
  });

  it('averages each element over the respondents and sums the weighted averages', () => {
    const responses: SkmScores[] = [
      { ...uniform(3), requirements: 4, fee: 4 },
      { ...uniform(3), requirements: 2, completionTime: 2 },
      { ...uniform(4), completionTime: 2, facilities: 1 },
    ];
    const result = computeIkm(responses)!;
    expect(result.respondents).toBe(3);
    const requirements = result.elements[0];
    expect(requirements).toMatchObject({ code: 'U1', total: 10, averageRounded: 3.33, convertedRounded: 83.33 });
    expect(requirements.weighted).toBe(10 / 27);
    expect(requirements.weightedRounded).toBe(0.37);
    expect(requirements.category.grade).toBe('B');
    const completion = result.elements[2];
    expect(completion).toMatchObject({ code: 'U3', total: 7, averageRounded: 2.33, convertedRounded: 58.33 });
    expect(completion.category.grade).toBe('D');
    const fee = result.elements[3];
    expect(fee).toMatchObject({ code: 'U4', total: 11, averageRounded: 3.67, convertedRounded: 91.67 });
    expect(fee.category.grade).toBe('A');
    // 85 points over 27 answers: index 85 / 27 = 3.1481, converted 78.70.
    expect(result.elements.reduce((sum, element) => sum + element.total, 0)).toBe(85);
    expect(result.index).toBe(85 / 27);
    expect(result.indexRounded).toBe(3.15);
    expect(result.convertedRounded).toBe(78.7);
    expect(result.category.grade).toBe('B');
  });

  it('places a survey whose converted index is exactly 65.00 in C', () => {
    // 117 points over 5 respondents x 9 elements: 117 / 45 x 25 = 65.
    const result = computeIkm([...times(3, uniform(3)), ...times(2, uniform(2))])!;
    expect(result.converted).toBe(65);
    expect(result.category.grade).toBe('C');
  });

  it('gives no index without responses', () => {
    expect(computeIkm([])).toBeNull();
  });

  it('rejects a response that leaves an element out, naming the element', () => {
    const { fee: _fee, ...withoutFee } = uniform(3);
    expect(() => computeIkm([uniform(3), withoutFee as unknown as SkmScores])).toThrow(RangeError);
    expect(() => computeIkm([uniform(3), withoutFee as unknown as SkmScores])).toThrow(
      /response 2 does not answer U4 Biaya\/Tarif \(fee\)/,
    );
    const undefinedAnswer = { ...uniform(3), facilities: undefined } as unknown as SkmScores;
    expect(() => computeIkm([undefinedAnswer])).toThrow(/U9 Sarana dan Prasarana/);
  });

  it.each([
    ['0', 0],
    ['5', 5],
    ['2.5', 2.5],
    ['NaN', Number.NaN],
    ['"3"', '3'],
  ])('rejects a score of %s, naming the element', (_name, score) => {
    const response = { ...uniform(3), behaviour: score } as unknown as SkmScores;
    expect(() => computeIkm([response])).toThrow(RangeError);
    expect(() => computeIkm([response])).toThrow(/response 1 scores U7 Perilaku Pelaksana \(behaviour\)/);
  });

  it('rejects a key that is not an element and a response that is not an object', () => {
    const misspelt = { ...uniform(3), behavior: 3 } as unknown as SkmScores;
    expect(() => computeIkm([misspelt])).toThrow(/"behavior", which is not one of the nine SKM elements/);
    expect(() => computeIkm([null as unknown as SkmScores])).toThrow(RangeError);
  });
});

describe('classifyIkm', () => {
  it.each([
    [25, 'D'],
    [64.99, 'D'],
    [65, 'C'],
    [76.6, 'C'],
    [76.61, 'B'],
    [88.3, 'B'],
    [88.31, 'A'],
    [100, 'A'],
  ])('places %s in %s', (converted, grade) => {
    expect(classifyIkm(converted).grade).toBe(grade);
  });

  it('rounds to 2 decimals before reading the table, so no value falls between two rows', () => {
    expect(classifyIkm(64.994).grade).toBe('D');
    expect(classifyIkm(64.995).grade).toBe('C');
    expect(classifyIkm(76.604).grade).toBe('C');
    expect(classifyIkm(76.605).grade).toBe('B');
    expect(classifyIkm(88.304).grade).toBe('B');
    expect(classifyIkm(88.305).grade).toBe('A');
  });

  it('names the categories as the regulation does', () => {
    expect(IKM_CATEGORIES.map((category) => [category.grade, category.nameId, category.min, category.max])).toEqual([
      ['A', 'Sangat baik', 88.31, 100],
      ['B', 'Baik', 76.61, 88.3],
      ['C', 'Kurang baik', 65, 76.6],
      ['D', 'Tidak baik', 25, 64.99],
    ]);
  });

  it('rejects a value outside 25 to 100', () => {
    for (const converted of [24.99, 100.01, Number.NaN]) expect(() => classifyIkm(converted)).toThrow(RangeError);
  });
});

describe('classifyScale', () => {
  it.each([
    [1, 'D'],
    [2.5996, 'D'],
    [2.6, 'C'],
    [3.064, 'C'],
    [3.0644, 'B'],
    [3.532, 'B'],
    [3.5324, 'A'],
    [4, 'A'],
  ])('places %s on the 1-4 scale in %s', (value, grade) => {
    expect(classifyScale(value).grade).toBe(grade);
  });

  it('classes a value between two rows of the 1-4 table by its converted value to 2 decimals', () => {
    expect(classifyScale(3.0641).grade).toBe('C'); // 76.6025 -> 76.60
    expect(classifyScale(3.0642).grade).toBe('B'); // 76.605 -> 76.61
    expect(classifyScale(2.5998).grade).toBe('C'); // 64.995 -> 65.00
  });

  it('rejects a value outside 1 to 4', () => {
    for (const value of [0.99, 4.01, Number.POSITIVE_INFINITY]) expect(() => classifyScale(value)).toThrow(RangeError);
  });
});

describe('ikmFromAverages', () => {
  it('rejects a missing or out-of-range average, naming the element', () => {
    const averages: Record<SkmKey, number> = { ...Object.fromEntries(SKM_ELEMENTS.map((e) => [e.key, 3])) } as never;
    const { product: _product, ...withoutProduct } = averages;
    expect(() => ikmFromAverages(withoutProduct as Record<SkmKey, number>)).toThrow(/U5 Produk Spesifikasi/);
    expect(() => ikmFromAverages({ ...averages, competence: 4.2 })).toThrow(/U6 Kompetensi Pelaksana/);
    expect(() => ikmFromAverages({ ...averages, extra: 3 } as Record<SkmKey, number>)).toThrow(RangeError);
  });
});
