"""Pasir Mas, Kelantan (Majlis Daerah Pasir Mas): 3 documents."""

REGION = "Pasir Mas, Kelantan"
MDPM = "Majlis Daerah Pasir Mas (MDPM)"
WAKTU = ("Ahad hingga Rabu, 8.00 pagi hingga 4.30 petang; Khamis, 8.00 pagi hingga 3.30 "
         "petang. Tutup pada hari Jumaat, Sabtu dan cuti umum.")

SAMPAH = {
    "path": "my/pasir-mas/kutipan-sampah-dan-sisa-pukal.md",
    "fmt": "md",
    "title": "Kutipan Sampah Domestik dan Sisa Pukal, Majlis Daerah Pasir Mas",
    "region": REGION, "agency": MDPM,
    "source": "https://example.invalid/my/mdpm/kutipan-sampah",
    "updated": "2026-02-09",
    "service": "Kutipan sampah, tong sampah, sisa pukal",
    "lead": None,
    "sections": [
        ("Skop Perkhidmatan", [
            "MDPM mengutip sisa domestik dari rumah kediaman, premis perniagaan kecil dan "
            "pasar, serta membersihkan kawasan awam dalam kawasan pentadbiran majlis. Perkhidmatan "
            "ini meliputi bandar Pasir Mas dan kawasan yang diwartakan di bawah majlis.",
            "Sisa industri, sisa klinikal dan sisa berjadual tidak dikutip oleh majlis. Premis "
            "yang menghasilkan sisa ini perlu melantik kontraktor berlesen Jabatan Alam "
            "Sekitar.",
        ]),
        ("Jadual Kutipan Mengikut Kawasan", [
            ("ul", [
                "Kawasan kediaman dalam bandar Pasir Mas: 3 kali seminggu (Ahad, Selasa dan Khamis).",
                "Kawasan kediaman luar bandar, termasuk sekitar Tendong: 2 kali seminggu (Isnin dan Khamis).",
                "Premis makanan, pasar dan kawasan perniagaan: setiap hari, termasuk hari Jumaat.",
            ]),
            "Sampah perlu diletakkan di luar pagar sebelum 7.00 pagi pada hari kutipan.",
            "Jadual kutipan boleh berubah semasa musim perayaan, dan notis akan dipaparkan di "
            "papan kenyataan serta media sosial rasmi majlis.",
        ]),
        ("Tong Sampah", [
            "Setiap rumah perlu menyediakan tong sampah bertutup. Tong beroda 120 liter boleh "
            "dibeli di pejabat MDPM dengan harga RM85, manakala tong 240 liter berharga RM140. "
            "Tong yang rosak akibat kerja kutipan diganti percuma selepas pemeriksaan. Tong "
            "yang dibeli dihantar ke rumah dalam tempoh 7 hari bekerja.",
        ]),
        ("Sisa Pukal (Perabot, Tilam, Peralatan Lama)", [
            "Setiap rumah layak mendapat kutipan sisa pukal percuma sebanyak 2 kali setahun "
            "melalui tempahan. Kutipan tambahan dikenakan caj RM40 bagi setiap trip lori kecil. "
            "Tempahan mesti dibuat sekurang-kurangnya 5 hari bekerja lebih awal, dan sisa pukal "
            "dikutip pada hari Rabu sahaja.",
            "Peti sejuk dan penghawa dingin mesti dikosongkan dan pintunya ditanggalkan sebelum "
            "kutipan.",
            "Tempahan boleh dibuat melalui aplikasi eAduan MDPM atau talian aduan. Letakkan "
            "barang di luar pagar pada pagi hari kutipan.",
        ]),
        ("Sisa Kebun dan Sisa Binaan", [
            "Sisa kebun seperti dahan dan daun perlu diikat, dengan panjang tidak melebihi 1 "
            "meter. Sisa binaan dan sisa ubah suai rumah tidak dikutip bersama sampah domestik. "
            "Tong roro boleh disewa daripada MDPM pada kadar RM180 bagi 3 hari.",
        ]),
        ("Caj Perkhidmatan", [
            "Caj kutipan sampah bagi rumah kediaman sudah termasuk dalam cukai taksiran. "
            "Premis perniagaan dikenakan caj kutipan RM30 sebulan bagi kedai biasa dan RM60 "
            "sebulan bagi restoran dan kedai makan. Caj ini dibayar bersama lesen "
            "perniagaan tahunan atau secara bulanan di kaunter.",
        ]),
        ("Cara Membuat Aduan", [
            "Aduan sampah tidak dikutip, tong hilang atau pembuangan haram boleh dibuat melalui "
            "aplikasi eAduan MDPM, talian aduan, atau WhatsApp. Sertakan alamat lengkap dan "
            "gambar. Tindakan akan diambil dalam tempoh 48 jam selepas aduan diterima. Nombor "
            "rujukan aduan dihantar melalui SMS untuk semakan status.",
        ]),
        ("Larangan dan Penalti", [
            ("ul", [
                "Membuang sampah di tempat awam atau tanah kosong: kompaun sehingga RM500.",
                "Meletakkan sisa pukal di tepi jalan tanpa tempahan: kompaun RM200.",
                "Membakar sampah secara terbuka boleh dilaporkan kepada Jabatan Alam Sekitar untuk tindakan lanjut.",
            ]),
            "Pegawai penguat kuasa boleh menggunakan rakaman kamera litar tertutup sebagai "
            "bukti pembuangan haram.",
        ]),
        ("Semasa dan Selepas Banjir", [
            "Semasa musim tengkujuh, jadual kutipan biasa boleh ditangguhkan. Operasi "
            "pembersihan pasca banjir dijalankan mengikut kawasan, dan sisa banjir hendaklah "
            "dikumpulkan di titik kumpulan yang diumumkan oleh majlis. Kutipan sisa banjir "
            "adalah percuma.",
        ]),
        ("Pejabat dan Waktu Urusan", [
            "Jabatan Perkhidmatan Perbandaran, MDPM, Jalan Masjid Lama, 17000 Pasir Mas. " + WAKTU,
        ]),
        ("Hubungi Kami", [
            "Talian aduan sampah: 09-790 4411. WhatsApp: 019-955 2307. E-mel: "
            "sampah@mdpm.example.invalid.",
        ]),
        ("Soalan Lazim", [
            ("faq", "Sampah kebun banyak selepas tebang pokok, boleh minta kutip?",
             "Boleh, sebagai kutipan sisa pukal. Batang pokok yang besar perlu dipotong "
             "terlebih dahulu."),
        ]),
    ],
}

PASAR = {
    "path": "my/pasir-mas/sewa-gerai-pasar-besar.md",
    "fmt": "md",
    "title": "Sewaan Gerai dan Petak Pasar Besar Pasir Mas",
    "region": REGION, "agency": MDPM,
    "source": "https://example.invalid/my/mdpm/sewa-gerai-pasar",
    "updated": "2026-03-02",
    "service": "Sewaan gerai dan petak pasar",
    "lead": None,
    "sections": [
        ("Pengenalan", [
            "MDPM menyewakan gerai dan petak di Pasar Besar Pasir Mas kepada peniaga tempatan. "
            "Halaman ini menerangkan kadar sewa, syarat, cara memohon dan tindakan terhadap "
            "tunggakan sewa. Pasar Besar Pasir Mas menempatkan lebih 300 gerai di dua "
            "tingkat, termasuk bahagian basah, bahagian kering dan medan selera.",
        ]),
        ("Kadar Sewa Gerai", [
            ("table", [
                ["Jenis gerai", "Saiz", "Sewa"],
                ["Gerai ikan basah", "2.4 m x 1.8 m", "RM110.00 sebulan"],
                ["Gerai daging dan ayam", "2.4 m x 1.8 m", "RM125.00 sebulan"],
                ["Gerai sayur dan buah", "2.4 m x 2.4 m", "RM85.00 sebulan"],
                ["Gerai barang kering", "3.0 m x 3.0 m", "RM160.00 sebulan"],
                ["Gerai makanan (medan selera tingkat 1)", "3.0 m x 3.0 m", "RM210.00 sebulan"],
                ["Petak harian luar pasar", "1.5 m x 1.5 m", "RM3.50 sehari"],
            ]),
            "Sewa bulanan perlu dijelaskan sebelum 7 haribulan setiap bulan. Kadar sewa tidak "
            "termasuk caj utiliti. Sewa boleh dibayar di Pejabat Pasar, Kaunter Hasil MDPM "
            "atau melalui portal MDPM.",
        ]),
        ("Wang Deposit dan Caj Lain", [
            "Deposit bersamaan 2 bulan sewa dibayar semasa menandatangani perjanjian. Caj air "
            "dan elektrik dikira mengikut meter gerai. Yuran kebersihan sebanyak RM15 sebulan "
            "dikenakan ke atas semua gerai dalam bangunan pasar. Deposit dikembalikan dalam "
            "tempoh 30 hari selepas perjanjian tamat, setelah ditolak tunggakan atau kos "
            "kerosakan.",
        ]),
        ("Syarat Penyewa", [
            ("ul", [
                "Warganegara Malaysia berumur 18 tahun ke atas.",
                "Tidak menyewa gerai lain di mana-mana pasar MDPM.",
                "Penjual makanan perlu mendapat suntikan tifoid dan sijil kursus pengendali makanan.",
                "Penyewa mesti berniaga sendiri; sewaan semula kepada pihak lain dilarang.",
            ]),
            "Keutamaan diberikan kepada penduduk daerah Pasir Mas dan peniaga yang telah "
            "berniaga di petak harian sekurang-kurangnya setahun.",
        ]),
        ("Cara Memohon Gerai", [
            ("ol", [
                "Semak iklan gerai kosong di papan kenyataan pasar atau portal MDPM (https://example.invalid/mdpm/gerai).",
                "Isi Borang PS-2 dan sertakan salinan MyKad serta 2 keping gambar.",
                "Hantar borang di Pejabat Pasar sebelum tarikh tutup iklan.",
                "Undian terbuka diadakan jika pemohon melebihi bilangan gerai kosong.",
            ]),
        ]),
        ("Tempoh Kelulusan dan Perjanjian", [
            "Keputusan dimaklumkan dalam tempoh 30 hari selepas tarikh tutup iklan. Perjanjian "
            "sewa adalah bagi tempoh 2 tahun dan boleh diperbaharui jika penyewa tiada "
            "tunggakan.",
            "Pemohon yang berjaya perlu menandatangani perjanjian dan membayar deposit dalam "
            "tempoh 14 hari; jika tidak, tawaran diberikan kepada pemohon dalam senarai menunggu.",
        ]),
        ("Tunggakan Sewa", [
            "Caj lewat sebanyak 5% sebulan dikenakan ke atas sewa yang tertunggak. Penyewa "
            "yang mempunyai tunggakan melebihi 3 bulan akan menerima notis penamatan; perjanjian "
            "ditamatkan dan gerai dikunci jika tunggakan tidak dijelaskan dalam tempoh 14 hari "
            "selepas notis.",
        ]),
        ("Pewarisan dan Pertukaran Gerai", [
            "Gerai tidak boleh dipindah milik atau disewakan semula. Jika penyewa meninggal "
            "dunia, pasangan atau anak boleh memohon mengambil alih gerai dalam tempoh 60 hari. "
            "Permohonan bertukar ke lot lain dikenakan fi RM30.",
        ]),
        ("Waktu Operasi Pasar", [
            "Pasar Besar Pasir Mas dibuka setiap hari dari 6.00 pagi hingga 6.00 petang, kecuali "
            "hari Jumaat dari 6.00 pagi hingga 12.00 tengah hari. Pejabat Pasar dibuka Ahad "
            "hingga Khamis, 8.00 pagi hingga 4.00 petang. Petak harian di luar pasar hanya "
            "dibuka dari 6.00 pagi hingga 11.00 pagi.",
        ]),
        ("Peraturan Kebersihan", [
            "Penyewa gerai basah mesti mencuci lantai gerai setiap hari selepas berniaga. Sisa "
            "ikan dan daging dibuang ke tong khas di belakang pasar. Kegagalan mematuhi "
            "peraturan boleh dikenakan kompaun RM100.",
        ]),
        ("Hubungi Pejabat Pasar", [
            "Unit Pasar MDPM, Tingkat 1, Pasar Besar Pasir Mas, 17000 Pasir Mas. Telefon: "
            "09-790 3382. E-mel: pasar@mdpm.example.invalid.",
        ]),
        ("Soalan Lazim", [
            ("faq", "Boleh buka gerai pada waktu malam?",
             "Tidak. Bangunan pasar ditutup selepas waktu operasi, kecuali medan selera "
             "tingkat 1 yang dibuka sehingga 10.00 malam."),
        ]),
    ],
}

PERMIT = {
    "path": "my/pasir-mas/permit-ubah-suai-rumah.md",
    "fmt": "md",
    "title": "Permit Ubah Suai Kecil dan Tambahan Rumah Kediaman, Majlis Daerah Pasir Mas",
    "region": REGION, "agency": MDPM,
    "source": "https://example.invalid/my/mdpm/permit-ubah-suai",
    "updated": "2026-01-12",
    "service": "Permit ubah suai / tambahan rumah",
    "lead": None,
    "sections": [
        ("Apakah Permit Ini", [
            "Permit ubah suai kecil diperlukan bagi kerja pengubahsuaian dan tambahan kecil pada "
            "rumah kediaman sedia ada dalam kawasan MDPM. Permit ini memastikan kerja ubah "
            "suai selamat, tidak menjejaskan jiran dan mematuhi garisan bangunan.",
            "Bangunan baharu, bangunan komersial, kilang dan rumah melebihi dua tingkat perlu "
            "mengemukakan pelan bangunan penuh melalui Pusat Setempat (OSC) dan tidak "
            "diliputi halaman ini.",
        ]),
        ("Kerja Yang Memerlukan Permit", [
            ("ul", [
                "Tambahan dapur, anjung atau bilik sehingga 50 meter persegi.",
                "Membina atau meninggikan pagar.",
                "Menukar struktur bumbung.",
                "Menambah bilik air atau tandas.",
            ]),
            "Kerja yang tidak memerlukan permit: mengecat, menukar jubin lantai dalaman, dan "
            "menukar pintu atau tingkap dengan ukuran yang sama.",
        ]),
        ("Syarat Permohonan", [
            ("ul", [
                "Pemohon ialah pemilik berdaftar atau mempunyai surat kebenaran pemilik.",
                "Cukai taksiran bagi pegangan tersebut telah dijelaskan.",
                "Tambahan bangunan berada sekurang-kurangnya 1.5 meter dari sempadan lot belakang.",
            ]),
            "Rumah di atas tanah rizab atau tanah tanpa hak milik perlu mendapat pengesahan "
            "Pejabat Tanah dan Jajahan Pasir Mas terlebih dahulu.",
        ]),
        ("Dokumen Diperlukan", [
            ("ul", [
                "Borang Permit UK-1 yang lengkap.",
                "Salinan geran tanah dan salinan MyKad pemilik.",
                "Pelan lakaran ringkas dengan ukuran kerja.",
                "Gambar rumah dari hadapan dan dari kawasan kerja.",
                "Resit cukai taksiran terkini.",
                "Surat persetujuan jiran bagi pagar sempadan atau rumah teres.",
            ]),
        ]),
        ("Fi Permit dan Deposit", [
            "Ubah suai struktur dalaman dikenakan RM50 bagi setiap permit. Tambahan bangunan "
            "dikenakan RM2.00 bagi setiap meter persegi, dengan fi minimum RM60. Pagar dikenakan "
            "RM1.00 bagi setiap meter panjang, dengan fi minimum RM30.",
            "Deposit kerosakan jalan dan longkang sebanyak RM300 perlu dibayar dan akan "
            "dikembalikan selepas pemeriksaan akhir mendapati tiada kerosakan.",
        ]),
        ("Tempoh Pemprosesan", [
            "Permohonan yang lengkap diproses dalam tempoh 14 hari bekerja. Pemeriksaan tapak "
            "dijalankan dalam 5 hari bekerja selepas permohonan diterima. Permit sah selama "
            "6 bulan dan boleh dilanjutkan sekali selama 3 bulan dengan fi RM20. Permohonan "
            "yang tidak lengkap dikembalikan dalam tempoh 3 hari bekerja bersama senarai "
            "kekurangan.",
        ]),
        ("Langkah-Langkah", [
            ("ol", [
                "Dapatkan Borang Permit UK-1 di kaunter atau portal eBina MDPM (https://example.invalid/mdpm/ebina).",
                "Hantar borang dan dokumen di Unit Bangunan.",
                "Pegawai menjalankan pemeriksaan tapak.",
                "Bayar fi permit dan deposit selepas menerima surat kelulusan.",
                "Pamerkan papan permit di hadapan rumah sepanjang kerja dijalankan.",
            ]),
            "Selepas kerja siap, maklumkan Unit Bangunan untuk pemeriksaan akhir dan pemulangan "
            "deposit.",
        ]),
        ("Semasa Kerja Dijalankan", [
            "Kerja dibenarkan antara 8.00 pagi hingga 6.00 petang. Kerja bising tidak "
            "dibenarkan pada hari Jumaat sebelum 2.30 petang. Bahan binaan tidak boleh "
            "diletakkan di atas jalan atau di dalam longkang awam. Jiran yang terganggu "
            "boleh membuat aduan kepada Unit Bangunan, dan pegawai akan melawat tapak.",
        ]),
        ("Tindakan Penguatkuasaan", [
            "Kerja tanpa permit boleh dikenakan kompaun sehingga RM1,000 dan notis henti kerja. "
            "Binaan yang melanggar syarat boleh diarahkan untuk dirobohkan dalam tempoh 30 hari "
            "atas kos pemilik. Pemilik yang menerima notis boleh memohon permit secara susulan "
            "dalam tempoh 14 hari, dengan fi permit ditambah caj kelewatan 50%.",
        ]),
        ("Kaunter dan Waktu", [
            "Unit Bangunan, Jabatan Kejuruteraan MDPM, Jalan Masjid Lama, 17000 Pasir Mas. " + WAKTU,
        ]),
        ("Hubungi", [
            "Telefon: 09-790 4520. E-mel: bangunan@mdpm.example.invalid. Sesi khidmat nasihat "
            "percuma diadakan setiap Selasa, 9.00 pagi hingga 12.00 tengah hari.",
        ]),
        ("Soalan Lazim", [
            ("faq", "Kontraktor perlu berdaftar?",
             "Bagi kerja bernilai melebihi RM20,000, kontraktor mesti berdaftar dengan CIDB. "
             "Bagi kerja yang lebih kecil, pemilik boleh menggunakan tukang sendiri."),
            ("faq", "Tukar bumbung zink ke genting perlu permit?",
             "Ya, kerana kerja ini melibatkan perubahan beban pada struktur bumbung."),
        ]),
    ],
}

DOCS = [SAMPAH, PASAR, PERMIT]
