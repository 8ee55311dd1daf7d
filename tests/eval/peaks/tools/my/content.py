"""Content of the four non-Markdown documents (PDF, DOCX, 2 x HTML).

Each document is a list of blocks:
  ("h2", text)            section heading
  ("p", text)             paragraph
  ("ul", [items])         bullet list
  ("ol", [items])         numbered list
  ("table", [[cells]...]) table, first row = header
  ("faq", question, answer)
"""

LAST_LINE = "Dokumen penilaian: angka, alamat dan waktu adalah rekaan."
NOTE = "Evaluation document: figures, addresses and hours are invented for testing."

PELAN_BANGUNAN = {
    "path": "my/sungai-petani/pelan-bangunan.pdf",
    "title": "Panduan Permohonan Kelulusan Pelan Bangunan MPSPK",
    "meta": {
        "region": "Kedah",
        "agency": "Majlis Perbandaran Sungai Petani Kedah (MPSPK)",
        "source": "https://example.invalid/mpspk/osc/panduan-pelan-bangunan.pdf",
        "updated": "2026-01-28",
    },
    "blocks": [
        ("h2", "Pengenalan"),
        ("p", "Panduan ini disediakan oleh Pusat Setempat (OSC) Majlis Perbandaran Sungai Petani "
              "Kedah (MPSPK) untuk membantu pemilik rumah, pemaju dan perunding memahami proses "
              "permohonan kelulusan pelan bangunan di kawasan pentadbiran Majlis. Semua kerja "
              "pembinaan bangunan baharu, tambahan, ubah suai struktur dan pembinaan pagar atau "
              "tembok memerlukan kelulusan bertulis Majlis sebelum kerja dimulakan, selaras dengan "
              "Akta Jalan, Parit dan Bangunan 1974 dan Undang-Undang Kecil Bangunan Seragam 1984."),
        ("h2", "Jenis Permohonan"),
        ("ul", [
            "Pelan bangunan baharu (kediaman, perdagangan, industri dan institusi).",
            "Pelan tambahan atau ubah suai bangunan kediaman sedia ada, contohnya tambahan dapur, bilik atau tingkat.",
            "Permit Kerja Kecil bagi kerja yang tidak melibatkan struktur.",
            "Pelan pagar, tembok penahan dan pintu pagar.",
        ]),
        ("h2", "Siapa Boleh Mengemukakan Pelan"),
        ("p", "Pelan bangunan hendaklah dikemukakan oleh Orang Utama Yang Mengemukakan (PSP), "
              "iaitu arkitek, jurutera profesional atau pelukis pelan bangunan yang berdaftar. "
              "Pelukis pelan bangunan berdaftar hanya dibenarkan mengemukakan pelan bangunan "
              "kediaman tidak melebihi dua tingkat dengan keluasan lantai tidak melebihi 300 meter "
              "persegi. Bagi Permit Kerja Kecil, pemilik rumah boleh mengemukakan permohonan sendiri "
              "tanpa PSP."),
        ("h2", "Dokumen Yang Perlu Dikemukakan"),
        ("ol", [
            "Borang Permohonan Pelan Bangunan yang ditandatangani oleh pemilik dan PSP.",
            "Salinan geran tanah atau hak milik serta resit cukai tanah tahun semasa.",
            "Salinan resit cukai taksiran terkini yang menunjukkan tiada tunggakan.",
            "Lima (5) set pelan bercetak dan satu salinan digital dalam format PDF.",
            "Surat persetujuan jiran bagi tambahan yang berkongsi dinding (rumah teres atau berkembar).",
            "Pengiraan struktur yang disahkan oleh jurutera bagi kerja yang melibatkan struktur.",
        ]),
        ("h2", "Fi Proses Pelan Bangunan"),
        ("table", [
            ["Jenis kerja", "Kadar fi", "Fi minimum"],
            ["Kediaman baharu", "RM 1.50 setiap m²", "RM 100"],
            ["Tambahan / ubah suai kediaman", "RM 2.00 setiap m²", "RM 80"],
            ["Bangunan perdagangan dan pejabat", "RM 3.00 setiap m²", "RM 300"],
            ["Bangunan industri", "RM 2.50 setiap m²", "RM 500"],
            ["Pagar dan tembok", "RM 1.00 setiap meter panjang", "RM 30"],
            ["Permit Kerja Kecil", "Kadar rata", "RM 50"],
        ]),
        ("p", "Fi penyerahan semula pelan yang dipinda ialah RM 50 bagi setiap kali penyerahan. "
              "Fi yang telah dibayar tidak akan dikembalikan sekiranya permohonan ditolak atau ditarik balik."),
        ("h2", "Tempoh Kelulusan"),
        ("p", "Permohonan tambahan dan ubah suai kediaman yang lengkap akan diputuskan dalam tempoh "
              "30 hari bekerja. Pelan bangunan baharu yang memerlukan ulasan jabatan teknikal luar "
              "seperti Jabatan Bomba dan Penyelamat, Jabatan Kerja Raya dan Indah Water diputuskan "
              "dalam tempoh 60 hari bekerja melalui mesyuarat Jawatankuasa OSC. Pelan yang diluluskan "
              "sah selama 2 tahun dari tarikh kelulusan; kerja yang tidak dimulakan dalam tempoh "
              "tersebut memerlukan permohonan lanjutan dengan fi RM 100."),
        ("h2", "Prosedur Penyerahan"),
        ("ol", [
            "PSP mendaftar akaun dan mengemukakan permohonan melalui sistem OSC Petani Online.",
            "Pegawai OSC menyemak kelengkapan dokumen dalam tempoh 3 hari bekerja.",
            "PSP membayar fi proses selepas menerima notis bayaran.",
            "Pelan dirujuk kepada jabatan teknikal untuk ulasan.",
            "Keputusan dimaklumkan melalui sistem dan surat kelulusan boleh dimuat turun.",
            "Notis Mula Kerja dihantar sekurang-kurangnya 7 hari sebelum kerja bermula.",
        ]),
        ("h2", "Permit Kerja Kecil"),
        ("p", "Permit Kerja Kecil diperlukan bagi kerja yang tidak mengubah struktur bangunan, "
              "seperti menukar jubin lantai, mengecat semula bahagian luar, memasang jeriji "
              "keselamatan, menukar bumbung dengan bahan yang sama, dan membina kanopi ringan tidak "
              "melebihi 3 meter dari dinding rumah. Permohonan boleh dibuat di kaunter OSC dengan "
              "bayaran RM 50 dan keputusan diberikan dalam tempoh 7 hari bekerja. Permit sah selama "
              "6 bulan."),
        ("h2", "Kesalahan Membina Tanpa Kelulusan"),
        ("p", "Mendirikan atau mengubah suai bangunan tanpa kelulusan pelan merupakan kesalahan di "
              "bawah seksyen 70 Akta Jalan, Parit dan Bangunan 1974. Pesalah boleh didenda tidak "
              "melebihi RM 50,000 dan denda tambahan RM 1,000 bagi setiap hari kesalahan berterusan. "
              "Majlis juga boleh mengeluarkan notis roboh dan merobohkan binaan haram atas kos pemilik."),
        ("h2", "Soalan Lazim"),
        ("faq", "Saya hanya mahu pasang kanopi di depan rumah. Perlukah PSP?",
                "Tidak. Kanopi ringan tidak melebihi 3 meter hanya memerlukan Permit Kerja Kecil yang "
                "boleh dipohon sendiri oleh pemilik."),
        ("faq", "Rumah saya rumah teres. Bolehkah saya membina tambahan hingga ke sempadan belakang?",
                "Tidak. Ruang anjakan belakang sekurang-kurangnya 2 meter mesti dikekalkan bagi rumah "
                "teres, kecuali bagi binaan dapur satu tingkat yang diluluskan secara khusus."),
        ("faq", "Adakah Majlis mengeluarkan Sijil Layak Menduduki (CF)?",
                "Tidak lagi. Perakuan Siap dan Pematuhan (CCC) dikeluarkan oleh PSP selepas kerja "
                "siap, dan salinannya diserahkan kepada Majlis dalam tempoh 14 hari."),
        ("h2", "Hubungi OSC MPSPK"),
        ("p", "Pusat Setempat (OSC), Aras 3, Menara MPSPK, Jalan Patani, 08000 Sungai Petani, Kedah."),
        ("p", "Waktu kaunter: Ahad hingga Rabu, 8.00 pagi hingga 4.30 petang; Khamis, 8.00 pagi "
              "hingga 3.00 petang. Telefon: 04-429 6350. E-mel: osc@example.invalid"),
        ("p", LAST_LINE),
    ],
}

KUTIPAN_SAMPAH = {
    "path": "my/kemaman/kutipan-sampah.docx",
    "title": "Perkhidmatan Kutipan Sampah Domestik dan Sampah Pukal",
    "meta": {
        "region": "Terengganu",
        "agency": "Majlis Perbandaran Kemaman (MPK)",
        "source": "https://example.invalid/mpk/perkhidmatan/kutipan-sampah.docx",
        "updated": "2026-03-09",
    },
    "blocks": [
        ("h2", "Pengenalan"),
        ("p", "Jabatan Kesihatan Persekitaran, Majlis Perbandaran Kemaman (MPK) bertanggungjawab "
              "mengutip sampah domestik, sampah pukal dan sisa kebun di kawasan perumahan, kedai dan "
              "pasar dalam daerah Kemaman. Dokumen ini menerangkan jadual kutipan, cara menempah "
              "kutipan sampah pukal, caj perkhidmatan bagi premis komersial serta cara membuat aduan."),
        ("h2", "Jadual Kutipan Sampah Domestik"),
        ("ul", [
            "Zon Chukai dan Geliga: Isnin, Rabu dan Sabtu.",
            "Zon Kerteh dan Kijal: Ahad, Selasa dan Khamis.",
            "Zon Kemasik, Air Putih dan kawasan luar bandar: Selasa dan Sabtu.",
            "Pusat bandar Chukai (kedai dan pasar): setiap hari.",
        ]),
        ("p", "Kutipan dijalankan dari jam 7.00 pagi hingga 3.00 petang. Tong sampah hendaklah "
              "diletakkan di hadapan rumah sebelum jam 7.00 pagi pada hari kutipan dan disimpan "
              "semula selepas dikosongkan. Jadual mungkin berubah semasa cuti umum dan musim tengkujuh."),
        ("h2", "Kutipan Sampah Pukal"),
        ("p", "Sampah pukal ialah barangan besar yang tidak muat dalam tong sampah, seperti perabot "
              "lama, tilam, peti sejuk dan mesin basuh. Setiap isi rumah layak mendapat kutipan sampah "
              "pukal percuma sehingga 3 item sebulan. Item tambahan dikenakan caj mengikut jadual di "
              "bawah. Peti sejuk dan penghawa dingin mesti dikosongkan gas penyejuk sebelum kutipan."),
        ("h2", "Cara Menempah Kutipan Pukal"),
        ("ol", [
            "Buat tempahan melalui aplikasi MPK Bersih atau hubungi Talian Bersih 09-859 3300.",
            "Nyatakan alamat, jenis dan bilangan barangan serta muat naik gambar.",
            "Terima nombor tempahan dan tarikh kutipan melalui SMS.",
            "Letakkan barangan di tepi jalan hadapan rumah pada pagi tarikh kutipan.",
        ]),
        ("p", "Kutipan sampah pukal akan dijadualkan dalam tempoh 5 hari bekerja dari tarikh tempahan."),
        ("h2", "Caj Perkhidmatan"),
        ("table", [
            ["Perkhidmatan", "Caj"],
            ["Tong 120 liter (premis komersial)", "RM 25 sebulan"],
            ["Tong 240 liter (premis komersial)", "RM 45 sebulan"],
            ["Tong 660 liter (restoran, pasar raya)", "RM 80 sebulan"],
            ["Sampah pukal melebihi 3 item sebulan", "RM 20 setiap trip"],
            ["Sisa kebun melebihi 10 ikat", "RM 15 setiap trip"],
            ["Sisa binaan dan ubah suai", "RM 150 setiap lori"],
        ]),
        ("p", "Caj tong komersial dibilkan bersama bil lesen perniagaan dan perlu dijelaskan setiap "
              "suku tahun. Kediaman biasa tidak dikenakan caj kutipan kerana kos telah termasuk dalam "
              "cukai taksiran."),
        ("h2", "Sisa Kebun"),
        ("p", "Daun kering, dahan dan ranting hendaklah diikat dengan panjang tidak melebihi 1 meter "
              "setiap ikat dan dimasukkan ke dalam plastik jika berupa daun. Kutipan sisa kebun dibuat "
              "setiap hari Rabu bagi semua zon. Sehingga 10 ikat dikutip secara percuma."),
        ("h2", "Bahan Yang Tidak Dikutip"),
        ("ul", [
            "Sisa klinikal dan jarum suntikan.",
            "Sisa toksik seperti minyak hitam, cat dan bahan kimia.",
            "Bangkai haiwan besar (hubungi Jabatan Perkhidmatan Veterinar).",
            "Tayar kenderaan melebihi 4 biji.",
            "Bateri kenderaan dan barangan elektronik kecil (hantar ke pusat e-sisa).",
        ]),
        ("h2", "Aduan Perkhidmatan"),
        ("p", "Aduan sampah tidak dikutip, tong rosak atau longgokan sampah boleh dibuat melalui "
              "aplikasi MPK Bersih, WhatsApp 019-980 4411 atau Talian Bersih. Setiap aduan akan "
              "diambil tindakan dalam tempoh 48 jam, kecuali pada hari cuti umum."),
        ("h2", "Larangan dan Penalti"),
        ("p", "Membuang sampah di tepi jalan, sungai atau tanah kosong, serta membakar sampah secara "
              "terbuka adalah dilarang. Kompaun sebanyak RM 500 boleh dikenakan bagi kesalahan membuang "
              "sampah secara haram. Jika dibawa ke mahkamah, pesalah boleh didenda sehingga RM 2,000 "
              "atau dipenjara tidak melebihi 6 bulan."),
        ("h2", "Soalan Lazim"),
        ("faq", "Tong sampah saya hilang. Adakah Majlis akan menggantikannya?",
                "Majlis membekalkan tong 120 liter kepada rumah baharu sahaja. Tong yang hilang atau "
                "rosak perlu diganti sendiri oleh pemilik, kecuali kerosakan disebabkan oleh lori "
                "kutipan Majlis."),
        ("faq", "Bolehkah saya meletakkan sampah pukal di tepi jalan tanpa tempahan?",
                "Tidak. Barangan yang diletakkan tanpa tempahan dianggap pembuangan haram dan boleh "
                "dikenakan kompaun."),
        ("faq", "Adakah kutipan berjalan pada hari raya?",
                "Kutipan dihentikan pada hari pertama Hari Raya Aidilfitri dan Aidiladha, dan "
                "disambung semula pada hari kedua."),
        ("h2", "Hubungi Kami"),
        ("p", "Jabatan Kesihatan Persekitaran, Majlis Perbandaran Kemaman, Wisma MPK, Jalan Air Putih, "
              "24000 Chukai, Kemaman, Terengganu. Talian Bersih: 09-859 3300. "
              "E-mel: bersih@example.invalid"),
        ("p", LAST_LINE),
    ],
}

SEWA_DEWAN = {
    "path": "my/putrajaya/sewa-dewan.html",
    "title": "Tempahan Dewan Komuniti dan Dewan Serbaguna | Perbadanan Putrajaya",
    "h1": "Tempahan Dewan Komuniti dan Dewan Serbaguna",
    "org": "Perbadanan Putrajaya",
    "menu": ["Utama", "Perkhidmatan", "Cukai Taksiran", "Pelesenan", "Tempahan Fasiliti", "Hubungi Kami"],
    "meta": {
        "region": "Wilayah Persekutuan Putrajaya",
        "agency": "Perbadanan Putrajaya",
        "source": "https://example.invalid/ppj/fasiliti/tempahan-dewan",
        "updated": "2026-02-18",
    },
    "blocks": [
        ("h2", "Pengenalan"),
        ("p", "Perbadanan Putrajaya menyediakan dewan komuniti dan dewan serbaguna untuk disewa oleh "
              "orang ramai bagi majlis perkahwinan, kenduri, mesyuarat, seminar, aktiviti sukan dalaman "
              "dan program kemasyarakatan. Tempahan dibuka kepada individu, pertubuhan berdaftar, "
              "agensi kerajaan dan syarikat swasta."),
        ("h2", "Dewan Yang Boleh Ditempah"),
        ("ul", [
            "Dewan Komuniti Presint 9 – kapasiti 400 orang, dilengkapi dapur dan surau.",
            "Dewan Komuniti Presint 11 – kapasiti 250 orang, sesuai untuk mesyuarat dan kenduri kecil.",
            "Dewan Komuniti Presint 16 – kapasiti 600 orang, dengan pentas dan sistem PA.",
            "Dewan Serbaguna Presint 8 – kapasiti 800 orang, berhawa dingin sepenuhnya.",
        ]),
        ("h2", "Kadar Sewaan"),
        ("table", [
            ["Dewan", "Satu sesi (4 jam)", "Sehari penuh", "Deposit"],
            ["Dewan Komuniti Presint 9", "RM 350", "RM 800", "RM 500"],
            ["Dewan Komuniti Presint 11", "RM 250", "RM 600", "RM 500"],
            ["Dewan Komuniti Presint 16", "RM 500", "RM 1,200", "RM 500"],
            ["Dewan Serbaguna Presint 8", "RM 700", "RM 1,600", "RM 1,000"],
        ]),
        ("p", "Penduduk Putrajaya yang menempah dewan untuk majlis perkahwinan atau kenduri keluarga "
              "layak mendapat diskaun 20% daripada kadar sewa (deposit tidak termasuk) dengan "
              "mengemukakan MyKad beralamat Putrajaya. Pertubuhan kebajikan berdaftar boleh memohon "
              "pengecualian sewa bagi program amal, tertakluk kepada kelulusan."),
        ("h2", "Syarat Tempahan"),
        ("ul", [
            "Tempahan mesti dibuat sekurang-kurangnya 14 hari sebelum tarikh majlis.",
            "Tempahan paling awal boleh dibuat 6 bulan sebelum tarikh majlis.",
            "Seorang pemohon hanya boleh memegang maksimum 2 tempahan aktif pada satu masa.",
            "Bayaran penuh sewa dan deposit perlu dibuat dalam tempoh 3 hari bekerja selepas "
            "tempahan diluluskan, jika tidak tempahan akan dibatalkan secara automatik.",
        ]),
        ("h2", "Cara Membuat Tempahan"),
        ("ol", [
            "Log masuk ke portal PPj eTempahan menggunakan akaun PPj ID.",
            "Pilih dewan, tarikh dan sesi yang dikehendaki serta semak kekosongan.",
            "Isi maklumat majlis dan bilangan tetamu.",
            "Tunggu e-mel kelulusan daripada Unit Pengurusan Fasiliti.",
            "Buat bayaran sewa dan deposit melalui FPX atau di Kaunter Hasil.",
            "Cetak surat pengesahan tempahan dan bawa pada hari majlis.",
        ]),
        ("h2", "Pembatalan dan Bayaran Balik"),
        ("table", [
            ["Tempoh notis pembatalan", "Bayaran balik sewa"],
            ["Lebih daripada 30 hari sebelum majlis", "Penuh, ditolak caj pentadbiran RM 50"],
            ["7 hingga 30 hari sebelum majlis", "50%"],
            ["Kurang daripada 7 hari sebelum majlis", "Tiada bayaran balik"],
        ]),
        ("p", "Deposit akan dipulangkan sepenuhnya bagi semua pembatalan. Pertukaran tarikh dibenarkan "
              "sekali sahaja tanpa caj jika dibuat sekurang-kurangnya 14 hari sebelum tarikh asal."),
        ("h2", "Peraturan Penggunaan Dewan"),
        ("ul", [
            "Semua majlis mesti tamat dan dewan dikosongkan selewat-lewatnya jam 11.00 malam.",
            "Minuman keras, perjudian dan aktiviti yang bercanggah dengan undang-undang dilarang.",
            "Penyewa bertanggungjawab membersihkan dewan; caj pembersihan RM 150 akan ditolak "
            "daripada deposit jika dewan ditinggalkan kotor.",
            "Penggunaan bunga api dan mercun di dalam dan sekitar dewan adalah dilarang.",
            "Deposit dipulangkan dalam tempoh 21 hari bekerja selepas pemeriksaan dewan.",
        ]),
        ("h2", "Waktu Operasi Unit Pengurusan Fasiliti"),
        ("p", "Isnin hingga Jumaat: 8.00 pagi – 5.00 petang (rehat Jumaat 12.15 – 2.45 petang). "
              "Sabtu: 9.00 pagi – 1.00 tengah hari (untuk lawatan tapak dan penyerahan kunci sahaja). "
              "Ahad dan cuti umum: tutup."),
        ("h2", "Soalan Lazim"),
        ("faq", "Bolehkah saya melawat dewan sebelum membuat tempahan?",
                "Boleh. Lawatan tapak boleh diatur dengan menghubungi Unit Pengurusan Fasiliti "
                "sekurang-kurangnya 2 hari bekerja lebih awal."),
        ("faq", "Adakah kerusi dan meja disediakan?",
                "Ya. Setiap dewan dilengkapi kerusi dan meja banquet mengikut kapasiti. Pelamin, "
                "katering dan hiasan perlu diuruskan sendiri oleh penyewa."),
        ("faq", "Bolehkah saya membawa katering sendiri?",
                "Boleh, tetapi memasak menggunakan dapur gas di dalam dewan hanya dibenarkan di dapur "
                "yang disediakan (Presint 9 dan Presint 8)."),
        ("h2", "Hubungi Unit Pengurusan Fasiliti"),
        ("p", "Unit Pengurusan Fasiliti, Jabatan Perkhidmatan Bandar, Perbadanan Putrajaya, "
              "Kompleks Perbadanan Putrajaya, Presint 3, 62675 Putrajaya. "
              "Telefon: 03-8887 7301. E-mel: fasiliti@example.invalid"),
        ("p", LAST_LINE),
    ],
}

BAZAR_RAMADAN = {
    "path": "my/kemaman/bazar-ramadan.html",
    "title": "Permohonan Tapak Bazar Ramadan 2026 | Majlis Perbandaran Kemaman",
    "h1": "Permohonan Tapak Bazar Ramadan 2026",
    "org": "Majlis Perbandaran Kemaman",
    "menu": ["Laman Utama", "Profil MPK", "Perkhidmatan", "Pelesenan", "Pengumuman", "Hubungi"],
    "meta": {
        "region": "Terengganu",
        "agency": "Majlis Perbandaran Kemaman (MPK)",
        "source": "https://example.invalid/mpk/pengumuman/bazar-ramadan-2026",
        "updated": "2026-01-05",
    },
    "blocks": [
        ("h2", "Makluman Permohonan"),
        ("p", "Majlis Perbandaran Kemaman (MPK) mempelawa peniaga tempatan memohon tapak niaga di "
              "Bazar Ramadan 2026 yang akan diadakan sepanjang bulan Ramadan di beberapa lokasi dalam "
              "daerah Kemaman. Permohonan dibuka kepada peniaga makanan dan bukan makanan. Jumlah lot "
              "adalah terhad dan pemilihan akan dibuat melalui cabutan undi secara terbuka."),
        ("p", "Bazar Ramadan dianjurkan bagi memberi peluang kepada peniaga kecil, usahawan muda dan "
              "golongan berpendapatan rendah menambah pendapatan sepanjang bulan puasa, di samping "
              "memudahkan orang ramai mendapatkan juadah berbuka. Peniaga yang pernah dibatalkan lot "
              "kerana melanggar syarat pada tahun 2025 tidak layak memohon bagi tahun ini."),
        ("h2", "Lokasi dan Bilangan Lot"),
        ("ul", [
            "Dataran Bandar Chukai – 180 lot.",
            "Tapak Bazar Kerteh (bersebelahan Masjid Kerteh) – 90 lot.",
            "Pekan Kijal – 60 lot.",
            "Kemasik – 40 lot.",
        ]),
        ("h2", "Siapa Layak Memohon"),
        ("ul", [
            "Warganegara Malaysia berumur 18 tahun ke atas.",
            "Bermastautin dalam daerah Kemaman (alamat MyKad atau surat pengesahan penghulu).",
            "Memiliki suntikan anti-tifoid yang masih sah bagi peniaga makanan.",
            "Satu permohonan bagi setiap isi rumah sahaja.",
        ]),
        ("h2", "Fi dan Bayaran"),
        ("table", [
            ["Perkara", "Kadar"],
            ["Lot makanan (3 m x 3 m), sebulan", "RM 150"],
            ["Lot bukan makanan (3 m x 3 m), sebulan", "RM 100"],
            ["Bekalan elektrik (satu plag, 1 lampu)", "RM 50"],
            ["Deposit kebersihan", "RM 50"],
            ["Lesen penjaja sementara", "RM 10"],
        ]),
        ("p", "Deposit kebersihan akan dipulangkan selepas bazar tamat sekiranya lot ditinggalkan "
              "bersih. Semua bayaran tidak akan dikembalikan jika peniaga menarik diri selepas "
              "cabutan undi."),
        ("h2", "Tarikh Penting"),
        ("ul", [
            "Tempoh permohonan: 5 Januari 2026 hingga 23 Januari 2026.",
            "Cabutan undi terbuka: 2 Februari 2026, jam 9.00 pagi di Dewan Konvensyen MPK.",
            "Tarikh akhir bayaran bagi peniaga berjaya: 9 Februari 2026.",
            "Waktu perniagaan bazar: 3.00 petang hingga 7.30 malam setiap hari sepanjang Ramadan.",
        ]),
        ("h2", "Cara Memohon"),
        ("ol", [
            "Mohon secara dalam talian melalui portal MPK eBazar.",
            "Muat naik salinan MyKad, kad suntikan anti-tifoid dan gambar berukuran pasport.",
            "Pilih lokasi pilihan pertama dan kedua.",
            "Semak status permohonan dan keputusan cabutan undi dalam portal yang sama.",
        ]),
        ("p", "Permohonan secara manual boleh dibuat di Kaunter Pelesenan, Wisma MPK bagi pemohon yang "
              "tiada akses internet."),
        ("h2", "Syarat dan Larangan"),
        ("ul", [
            "Peniaga dilarang menyewakan atau menjual semula lot kepada pihak lain.",
            "Penggunaan bekas polistirena dilarang sama sekali.",
            "Khemah mesti berwarna putih dan disediakan sendiri oleh peniaga.",
            "Peniaga yang tidak beroperasi lebih daripada 3 hari berturut-turut tanpa makluman "
            "akan dibatalkan lotnya tanpa bayaran balik.",
            "Pekerja warga asing tidak dibenarkan berniaga di lot.",
        ]),
        ("h2", "Pemeriksaan dan Penguatkuasaan"),
        ("p", "Pegawai Jabatan Kesihatan Persekitaran MPK dan Pejabat Kesihatan Daerah Kemaman akan "
              "membuat pemeriksaan mengejut sepanjang tempoh bazar. Peniaga makanan mesti memakai "
              "apron, penutup kepala dan sarung tangan semasa mengendalikan makanan. Kompaun RM 250 "
              "boleh dikenakan bagi penggunaan bekas polistirena atau premis yang kotor, dan lot akan "
              "dibatalkan selepas 2 kali amaran bertulis. Peniaga juga dinasihatkan menyediakan tong "
              "sampah sendiri dan tidak membuang sisa minyak ke dalam longkang."),
        ("h2", "Soalan Lazim"),
        ("faq", "Bolehkah saya memohon dua lot bersebelahan?",
                "Tidak. Setiap pemohon hanya diberikan satu lot bagi memberi peluang kepada lebih "
                "ramai peniaga."),
        ("faq", "Saya gagal dalam cabutan undi. Adakah ada senarai menunggu?",
                "Ya. Pemohon yang tidak berjaya dimasukkan ke dalam senarai menunggu dan akan "
                "dihubungi jika ada lot yang dilepaskan sebelum 16 Februari 2026."),
        ("faq", "Adakah bazar dibuka pada malam Hari Raya?",
                "Tidak. Bazar Ramadan ditutup sehari sebelum Hari Raya Aidilfitri."),
        ("h2", "Pertanyaan"),
        ("p", "Unit Pelesenan dan Penjaja, Majlis Perbandaran Kemaman, Wisma MPK, Jalan Air Putih, "
              "24000 Chukai, Terengganu. Telefon: 09-859 2277. WhatsApp: 013-920 5518. "
              "E-mel: bazar@example.invalid"),
        ("p", LAST_LINE),
    ],
}

DOCS = [PELAN_BANGUNAN, KUTIPAN_SAMPAH, SEWA_DEWAN, BAZAR_RAMADAN]
