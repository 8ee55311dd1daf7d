"""Content of the three Semporna documents (Majlis Daerah Semporna). All figures invented."""

GERAI = {
    "path": "semporna/sewa-gerai-pasar.docx",
    "fmt": "docx",
    "fields": {
        "title": "Sewaan Gerai dan Petak di Pasar Majlis Daerah Semporna",
        "region": "Semporna, Sabah",
        "agency": "Majlis Daerah Semporna",
        "source": "https://www.mds.example.invalid/muat-turun/sewaan-gerai-pasar.docx",
        "updated": "2026-02-24",
    },
    "sections": [
        ("Pengenalan", [
            ("p", "Majlis Daerah Semporna (MDS) menyewakan gerai dan petak di Pasar Ikan "
                  "Semporna, Pasar Awam Semporna dan Tamu Ahad kepada peniaga tempatan. Gerai "
                  "kosong ditawarkan secara terbuka dan diagihkan melalui cabutan undi."),
            ("p", "Perkhidmatan ini tidak termasuk sewaan kedai di bangunan komersial milik "
                  "swasta, sewaan jeti persendirian dan lesen penjaja bergerak."),
        ]),
        ("Kelayakan", [
            ("ul", [
                "Warganegara Malaysia berumur 18 tahun ke atas.",
                "Bermastautin di Daerah Semporna.",
                "Tiada tunggakan sewa, cukai atau kompaun dengan MDS.",
                "Seorang pemohon hanya boleh menyewa satu gerai.",
            ]),
        ]),
        ("Dokumen Diperlukan", [
            ("ul", [
                "Borang Permohonan Gerai Pasar MDS-GP1.",
                "Salinan MyKad dan dua keping gambar berukuran pasport.",
                "Sijil suntikan anti-tifoid, bagi peniaga ikan, makanan dan minuman.",
                "Surat pengesahan alamat daripada ketua kampung atau JKKK.",
            ]),
        ]),
        ("Cara Memohon", [
            ("p", "Gerai kosong diiklankan di papan notis pasar dan di laman MDS. Borang "
                  "MDS-GP1 perlu dihantar dalam tempoh 14 hari dari tarikh iklan. Cabutan undi "
                  "diadakan secara terbuka di Dewan Serbaguna MDS. Pemohon yang berjaya "
                  "menerima surat tawaran dan mesti menandatangani perjanjian sewa dalam "
                  "tempoh 14 hari; jika tidak, tawaran diberikan kepada nama simpanan."),
        ]),
        ("Kadar Sewa Bulanan", [
            ("table", ["Jenis gerai", "Lokasi", "Sewa"], [
                ["Gerai ikan basah", "Pasar Ikan Semporna", "RM165 sebulan"],
                ["Meja ikan kering dan hasil laut kering", "Pasar Awam Semporna",
                 "RM70 sebulan"],
                ["Gerai sayur dan buah", "Pasar Awam Semporna", "RM95 sebulan"],
                ["Gerai makanan dan minuman", "Medan Selera Pasar", "RM210 sebulan"],
                ["Petak tamu", "Tamu Ahad", "RM4 sehari"],
            ]),
            ("p", "Sewa sudah termasuk air untuk mencuci lantai gerai. Elektrik bagi peti "
                  "sejuk beku dibayar sendiri oleh penyewa mengikut meter kecil."),
        ]),
        ("Deposit dan Perjanjian Sewa", [
            ("p", "Deposit bersamaan 2 bulan sewa dibayar semasa perjanjian ditandatangani dan "
                  "dipulangkan apabila perjanjian tamat tanpa tunggakan atau kerosakan. "
                  "Perjanjian sewa berkuat kuasa selama 2 tahun dan boleh diperbaharui. Gerai "
                  "tidak boleh disewakan semula kepada orang lain."),
        ]),
        ("Cara Bayar Sewa", [
            ("p", "Sewa perlu dibayar sebelum 7 haribulan setiap bulan di Kaunter Hasil MDS "
                  "atau melalui portal MDS eBayar (https://ebayar.mds.example.invalid). Petak "
                  "tamu dibayar terus kepada petugas MDS di tapak pada hari berniaga."),
        ]),
        ("Tunggakan dan Penamatan Sewa", [
            ("p", "Sewa yang lewat dibayar dikenakan denda 5% sebulan. Penyewa yang tertunggak "
                  "3 bulan berturut-turut akan menerima notis. Jika tunggakan tidak dijelaskan "
                  "dalam 14 hari selepas notis, perjanjian ditamatkan, gerai dikosongkan dan "
                  "deposit dirampas."),
        ]),
        ("Waktu Operasi Pasar", [
            ("ul", [
                "Pasar Ikan Semporna: setiap hari, 5.30 pagi hingga 6.00 petang.",
                "Pasar Awam Semporna: setiap hari, 6.00 pagi hingga 5.00 petang.",
                "Tamu Ahad: 6.00 pagi hingga 12.00 tengah hari.",
            ]),
            ("p", "Pasar Ikan ditutup pada hari Isnin pertama setiap bulan untuk pembersihan "
                  "menyeluruh."),
        ]),
        ("Soalan Lazim", [
            ("faq", [
                ("Bolehkah anak saya menjaga gerai semasa saya tiada?",
                 "Boleh, jika didaftarkan sebagai pembantu dalam perjanjian sewa. Maksimum 2 "
                 "pembantu bagi setiap gerai."),
                ("Bolehkah saya menukar gerai ke lokasi yang lebih baik?",
                 "Permohonan pertukaran dibuat secara bertulis dan hanya dipertimbangkan jika "
                 "ada gerai kosong serta tiada tunggakan."),
                ("Adakah sewa dikurangkan semasa pasar ditutup untuk pembaikan?",
                 "Ya. Sewa tidak dikenakan bagi tempoh penutupan melebihi 7 hari berturut-turut."),
            ]),
        ]),
        ("Pertanyaan", [
            ("p", "Unit Pasar, Jabatan Perkhidmatan Bandar, Majlis Daerah Semporna, Jalan "
                  "Kastam, 91308 Semporna, Sabah. Telefon: 089-781 540. E-mel: "
                  "pasar@mds.example.invalid. Isnin hingga Khamis, 7.30 pagi hingga 5.00 "
                  "petang; Jumaat, 7.30 pagi hingga 11.30 pagi dan 2.00 petang hingga 5.00 "
                  "petang."),
        ]),
    ],
}

BENCANA = {
    "path": "semporna/bantuan-bencana.md",
    "fmt": "md",
    "fields": {
        "title": "Bantuan Awal Mangsa Bencana: Banjir, Ribut dan Kebakaran di Semporna",
        "region": "Semporna, Sabah",
        "agency": "Majlis Daerah Semporna",
        "source": "https://www.mds.example.invalid/perkhidmatan/bantuan-bencana",
        "updated": "2026-01-06",
    },
    "sections": [
        ("Mengenai Bantuan Ini", [
            ("p", "Majlis Daerah Semporna, bersama Pejabat Daerah, Jabatan Kebajikan "
                  "Masyarakat, Angkatan Pertahanan Awam dan Bomba, menyalurkan bantuan awal "
                  "kepada mangsa banjir kilat, ribut, air pasang besar dan kebakaran rumah, "
                  "termasuk rumah di kampung air. Bantuan diselaraskan melalui Bilik Gerakan "
                  "Bencana MDS."),
            ("p", "Perkhidmatan ini tidak termasuk tuntutan insurans, pembinaan semula rumah "
                  "dan Bantuan Wang Ihsan kerajaan persekutuan, yang diuruskan secara "
                  "berasingan oleh Pejabat Daerah Semporna."),
        ]),
        ("Siapa Layak", [
            ("p", "Ketua isi rumah yang rumah kediamannya di Daerah Semporna terjejas akibat "
                  "bencana layak memohon, sama ada pemilik atau penyewa. Bukan warganegara "
                  "hanya menerima bantuan makanan dan tempat perlindungan sementara."),
        ]),
        ("Cara Melaporkan Bencana", [
            ("ul", [
                "Kecemasan yang mengancam nyawa: hubungi 999 atau Bomba dengan segera.",
                "Bilik Gerakan Bencana MDS (24 jam): 089-785 214.",
                "WhatsApp Bilik Gerakan: 017-820 6631, dengan gambar dan lokasi.",
                "Maklumkan ketua kampung atau JKKK supaya nama isi rumah direkodkan.",
            ]),
        ]),
        ("Bantuan Yang Disediakan", [
            ("ul", [
                "Pek makanan asas untuk 3 hari bagi setiap isi rumah.",
                "Tikar, selimut dan kit kebersihan.",
                "Bantuan Segera MDS sebanyak RM500 bagi rumah yang musnah sepenuhnya.",
                "Bantuan Segera MDS sebanyak RM250 bagi rumah yang rosak separa.",
                "Tangki air sementara bagi kampung yang terputus bekalan air.",
            ]),
        ]),
        ("Pusat Pemindahan Sementara", [
            ("table", ["Pusat pemindahan", "Kapasiti"], [
                ["Dewan Serbaguna MDS, Jalan Kastam", "400 orang"],
                ["Dewan Sekolah Kebangsaan Pekan Semporna", "250 orang"],
                ["Balai Raya Kampung Bubul", "150 orang"],
            ]),
            ("p", "Pusat pemindahan dibuka atas arahan Jawatankuasa Pengurusan Bencana Daerah. "
                  "Bawa dokumen pengenalan, ubat-ubatan dan pakaian untuk 3 hari."),
        ]),
        ("Dokumen untuk Tuntutan", [
            ("ul", [
                "Borang Tuntutan Bantuan Bencana BB-2.",
                "Salinan MyKad ketua isi rumah.",
                "Gambar kerosakan rumah.",
                "Laporan Bomba bagi kebakaran, atau pengesahan ketua kampung bagi banjir dan "
                "ribut.",
                "Nombor akaun bank atas nama ketua isi rumah.",
            ]),
        ]),
        ("Tempoh Tuntutan dan Pembayaran", [
            ("p", "Tuntutan Bantuan Segera mesti dihantar dalam tempoh 30 hari selepas "
                  "kejadian. Pegawai MDS akan melawat rumah untuk pengesahan, dan bayaran "
                  "dimasukkan ke akaun bank dalam 14 hari bekerja selepas pengesahan."),
        ]),
        ("Pembersihan Selepas Bencana", [
            ("p", "Pekerja dan lori MDS membantu membersihkan lumpur dan puing di kawasan "
                  "perumahan. Perabot dan barang rosak dari rumah mangsa dikutip secara "
                  "percuma dalam tempoh 7 hari selepas air surut."),
        ]),
        ("Persediaan Sebelum Bencana", [
            ("p", "Musim tengkujuh di Semporna biasanya dari November hingga Mac. Sediakan beg "
                  "kecemasan berisi lampu suluh, ubat, air minuman dan salinan dokumen penting "
                  "dalam beg plastik kalis air. Penduduk kampung air digalakkan mengenal pasti "
                  "laluan keluar ke darat."),
        ]),
        ("Soalan Lazim", [
            ("faq", [
                ("Rumah saya di kampung air terbakar tetapi saya tiada geran tanah. Bolehkah "
                 "saya menuntut?",
                 "Boleh. Pengesahan ketua kampung dan laporan Bomba sudah mencukupi."),
                ("Berapa kali bantuan boleh dituntut?",
                 "Sekali bagi setiap kejadian, dan maksimum 2 kali dalam setahun bagi setiap "
                 "isi rumah."),
                ("Bolehkah anak menuntut bagi pihak ibu bapa yang sudah tua?",
                 "Boleh, dengan surat wakil dan salinan MyKad ibu atau bapa."),
            ]),
        ]),
        ("Hubungi", [
            ("p", "Kaunter Bantuan Bencana, Tingkat Bawah, Bangunan Majlis Daerah Semporna, "
                  "Jalan Kastam, 91308 Semporna, Sabah. Isnin hingga Khamis, 7.30 pagi hingga "
                  "5.00 petang; Jumaat, 7.30 pagi hingga 11.30 pagi dan 2.00 petang hingga "
                  "5.00 petang. E-mel: bencana@mds.example.invalid."),
        ]),
    ],
}

JALAN = {
    "path": "semporna/aduan-lampu-jalan.md",
    "fmt": "md",
    "fields": {
        "title": "Aduan Lampu Jalan Rosak dan Kerosakan Jalan di Semporna",
        "region": "Semporna, Sabah",
        "agency": "Majlis Daerah Semporna",
        "source": "https://www.mds.example.invalid/aduan/lampu-jalan-dan-jalan",
        "updated": "2026-03-16",
    },
    "sections": [
        ("Skop Perkhidmatan", [
            ("p", "Majlis Daerah Semporna menerima aduan mengenai lampu jalan yang padam atau "
                  "berkelip, jalan perbandaran yang berlubang, longkang pecah, papan tanda "
                  "jalan yang rosak dan penutup lurang yang hilang."),
            ("p", "Perkhidmatan ini tidak termasuk jalan persekutuan dan jalan negeri seperti "
                  "Jalan Semporna–Tawau dan Jalan Semporna–Lahad Datu, yang diselenggara oleh "
                  "JKR Sabah, serta gangguan bekalan elektrik ke rumah, yang diuruskan oleh "
                  "pembekal elektrik."),
        ]),
        ("Saluran Membuat Aduan", [
            ("ul", [
                "Aplikasi SempornaCakna (Android dan iOS).",
                "WhatsApp aduan: 019-880 3157.",
                "Talian aduan: 089-781 522.",
                "E-mel: aduan@mds.example.invalid.",
                "Kaunter Aduan di Bangunan MDS.",
            ]),
        ]),
        ("Maklumat Yang Perlu Diberikan", [
            ("ul", [
                "Lokasi tepat: nama jalan, taman atau kampung dan tanda tempat berdekatan.",
                "Nombor tiang lampu, yang dicat pada setiap tiang, contohnya SPN-0412.",
                "Gambar kerosakan, jika selamat untuk diambil.",
                "Nama dan nombor telefon untuk makluman status.",
            ]),
            ("p", "Aduan yang lengkap dengan nombor tiang dan gambar dapat diagihkan terus "
                  "kepada pasukan kerja tanpa perlu pemeriksaan awal."),
        ]),
        ("Tempoh Tindakan", [
            ("table", ["Jenis kerosakan", "Tempoh tindakan"], [
                ["Tiang lampu tumbang atau wayar terdedah", "4 jam"],
                ["Penutup lurang hilang", "24 jam"],
                ["Lampu padam di sepanjang satu jalan", "48 jam"],
                ["Lampu padam di satu tiang", "5 hari bekerja"],
                ["Jalan berlubang", "7 hari bekerja"],
                ["Longkang pecah", "14 hari bekerja"],
            ]),
            ("p", "Tempoh dikira dari masa aduan didaftarkan. Kerja boleh tertangguh semasa "
                  "hujan lebat."),
        ]),
        ("Semakan Status Aduan", [
            ("p", "Setiap aduan menerima nombor rujukan yang bermula dengan AD- melalui SMS. "
                  "Status boleh disemak dalam aplikasi SempornaCakna atau dengan menghubungi "
                  "talian aduan. Aduan ditutup selepas kerja siap dan gambar selepas baik pulih "
                  "dimuat naik."),
        ]),
        ("Permohonan Lampu Jalan Baharu", [
            ("p", "Permohonan lampu jalan baharu dibuat oleh persatuan penduduk atau JKKK "
                  "melalui surat kepada Jabatan Kejuruteraan MDS, bersama peta lokasi dan "
                  "bilangan rumah yang terlibat. Permohonan dinilai mengikut peruntukan tahunan "
                  "dan mengambil masa 3 hingga 6 bulan jika diluluskan."),
        ]),
        ("Kerosakan Akibat Kemalangan", [
            ("p", "Pemandu yang melanggar tiang lampu atau papan tanda akan dikenakan kos "
                  "penggantian. Kos satu tiang lampu lengkap ialah RM3,800. MDS akan mendapatkan "
                  "butiran daripada laporan polis."),
        ]),
        ("Tuntutan Kerosakan Kenderaan", [
            ("p", "Pemilik kenderaan yang rosak akibat lubang di jalan perbandaran boleh "
                  "menghantar tuntutan bertulis dalam tempoh 30 hari, bersama laporan polis, "
                  "gambar lokasi dan resit bengkel. Tuntutan dinilai oleh Unit Undang-Undang "
                  "MDS dan tidak dibayar secara automatik."),
        ]),
        ("Waktu Operasi", [
            ("p", "Kaunter Aduan, Tingkat 1, Bangunan Majlis Daerah Semporna, Jalan Kastam, "
                  "91308 Semporna, Sabah. Isnin hingga Khamis, 7.30 pagi hingga 5.00 petang; "
                  "Jumaat, 7.30 pagi hingga 11.30 pagi dan 2.00 petang hingga 5.00 petang. "
                  "Pasukan kecemasan bertugas 24 jam bagi tiang tumbang dan wayar terdedah."),
        ]),
        ("Soalan Lazim", [
            ("faq", [
                ("Lampu di depan rumah saya hanya berkelip. Perlukah saya buat aduan?",
                 "Ya. Lampu berkelip biasanya menandakan mentol atau pemacu akan rosak."),
                ("Jalan masuk ke kampung saya rosak. Adakah MDS yang membaikinya?",
                 "Jalan kampung di luar kawasan perbandaran diselenggara oleh agensi lain. "
                 "MDS akan memanjangkan aduan anda kepada agensi berkenaan."),
                ("Bolehkah saya membuat aduan tanpa memberi nama?",
                 "Boleh di kaunter atau melalui e-mel, tetapi anda tidak akan menerima "
                 "makluman status."),
            ]),
        ]),
        ("Hubungi Jabatan Kejuruteraan", [
            ("p", "Jabatan Kejuruteraan MDS: 089-781 530. Talian aduan: 089-781 522. E-mel: "
                  "kejuruteraan@mds.example.invalid."),
        ]),
    ],
}

DOCS = [GERAI, BENCANA, JALAN]
