"""Content of the four non-Markdown documents (PDF, DOCX, two HTML pages).

Each document is a dict with its sidecar fields and a list of blocks:
("h2", text), ("h3", text), ("p", text), ("ul", [items]), ("ol", [items]),
("table", [header_row, row, ...]).
"""

NOTE = "Evaluation document: figures, addresses and hours are invented for testing."
LAST_LINE = "Dokumen evaluasi: angka, alamat dan jam layanan adalah rekaan."

PBB = {
    "path": "id/probolinggo/pbb-p2.pdf",
    "fields": {
        "title": "Pajak Bumi dan Bangunan Perdesaan dan Perkotaan (PBB-P2)",
        "lang": "id",
        "country": "ID",
        "region": "Kota Probolinggo",
        "agency": "Badan Pendapatan, Pengelolaan Keuangan dan Aset Daerah (BPPKAD) Kota Probolinggo",
        "source": "https://example.invalid/bppkad-probolinggo/pbb-p2",
        "updated": "2026-03-02",
        "note": NOTE,
    },
    "intro": "PBB-P2 adalah pajak daerah atas tanah dan bangunan yang dimiliki, dikuasai atau "
             "dimanfaatkan di Kota Probolinggo. Surat Pemberitahuan Pajak Terutang (SPPT) "
             "tahun 2026 dibagikan melalui kelurahan mulai bulan Maret.",
    "blocks": [
        ("h2", "Objek dan Subjek Pajak"),
        ("p", "Objek PBB-P2 adalah bumi dan bangunan, kecuali kawasan yang dipakai untuk "
              "perkebunan, perhutanan dan pertambangan. Subjek pajak adalah orang atau badan "
              "yang namanya tercantum di SPPT, yaitu pemilik, penguasa atau pemanfaat objek."),
        ("ul", ["Tanah pekarangan, sawah dan tambak.",
                "Rumah tinggal, ruko, gudang dan bangunan usaha.",
                "Kolam renang, pagar mewah dan lapangan yang melekat pada bangunan."]),
        ("h2", "Tarif dan NJOPTKP"),
        ("p", "Pajak dihitung dari Nilai Jual Objek Pajak (NJOP) dikurangi NJOP Tidak Kena "
              "Pajak (NJOPTKP) sebesar Rp 12.000.000 untuk setiap wajib pajak, lalu dikalikan "
              "tarif berikut."),
        ("table", [["NJOP", "Tarif"],
                   ["Sampai dengan Rp 1 miliar", "0,1%"],
                   ["Di atas Rp 1 miliar sampai Rp 5 miliar", "0,15%"],
                   ["Di atas Rp 5 miliar", "0,2%"],
                   ["Lahan pangan dan ternak", "0,08%"]]),
        ("h2", "Jatuh Tempo"),
        ("p", "Batas akhir pembayaran PBB-P2 tahun 2026 adalah 31 Agustus 2026. Pembayaran "
              "sampai tanggal tersebut tidak dikenai denda. Wajib pajak yang melunasi sebelum "
              "30 April 2026 mendapat potongan 5% dari pokok pajak."),
        ("h2", "Cara dan Tempat Pembayaran"),
        ("ul", ["Loket bank persepsi yang tercantum di balik SPPT.",
                "Kantor pos di seluruh Kota Probolinggo.",
                "Minimarket dan dompet digital dengan menyebut Nomor Objek Pajak (NOP).",
                "Aplikasi BayarPBB Probolinggo, yang juga menampilkan riwayat pembayaran.",
                "Loket BPPKAD di Mal Pelayanan Publik."]),
        ("p", "Simpan Surat Tanda Terima Setoran (STTS) atau bukti elektronik sebagai tanda lunas. "
              "Pembayaran melalui petugas pemungut di kelurahan hanya sah bila disertai STTS resmi."),
        ("h2", "Denda Keterlambatan"),
        ("p", "Pembayaran setelah jatuh tempo dikenai denda 1% per bulan dari pokok pajak, "
              "dihitung sejak bulan September, paling lama 24 bulan. Tunggakan lebih dari dua "
              "tahun ditagih dengan surat teguran dan dapat dilanjutkan dengan surat paksa."),
        ("h2", "Pengurangan dan Keringanan"),
        ("p", "Pengurangan dapat diberikan kepada wajib pajak yang kondisi ekonominya sulit, "
              "misalnya lansia berpenghasilan rendah, veteran, penyandang disabilitas, atau "
              "objek yang terkena bencana. Besarnya pengurangan paling tinggi 50% dari pokok "
              "pajak. Permohonan diajukan paling lambat 30 September 2026 dengan melampirkan "
              "SPPT, KTP-el, dan surat keterangan tidak mampu atau bukti pendukung lain."),
        ("h2", "Mutasi dan Pembetulan SPPT"),
        ("p", "Mutasi nama (balik nama) karena jual beli, hibah atau warisan, pemecahan atau "
              "penggabungan objek, serta pembetulan luas tanah dan bangunan diajukan dengan "
              "formulir SPOP. Lampirkan fotokopi sertifikat atau akta, KTP-el dan SPPT tahun "
              "terakhir yang sudah lunas. Mutasi selesai dalam 10 hari kerja; pembetulan yang "
              "memerlukan pengukuran lapangan selesai dalam 20 hari kerja."),
        ("h2", "Cetak Ulang SPPT dan Cek Tagihan"),
        ("p", "SPPT yang hilang atau belum diterima dapat dicetak ulang gratis di loket BPPKAD "
              "dengan menyebut NOP atau membawa SPPT tahun sebelumnya. Tagihan dapat dicek di "
              "aplikasi BayarPBB Probolinggo atau melalui SMS ke 0812-5550-7270 dengan format "
              "PBB spasi NOP."),
        ("h2", "Lokasi dan Jam Layanan"),
        ("p", "Loket PBB-P2 BPPKAD berada di Mal Pelayanan Publik Kota Probolinggo, Jl. Cempaka "
              "Raya No. 41, lantai 1. Loket buka Senin sampai Kamis pukul 07.30 sampai 15.00 "
              "dan Jumat pukul 07.30 sampai 11.00. Pada bulan Agustus loket juga buka hari "
              "Sabtu pukul 08.00 sampai 12.00."),
        ("h2", "Pertanyaan yang Sering Diajukan"),
        ("q", "SPPT masih atas nama pemilik lama, apakah harus dibayar?"),
        ("p", "Ya. Bayar dulu tagihan tahun berjalan, lalu ajukan mutasi nama agar SPPT tahun "
              "berikutnya atas nama Anda."),
        ("q", "Ke mana bertanya soal PBB-P2?"),
        ("p", "Hubungi layanan informasi BPPKAD di (0335) 555-0150, Senin sampai Jumat pukul "
              "08.00 sampai 14.00, atau surel pbb@example.invalid."),
    ],
}

KIOS = {
    "path": "id/bukittinggi/sewa-kios-pasar.docx",
    "fields": {
        "title": "Sewa Kios dan Los Pasar Milik Pemerintah Kota Bukittinggi",
        "lang": "id",
        "country": "ID",
        "region": "Kota Bukittinggi",
        "agency": "Dinas Koperasi, UKM dan Perdagangan Kota Bukittinggi",
        "source": "https://example.invalid/dkup-bukittinggi/sewa-kios",
        "updated": "2026-02-16",
        "note": NOTE,
    },
    "intro": "Dinas Koperasi, UKM dan Perdagangan Kota Bukittinggi mengelola kios, los dan "
             "meja pasar milik Pemerintah Kota. Pedagang menyewa tempat usaha melalui perjanjian "
             "sewa dan membayar retribusi pemakaian kekayaan daerah setiap bulan.",
    "blocks": [
        ("h2", "Pasar yang Dikelola"),
        ("ul", ["Pasar Atas: kios pakaian, emas, oleh-oleh dan kerajinan.",
                "Pasar Bawah: los sayur, daging, ikan dan bumbu.",
                "Pasar Aur Kuning: kios grosir tekstil dan konveksi.",
                "Pasar Banto: los dan meja pedagang kebutuhan harian."]),
        ("h2", "Persyaratan Permohonan"),
        ("ul", ["Fotokopi KTP-el dan kartu keluarga.",
                "Pas foto berwarna ukuran 3x4 sebanyak 2 lembar.",
                "Surat pernyataan jenis dagangan dan kesanggupan mematuhi tata tertib pasar.",
                "Nomor Induk Berusaha (NIB) untuk usaha mikro atau kecil.",
                "Surat keterangan lunas retribusi bagi pedagang lama yang pindah kios."]),
        ("h2", "Alur Permohonan"),
        ("ol", ["Ajukan permohonan di loket Unit Pengelola Pasar atau melalui aplikasi PasarKito.",
                "Petugas memeriksa ketersediaan kios kosong dan kelengkapan berkas.",
                "Bila peminat lebih dari satu, penetapan dilakukan dengan undian terbuka.",
                "Penandatanganan perjanjian sewa dan pembayaran retribusi bulan pertama.",
                "Penyerahan kunci dan kartu identitas pedagang."]),
        ("p", "Seluruh proses selesai paling lama 14 hari kerja sejak berkas lengkap. Daftar kios "
              "kosong di setiap pasar diumumkan di papan informasi Unit Pengelola Pasar dan di "
              "aplikasi PasarKito setiap awal bulan. Pemohon hanya boleh mengajukan satu kios per "
              "kartu keluarga pada setiap pasar."),
        ("h2", "Tarif Retribusi Sewa"),
        ("table", [["Pasar", "Jenis tempat", "Tarif per m² per bulan"],
                   ["Pasar Atas", "Kios", "Rp 45.000"],
                   ["Pasar Atas", "Los", "Rp 25.000"],
                   ["Pasar Bawah", "Los", "Rp 18.000"],
                   ["Pasar Aur Kuning", "Kios", "Rp 38.000"],
                   ["Pasar Banto", "Meja", "Rp 12.000"]]),
        ("p", "Tarif sudah termasuk kebersihan dan keamanan, tetapi belum termasuk listrik dan air "
              "yang dibayar sesuai meteran masing-masing. Kios di sudut atau menghadap jalan utama "
              "dikenai tambahan 20% dari tarif dasar."),
        ("h2", "Jangka Waktu dan Perpanjangan"),
        ("p", "Perjanjian sewa berlaku 2 tahun dan dapat diperpanjang. Permohonan perpanjangan "
              "diajukan paling lambat 30 hari sebelum perjanjian berakhir. Pedagang yang tidak "
              "mengajukan perpanjangan dianggap melepaskan haknya dan kios dapat disewakan kepada "
              "pemohon lain."),
        ("h2", "Pembayaran Retribusi"),
        ("p", "Retribusi dibayar paling lambat tanggal 10 setiap bulan melalui aplikasi PasarKito, "
              "transfer ke rekening kas daerah dengan kode bayar, atau di loket Unit Pengelola "
              "Pasar. Petugas tidak menerima pembayaran tunai di luar loket."),
        ("h2", "Sanksi Tunggakan"),
        ("ul", ["Keterlambatan dikenai denda 2% per bulan dari retribusi terutang.",
                "Tunggakan 3 bulan: surat peringatan pertama dan penyegelan sementara kios.",
                "Tunggakan 6 bulan: perjanjian sewa dicabut dan kios ditarik kembali.",
                "Tunggakan tetap wajib dilunasi walaupun perjanjian dicabut."]),
        ("h2", "Larangan bagi Penyewa"),
        ("p", "Penyewa dilarang memindahtangankan, menyewakan kembali atau memperjualbelikan kios "
              "kepada pihak lain. Penyewa juga dilarang mengubah bentuk bangunan tanpa izin dan "
              "berjualan di luar batas kios. Pelanggaran dikenai pencabutan perjanjian sewa."),
        ("p", "Kios harus dibuka untuk berjualan paling sedikit 20 hari dalam sebulan. Kios yang "
              "dibiarkan tutup lebih dari 60 hari berturut-turut tanpa pemberitahuan dianggap "
              "ditelantarkan dan dapat ditarik kembali oleh Dinas."),
        ("h2", "Pengalihan kepada Ahli Waris"),
        ("p", "Jika penyewa meninggal dunia, hak sewa dapat dialihkan kepada suami, istri atau anak "
              "dengan melampirkan akta kematian, surat keterangan ahli waris dan KTP-el ahli waris. "
              "Pengajuan paling lambat 90 hari setelah penyewa meninggal."),
        ("h2", "Kontak dan Jam Layanan"),
        ("p", "Loket Unit Pengelola Pasar berada di lantai 2 Gedung Pasar Atas, Jl. Minangkabau "
              "Raya No. 2. Buka Senin sampai Jumat pukul 08.00 sampai 15.00 dan Sabtu pukul 08.00 "
              "sampai 12.00. Telepon (0752) 555-0188, surel pasar@example.invalid."),
    ],
}

PDAM = {
    "path": "id/probolinggo/pdam-tagihan.html",
    "fields": {
        "title": "Tagihan Air, Pembayaran dan Denda Keterlambatan",
        "lang": "id",
        "country": "ID",
        "region": "Kota Probolinggo",
        "agency": "Perumda Air Minum Bayuangga Kota Probolinggo",
        "source": "https://example.invalid/pdam-bayuangga/tagihan",
        "updated": "2026-01-08",
        "note": NOTE,
    },
    "html_title": "Tagihan Air dan Pembayaran | Perumda Air Minum Bayuangga",
    "nav": ["Beranda", "Profil Perusahaan", "Pasang Baru", "Info Gangguan", "Karier", "Unduhan"],
    "footer": ["Redaksi laman pelanggan Bayuangga, gedung tirta lantai tiga",
               "Ikuti kami di media sosial resmi Bayuangga",
               "Hak cipta 2026 Bayuangga. Seluruh hak dilindungi."],
    "intro": "Pelanggan Perumda Air Minum Bayuangga menerima tagihan air setiap bulan berdasarkan "
             "pemakaian yang tercatat di meter air. Halaman ini menjelaskan komponen tagihan, tarif, "
             "batas waktu pembayaran dan denda.",
    "blocks": [
        ("h2", "Komponen Tagihan"),
        ("ul", ["Biaya pemakaian air sesuai blok pemakaian dan golongan pelanggan.",
                "Biaya beban tetap (administrasi dan pemeliharaan meter).",
                "Denda, bila pembayaran bulan sebelumnya terlambat."]),
        ("h2", "Tarif Air per Golongan"),
        ("table", [["Golongan", "0–10 m³", "11–20 m³", "Di atas 20 m³", "Beban tetap"],
                   ["Sosial (tempat ibadah, panti)", "Rp 1.800", "Rp 2.100", "Rp 2.400", "Rp 5.000"],
                   ["Rumah tangga R1", "Rp 3.200", "Rp 4.100", "Rp 5.600", "Rp 7.500"],
                   ["Rumah tangga R2", "Rp 3.900", "Rp 4.800", "Rp 6.300", "Rp 10.000"],
                   ["Niaga kecil", "Rp 5.500", "Rp 6.700", "Rp 8.200", "Rp 15.000"],
                   ["Niaga besar dan industri", "Rp 7.400", "Rp 8.900", "Rp 10.500", "Rp 25.000"]]),
        ("p", "Tarif per meter kubik (m³). Pemakaian minimum dihitung 10 m³ per bulan."),
        ("h2", "Catat Meter dan Terbitnya Tagihan"),
        ("p", "Petugas mencatat meter setiap tanggal 25 sampai akhir bulan dan memotret angka meter. "
              "Tagihan terbit pada tanggal 1 bulan berikutnya dan dapat dilihat di aplikasi "
              "AirKu Bayuangga. Bila meter tidak dapat dibaca karena rumah terkunci atau meter "
              "tertutup, tagihan dihitung dari rata-rata pemakaian tiga bulan terakhir dan "
              "dikoreksi pada pencatatan berikutnya."),
        ("h2", "Batas Waktu Pembayaran"),
        ("p", "Tagihan dibayar mulai tanggal 1 sampai tanggal 20 setiap bulan. Jika tanggal 20 jatuh "
              "pada hari Minggu atau hari libur, batas waktu bergeser ke hari kerja berikutnya."),
        ("h2", "Denda dan Penyegelan"),
        ("table", [["Golongan", "Denda keterlambatan per bulan"],
                   ["Sosial", "Rp 5.000"],
                   ["Rumah tangga R1 dan R2", "Rp 10.000"],
                   ["Niaga kecil", "Rp 25.000"],
                   ["Niaga besar dan industri", "Rp 50.000"]]),
        ("p", "Pelanggan yang menunggak 3 bulan berturut-turut disegel sementara. Tunggakan 6 bulan "
              "berujung pada pemutusan sambungan dan pembongkaran meter."),
        ("h2", "Cara Membayar"),
        ("ul", ["Loket kantor pusat dan loket kantor cabang.",
                "Aplikasi AirKu Bayuangga, dengan dompet digital atau virtual account.",
                "Minimarket, kantor pos dan loket PPOB dengan menyebut nomor sambungan.",
                "Autodebet rekening bank, didaftarkan sekali di loket."]),
        ("h2", "Tagihan Membengkak"),
        ("p", "Bila tagihan naik tidak wajar, periksa dulu kebocoran dengan menutup semua keran dan "
              "melihat apakah jarum meter tetap berputar. Laporkan melalui aplikasi AirKu Bayuangga "
              "atau WhatsApp pengaduan 0812-5550-6677 dengan foto meter. Petugas memeriksa dalam "
              "3 hari kerja. Jika terbukti salah catat, kelebihan tagihan dikoreksi pada rekening "
              "bulan berikutnya. Jika kebocoran ada di pipa setelah meter, perbaikan menjadi "
              "tanggung jawab pelanggan."),
        ("h3", "Apakah tagihan tetap harus dibayar selama pengaduan?"),
        ("p", "Ya. Bayar sebesar rata-rata pemakaian tiga bulan terakhir agar tidak kena denda, "
              "sisanya menunggu hasil pemeriksaan."),
        ("h2", "Buka Segel dan Penyambungan Kembali"),
        ("p", "Segel dibuka setelah seluruh tunggakan dan denda dilunasi ditambah biaya buka segel "
              "Rp 75.000. Penyambungan kembali setelah pemutusan dikenai biaya Rp 350.000 dan "
              "dikerjakan dalam 2 hari kerja setelah pembayaran."),
        ("h2", "Baca Meter Mandiri"),
        ("p", "Pelanggan yang rumahnya sering terkunci dapat mengirim foto meter sendiri melalui "
              "aplikasi AirKu Bayuangga antara tanggal 22 dan 25. Foto harus memperlihatkan angka "
              "meter dan nomor seri dengan jelas."),
        ("h2", "Kontak dan Jam Loket"),
        ("p", "Kantor pusat Perumda Air Minum Bayuangga, Jl. Anggrek Barat No. 17, Kota Probolinggo. "
              "Loket pembayaran buka Senin sampai Jumat pukul 07.30 sampai 14.00 dan Sabtu pukul "
              "07.30 sampai 11.00. Call center (0335) 555-0178, surel pelanggan@example.invalid."),
    ],
}

WISATA = {
    "path": "id/bukittinggi/tiket-wisata.html",
    "fields": {
        "title": "Tiket Masuk Objek Wisata dan Izin Kegiatan di Objek Wisata",
        "lang": "id",
        "country": "ID",
        "region": "Kota Bukittinggi",
        "agency": "Dinas Pariwisata Kota Bukittinggi",
        "source": "https://example.invalid/dispar-bukittinggi/tiket-izin",
        "updated": "2026-03-10",
        "note": NOTE,
    },
    "html_title": "Tiket dan Izin Objek Wisata | Dinas Pariwisata Kota Bukittinggi",
    "nav": ["Beranda", "Destinasi", "Agenda Wisata", "Galeri Foto", "Berita Dinas", "Hubungi Kami"],
    "footer": ["Redaksi portal Pesona Ngarai, bidang promosi dan pemasaran",
               "Kunjungi juga kanal video resmi Pesona Ngarai",
               "Hak cipta 2026 Dinas Pariwisata. Seluruh hak dilindungi."],
    "intro": "Dinas Pariwisata Kota Bukittinggi mengelola objek wisata milik Pemerintah Kota. "
             "Tiket masuk merupakan retribusi daerah dan dibayar nontunai di gerbang atau lewat "
             "aplikasi.",
    "blocks": [
        ("h2", "Objek Wisata yang Dikelola"),
        ("ul", ["Taman Panorama dan Lobang Jepang, dengan pemandangan Ngarai Sianok.",
                "Taman Marga Satwa dan Budaya Kinantan (TMSBK) yang terhubung jembatan Limpapeh "
                "dengan Benteng Fort de Kock.",
                "Kawasan Jam Gadang dan pelatarannya.",
                "Janjang Koto Gadang (Great Wall) sisi Kota Bukittinggi."]),
        ("h2", "Harga Tiket"),
        ("table", [["Objek wisata", "Dewasa", "Anak-anak", "Wisatawan mancanegara"],
                   ["Taman Panorama dan Lobang Jepang", "Rp 20.000", "Rp 10.000", "Rp 40.000"],
                   ["TMSBK dan Benteng Fort de Kock (tiket terusan)", "Rp 25.000", "Rp 15.000", "Rp 50.000"],
                   ["Naik ke menara Jam Gadang", "Rp 15.000", "Rp 8.000", "Rp 30.000"],
                   ["Pelataran Jam Gadang", "Gratis", "Gratis", "Gratis"]]),
        ("p", "Anak-anak adalah pengunjung berusia 3 sampai 12 tahun. Balita di bawah 3 tahun gratis."),
        ("h2", "Jam Buka"),
        ("ul", ["Taman Panorama dan Lobang Jepang: setiap hari pukul 07.30–18.00.",
                "TMSBK dan Benteng Fort de Kock: setiap hari pukul 08.00–17.30.",
                "Menara Jam Gadang: Jumat–Minggu pukul 09.00–16.00, paling banyak 20 orang per sesi "
                "selama 15 menit."]),
        ("h2", "Tiket Online JelajahBukittinggi"),
        ("p", "Tiket dapat dibeli di aplikasi JelajahBukittinggi paling cepat 14 hari sebelum "
              "kunjungan. Pembayaran memakai QRIS atau virtual account, dan kode QR dikirim ke surel "
              "pemesan. Tunjukkan kode QR di gerbang. Tiket online tidak dapat dikembalikan, "
              "tetapi dapat dijadwalkan ulang satu kali paling lambat H-1."),
        ("h2", "Rombongan dan Pelajar"),
        ("p", "Rombongan paling sedikit 20 orang mendapat potongan 30% dengan surat pengantar dari "
              "sekolah, instansi atau biro perjalanan. Pemesanan rombongan diajukan paling lambat "
              "3 hari sebelum kunjungan melalui aplikasi atau surel tiket@example.invalid."),
        ("h2", "Izin Foto Prewedding dan Pengambilan Video"),
        ("table", [["Jenis kegiatan", "Tarif", "Keterangan"],
                   ["Foto atau video prewedding", "Rp 300.000", "per pasangan, paling lama 3 jam"],
                   ["Shooting video komersial atau iklan", "Rp 1.500.000", "per hari"],
                   ["Shooting film atau sinetron", "Rp 3.000.000", "per hari"],
                   ["Dokumentasi pribadi dan konten nonkomersial", "Gratis", "tanpa peralatan besar"]]),
        ("p", "Permohonan izin diajukan paling lambat 5 hari kerja sebelum kegiatan dengan "
              "melampirkan KTP-el, jadwal dan daftar peralatan. Penggunaan drone memerlukan izin "
              "tambahan dari pengelola kawasan."),
        ("h2", "Izin Acara di Kawasan Wisata"),
        ("p", "Acara komunitas, lomba atau pentas seni di pelataran Jam Gadang atau Taman Panorama "
              "diajukan paling lambat 14 hari kerja sebelum acara. Acara yang menghadirkan lebih "
              "dari 500 orang juga memerlukan izin keramaian dari kepolisian."),
        ("h2", "Parkir dan Akses"),
        ("p", "Kendaraan pengunjung diparkir di gedung parkir Pasar Atas atau di lapangan parkir "
              "Taman Panorama. Tarif parkir sepeda motor Rp 3.000 dan mobil Rp 5.000 sekali parkir; "
              "bus pariwisata Rp 20.000. Pada akhir pekan dan libur panjang tersedia bus "
              "pengumpan gratis setiap 20 menit dari gedung parkir ke Taman Panorama dan TMSBK."),
        ("h2", "Aturan Pengunjung"),
        ("ul", ["Dilarang memberi makan monyet di Taman Panorama.",
                "Dilarang membawa makanan ke dalam kandang satwa TMSBK.",
                "Pengunjung Lobang Jepang wajib didampingi pemandu bila masuk lebih dari 300 meter.",
                "Sampah dibuang pada tempat yang tersedia."]),
        ("h2", "Pertanyaan yang Sering Diajukan"),
        ("h3", "Apakah tiket bisa dibayar tunai?"),
        ("p", "Tidak. Pembayaran di gerbang memakai QRIS, kartu debit atau uang elektronik."),
        ("h3", "Apakah ada pemandu di Lobang Jepang?"),
        ("p", "Ada. Jasa pemandu resmi Rp 50.000 per rombongan paling banyak 10 orang, dipesan di "
              "pos informasi gerbang."),
        ("h3", "Ke mana menghubungi Dinas Pariwisata?"),
        ("p", "Pusat informasi wisata (0752) 555-0240, setiap hari pukul 08.00–17.00."),
    ],
}

DOCS = [PBB, KIOS, PDAM, WISATA]
