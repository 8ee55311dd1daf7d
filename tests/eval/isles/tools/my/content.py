"""Content of the four generated documents (PDF, DOCX, two HTML) as simple blocks.

Block kinds: h1, h2, h3, p, b (bold line), ul, ol, table (first row = header).
"""

END = "Dokumen penilaian: angka, alamat dan waktu adalah rekaan."
NOTE = "Evaluation document: figures, addresses and hours are invented for testing."

BAZAR = {
    "path": "my/iskandar-puteri/permit-bazar-sementara.pdf",
    "meta": {
        "title": "Permit Penjaja Sementara untuk Bazar, Karnival dan Pasar Ramadan",
        "lang": "ms", "country": "MY", "region": "Johor",
        "agency": "Majlis Bandaraya Iskandar Puteri (MBIP) – Jabatan Pelesenan",
        "source": "https://example.invalid/mbip/pelesenan/permit-bazar-sementara.pdf",
        "updated": "2026-02-02", "note": NOTE,
    },
    "blocks": [
        ("h1", "Permit Penjaja Sementara untuk Bazar, Karnival dan Pasar Ramadan"),
        ("h2", "Tujuan Permit"),
        ("p", "Permit Penjaja Sementara dikeluarkan oleh Jabatan Pelesenan Majlis Bandaraya "
              "Iskandar Puteri (MBIP) kepada penganjur dan peniaga yang ingin berniaga untuk "
              "tempoh singkat di tapak bazar, karnival jualan, pesta makanan, pasar Ramadan "
              "dan ekspo. Permit ini berbeza daripada lesen penjaja tetap dan hanya sah bagi "
              "lokasi serta tarikh yang dinyatakan pada permit."),
        ("h2", "Jenis Permohonan"),
        ("ul", ["Permit Penganjur: bagi syarikat, persatuan atau agensi yang menganjurkan "
                "acara dengan lebih daripada 10 tapak jualan.",
                "Permit Peniaga Individu: bagi setiap peniaga yang mengambil tapak di acara "
                "yang telah diluluskan.",
                "Permit Bazar Ramadan: tapak di lokasi bazar Ramadan rasmi MBIP yang "
                "diagihkan melalui undian."]),
        ("h2", "Syarat Asas"),
        ("ol", ["Penganjur mesti mendapat kebenaran bertulis pemilik tanah atau pengurusan "
                "tapak acara.",
                "Pelan susun atur tapak, laluan kecemasan dan lokasi tong sampah perlu "
                "dikemukakan.",
                "Peniaga makanan wajib mempunyai kad suntikan anti-tifoid dan sijil kursus "
                "pengendali makanan yang sah.",
                "Saiz standard setiap tapak ialah 3 meter x 3 meter.",
                "Satu tempoh permit tidak melebihi 21 hari berturut-turut."]),
        ("h2", "Jadual Fi"),
        ("table", [["Perkara", "Fi"],
                   ["Fi permit penganjur (setiap acara)", "RM200"],
                   ["Deposit kebersihan penganjur", "RM500"],
                   ["Fi tapak peniaga individu", "RM3 sehari bagi setiap tapak"],
                   ["Fi tapak Bazar Ramadan (sebulan)", "RM150"],
                   ["Caj sambungan elektrik sementara", "RM8 sehari"]]),
        ("p", "Deposit kebersihan dipulangkan dalam tempoh 21 hari selepas acara jika tapak "
              "diserahkan semula dalam keadaan bersih."),
        ("h2", "Tempoh Memohon dan Pemprosesan"),
        ("p", "Permohonan Permit Penganjur hendaklah dihantar sekurang-kurangnya 30 hari "
              "sebelum tarikh acara. Peniaga individu perlu memohon sekurang-kurangnya 7 hari "
              "sebelum acara bermula. Permohonan lengkap diproses dalam tempoh 10 hari "
              "bekerja. Permohonan yang lewat tidak akan diproses."),
        ("h2", "Langkah Permohonan"),
        ("ol", ["Daftar akaun di portal iPuteri Niaga.",
                "Pilih jenis permit dan isi maklumat acara atau tapak.",
                "Muat naik dokumen sokongan termasuk salinan MyKad dan kad suntikan.",
                "Bayar fi secara dalam talian selepas permohonan diluluskan.",
                "Cetak permit dan pamerkan di tapak jualan sepanjang masa berniaga."]),
        ("h2", "Bazar Ramadan"),
        ("p", "Undian tapak Bazar Ramadan MBIP dibuka selama dua minggu pada bulan Januari "
              "setiap tahun. Keutamaan diberikan kepada penduduk Iskandar Puteri. Seorang "
              "pemohon hanya dibenarkan mendapat satu tapak. Tapak yang disewakan semula "
              "kepada orang lain akan dibatalkan serta-merta tanpa bayaran balik."),
        ("h2", "Waktu Berniaga"),
        ("ul", ["Bazar Ramadan: 3.00 petang hingga 8.00 malam.",
                "Karnival dan pesta makanan: 10.00 pagi hingga 11.00 malam.",
                "Bazar malam hujung minggu: 5.00 petang hingga 12.00 tengah malam."]),
        ("h2", "Tanggungjawab Penganjur"),
        ("p", "Penganjur bertanggungjawab memastikan semua peniaga di tapak acara mempunyai "
              "permit yang sah dan mematuhi syarat kebersihan. Penganjur juga perlu "
              "menyediakan tandas mudah alih sekurang-kurangnya satu unit bagi setiap 20 "
              "tapak, tong sampah berasingan untuk sisa makanan dan sisa kering, serta "
              "petugas kawalan lalu lintas jika acara diadakan berhampiran jalan utama."),
        ("ul", ["Senarai nama peniaga beserta nombor tapak mesti dihantar kepada Jabatan "
                "Pelesenan sekurang-kurangnya 3 hari sebelum acara.",
                "Pemeriksaan tapak oleh pegawai kesihatan boleh dibuat pada bila-bila masa "
                "sepanjang acara.",
                "Tapak hendaklah dibersihkan dan semua struktur sementara dirobohkan dalam "
                "tempoh 24 jam selepas acara tamat."]),
        ("h2", "Kesalahan dan Penalti"),
        ("p", "Berniaga tanpa permit sah boleh dikenakan kompaun sehingga RM250 dan barang "
              "jualan boleh disita. Penganjur yang melebihkan bilangan tapak daripada yang "
              "diluluskan boleh dikenakan kompaun RM1,000 dan permit acara seterusnya boleh "
              "ditolak."),
        ("h2", "Soalan Lazim"),
        ("b", "Bolehkah saya berkongsi satu tapak dengan rakan?"),
        ("p", "Boleh, dengan syarat kedua-dua nama didaftarkan dalam permohonan dan "
              "kedua-duanya mempunyai kad suntikan jika menjual makanan."),
        ("b", "Adakah permit boleh digunakan di bazar lain?"),
        ("p", "Tidak. Permit hanya sah untuk lokasi dan tarikh yang tertera."),
        ("b", "Bagaimana jika acara dibatalkan kerana hujan lebat atau banjir?"),
        ("p", "Penganjur boleh memohon pindaan tarikh sekali tanpa fi tambahan dalam tempoh "
              "14 hari selepas tarikh asal."),
        ("h2", "Kaunter Pelesenan"),
        ("p", "Jabatan Pelesenan MBIP, Aras 1, Bangunan Dato' Onn, Kota Iskandar, 79100 "
              "Iskandar Puteri, Johor. Telefon 07-510 4415. E-mel "
              "pelesenan@mbip.example.invalid. Kaunter dibuka Isnin hingga Jumaat, 8.00 pagi "
              "hingga 4.30 petang."),
        ("p", END),
    ],
}

PELAN = {
    "path": "my/temerloh/pelan-bangunan-tambahan-kecil.docx",
    "meta": {
        "title": "Kelulusan Pelan Bangunan untuk Tambahan dan Ubah Suai Kecil Rumah Kediaman",
        "lang": "ms", "country": "MY", "region": "Pahang",
        "agency": "Majlis Perbandaran Temerloh (MPT) – Jabatan Bangunan",
        "source": "https://example.invalid/mpt/bangunan/pelan-tambahan-kecil.docx",
        "updated": "2026-01-15", "note": NOTE,
    },
    "blocks": [
        ("h1", "Kelulusan Pelan Bangunan untuk Tambahan dan Ubah Suai Kecil Rumah Kediaman"),
        ("h2", "Pengenalan"),
        ("p", "Sebarang kerja menambah atau mengubah suai rumah kediaman dalam kawasan "
              "Majlis Perbandaran Temerloh (MPT) memerlukan kelulusan Jabatan Bangunan "
              "terlebih dahulu di bawah Akta Jalan, Parit dan Bangunan 1974 serta "
              "Undang-Undang Kecil Bangunan Seragam Negeri Pahang. Panduan ini menerangkan "
              "proses bagi kerja tambahan kecil seperti membesarkan dapur belakang, "
              "membina bumbung anjung (porch), menambah bilik di tingkat bawah dan memasang "
              "grill atau pagar."),
        ("h2", "Kategori Kerja"),
        ("p", "MPT membahagikan permohonan kepada dua kategori:"),
        ("ul", ["Permit Kerja Kecil – bagi kerja tanpa perubahan struktur atau tambahan "
                "kurang daripada 15 meter persegi, contohnya pagar, grill, bumbung anjung "
                "ringan dan jubin lantai luar.",
                "Pelan Bangunan Tambahan – bagi tambahan 15 meter persegi atau lebih, atau "
                "sebarang kerja yang melibatkan tiang, rasuk, dinding bata baharu atau "
                "tingkat tambahan."]),
        ("p", "Kerja membaiki atap bocor, mengecat semula dan menukar pintu atau tingkap "
              "dengan saiz yang sama tidak memerlukan permit."),
        ("h2", "Siapa Boleh Mengemukakan"),
        ("p", "Permit Kerja Kecil boleh dikemukakan sendiri oleh pemilik rumah. Pelan "
              "Bangunan Tambahan mesti disediakan dan ditandatangani oleh Orang Utama "
              "Mengemukakan (OUM), iaitu arkitek, jurutera profesional atau pelukis "
              "bangunan berdaftar dengan Lembaga Arkitek Malaysia."),
        ("h2", "Dokumen Diperlukan"),
        ("ol", ["Borang permohonan yang ditandatangani pemilik.",
                "Salinan geran tanah atau surat perjanjian jual beli.",
                "Resit cukai taksiran dan cukai tanah tahun semasa.",
                "Lima salinan pelan (pelan lokasi, pelan tapak, pelan lantai, keratan dan "
                "pandangan).",
                "Surat persetujuan jiran bersebelahan bagi rumah teres yang melibatkan "
                "dinding sepunya.",
                "Gambar keadaan rumah sedia ada dari hadapan dan belakang."]),
        ("h2", "Fi Proses dan Deposit"),
        ("table", [["Jenis", "Fi proses", "Deposit"],
                   ["Permit Kerja Kecil", "RM50 setiap permohonan", "Tiada"],
                   ["Pelan Bangunan Tambahan (satu tingkat)",
                    "RM2.00 setiap meter persegi, minimum RM150", "RM500"],
                   ["Pelan Bangunan Tambahan (dua tingkat atau lebih)",
                    "RM3.00 setiap meter persegi, minimum RM300", "RM1,000"],
                   ["Pindaan pelan selepas kelulusan", "RM100", "–"]]),
        ("p", "Deposit dipulangkan selepas kerja siap dan pemeriksaan tapak mendapati tiada "
              "kerosakan pada longkang, jalan atau harta awam."),
        ("h2", "Garis Panduan Reka Bentuk"),
        ("ul", ["Jarak anjakan belakang minimum 2.4 meter dari sempadan lot mesti dikekalkan.",
                "Bumbung anjung di hadapan tidak boleh melebihi sempadan lot atau menganjur "
                "ke atas rizab jalan.",
                "Air hujan dari bumbung tambahan mesti disalurkan ke longkang dan tidak "
                "jatuh ke lot jiran.",
                "Ketinggian pagar hadapan tidak melebihi 1.5 meter."]),
        ("h2", "Proses dan Tempoh"),
        ("ol", ["Kemukakan permohonan melalui portal ePelan MPT atau di Pusat Setempat (OSC), "
                "Aras 2, Wisma MPT.",
                "Pegawai menyemak kelengkapan dokumen dalam tempoh 3 hari bekerja.",
                "Lawatan tapak dijalankan bagi Pelan Bangunan Tambahan.",
                "Keputusan dikeluarkan dalam tempoh 30 hari bekerja bagi Pelan Bangunan "
                "Tambahan dan 7 hari bekerja bagi Permit Kerja Kecil.",
                "Pemilik perlu memaklumkan tarikh mula kerja sekurang-kurangnya 3 hari "
                "sebelum kerja bermula."]),
        ("p", "Kelulusan pelan sah selama 2 tahun. Jika kerja tidak dimulakan dalam tempoh "
              "itu, permohonan baharu perlu dibuat."),
        ("h2", "Penalti Membina Tanpa Kelulusan"),
        ("p", "Pemilik yang membina atau mengubah suai tanpa kelulusan boleh didenda sehingga "
              "RM50,000 di bawah Seksyen 70 Akta 133, dan MPT boleh mengeluarkan notis "
              "supaya binaan dirobohkan dalam tempoh 30 hari. Bagi binaan kecil yang telah "
              "siap tanpa kelulusan, pemilik boleh memohon kelulusan pelan secara "
              "kemukaan semula dengan fi dua kali ganda."),
        ("h2", "Soalan Lazim"),
        ("h3", "Perlukah permit untuk bumbung kanopi kereta yang boleh dibuka?"),
        ("p", "Ya. Kanopi jenis lipat atau awning bermotor tetap memerlukan Permit Kerja Kecil."),
        ("h3", "Rumah saya di tanah kampung tanpa geran individu. Boleh mohon?"),
        ("p", "Boleh, dengan surat pengesahan pemilikan daripada Pejabat Tanah dan Galian "
              "Temerloh atau surat kuasa pemilik tanah."),
        ("h3", "Bolehkah kontraktor memohon bagi pihak saya?"),
        ("p", "Boleh, dengan surat kebenaran bertulis daripada pemilik rumah."),
        ("h2", "Hubungi Jabatan Bangunan"),
        ("p", "Jabatan Bangunan, Majlis Perbandaran Temerloh, Wisma MPT, Jalan Ahmad Shah, "
              "28000 Temerloh, Pahang. Telefon: 09-296 5540. E-mel: "
              "bangunan@mpt.example.invalid. Kaunter OSC dibuka Isnin hingga Khamis 8.00 pagi "
              "– 4.30 petang dan Jumaat 8.00 pagi – 12.00 tengah hari."),
        ("p", END),
    ],
}

KOLAM = {
    "path": "my/iskandar-puteri/pas-kolam-renang-awam.html",
    "site": "Majlis Bandaraya Iskandar Puteri",
    "meta": {
        "title": "Kolam Renang Awam MBIP: Tiket Masuk dan Pas Keahlian",
        "lang": "ms", "country": "MY", "region": "Johor",
        "agency": "Majlis Bandaraya Iskandar Puteri (MBIP) – Jabatan Sukan dan Rekreasi",
        "source": "https://example.invalid/mbip/rekreasi/kolam-renang",
        "updated": "2026-03-05", "note": NOTE,
    },
    "nav": ["Utama", "Perkhidmatan", "Rekreasi", "Pelesenan", "Aduan", "Hubungi"],
    "blocks": [
        ("h1", "Kolam Renang Awam MBIP: Tiket Masuk dan Pas Keahlian"),
        ("h2", "Tentang Kemudahan"),
        ("p", "Kolam Renang Awam MBIP di Taman Rekreasi Bukit Indah menyediakan sebuah kolam "
              "utama sepanjang 50 meter, kolam latihan 25 meter, kolam kanak-kanak dengan "
              "gelongsor air, bilik persalinan, loker dan kafe. Kolam ini dibuka kepada orang "
              "ramai dan turut digunakan untuk latihan atlet daerah serta kejohanan sekolah."),
        ("h2", "Waktu Operasi"),
        ("ul", ["Selasa hingga Jumaat: 7.00 pagi – 9.00 malam",
                "Sabtu, Ahad dan cuti umum: 7.00 pagi – 7.00 malam",
                "Isnin: tutup untuk penyelenggaraan dan rawatan air",
                "Sesi khas wanita: setiap Rabu, 2.00 petang – 5.00 petang"]),
        ("p", "Kolam akan dikosongkan serta-merta apabila terdapat kilat atau ribut petir, "
              "dan tiket pada hari tersebut tidak dikembalikan."),
        ("h2", "Harga Tiket Masuk Harian"),
        ("table", [["Kategori", "Hari biasa", "Hujung minggu & cuti umum"],
                   ["Dewasa (18–59 tahun)", "RM4", "RM6"],
                   ["Pelajar dan remaja (7–17 tahun)", "RM2", "RM3"],
                   ["Kanak-kanak bawah 7 tahun", "RM1", "RM1"],
                   ["Warga emas 60 tahun ke atas dan OKU", "Percuma", "Percuma"]]),
        ("h2", "Pas Keahlian"),
        ("p", "Pengunjung tetap digalakkan membeli pas keahlian yang membenarkan kemasukan "
              "tanpa had sepanjang tempoh sah pas."),
        ("table", [["Jenis pas", "Dewasa", "Pelajar"],
                   ["Pas bulanan", "RM40", "RM20"],
                   ["Pas 3 bulan", "RM110", "RM55"],
                   ["Pas tahunan", "RM380", "RM180"],
                   ["Pas keluarga tahunan (2 dewasa + 3 anak)", "RM750", "–"]]),
        ("p", "Penggantian kad pas yang hilang dikenakan caj RM15. Pas tidak boleh dipindah "
              "milik kepada orang lain."),
        ("h2", "Cara Membeli Pas"),
        ("ol", ["Muat turun aplikasi iPuteri Aktif dan daftar akaun menggunakan MyKad.",
                "Pilih jenis pas dan muat naik gambar wajah berlatar belakang putih.",
                "Bayar melalui FPX, kad debit atau e-dompet.",
                "Kod QR pas dipaparkan dalam aplikasi dan diimbas di pintu masuk.",
                "Kad fizikal boleh diambil di kaunter dalam tempoh 3 hari bekerja jika "
                "diperlukan."]),
        ("p", "Pelajar perlu memuat naik kad pelajar yang masih sah untuk mendapat kadar "
              "pelajar."),
        ("h2", "Peraturan Kolam"),
        ("ul", ["Kanak-kanak bawah 12 tahun mesti diiringi oleh dewasa berumur 18 tahun ke "
                "atas.",
                "Pakaian renang daripada kain lycra atau nilon sahaja dibenarkan; seluar pendek "
                "kapas dan baju T tidak dibenarkan.",
                "Topi renang wajib bagi pengunjung berambut panjang.",
                "Makanan dan minuman tidak dibenarkan di kawasan kolam.",
                "Terjun hanya dibenarkan di kawasan kolam dengan kedalaman 2 meter ke atas."]),
        ("h2", "Keselamatan Pengunjung"),
        ("p", "Sekurang-kurangnya empat orang penyelamat bertauliah bertugas pada setiap masa "
              "kolam dibuka. Peti pertolongan cemas dan defibrilator (AED) disediakan di "
              "pondok penyelamat. Pengunjung yang mempunyai penyakit jantung, sawan atau "
              "luka terbuka dinasihatkan tidak berenang. Kanak-kanak yang belum pandai "
              "berenang hanya dibenarkan di kolam kanak-kanak atau menggunakan pelampung "
              "lengan yang diluluskan."),
        ("p", "Barang berharga hendaklah disimpan di dalam loker. Sewa loker ialah RM1 bagi "
              "setiap penggunaan dan kunci perlu dipulangkan sebelum keluar. MBIP tidak "
              "bertanggungjawab atas kehilangan barang yang ditinggalkan di luar loker."),
        ("h2", "Tempahan Berkumpulan dan Sekolah"),
        ("p", "Sekolah, kelab dan persatuan yang membawa 20 orang atau lebih boleh menempah "
              "lorong renang sekurang-kurangnya 7 hari lebih awal. Kadar sewa lorong ialah "
              "RM30 sejam bagi setiap lorong. Jurulatih luar perlu berdaftar dengan Jabatan "
              "Sukan dan Rekreasi MBIP."),
        ("h2", "Soalan Lazim"),
        ("h3", "Boleh beli tiket di pintu masuk?"),
        ("p", "Boleh. Kaunter tiket menerima tunai dan kad; kaunter ditutup 1 jam sebelum "
              "kolam ditutup."),
        ("h3", "Pas bulanan saya tamat semasa kolam ditutup untuk baik pulih. Ada lanjutan?"),
        ("p", "Ya. Tempoh pas dilanjutkan secara automatik mengikut bilangan hari kolam "
              "ditutup melebihi 3 hari berturut-turut."),
        ("h3", "Ada jurulatih renang untuk disewa?"),
        ("p", "MBIP tidak menyediakan jurulatih persendirian. Senarai jurulatih berdaftar "
              "boleh didapati di kaunter."),
        ("h2", "Lokasi dan Hubungan"),
        ("p", "Kolam Renang Awam MBIP, Jalan Indah 15, Taman Rekreasi Bukit Indah, 81200 "
              "Iskandar Puteri, Johor. Telefon: 07-236 7780. E-mel: "
              "kolam@mbip.example.invalid."),
        ("p", END),
    ],
}

PAPAN = {
    "path": "my/kota-samarahan/permit-papan-tanda-iklan.html",
    "site": "Majlis Perbandaran Kota Samarahan",
    "meta": {
        "title": "Permit Papan Tanda dan Iklan Premis Perniagaan",
        "lang": "ms", "country": "MY", "region": "Sarawak",
        "agency": "Majlis Perbandaran Kota Samarahan (MPKS) – Bahagian Perancangan dan "
                  "Kawalan Bangunan",
        "source": "https://example.invalid/mpks/permit/papan-tanda-iklan",
        "updated": "2026-02-24", "note": NOTE,
    },
    "nav": ["Laman Utama", "Profil MPKS", "e-Perkhidmatan", "Permit & Lesen", "Pengumuman",
            "Hubungi Kami"],
    "blocks": [
        ("h1", "Permit Papan Tanda dan Iklan Premis Perniagaan"),
        ("h2", "Penerangan"),
        ("p", "Setiap papan tanda nama premis, papan iklan, kain rentang (banner) dan bunting "
              "yang dipamerkan dalam kawasan Majlis Perbandaran Kota Samarahan (MPKS) "
              "memerlukan permit di bawah Undang-Undang Kecil Iklan MPKS. Permit memastikan "
              "papan tanda selamat, tidak menghalang pandangan pemandu dan mematuhi garis "
              "panduan bahasa serta estetik bandar."),
        ("p", "Papan iklan besar (billboard) di tepi jalan persekutuan dan Lebuhraya Pan "
              "Borneo tidak diterangkan di halaman ini kerana memerlukan kelulusan JKR "
              "Sarawak."),
        ("h2", "Jenis Papan Tanda"),
        ("ul", ["Papan tanda nama premis yang dilekatkan pada dinding atau di atas kaki lima.",
                "Papan tanda berlampu atau LED di hadapan premis.",
                "Papan tanda berdiri sendiri (pylon) di kawasan premis.",
                "Iklan sementara: kain rentang, bunting dan poster acara."]),
        ("h2", "Syarat Papan Tanda"),
        ("ul", ["Bahasa Melayu mesti digunakan dan tulisan Bahasa Melayu hendaklah lebih "
                "besar serta lebih menonjol daripada bahasa lain.",
                "Saiz papan tanda nama premis tidak melebihi lebar hadapan premis dan "
                "ketinggian 1.2 meter.",
                "Bahagian bawah papan yang menjulur ke kaki lima mesti berada sekurang-kurangnya "
                "2.5 meter dari aras lantai.",
                "Lampu papan tanda tidak boleh berkelip atau menyilaukan pemandu.",
                "Kain rentang tidak boleh diikat pada tiang lampu isyarat, pokok atau "
                "jejantas."]),
        ("h2", "Fi Permit Tahunan"),
        ("table", [["Jenis", "Kadar", "Minimum"],
                   ["Papan tanda tidak berlampu", "RM20 setiap meter persegi setahun", "RM40"],
                   ["Papan tanda berlampu / LED", "RM30 setiap meter persegi setahun", "RM60"],
                   ["Papan tanda pylon", "RM45 setiap meter persegi setahun", "RM200"],
                   ["Kain rentang atau bunting (30 hari)", "RM10 setiap unit", "–"]]),
        ("p", "Fi proses permohonan baharu ialah RM25 dan tidak dikembalikan. Pertubuhan "
              "kebajikan dan rumah ibadat dikecualikan daripada fi bagi iklan acara "
              "keagamaan dan kebajikan."),
        ("h2", "Bagaimana Memohon"),
        ("ol", ["Log masuk ke portal eIklan MPKS dan pilih Permohonan Baharu.",
                "Muat naik lakaran papan tanda berwarna yang menunjukkan ukuran, bahan dan "
                "teks.",
                "Sertakan gambar hadapan premis dan salinan lesen perniagaan.",
                "Bagi papan tanda melebihi 3 meter persegi atau pylon, sertakan pengesahan "
                "struktur daripada jurutera berdaftar.",
                "Bayar fi selepas menerima notis kelulusan dalam portal."]),
        ("h2", "Tempoh Kelulusan"),
        ("p", "Permohonan lengkap bagi papan tanda premis diproses dalam tempoh 14 hari "
              "bekerja. Permohonan kain rentang dan bunting diproses dalam tempoh 3 hari "
              "bekerja. Iklan sementara tidak boleh dipasang lebih awal daripada 14 hari "
              "sebelum acara dan mesti ditanggalkan dalam tempoh 3 hari selepas acara tamat."),
        ("h2", "Pembaharuan Permit"),
        ("p", "Permit papan tanda tamat pada 31 Disember setiap tahun. Pembaharuan boleh "
              "dibuat mulai 1 November dan selewat-lewatnya 31 Mac tahun berikutnya. "
              "Pembaharuan selepas 31 Mac dikenakan bayaran lewat sebanyak 10% daripada fi "
              "permit."),
        ("h2", "Penguatkuasaan"),
        ("p", "Papan tanda atau iklan tanpa permit boleh dikenakan kompaun RM300 bagi setiap "
              "papan. Iklan sementara yang dipasang tanpa permit akan ditanggalkan oleh "
              "penguat kuasa dan caj penanggalan RM50 seunit dikenakan kepada pemilik iklan."),
        ("h2", "Soalan Lazim"),
        ("h3", "Saya hanya menukar warna papan tanda sedia ada. Perlu permit baharu?"),
        ("p", "Tidak, selagi saiz dan teks tidak berubah. Jika teks atau nama perniagaan "
              "berubah, permohonan pindaan dengan fi RM15 perlu dibuat."),
        ("h3", "Adakah pelekat pada cermin kedai memerlukan permit?"),
        ("p", "Pelekat yang meliputi kurang daripada 25% permukaan cermin tidak memerlukan "
              "permit."),
        ("h3", "Boleh pasang bunting untuk kempen jualan murah?"),
        ("p", "Boleh, dengan permit iklan sementara dan maksimum 20 unit bagi setiap premis."),
        ("h2", "Hubungi"),
        ("p", "Bahagian Perancangan dan Kawalan Bangunan, Aras 3, Wisma MPKS, Jalan Dato' Mohd "
              "Musa, 94300 Kota Samarahan, Sarawak. Telefon: 082-671 288. E-mel: "
              "iklan@mpks.example.invalid. Waktu pejabat: Isnin hingga Jumaat, 8.00 pagi – "
              "5.00 petang."),
        ("p", END),
    ],
}

DOCS = [BAZAR, PELAN, KOLAM, PAPAN]
