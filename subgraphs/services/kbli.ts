/**
 * KBLI 2020 activities a micro or small business commonly registers, with their OSS risk level at micro scale
 * (PP 5/2021, Lampiran I). Only a low-risk activity is licensed by the NIB alone; the others need a standard
 * certificate or a licence, which this service does not issue. A deployment extends the table from the OSS
 * reference it is given.
 */
export const KBLI_2020: ReadonlyMap<string, { title: string; risk: 'LOW' | 'MEDIUM_LOW' | 'MEDIUM_HIGH' | 'HIGH' }> =
  new Map([
    ['01111', { title: 'Pertanian Jagung', risk: 'LOW' }],
    ['03111', { title: 'Penangkapan Ikan di Laut', risk: 'MEDIUM_LOW' }],
    ['10710', { title: 'Industri Produk Roti dan Kue', risk: 'MEDIUM_LOW' }],
    ['14111', { title: 'Industri Pakaian Jadi (Konveksi) dari Tekstil', risk: 'MEDIUM_LOW' }],
    ['16220', { title: 'Industri Barang Bangunan dari Kayu', risk: 'MEDIUM_HIGH' }],
    ['47112', { title: 'Perdagangan Eceran Makanan, Minuman dan Tembakau di Minimarket', risk: 'LOW' }],
    ['47591', { title: 'Perdagangan Eceran Furnitur', risk: 'LOW' }],
    ['47711', { title: 'Perdagangan Eceran Pakaian', risk: 'LOW' }],
    ['47911', { title: 'Perdagangan Eceran melalui Media untuk Komoditi Makanan dan Minuman', risk: 'LOW' }],
    ['56101', { title: 'Restoran', risk: 'MEDIUM_LOW' }],
    ['56102', { title: 'Rumah Makan', risk: 'LOW' }],
    ['56103', { title: 'Kedai Makanan', risk: 'LOW' }],
    ['56303', { title: 'Rumah Minum/Kafe', risk: 'LOW' }],
    ['96011', { title: 'Jasa Binatu (Laundry)', risk: 'LOW' }],
    ['96021', { title: 'Jasa Pangkas Rambut', risk: 'LOW' }],
  ]);
