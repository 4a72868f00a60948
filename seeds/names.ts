import type { NameProfile } from './distributions';

/**
 * The project's own pools of common Indonesian names, by naming tradition: frequent, generic names only (no
 * one is meant). How they are put together is naming.ts. A tradition either has family or clan names passed
 * from the father (Batak marga, Minahasa fam, NTT, Maluku, Papua, Chinese-Indonesian) or does not, in which
 * case people carry one, two or three personal names (Java, Sunda, Malay, Minang, Bugis, Banjar, Sasak, Dayak).
 */
interface NamePool {
  /** The faith most families of this tradition hold: someone of another faith often takes its usual names. */
  faith: 'muslim' | 'christian' | 'hindu' | 'mixed';
  male: readonly string[];
  female: readonly string[];
  /** Family or clan names, inherited from the father; empty where the tradition has none. */
  family: readonly string[];
  /** Second personal names for traditions without family names. */
  second: { male: readonly string[]; female: readonly string[] };
}

/** Arabic-Islamic names, common in every Muslim region. */
export const ISLAMIC = {
  male: ['Muhammad', 'Ahmad', 'Abdul', 'Rahmat', 'Hasan', 'Husein', 'Ali', 'Yusuf', 'Ibrahim', 'Ismail', 'Fauzan', 'Rizki', 'Fajar', 'Hidayat', 'Arif', 'Ilham', 'Ridwan', 'Syaiful', 'Zainal', 'Hamzah', 'Irfan', 'Umar', 'Usman', 'Hakim', 'Fadli', 'Faisal', 'Hafiz', 'Imam', 'Iqbal', 'Luthfi', 'Mahmud', 'Nasir', 'Rasyid', 'Salman', 'Sulaiman', 'Syahrul', 'Taufik', 'Wahid', 'Yahya', 'Zulfikar', 'Amin', 'Anwar', 'Fikri', 'Habib', 'Khairul'],
  female: ['Siti', 'Nur', 'Aisyah', 'Fatimah', 'Nurul', 'Khadijah', 'Zahra', 'Aminah', 'Halimah', 'Rahmawati', 'Nurhayati', 'Salsabila', 'Annisa', 'Azizah', 'Zulaikha', 'Maryam', 'Hasanah', 'Syifa', 'Aulia', 'Fitriani', 'Habibah', 'Hafsah', 'Jamilah', 'Khairunnisa', 'Laila', 'Latifah', 'Maimunah', 'Mutmainah', 'Nabila', 'Najwa', 'Rabiah', 'Rahmah', 'Sakinah', 'Sarah', 'Sofia', 'Ulfa', 'Umi', 'Zainab', 'Zakiah', 'Hidayah'],
  second: {
    male: ['Hidayat', 'Rahman', 'Hakim', 'Maulana', 'Ramadhan', 'Firmansyah', 'Syahputra', 'Saputra', 'Nugraha', 'Hamdani', 'Fadillah', 'Kurniawan', 'Abdullah', 'Alamsyah', 'Arifin', 'Azhari', 'Fauzi', 'Habibi', 'Hamid', 'Hanafi', 'Hasyim', 'Junaedi', 'Kamal', 'Mubarak', 'Mustofa', 'Nasrullah', 'Rosyid', 'Sholeh', 'Syarifuddin', 'Zakaria'],
    female: ['Rahmawati', 'Hasanah', 'Fauziah', 'Azzahra', 'Khoirunnisa', 'Mardiyah', 'Maulida', 'Nurjanah', 'Rahmadani', 'Safitri', 'Salamah', 'Solihah', 'Ulfah', 'Zakiyah', 'Aminah', 'Hidayati', 'Nafisah', 'Rohmah', 'Muthmainnah', 'Fadhilah'],
  },
} as const;

/** Christian given names, used with the family names of the eastern traditions and by Christians anywhere. */
export const CHRISTIAN = {
  male: ['Yohanes', 'Petrus', 'Paulus', 'Daniel', 'Samuel', 'Yosef', 'Markus', 'Stefanus', 'Fransiskus', 'Antonius', 'Mikael', 'Yakobus', 'Andreas', 'Gabriel', 'Timotius', 'Kristian', 'Robert', 'Hendrik', 'Frans', 'Agustinus', 'Adrianus', 'Alfred', 'Benediktus', 'Dominikus', 'Elias', 'Ferdinand', 'Gregorius', 'Imanuel', 'Johanis', 'Jefri', 'Kornelis', 'Lukas', 'Matius', 'Nikolas', 'Oktavianus', 'Philipus', 'Rafael', 'Simon', 'Thomas', 'Valentinus', 'Wilhelmus', 'Yeremia', 'Yosua', 'Stenly', 'Frengky'],
  female: ['Maria', 'Elisabet', 'Yohana', 'Debora', 'Ester', 'Ruth', 'Magdalena', 'Agnes', 'Theresia', 'Veronika', 'Natalia', 'Grace', 'Kristina', 'Margaretha', 'Yuliana', 'Fransiska', 'Katarina', 'Lidia', 'Priskila', 'Sarah', 'Adelina', 'Angelina', 'Anastasia', 'Beatrix', 'Christin', 'Delfina', 'Eunike', 'Febriana', 'Helena', 'Imelda', 'Yosefina', 'Klara', 'Martha', 'Meyke', 'Novita', 'Oktaviana', 'Paulina', 'Regina', 'Rosalina', 'Selvi', 'Stevani', 'Susana', 'Wilhelmina', 'Yunita'],
} as const;

/** Given names that became popular from the 1990s on, across Muslim regions. */
export const MODERN = {
  male: ['Aditya', 'Rizky', 'Dimas', 'Bagas', 'Raka', 'Rafi', 'Farel', 'Daffa', 'Arka', 'Fahri', 'Reza', 'Bima', 'Alif', 'Azka', 'Ilham', 'Naufal', 'Rangga', 'Rehan', 'Yoga', 'Aldi', 'Alfian', 'Ardi', 'Bintang', 'Ega', 'Galang', 'Hafiz', 'Ikhsan', 'Nanda', 'Rafli', 'Raihan', 'Satria', 'Wisnu', 'Zidan', 'Arkan', 'Akbar', 'Fathan', 'Gilang', 'Haikal', 'Kevin', 'Yusuf'],
  female: ['Nabila', 'Aulia', 'Salsabila', 'Nayla', 'Keisha', 'Zahra', 'Alya', 'Aqila', 'Khansa', 'Amanda', 'Anisa', 'Cantika', 'Dinda', 'Fadila', 'Intan', 'Jihan', 'Kirana', 'Laras', 'Melati', 'Nadia', 'Nisa', 'Putri', 'Rahma', 'Safira', 'Shafa', 'Tiara', 'Vina', 'Yasmin', 'Adinda', 'Bunga', 'Citra', 'Dea', 'Febi', 'Hana', 'Indah', 'Kayla', 'Livia', 'Naura', 'Azzahra', 'Syakira'],
} as const;

const CHINESE_MALE = ['Hendra', 'Budi', 'Kevin', 'Steven', 'Andi', 'Wilson', 'Felix', 'Jason', 'Hartono', 'Sugianto', 'Ricky', 'Albert', 'Vincent', 'Edwin', 'Eric', 'Ferry', 'Fendy', 'Harry', 'Henry', 'Irwan', 'Jeffry', 'Johan', 'Kelvin', 'Leonardo', 'Michael', 'Nicholas', 'Rudy', 'Sandy', 'Sonny', 'Stanley', 'Tommy', 'William', 'Yohan', 'Erwin', 'Darwin', 'Hengky', 'Jimmy', 'Rico', 'Alvin', 'Benny'];
const CHINESE_FEMALE = ['Lina', 'Meiliana', 'Cindy', 'Jessica', 'Yenny', 'Lanny', 'Susanti', 'Fenny', 'Vivian', 'Angela', 'Melinda', 'Sherly', 'Liliana', 'Winda', 'Amelia', 'Caroline', 'Cynthia', 'Elsa', 'Evelyn', 'Felicia', 'Gracia', 'Hana', 'Irene', 'Jenny', 'Julia', 'Kristin', 'Linda', 'Lisa', 'Meilani', 'Mellisa', 'Natalia', 'Olivia', 'Rina', 'Stella', 'Tania', 'Veronica', 'Wendy', 'Yuli', 'Sisca', 'Ivana'];

const none = { male: [], female: [] };

export const POOLS: Readonly<Record<NameProfile, NamePool>> = {
  javanese: {
    faith: 'muslim',
    male: ['Budi', 'Agus', 'Joko', 'Bambang', 'Slamet', 'Sugeng', 'Teguh', 'Wahyu', 'Eko', 'Dwi', 'Tri', 'Adi', 'Hadi', 'Suyanto', 'Sutrisno', 'Suparman', 'Heru', 'Bayu', 'Dimas', 'Yoga', 'Aji', 'Galih', 'Puji', 'Sigit', 'Wahyudi', 'Sukardi', 'Mulyono', 'Gunawan', 'Haryanto', 'Darmadi', 'Sugiyono', 'Supriyadi', 'Sumarno', 'Suwarno', 'Sunarto', 'Parno', 'Tukiman', 'Jumadi', 'Wagiman', 'Sarwono', 'Triyono', 'Hariyadi', 'Purwanto', 'Rudi', 'Andri', 'Yudi', 'Anton', 'Edi', 'Hendro', 'Ari'],
    female: ['Sri', 'Dewi', 'Endang', 'Wulan', 'Ratna', 'Sulastri', 'Lestari', 'Rahayu', 'Wahyuni', 'Ayu', 'Indah', 'Putri', 'Dian', 'Fitri', 'Retno', 'Tutik', 'Sumiati', 'Suprihatin', 'Yuli', 'Kartini', 'Murni', 'Handayani', 'Anik', 'Sekar', 'Ningsih', 'Widya', 'Utami', 'Asih', 'Sumini', 'Suparmi', 'Tumini', 'Sutini', 'Partini', 'Wartini', 'Suryani', 'Rini', 'Yuni', 'Eni', 'Novi', 'Diah', 'Nanik', 'Erna', 'Yanti', 'Ani', 'Winarsih', 'Ngatini', 'Sukinah', 'Mujiati'],
    family: [],
    second: {
      male: ['Santoso', 'Wibowo', 'Prasetyo', 'Nugroho', 'Susanto', 'Setiawan', 'Purnomo', 'Handoko', 'Utomo', 'Wijaya', 'Pratama', 'Saputro', 'Kurniawan', 'Hartono', 'Suryono', 'Sulistyo', 'Wicaksono', 'Raharjo', 'Harjono', 'Setyawan', 'Budiman', 'Darmawan', 'Kuncoro', 'Sasongko', 'Priyanto', 'Mulyadi', 'Hermawan', 'Sutanto', 'Ardiansyah', 'Wardoyo', 'Siswanto', 'Sugiarto', 'Triyanto', 'Yulianto', 'Nurcahyo'],
      female: ['Rahayu', 'Lestari', 'Wulandari', 'Astuti', 'Sari', 'Ningrum', 'Pertiwi', 'Permatasari', 'Wahyuningsih', 'Purwanti', 'Setyawati', 'Kusumawati', 'Handayani', 'Rahmawati', 'Anggraini', 'Puspitasari', 'Damayanti', 'Safitri', 'Utami', 'Indriyani', 'Suryaningsih', 'Nurhayati', 'Listyaningrum', 'Cahyani', 'Maharani'],
    },
  },
  sundanese: {
    faith: 'muslim',
    male: ['Asep', 'Ujang', 'Dadang', 'Cecep', 'Deden', 'Dede', 'Yayan', 'Iwan', 'Ade', 'Agus', 'Rudi', 'Dani', 'Rizal', 'Aep', 'Enjang', 'Engkos', 'Jajang', 'Wawan', 'Yana', 'Dedi', 'Ayi', 'Hendi', 'Dadan', 'Didin', 'Encep', 'Endang', 'Entis', 'Iim', 'Jaja', 'Odih', 'Otong', 'Ucup', 'Udin', 'Uus', 'Yaya', 'Yudi', 'Aang', 'Acep', 'Oman', 'Nandang', 'Maman', 'Mamat', 'Dudi'],
    female: ['Euis', 'Neneng', 'Ai', 'Iis', 'Yuyun', 'Cucu', 'Elis', 'Nining', 'Imas', 'Lilis', 'Rina', 'Entin', 'Iyah', 'Tati', 'Enok', 'Nia', 'Rika', 'Tini', 'Yeti', 'Eti', 'Wiwin', 'Yanti', 'Ela', 'Eneng', 'Eulis', 'Ikah', 'Kokom', 'Lina', 'Mimin', 'Nenden', 'Nunung', 'Popon', 'Ria', 'Titin', 'Ucu', 'Uum', 'Yayah', 'Teti', 'Wiwi', 'Irma', 'Rosi', 'Dewi'],
    family: [],
    second: {
      male: ['Suryana', 'Sopian', 'Hidayat', 'Permana', 'Sudrajat', 'Supriatna', 'Kurniawan', 'Rahmat', 'Mulyana', 'Setiadi', 'Gunawan', 'Saepudin', 'Maulana', 'Kusnadi', 'Ruhiyat', 'Nurjaman', 'Sukmana', 'Wijaya', 'Sunandar', 'Hermawan', 'Rukmana', 'Sobari', 'Darajat', 'Suherman', 'Taryana', 'Sumpena', 'Rusmana', 'Kustiawan', 'Somantri', 'Suhendar'],
      female: ['Rahmawati', 'Komariah', 'Sumiati', 'Nurhasanah', 'Rosita', 'Sulastri', 'Herawati', 'Nurjanah', 'Suryani', 'Kurniasih', 'Rohayati', 'Marlina', 'Kartika', 'Rosmiati', 'Nurlaela', 'Sumarni', 'Hayati', 'Mulyati', 'Sukaesih', 'Rostika', 'Juariah', 'Maryani', 'Ratnasari', 'Hodijah', 'Kusmiati'],
    },
  },
  malay: {
    faith: 'muslim',
    male: ['Zulkarnain', 'Syahrial', 'Husin', 'Rusli', 'Azhar', 'Khairul', 'Taufik', 'Mahmud', 'Junaidi', 'Amran', 'Saiful', 'Hendri', 'Roni', 'Syamsuddin', 'Darmawan', 'Fikri', 'Razali', 'Mukhtar', 'Munawar', 'Nasruddin', 'Safrizal', 'Zulfahmi', 'Fakhrurrazi', 'Herman', 'Jamal', 'Kamaruddin', 'Syafrudin', 'Marzuki', 'Rizal', 'Samsul', 'Sulaiman', 'Syahril', 'Yusri', 'Zainuddin', 'Erwin', 'Firdaus', 'Hasbi', 'Iskandar', 'Jufri', 'Masri', 'Rahmad', 'Ruslan'],
    female: ['Zubaidah', 'Rosita', 'Halimah', 'Rosmiati', 'Yusnani', 'Mardiana', 'Rohani', 'Salmah', 'Juliana', 'Nurlela', 'Sarinah', 'Hayati', 'Wati', 'Erna', 'Yulia', 'Desi', 'Rosnani', 'Asmah', 'Ernawati', 'Fauziah', 'Hafsah', 'Jamilah', 'Maimunah', 'Marlina', 'Nurbaiti', 'Nurhasanah', 'Rahmah', 'Rosmawati', 'Suryani', 'Ummi', 'Yuliani', 'Zuraidah', 'Nurlaila', 'Masyitah', 'Murniati', 'Rosdiana', 'Asnidar', 'Darmawati', 'Rita', 'Lili'],
    family: [],
    second: {
      male: ['Syahputra', 'Saputra', 'Rahman', 'Hamid', 'Abdullah', 'Ismail', 'Yusuf', 'Ibrahim', 'Harun', 'Effendi', 'Usman', 'Daud', 'Amri', 'Hamzah', 'Idris', 'Ishak', 'Ramli', 'Sofyan', 'Yahya', 'Zakaria', 'Arsyad', 'Bakar', 'Mansur'],
      female: ['Syahfitri', 'Wahyuni', 'Sari', 'Ningsih', 'Rahmadani', 'Fitriani', 'Safitri', 'Handayani', 'Agustina', 'Lestari', 'Yanti', 'Novita', 'Hayati', 'Maulida', 'Rahmayani', 'Susanti', 'Yusnita', 'Amelia', 'Nurjannah'],
    },
  },
  minang: {
    faith: 'muslim',
    male: ['Afdal', 'Fauzi', 'Hendra', 'Zulkifli', 'Syafri', 'Irwan', 'Dedi', 'Yulizar', 'Erizal', 'Afrizal', 'Novrizal', 'Zulhendri', 'Yusrizal', 'Ferdi', 'Rahmadi', 'Arman', 'Asrul', 'Defri', 'Elfian', 'Ermanto', 'Fadhli', 'Hendri', 'Indra', 'Jasman', 'Masrizal', 'Nasrul', 'Refki', 'Rinaldi', 'Syahrul', 'Wendi', 'Yasril', 'Yuliandri', 'Zulfadli', 'Amril', 'Budiman', 'Dasril', 'Efrizal', 'Firdaus', 'Gusrizal', 'Rusdi'],
    female: ['Yusnita', 'Rahmi', 'Nofriyanti', 'Desi', 'Mardiana', 'Yeni', 'Fitria', 'Elvira', 'Yusra', 'Rosdiana', 'Nurhayati', 'Afrida', 'Yenti', 'Zurnila', 'Lisnawati', 'Elfi', 'Asmaniar', 'Darnis', 'Emi', 'Erlinda', 'Fitri', 'Gusnawati', 'Hasnidar', 'Irma', 'Jusmaniar', 'Mardiyah', 'Nelfi', 'Novi', 'Rosmaini', 'Sri', 'Syafni', 'Yulia', 'Yusmaniar', 'Zuraida', 'Elly', 'Ratna', 'Wilda', 'Yuni'],
    family: [],
    second: {
      male: ['Putra', 'Efendi', 'Rahman', 'Hamzah', 'Zainal', 'Syahrial', 'Chaniago', 'Koto', 'Piliang', 'Tanjung', 'Sikumbang', 'Jambak', 'Saputra', 'Ramadhan', 'Pratama', 'Mulyadi', 'Syafrudin', 'Azwar', 'Nasir', 'Arif'],
      female: ['Putri', 'Yanti', 'Wati', 'Sari', 'Novita', 'Rahmadani', 'Yulianti', 'Fitri', 'Handayani', 'Susanti', 'Amelia', 'Oktavia', 'Anggraini', 'Rahmawati', 'Yusnita'],
    },
  },
  batak: {
    faith: 'christian',
    male: ['Togar', 'Parlindungan', 'Hotman', 'Binsar', 'Martua', 'Poltak', 'Tigor', 'Marihot', 'Bonar', 'Sahat', 'Ronald', 'Jhonny', 'Roy', 'Edward', 'Fernando', 'Benny', 'Daniel', 'Hotma', 'Lambok', 'Maruli', 'Mangasi', 'Mangapul', 'Parulian', 'Pardamean', 'Sabar', 'Sahala', 'Tumpal', 'Baringin', 'Rudolf', 'Robert', 'Herbert', 'Frans', 'Manahan', 'Hisar', 'Anju', 'Rinto', 'Dapot', 'Armando', 'Charles', 'Jefri'],
    female: ['Rosmawati', 'Sondang', 'Lamtiur', 'Tiurma', 'Rotua', 'Nurmala', 'Rumondang', 'Mega', 'Lastri', 'Friska', 'Romauli', 'Tetty', 'Dewi', 'Erna', 'Juni', 'Rosa', 'Duma', 'Hotmauli', 'Lasma', 'Lenny', 'Marintan', 'Masniari', 'Nurhayati', 'Pesta', 'Rasmi', 'Rismawati', 'Roslina', 'Rugun', 'Sarma', 'Sinta', 'Tiominar', 'Uli', 'Debora', 'Evi', 'Herlina', 'Lince', 'Mariana', 'Nova', 'Ria', 'Santi'],
    family: ['Siregar', 'Nasution', 'Simanjuntak', 'Sitorus', 'Hutapea', 'Pasaribu', 'Situmorang', 'Harahap', 'Lubis', 'Sinaga', 'Simatupang', 'Manurung', 'Silalahi', 'Tambunan', 'Panjaitan', 'Sihombing', 'Hutagalung', 'Sembiring', 'Ginting', 'Tarigan', 'Damanik', 'Purba', 'Napitupulu', 'Simbolon', 'Hasibuan', 'Sitompul', 'Simanullang', 'Sianturi', 'Gultom', 'Marpaung', 'Nainggolan', 'Pardede', 'Sirait', 'Siahaan', 'Sibarani', 'Sihotang', 'Simamora', 'Sitepu', 'Saragih', 'Aritonang', 'Hutabarat', 'Pohan', 'Rangkuti', 'Daulay', 'Batubara'],
    second: none,
  },
  bugis: {
    faith: 'muslim',
    male: ['Andi', 'Syamsul', 'Arifin', 'Baharuddin', 'Rusdi', 'Hasanuddin', 'Akbar', 'Jamaluddin', 'Kamaruddin', 'Muhlis', 'Sudirman', 'Syahrir', 'Ilyas', 'Asri', 'Haerul', 'Takdir', 'Abdul', 'Amiruddin', 'Asdar', 'Burhanuddin', 'Darwis', 'Fahri', 'Herman', 'Ikhsan', 'Irwan', 'Jumadi', 'Kasman', 'Mansyur', 'Nasrun', 'Nurdin', 'Risal', 'Ruslan', 'Saharuddin', 'Samsuddin', 'Supriadi', 'Syamsuddin', 'Yunus', 'Zainuddin', 'Firman', 'Muliadi', 'Sultan', 'Sahrul'],
    female: ['Hasnah', 'Sitti', 'Marwah', 'Hartini', 'Kasmawati', 'Hasmiati', 'Suriani', 'Nurmiati', 'Hadijah', 'Ramlah', 'Haslinda', 'Sumarni', 'Rosmini', 'Hasni', 'Nurlina', 'Asmawati', 'Darmawati', 'Fatmawati', 'Hasmawati', 'Hasriani', 'Irmawati', 'Jumriati', 'Kartini', 'Masnawati', 'Mardiana', 'Nurhaeni', 'Nurhayati', 'Rahmatia', 'Rosdiana', 'Sahriani', 'Sri', 'Suhartini', 'Wahyuni', 'Yusnita', 'Nursia', 'Hamsinah', 'Sakinah', 'Rosmiati'],
    family: [],
    second: {
      male: ['Amir', 'Latif', 'Rasyid', 'Basri', 'Syarif', 'Kadir', 'Rauf', 'Sahabuddin', 'Taha', 'Hamzah', 'Saleh', 'Rahim', 'Mustafa', 'Ramli', 'Anwar', 'Yusuf', 'Haris', 'Halim', 'Syukur', 'Bahar', 'Tahir', 'Said', 'Arsyad', 'Jufri', 'Idrus', 'Mansur'],
      female: ['Nur', 'Hasanah', 'Ramlah', 'Sulfiani', 'Rahmawati', 'Jumriani', 'Nurhaedah', 'Syamsiah', 'Hasnawati', 'Irmawati', 'Ekawati', 'Fitriani', 'Haryati', 'Nurjannah', 'Rahmadani', 'Sahriah', 'Sukmawati', 'Wahyuni', 'Yuliani'],
    },
  },
  balinese: {
    faith: 'hindu',
    male: ['Sudarsana', 'Suarta', 'Astawa', 'Mertayasa', 'Artana', 'Suweca', 'Widiana', 'Sutama', 'Darmawan', 'Gunawan', 'Adnyana', 'Sudiarta', 'Parwata', 'Suardana', 'Budiarta', 'Wirawan', 'Ardana', 'Arsana', 'Budiasa', 'Darma', 'Jaya', 'Kariasa', 'Mahendra', 'Mardika', 'Merta', 'Oka', 'Purnawan', 'Putra', 'Santika', 'Sedana', 'Sudana', 'Sugiarta', 'Sukadana', 'Suparta', 'Wardana', 'Widnyana', 'Wiratama', 'Yasa', 'Antara', 'Ariawan', 'Astika', 'Dana'],
    female: ['Sukerti', 'Ariani', 'Suastini', 'Wiryani', 'Sariasih', 'Puspita', 'Suartini', 'Sudarmini', 'Astuti', 'Widiastuti', 'Sukarmi', 'Mariani', 'Dewi', 'Yuliani', 'Kartika', 'Purnami', 'Ariasih', 'Darmayanti', 'Juliantari', 'Kariani', 'Lestari', 'Mahayani', 'Manik', 'Murni', 'Okayanti', 'Parwati', 'Puspawati', 'Sarmini', 'Sri', 'Suardani', 'Sudiani', 'Sukarni', 'Sumerti', 'Suryani', 'Trisna', 'Wahyuni', 'Wardani', 'Widiani', 'Wulandari', 'Ayu'],
    family: [],
    second: none,
  },
  minahasa: {
    faith: 'christian',
    male: CHRISTIAN.male,
    female: CHRISTIAN.female,
    family: ['Rondonuwu', 'Lumintang', 'Tumbelaka', 'Wowor', 'Sumual', 'Pangemanan', 'Mandagi', 'Kaunang', 'Sondakh', 'Rumengan', 'Lengkong', 'Tumewu', 'Rumajar', 'Karundeng', 'Polii', 'Sompie', 'Lumanauw', 'Mamahit', 'Najoan', 'Pandelaki', 'Pangkey', 'Paat', 'Rambing', 'Rawung', 'Rumondor', 'Runtuwene', 'Supit', 'Tambayong', 'Tangkilisan', 'Tumiwa', 'Wenas', 'Walangitan', 'Wuisan', 'Kalangi', 'Lasut', 'Lontoh', 'Mewengkang', 'Pinontoan', 'Pontoh', 'Sumampouw', 'Tuwaidan', 'Wagey', 'Korompis'],
    second: none,
  },
  ntt: {
    faith: 'christian',
    male: CHRISTIAN.male,
    female: CHRISTIAN.female,
    family: ['Bria', 'Fanggidae', 'Manafe', 'Tefa', 'Benu', 'Nenobais', 'Ndun', 'Pah', 'Riwu', 'Koten', 'Ola', 'Kewa', 'Lelo', 'Bani', 'Taek', 'Seran', 'Nahak', 'Bere', 'Dethan', 'Foenay', 'Hale', 'Kana', 'Lede', 'Mau', 'Messakh', 'Nalle', 'Neno', 'Nope', 'Pello', 'Radja', 'Sinlae', 'Tallo', 'Tanone', 'Toda', 'Tualaka', 'Wea', 'Woda', 'Ngongo', 'Manek', 'Klau', 'Atok', 'Bouk', 'Fernandez', 'Parera', 'Da Costa', 'Diaz', 'Gomes'],
    second: none,
  },
  maluku: {
    faith: 'mixed',
    male: CHRISTIAN.male,
    female: CHRISTIAN.female,
    family: ['Latuheru', 'Tuhumury', 'Pattiasina', 'Siahaya', 'Leiwakabessy', 'Wattimena', 'Sahetapy', 'Lesnussa', 'Tuanakotta', 'Ohoiwutun', 'Renwarin', 'Rahayaan', 'Ohorella', 'Tuasikal', 'Marasabessy', 'Sangadji', 'Pattinama', 'Sopacua', 'Latuconsina', 'Pelupessy', 'Tahapary', 'Manuputty', 'Hehanussa', 'Tamaela', 'Huwae', 'Lekatompessy', 'Nanlohy', 'Pattikawa', 'Saimima', 'Salampessy', 'Sapulette', 'Souisa', 'Talakua', 'Tuhuteru', 'Wairata', 'Laitupa', 'Loppies', 'Noya', 'Polnaya', 'Rehatta', 'Umasugi', 'Buamona'],
    second: none,
  },
  papuan: {
    faith: 'christian',
    male: CHRISTIAN.male,
    female: CHRISTIAN.female,
    family: ['Wenda', 'Tabuni', 'Kogoya', 'Wonda', 'Murib', 'Rumbiak', 'Mandowen', 'Yoku', 'Wanimbo', 'Awom', 'Ayomi', 'Karubaba', 'Gobai', 'Pigai', 'Degei', 'Mote', 'Kambu', 'Sraun', 'Gebze', 'Mahuze', 'Enumbi', 'Giay', 'Itlay', 'Kossay', 'Kayame', 'Magai', 'Mirin', 'Nawipa', 'Pekei', 'Rumainum', 'Rumkorem', 'Rumaropen', 'Sawaki', 'Sanggenafa', 'Tebay', 'Tekege', 'Wakerkwa', 'Wetipo', 'Yikwa', 'Yoman', 'Kafiar', 'Korwa', 'Mansawan', 'Msen', 'Womsiwor', 'Rumere', 'Fonataba', 'Yarangga', 'Isir', 'Ndiken', 'Kaize', 'Samkakai', 'Walianggen', 'Heluka', 'Asso', 'Elopere', 'Hubi'],
    second: none,
  },
  chinese: {
    faith: 'mixed',
    male: CHINESE_MALE,
    female: CHINESE_FEMALE,
    family: ['Halim', 'Wijaya', 'Gunawan', 'Salim', 'Tanjaya', 'Santoso', 'Hartanto', 'Kusuma', 'Setiadi', 'Tanuwijaya', 'Lim', 'Tan', 'Lie', 'Gozali', 'Tjandra', 'Hendrawan', 'Sugiarto', 'Susanto', 'Widjaja', 'Kurniawan', 'Liem', 'Ong', 'Goh', 'Wong', 'Chandra', 'Sutanto', 'Tjahjadi', 'Tanudjaja', 'Hadinata', 'Kosasih', 'Budiman', 'Oei', 'Kwee', 'Harsono', 'Lukito', 'Pranata'],
    second: none,
  },
  banjar: {
    faith: 'muslim',
    male: ['Bahrani', 'Syahrani', 'Rusdiansyah', 'Anang', 'Mahfuz', 'Fahmi', 'Norhadi', 'Saberi', 'Jumberi', 'Masrani', 'Hairani', 'Ahmad', 'Akhmad', 'Aidil', 'Arbain', 'Basuni', 'Fahrurrazi', 'Ghazali', 'Hairil', 'Iberahim', 'Jamhari', 'Khairil', 'Mahdi', 'Muhdar', 'Noor', 'Rahmadi', 'Rusdi', 'Samsul', 'Syaifullah', 'Wahyudi', 'Yusran', 'Zainal', 'Zulkifli', 'Fauzan', 'Arsyad', 'Badrun', 'Hamdani', 'Supian', 'Taufik', 'Rizali'],
    female: ['Noorhayati', 'Mariatul', 'Rusmini', 'Masitah', 'Normila', 'Jamilah', 'Rahimah', 'Hairunnisa', 'Rabiatul', 'Muslimah', 'Fauziah', 'Aslamiah', 'Fatimah', 'Halimatus', 'Jumiati', 'Kamariah', 'Laila', 'Mahmudah', 'Masrah', 'Noorjannah', 'Nurul', 'Rahmah', 'Rusmilawati', 'Salasiah', 'Sarpiah', 'Siti', 'Yuliana', 'Zaleha', 'Zubaidah', 'Hafizah', 'Norlela', 'Rabiah', 'Husnul', 'Aminah', 'Misnah', 'Nordiana', 'Rosidah', 'Mardiana'],
    family: [],
    second: {
      male: ['Rahman', 'Syahrani', 'Ansyari', 'Noor', 'Hamdi', 'Rasyid', 'Asmuni', 'Yusran', 'Rifani', 'Husaini', 'Arsyad', 'Mahfuzi', 'Hidayat', 'Ridhani', 'Fadillah'],
      female: ['Zakiah', 'Hayati', 'Aulia', 'Rahmah', 'Noorjannah', 'Mahmudah', 'Fitriani', 'Rusmilawati', 'Hidayati', 'Rahmawati', 'Yuliani', 'Maulida'],
    },
  },
  dayak: {
    faith: 'christian',
    male: ['Yohanes', 'Markus', 'Stefanus', 'Agustinus', 'Antonius', 'Petrus', 'Lukas', 'Mikael', 'Rudolf', 'Yosafat', 'Ignasius', 'Aloysius', 'Kornelius', 'Dominikus', 'Paulus', 'Yakobus', 'Benediktus', 'Fransiskus', 'Matius', 'Simon', 'Daniel', 'Elias', 'Yulius', 'Gregorius', 'Hendrikus', 'Martinus', 'Yosef', 'Lambertus', 'Vinsensius', 'Kristoforus'],
    female: ['Maria', 'Yuliana', 'Magdalena', 'Theresia', 'Veronika', 'Agnes', 'Paulina', 'Katarina', 'Ursula', 'Lusia', 'Sesilia', 'Yosefina', 'Elisabet', 'Margaretha', 'Fransiska', 'Anastasia', 'Helena', 'Kristina', 'Regina', 'Rosalia', 'Skolastika', 'Bernadeta', 'Florentina', 'Martina', 'Natalia', 'Susana', 'Priska', 'Apriani', 'Yuni', 'Dewi'],
    family: [],
    // Dayak names from the father or the community, not clan names: they follow the given name.
    second: {
      male: ['Ajang', 'Lahang', 'Usat', 'Ngau', 'Anyi', 'Lawing', 'Djaman', 'Bilung', 'Jalung', 'Nyaman', 'Asang', 'Bayau', 'Dohong', 'Ingan', 'Juk', 'Kuleh', 'Lenjau', 'Luhat', 'Mering', 'Njuk', 'Ubang', 'Ugang', 'Unyang', 'Apui', 'Tingang', 'Mahar', 'Ningkan', 'Saha', 'Simpei', 'Anggen'],
      female: ['Ajang', 'Lahang', 'Usat', 'Ngau', 'Anyi', 'Lawing', 'Bilung', 'Ingan', 'Luhat', 'Mering', 'Ubang', 'Unyang', 'Apui', 'Tingang', 'Saha', 'Anggen', 'Buntat', 'Dayang', 'Lenjau', 'Asang'],
    },
  },
  sasak: {
    faith: 'muslim',
    male: ['Lalu', 'Zulkifli', 'Saparudin', 'Mahsun', 'Rusdi', 'Hamdani', 'Sahnan', 'Mukhlis', 'Sapri', 'Jumadil', 'Marzuki', 'Supardi', 'Ahmad', 'Abdul', 'Burhan', 'Hasbullah', 'Heri', 'Ihsan', 'Juanda', 'Khairul', 'Mashur', 'Muhammad', 'Nasrudin', 'Rahmat', 'Sahabudin', 'Samsul', 'Sukardi', 'Suparman', 'Syamsul', 'Wahyu', 'Zainul', 'Zohri', 'Mustiadi', 'Hirwan', 'Amrullah', 'Habibi', 'Junaidi', 'Muzakir', 'Syarifudin', 'Wildan'],
    female: ['Baiq', 'Sahnun', 'Rohani', 'Maesarah', 'Saenah', 'Nurhidayah', 'Hurmiati', 'Mariani', 'Sumiyati', 'Hamdiah', 'Rahmah', 'Aminah', 'Fatmawati', 'Hartini', 'Hasanah', 'Herniwati', 'Husnaini', 'Isnaeni', 'Jumenah', 'Mahnim', 'Masniah', 'Muliati', 'Nurhasanah', 'Raehan', 'Rosidah', 'Saniah', 'Sinarti', 'Sukmawati', 'Supiani', 'Zaenab', 'Zohriah', 'Murniati', 'Nurjannah', 'Rabiatun', 'Sulastri', 'Wahidah'],
    family: [],
    second: {
      male: ['Saputra', 'Hamdani', 'Hidayat', 'Azhari', 'Fathurrahman', 'Suhaimi', 'Hadi', 'Irawan', 'Mulyadi', 'Wijaya', 'Rahman', 'Hakim', 'Kurniawan', 'Ramdani', 'Sukriadi'],
      female: ['Wahyuni', 'Hartini', 'Rahmawati', 'Muslimah', 'Zuhriah', 'Hasanah', 'Lestari', 'Fitriani', 'Sari', 'Rahmatun', 'Aini', 'Safitri', 'Ulfa'],
    },
  },
};

/** Balinese birth-order names (after I for men, Ni for women); the fifth child starts the cycle again. */
export const BALINESE_ORDER: Readonly<Record<'MALE' | 'FEMALE', readonly (readonly string[])[]>> = {
  MALE: [['Wayan', 'Putu', 'Gede'], ['Made', 'Kadek', 'Nengah'], ['Nyoman', 'Komang'], ['Ketut']],
  FEMALE: [['Putu', 'Luh', 'Wayan'], ['Made', 'Kadek', 'Nengah'], ['Nyoman', 'Komang'], ['Ketut']],
};
