"""Content of the four non-Markdown documents (HTML x2, PDF, DOCX).

Each document is a dict with its sidecar fields and a list of blocks:
("p", text) ("h2", text) ("h3", text) ("ul", [items]) ("ol", [items])
("table", [header, row, ...]) ("faq", question, answer)
"""

NOTE = "Evaluation document: figures, addresses and hours are invented for testing."
LAST = "Dokumen penilaian: angka, alamat dan waktu adalah rekaan."

PASPORT = {
    "path": "my/nasional/pasport-malaysia.html",
    "meta": {
        "title": "Permohonan dan Pembaharuan Pasport Antarabangsa Malaysia",
        "lang": "ms", "country": "MY", "region": "Nasional",
        "agency": "Jabatan Imigresen Malaysia",
        "source": "https://example.invalid/imigresen/pasport/permohonan",
        "updated": "2026-02-09",
        "note": NOTE,
    },
    "nav": ["Utama", "Pasport", "Visa", "Pas Lawatan", "Hubungi Kami"],
    "footer": "Hak Cipta Terpelihara 2026 Jabatan Imigresen Malaysia. Penafian | Dasar Privasi | Peta Laman",
    "blocks": [
        ("p", "Pasport Antarabangsa Malaysia ialah dokumen perjalanan rasmi yang dikeluarkan oleh "
              "Jabatan Imigresen Malaysia kepada warganegara Malaysia untuk perjalanan ke luar negara. "
              "Halaman ini menerangkan permohonan pasport baharu, pembaharuan pasport serta "
              "penggantian pasport yang hilang atau rosak."),
        ("h2", "Mengenai pasport antarabangsa Malaysia"),
        ("p", "Pasport antarabangsa Malaysia dikeluarkan dalam bentuk pasport biometrik (e-Pasport) "
              "dengan cip yang menyimpan maklumat pemegang serta cap jari. Pasport dewasa sah selama "
              "5 tahun. Pasport bagi kanak-kanak berumur bawah 13 tahun juga sah selama 5 tahun, "
              "tetapi gambar kanak-kanak perlu dikemas kini apabila rupa paras berubah dengan ketara."),
        ("h2", "Kelayakan pemohon"),
        ("ul", ["Warganegara Malaysia yang memiliki MyKad atau MyKid yang sah.",
                "Pemohon berumur bawah 18 tahun memerlukan kebenaran ibu, bapa atau penjaga sah.",
                "Pemohon tidak disenaraikan dalam senarai larangan keluar negara (contohnya kerana "
                "muflis atau tunggakan pinjaman pendidikan).",
                "Pemohon bukan pemegang pasport Malaysia lain yang masih sah."]),
        ("h2", "Dokumen sokongan yang diperlukan"),
        ("ol", ["MyKad asal pemohon (atau MyKid dan sijil kelahiran bagi kanak-kanak).",
                "Pasport lama, bagi permohonan pembaharuan.",
                "MyKad ibu atau bapa yang hadir bersama, bagi pemohon bawah 18 tahun.",
                "Laporan polis, bagi pasport yang hilang.",
                "Surat kelulusan majikan, bagi penjawat awam yang memohon pasport untuk tujuan rasmi."]),
        ("p", "Gambar pemohon diambil di kaunter. Pemohon tidak perlu membawa gambar sendiri."),
        ("h2", "Kadar bayaran pasport"),
        ("table", [["Kategori pemohon", "Tempoh sah", "Bayaran"],
                   ["Dewasa (13 tahun hingga 59 tahun)", "5 tahun", "RM200"],
                   ["Kanak-kanak bawah 13 tahun", "5 tahun", "RM100"],
                   ["Warga emas 60 tahun dan ke atas", "5 tahun", "RM100"],
                   ["Orang Kurang Upaya (berdaftar dengan JKM)", "5 tahun", "Percuma"],
                   ["Jemaah haji (dengan surat Tabung Haji)", "5 tahun", "RM100"]]),
        ("p", "Bayaran boleh dibuat secara tunai, kad debit, kad kredit atau e-dompet di kaunter, "
              "atau melalui FPX bagi permohonan dalam talian."),
        ("h2", "Tempoh pemprosesan"),
        ("ul", ["Permohonan di kaunter (pembaharuan dan baharu): pasport siap dalam tempoh 2 jam "
                "selepas bayaran, tertakluk kepada semakan.",
                "Pembaharuan dalam talian melalui sistem MyPasport Online: pasport sedia untuk diambil "
                "dalam 3 hari bekerja di pejabat yang dipilih.",
                "Penggantian pasport hilang: 14 hari bekerja kerana memerlukan siasatan.",
                "Pasport yang tidak diambil dalam tempoh 3 bulan akan dibatalkan tanpa bayaran balik."]),
        ("h2", "Langkah-langkah permohonan"),
        ("h3", "Pembaharuan dalam talian"),
        ("ol", ["Log masuk ke sistem MyPasport Online menggunakan nombor MyKad.",
                "Semak maklumat peribadi dan pilih pejabat imigresen untuk pengambilan.",
                "Muat naik gambar berlatar belakang putih mengikut spesifikasi.",
                "Buat bayaran melalui FPX.",
                "Datang ke pejabat yang dipilih dengan MyKad dan pasport lama selepas menerima SMS."]),
        ("h3", "Permohonan di kaunter"),
        ("ol", ["Dapatkan nombor giliran dan isi borang permohonan di kiosk.",
                "Serahkan dokumen dan ambil gambar serta cap jari di kaunter.",
                "Buat bayaran dan tunggu panggilan untuk mengambil pasport."]),
        ("h2", "Pasport hilang atau rosak"),
        ("p", "Kehilangan pasport mesti dilaporkan kepada polis terlebih dahulu. Bayaran penggantian "
              "adalah lebih tinggi daripada bayaran biasa dan bergantung kepada bilangan kehilangan:"),
        ("table", [["Keadaan", "Bayaran penggantian"],
                   ["Hilang kali pertama", "RM300"],
                   ["Hilang kali kedua", "RM600"],
                   ["Hilang kali ketiga dan seterusnya", "RM1,000"],
                   ["Rosak (koyak, basah atau cip tidak berfungsi)", "RM200 dan caj RM100"]]),
        ("p", "Pemohon yang kehilangan pasport kali ketiga dalam tempoh 5 tahun akan disiasat dan "
              "pasport baharu mungkin dihadkan kepada tempoh sah 2 tahun."),
        ("h2", "Waktu operasi pejabat imigresen"),
        ("ul", ["Isnin hingga Jumaat: 7.30 pagi hingga 5.30 petang.",
                "Kaunter menerima permohonan terakhir pada 4.00 petang.",
                "Pejabat di Urban Transformation Centre (UTC): setiap hari, 8.30 pagi hingga 9.00 malam.",
                "Negeri Kedah, Kelantan dan Terengganu: Ahad hingga Khamis."]),
        ("h2", "Perkara yang tidak diliputi"),
        ("p", "Halaman ini tidak meliputi permohonan visa atau pas bagi warga asing, Dokumen Perjalanan "
              "Terhad, Pas Lawatan Sempadan, dan Sijil Pengenalan Diri. Permohonan pasport diplomatik "
              "dan pasport rasmi dibuat melalui Kementerian Luar Negeri."),
        ("h2", "Soalan lazim"),
        ("h3", "Bilakah saya boleh memperbaharui pasport?"),
        ("p", "Pasport boleh diperbaharui seawal 6 bulan sebelum tarikh tamat tempoh, atau pada bila-bila "
              "masa selepas ia tamat."),
        ("h3", "Bolehkah kanak-kanak memohon pasport tanpa ibu bapa?"),
        ("p", "Tidak. Pemohon berumur bawah 12 tahun mesti hadir bersama ibu atau bapa. Pemohon berumur "
              "12 hingga 17 tahun boleh diwakili oleh penjaga sah dengan surat kebenaran."),
        ("h3", "Adakah pasport lama dipulangkan?"),
        ("p", "Ya. Pasport lama akan dibatalkan dengan tebukan dan dipulangkan kepada pemohon, termasuk "
              "visa yang masih sah di dalamnya."),
        ("h2", "Hubungi kami"),
        ("p", "Ibu Pejabat Jabatan Imigresen Malaysia, Aras 3, Blok Perkhidmatan Awam, Presint 2, "
              "62550 Putrajaya. Talian pertanyaan: 03-8880 2714. "
              "E-mel: pasport@imigresen.example.invalid"),
        ("p", LAST),
    ],
}

PARKIR = {
    "path": "my/seberang-perai/mbsp-tempat-letak-kereta.html",
    "meta": {
        "title": "Tempat Letak Kereta Awam, Pas Bulanan dan Kompaun Parkir",
        "lang": "ms", "country": "MY", "region": "Seberang Perai, Pulau Pinang",
        "agency": "Majlis Bandaraya Seberang Perai (MBSP)",
        "source": "https://example.invalid/mbsp/perkhidmatan/tempat-letak-kereta",
        "updated": "2026-03-02",
        "note": NOTE,
    },
    "nav": ["Laman Utama", "Profil MBSP", "Perkhidmatan", "Bayaran Dalam Talian", "Aduan"],
    "footer": "Majlis Bandaraya Seberang Perai 2026. Hak cipta terpelihara. Penafian | Dasar Keselamatan",
    "blocks": [
        ("h2", "Pengenalan sistem parkir berbayar"),
        ("p", "Majlis Bandaraya Seberang Perai (MBSP) mengurus lebih daripada 18,000 petak letak kereta "
              "awam di tepi jalan dan di tempat letak kereta terbuka di seluruh Seberang Perai. Sistem "
              "parkir berbayar dilaksanakan untuk memastikan pusingan penggunaan petak yang adil di kawasan "
              "perniagaan. Pengguna boleh membayar melalui aplikasi, mesin tiket atau kupon parkir."),
        ("h2", "Kadar bayaran letak kereta"),
        ("table", [["Zon", "Kawasan utama", "Kadar sejam", "Had masa"],
                   ["Zon A", "Butterworth, Bukit Mertajam, Seberang Jaya", "RM0.60", "3 jam"],
                   ["Zon B", "Kepala Batas, Nibong Tebal, Bandar Perda", "RM0.40", "4 jam"],
                   ["Zon C", "Tempat letak kereta terbuka dan kompleks", "RM0.30", "Tiada had"]]),
        ("p", "Kupon parkir harian boleh dibeli di kedai ejen berdaftar pada harga RM5 sehari bagi Zon A "
              "dan RM3 sehari bagi Zon B."),
        ("h2", "Waktu parkir berbayar berkuat kuasa"),
        ("ul", ["Isnin hingga Sabtu: 8.00 pagi hingga 6.00 petang.",
                "Ahad dan cuti umum Negeri Pulau Pinang: percuma.",
                "Di luar waktu berkuat kuasa, parkir adalah percuma kecuali di petak khas dan petak berbayar 24 jam yang ditandakan."]),
        ("h2", "Bayaran melalui aplikasi Smart Parkir SP"),
        ("p", "Aplikasi Smart Parkir SP membolehkan pengguna membayar mengikut minit sebenar, memanjangkan "
              "masa parkir dari jauh dan menerima peringatan 10 minit sebelum masa tamat. Baki e-dompet "
              "minimum untuk memulakan sesi ialah RM2. Tiada caj perkhidmatan dikenakan."),
        ("h2", "Pas letak kereta bulanan"),
        ("table", [["Jenis pas", "Bayaran sebulan"],
                   ["Pas bulanan Zon A", "RM80"],
                   ["Pas bulanan Zon B", "RM50"],
                   ["Pas penduduk (rumah kedai dalam zon berbayar)", "RM30"],
                   ["Pelekat OKU (kenderaan milik OKU berdaftar)", "Percuma"]]),
        ("p", "Pas bulanan sah dari hari pertama hingga hari terakhir bulan kalendar dan tidak boleh "
              "dipindahkan kepada kenderaan lain."),
        ("h2", "Cara memohon pas bulanan"),
        ("ol", ["Log masuk ke aplikasi Smart Parkir SP dan pilih menu \"Pas Bulanan\".",
                "Masukkan nombor pendaftaran kenderaan dan pilih zon.",
                "Muat naik salinan geran kenderaan (dan kad OKU bagi pelekat OKU).",
                "Buat bayaran sebelum 25 haribulan untuk pas bulan berikutnya.",
                "Pas digital diaktifkan pada hari pertama bulan berkenaan."]),
        ("h2", "Kadar kompaun kesalahan parkir"),
        ("table", [["Kesalahan", "Dibayar dalam 14 hari", "Selepas 14 hari"],
                   ["Tidak membayar atau melebihi masa parkir", "RM25", "RM50"],
                   ["Meletak kenderaan di petak OKU tanpa pelekat", "RM300", "RM300"],
                   ["Menghalang lalu lintas atau meletak kenderaan berganda", "RM100", "RM150"],
                   ["Meletak kenderaan di petak muat turun barang", "RM50", "RM80"]]),
        ("p", "Kompaun yang tidak dijelaskan dalam tempoh 60 hari akan dirujuk untuk tindakan mahkamah, "
              "dan kenderaan boleh disekat daripada pembaharuan cukai jalan."),
        ("h2", "Rayuan kompaun"),
        ("p", "Rayuan boleh dikemukakan secara dalam talian melalui aplikasi Smart Parkir SP atau borang "
              "rayuan di kaunter dalam tempoh 14 hari dari tarikh kompaun. Sertakan bukti seperti resit "
              "bayaran parkir atau laporan kerosakan kenderaan. Keputusan rayuan dimaklumkan dalam tempoh "
              "21 hari bekerja."),
        ("h2", "Soalan lazim"),
        ("h3", "Mesin tiket rosak. Adakah saya masih perlu membayar?"),
        ("p", "Ya. Sila bayar melalui aplikasi atau mesin berdekatan. Kompaun yang dikeluarkan kerana mesin "
              "rosak boleh dirayu dengan gambar mesin tersebut."),
        ("h3", "Bolehkah saya menggunakan pas bulanan Zon B di Zon A?"),
        ("p", "Tidak. Pas Zon B hanya sah di Zon B dan Zon C."),
        ("h3", "Adakah motosikal perlu membayar parkir?"),
        ("p", "Tidak. Motosikal yang diletakkan di petak motosikal tidak dikenakan bayaran."),
        ("h2", "Hubungi Jabatan Perkhidmatan Bandar"),
        ("p", "Unit Tempat Letak Kereta, Jabatan Perkhidmatan Bandar MBSP, Aras 2, Menara MBSP, "
              "Persiaran Perda Jaya 3, 14000 Bukit Mertajam, Pulau Pinang. Talian: 04-549 2290 "
              "(Isnin hingga Jumaat, 8.00 pagi hingga 5.00 petang). E-mel: parkir@mbsp.example.invalid"),
        ("p", LAST),
    ],
}

DEWAN = {
    "path": "my/seberang-perai/mbsp-sewaan-dewan.pdf",
    "meta": {
        "title": "Sewaan Dewan Orang Ramai dan Dewan Serbaguna MBSP",
        "lang": "ms", "country": "MY", "region": "Seberang Perai, Pulau Pinang",
        "agency": "Majlis Bandaraya Seberang Perai (MBSP)",
        "source": "https://example.invalid/mbsp/kemudahan/sewaan-dewan.pdf",
        "updated": "2026-01-15",
        "note": NOTE,
    },
    "blocks": [
        ("h2", "Pengenalan"),
        ("p", "Majlis Bandaraya Seberang Perai (MBSP) menyediakan dewan orang ramai dan dewan serbaguna "
              "untuk disewa oleh orang awam, persatuan dan agensi bagi majlis perkahwinan, kenduri, "
              "mesyuarat, kursus, aktiviti sukan dalaman dan majlis keagamaan. Risalah ini menerangkan "
              "kadar sewaan, deposit, syarat tempahan dan cara membuat tempahan."),
        ("h2", "Senarai dewan dan kapasiti"),
        ("ul", ["Dewan Serbaguna Seberang Jaya: 800 orang, berhawa dingin, dengan dapur penyediaan.",
                "Dewan Orang Ramai Taman Bagan: 400 orang, berkipas.",
                "Dewan Orang Ramai Permatang Pauh: 300 orang, berkipas.",
                "Dewan Serbaguna Nibong Tebal: 500 orang, berhawa dingin.",
                "Bilik Mesyuarat Menara MBSP: 40 orang, berhawa dingin, dengan projektor."]),
        ("h2", "Kadar sewaan"),
        ("table", [["Dewan", "Majlis perkahwinan (sehari)", "Mesyuarat / kursus (sejam)"],
                   ["Dewan Serbaguna Seberang Jaya", "RM450", "RM60"],
                   ["Dewan Serbaguna Nibong Tebal", "RM350", "RM50"],
                   ["Dewan Orang Ramai Taman Bagan", "RM200", "RM30"],
                   ["Dewan Orang Ramai Permatang Pauh", "RM180", "RM25"],
                   ["Bilik Mesyuarat Menara MBSP", "Tidak berkenaan", "RM40"]]),
        ("p", "Persatuan penduduk dan badan bukan kerajaan berdaftar di Seberang Perai layak mendapat "
              "potongan 30% bagi aktiviti kemasyarakatan. Sewaan bagi majlis kematian dan tahlil adalah percuma."),
        ("h2", "Deposit"),
        ("p", "Deposit sebanyak RM500 dikenakan bagi setiap tempahan dewan serbaguna dan RM300 bagi dewan "
              "orang ramai. Deposit akan dipulangkan dalam tempoh 30 hari bekerja selepas majlis, setelah "
              "pemeriksaan mendapati dewan bersih dan tiada kerosakan. Kos kerosakan dan pembersihan "
              "tambahan akan ditolak daripada deposit."),
        ("h2", "Syarat tempahan"),
        ("ul", ["Tempahan dibuat sekurang-kurangnya 14 hari dan tidak lebih daripada 6 bulan sebelum tarikh majlis.",
                "Penyewa mestilah berumur 21 tahun dan ke atas.",
                "Satu tempahan majlis perkahwinan bagi setiap penyewa dalam satu hujung minggu.",
                "Bayaran sewa dan deposit penuh perlu dijelaskan dalam 3 hari bekerja selepas tempahan "
                "disahkan, jika tidak tempahan akan dibatalkan secara automatik."]),
        ("h2", "Cara membuat tempahan"),
        ("ol", ["Semak kekosongan dewan di portal eDewan MBSP.",
                "Isi borang tempahan dalam talian dan muat naik salinan MyKad.",
                "Terima e-mel pengesahan sementara.",
                "Jelaskan bayaran sewa dan deposit melalui portal atau di Kaunter Hasil MBSP.",
                "Ambil kunci dewan di pejabat zon pada hari bekerja sebelum majlis."]),
        ("h2", "Pembatalan dan bayaran balik"),
        ("ul", ["Pembatalan lebih daripada 30 hari sebelum majlis: bayaran balik 100% sewa, ditolak caj pentadbiran RM20.",
                "Pembatalan antara 7 hingga 30 hari sebelum majlis: bayaran balik 50% sewa.",
                "Pembatalan kurang daripada 7 hari sebelum majlis: tiada bayaran balik sewa.",
                "Deposit dipulangkan sepenuhnya bagi semua pembatalan."]),
        ("p", "Pertukaran tarikh dibenarkan sekali tanpa caj jika dewan kosong pada tarikh baharu."),
        ("h2", "Waktu penggunaan dewan"),
        ("p", "Dewan boleh digunakan dari 8.00 pagi hingga 11.00 malam. Penggunaan melebihi 11.00 malam "
              "dikenakan caj tambahan RM50 bagi setiap jam dan memerlukan kelulusan awal. Penggunaan "
              "sistem siaraya mesti dihentikan pada 10.30 malam."),
        ("h2", "Larangan semasa penggunaan dewan"),
        ("ul", ["Memasak menggunakan dapur gas di dalam dewan (kecuali di ruang dapur Dewan Serbaguna Seberang Jaya).",
                "Minuman keras dan perjudian.",
                "Menampal hiasan menggunakan paku atau pita pelekat pada dinding.",
                "Merokok di dalam dewan dan dalam lingkungan 3 meter dari pintu masuk."]),
        ("h2", "Soalan lazim"),
        ("faq", "Bolehkah saya menggunakan katerer sendiri?",
                "Boleh. Katerer mesti mempunyai lesen premis makanan yang sah dan sijil suntikan tifoid pekerja."),
        ("faq", "Adakah kerusi dan meja disediakan?",
                "Ya. Sehingga 300 kerusi dan 30 meja disediakan tanpa caj. Kerusi tambahan boleh disewa pada kadar RM1 sebuah."),
        ("faq", "Bolehkah tempahan dibuat melalui telefon?",
                "Tidak. Semua tempahan mesti dibuat melalui portal eDewan MBSP atau di kaunter."),
        ("h2", "Hubungi kami"),
        ("p", "Unit Pengurusan Dewan, Jabatan Kejuruteraan MBSP, Aras 6, Menara MBSP, Persiaran Perda Jaya 3, "
              "14000 Bukit Mertajam, Pulau Pinang. Telefon: 04-549 2315. E-mel: dewan@mbsp.example.invalid"),
        ("p", LAST),
    ],
}

MYKAD = {
    "path": "my/sibu/jpn-sibu-penggantian-mykad.docx",
    "meta": {
        "title": "Penggantian MyKad Hilang atau Rosak di JPN Cawangan Sibu",
        "lang": "ms", "country": "MY", "region": "Sibu, Sarawak",
        "agency": "Jabatan Pendaftaran Negara (JPN) Cawangan Sibu",
        "source": "https://example.invalid/jpn/sarawak/sibu/penggantian-mykad",
        "updated": "2026-02-20",
        "note": NOTE,
    },
    "blocks": [
        ("h2", "Pengenalan"),
        ("p", "MyKad ialah kad pengenalan rasmi warganegara Malaysia berumur 12 tahun dan ke atas. "
              "Pemegang MyKad yang kehilangan kad, atau kadnya rosak, wajib memohon kad gantian di mana-mana "
              "pejabat Jabatan Pendaftaran Negara (JPN). Halaman ini menerangkan prosedur di JPN Cawangan "
              "Sibu, Sarawak."),
        ("h2", "Siapa yang perlu memohon"),
        ("ul", ["Warganegara yang kehilangan MyKad akibat kecurian, tercicir atau bencana.",
                "Pemegang MyKad yang kadnya retak, patah, pudar atau cipnya tidak dapat dibaca.",
                "Pemegang MyKad yang gambar atau maklumat pada kad tidak lagi jelas."]),
        ("p", "Permohonan mesti dibuat oleh pemilik MyKad sendiri kerana cap jari dan gambar akan diambil semula."),
        ("h2", "Dokumen yang perlu dibawa"),
        ("ul", ["Laporan polis (bagi MyKad hilang akibat kecurian atau jenayah sahaja).",
                "MyKad yang rosak (bagi permohonan kerana kerosakan).",
                "Sijil kelahiran atau dokumen pengenalan lain seperti pasport atau lesen memandu, jika ada.",
                "Kad OKU atau kad pesara, bagi pemohon yang memohon pengecualian bayaran."]),
        ("h2", "Kadar bayaran penggantian"),
        ("table", [["Keadaan", "Bayaran"],
                   ["Hilang kali pertama", "RM10"],
                   ["Hilang kali kedua", "RM100"],
                   ["Hilang kali ketiga dan seterusnya", "RM300"],
                   ["Rosak kerana kecuaian pemilik", "RM10"],
                   ["Rosak kerana kecacatan cip atau kad (bukan kecuaian)", "Percuma"],
                   ["Hilang akibat bencana alam (dengan surat pengesahan)", "Percuma"]]),
        ("p", "Warga emas berumur 60 tahun dan ke atas serta OKU berdaftar dikecualikan bayaran bagi "
              "kehilangan kali pertama."),
        ("h2", "Tempoh siap"),
        ("p", "MyKad gantian biasanya siap dalam tempoh 2 hari bekerja dan boleh diambil di kaunter JPN "
              "Cawangan Sibu. Bagi kes kehilangan kali ketiga dan seterusnya, siasatan diperlukan dan "
              "tempoh siap boleh mencapai 30 hari bekerja. Slip akuan penerimaan (JPN.KP07) yang diberikan "
              "semasa permohonan boleh digunakan sebagai dokumen pengenalan sementara."),
        ("h2", "Langkah-langkah di kaunter"),
        ("ol", ["Ambil nombor giliran di kaunter pertanyaan.",
                "Isi borang permohonan penggantian dan akuan kehilangan.",
                "Serahkan dokumen dan buat bayaran.",
                "Gambar dan cap jari akan diambil semula.",
                "Terima slip akuan penerimaan dan tarikh pengambilan kad."]),
        ("h2", "Laporan polis dan akuan kehilangan"),
        ("p", "Laporan polis hanya diwajibkan jika MyKad hilang akibat kecurian, rompakan atau jenayah "
              "lain. Bagi MyKad yang tercicir, pemohon hanya perlu membuat akuan kehilangan di kaunter JPN. "
              "Kehilangan MyKad mesti dilaporkan kepada JPN dalam tempoh 30 hari dari tarikh kehilangan. "
              "Kegagalan berbuat demikian boleh dikenakan kompaun sehingga RM50."),
        ("h2", "Waktu pejabat"),
        ("ul", ["Isnin hingga Khamis: 8.00 pagi hingga 5.00 petang.",
                "Jumaat: 8.00 pagi hingga 11.45 pagi dan 2.15 petang hingga 5.00 petang.",
                "Sabtu, Ahad dan cuti umum: tutup.",
                "Nombor giliran terakhir dikeluarkan pada 4.00 petang."]),
        ("h2", "Perkara yang tidak diliputi"),
        ("p", "Halaman ini tidak meliputi penggantian MyKid bagi kanak-kanak bawah 12 tahun, permohonan "
              "MyKad kali pertama pada umur 12 tahun, penukaran alamat pada MyKad, dan permohonan "
              "MyKad kali kedua pada umur 18 tahun. Prosedur tersebut mempunyai syarat yang berbeza."),
        ("h2", "Soalan lazim"),
        ("h3", "Bolehkah saya memohon di JPN Sibu jika alamat MyKad saya di Semenanjung?"),
        ("p", "Boleh. Penggantian MyKad boleh dibuat di mana-mana pejabat JPN, tanpa mengira alamat pada kad."),
        ("h3", "MyKad lama saya dijumpai semula selepas saya memohon kad baharu. Apa perlu dibuat?"),
        ("p", "Serahkan MyKad lama kepada JPN untuk dibatalkan. MyKad lama tidak boleh digunakan lagi."),
        ("h3", "Bolehkah ahli keluarga mengambil kad bagi pihak saya?"),
        ("p", "Tidak. MyKad gantian mesti diambil sendiri kerana cap jari akan disahkan semasa pengambilan."),
        ("h2", "Alamat dan hubungi"),
        ("p", "Jabatan Pendaftaran Negara Cawangan Sibu, Tingkat 2, Kompleks Pejabat Persekutuan Sibu, "
              "Jalan Kampung Nyabor Baru, 96000 Sibu, Sarawak. Telefon: 084-331 5028. "
              "E-mel: jpnsibu@jpn.example.invalid"),
        ("p", LAST),
    ],
}

HTML_DOCS = [PASPORT, PARKIR]
PDF_DOCS = [DEWAN]
DOCX_DOCS = [MYKAD]
