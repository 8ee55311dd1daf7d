"""National documents (JPJ road tax / ownership transfer, STR cash aid)."""

LAST = "Dokumen penilaian: angka, alamat dan waktu adalah rekaan."

JPJ = {
    "path": "my/nasional/cukai-jalan-dan-tukar-milik-kenderaan.md",
    "fmt": "md",
    "title": "Pembaharuan Cukai Jalan dan Pertukaran Hak Milik Kenderaan",
    "region": "Seluruh Malaysia",
    "agency": "Jabatan Pengangkutan Jalan Malaysia (JPJ)",
    "source": "https://example.invalid/my/jpj/cukai-jalan-tukar-milik",
    "updated": "2026-01-19",
    "service": "Cukai jalan (LKM), insurans, pertukaran hak milik",
    "lead": None,
    "sections": [
        ("Apakah Cukai Jalan (LKM)", [
            "Cukai jalan, atau Lesen Kenderaan Motor (LKM), ialah lesen yang membenarkan "
            "sesebuah kenderaan digunakan di jalan raya. Setiap kenderaan berdaftar wajib "
            "mempunyai LKM yang sah pada setiap masa. Pemilik kenderaan persendirian "
            "warganegara tidak lagi perlu mempamerkan pelekat cukai jalan pada cermin "
            "hadapan, tetapi LKM digital mesti boleh ditunjukkan melalui aplikasi SegeraJPJ "
            "apabila diminta oleh pegawai penguat kuasa.",
        ]),
        ("Siapa Yang Perlu Memperbaharui", [
            ("ul", [
                "Pemilik berdaftar kenderaan yang LKMnya akan tamat atau telah tamat.",
                "Wakil pemilik yang membawa surat kebenaran bertandatangan dan salinan MyKad pemilik.",
                "Syarikat, melalui wakil yang diberi kuasa dengan surat bercop syarikat.",
            ]),
            "LKM boleh diperbaharui seawal 60 hari sebelum tarikh tamat.",
        ]),
        ("Syarat Sebelum Pembaharuan", [
            "Pembaharuan hanya boleh dibuat jika semua syarat berikut dipenuhi:",
            ("ul", [
                "insurans atau perlindungan takaful kenderaan masih sah bagi tempoh LKM yang dipohon;",
                "kenderaan tidak disenarai hitam oleh JPJ atau Polis Diraja Malaysia akibat saman tertunggak;",
                "kenderaan barangan dan kenderaan perkhidmatan awam telah lulus pemeriksaan berkala dalam tempoh enam bulan terakhir.",
            ]),
            "Pemilik yang disenarai hitam perlu menjelaskan saman terlebih dahulu di kaunter "
            "atau secara dalam talian. Status senarai hitam dikemas kini dalam masa 24 jam "
            "selepas bayaran dibuat.",
        ]),
        ("Insurans Kenderaan", [
            "Insurans pihak ketiga ialah tahap perlindungan minimum yang diwajibkan oleh "
            "undang-undang. Selepas polisi dibeli, syarikat insurans akan menghantar "
            "maklumat polisi kepada sistem JPJ secara elektronik. Maklumat ini biasanya "
            "diterima dalam tempoh 2 jam. Jika selepas 24 jam polisi masih tidak dikesan, "
            "hubungi syarikat insurans anda dan minta mereka menghantar semula nota "
            "perlindungan elektronik.",
            "Cukai jalan tidak boleh diperbaharui bagi tempoh yang lebih panjang daripada "
            "tempoh insurans. Contohnya, jika insurans hanya sah selama enam bulan, LKM juga "
            "hanya boleh diperbaharui untuk enam bulan.",
        ]),
        ("Kadar Cukai Jalan Kereta Persendirian", [
            "Kadar setahun bagi kereta persendirian berenjin petrol milik individu adalah "
            "seperti berikut:",
            ("table", [
                ["Kapasiti enjin", "Semenanjung Malaysia", "Sabah, Sarawak dan Labuan"],
                ["Sehingga 1000 cc", "RM24.00", "RM12.00"],
                ["1001 hingga 1200 cc", "RM58.00", "RM29.00"],
                ["1201 hingga 1400 cc", "RM76.00", "RM38.00"],
                ["1401 hingga 1600 cc", "RM95.00", "RM47.50"],
                ["1601 hingga 1800 cc", "RM215.00", "RM107.50"],
                ["1801 hingga 2000 cc", "RM310.00", "RM155.00"],
                ["Motosikal sehingga 150 cc", "RM3.00", "RM3.00"],
            ]),
            "Kenderaan elektrik persendirian dikecualikan daripada cukai jalan sehingga "
            "31 Disember 2026, tetapi LKM bernilai RM0.00 tetap perlu diperbaharui setiap "
            "tahun. Pembaharuan bagi tempoh enam bulan dikenakan separuh kadar tahunan "
            "ditambah caj perkhidmatan RM2.00.",
        ]),
        ("Saluran Pembaharuan", [
            ("ol", [
                "Dalam talian melalui portal ePerkhidmatan JPJ (https://example.invalid/jpj/eperkhidmatan) "
                "atau aplikasi SegeraJPJ, dengan bayaran FPX, kad debit atau kad kredit.",
                "Kaunter JPJ negeri dan cawangan, Isnin hingga Jumaat, 8.00 pagi hingga 4.30 petang. "
                "Kaunter di Kedah, Kelantan dan Terengganu dibuka Ahad hingga Khamis.",
                "Kaunter Pos Malaysia terpilih, dengan caj perkhidmatan RM2.50 bagi setiap transaksi.",
            ]),
        ]),
        ("Pertukaran Hak Milik Kenderaan", [
            "Apabila kenderaan dijual, penjual dan pembeli wajib melengkapkan pertukaran hak "
            "milik dalam tempoh 14 hari dari tarikh jual beli. Kedua-dua pihak perlu membuat "
            "pengesahan biometrik (cap jari) sama ada di kaunter JPJ atau di ejen pengesahan "
            "berdaftar. Pembeli juga mesti mempunyai insurans atas namanya sendiri sebelum "
            "pertukaran diluluskan.",
            "Fi pertukaran hak milik ialah RM110.00 bagi kereta dan RM45.00 bagi motosikal. "
            "Kenderaan yang masih dalam pinjaman sewa beli memerlukan surat pelepasan daripada "
            "bank atau syarikat kewangan terlebih dahulu.",
        ]),
        ("Dokumen Yang Perlu Dibawa", [
            ("ul", [
                "MyKad asal penjual dan pembeli, atau pasport bagi bukan warganegara.",
                "Sijil Pemilikan Kenderaan (geran) atau cetakan maklumat pemilikan kenderaan.",
                "Borang JPJ-TM2 yang telah diisi dan ditandatangani oleh kedua-dua pihak.",
                "Surat pelepasan milikan daripada bank, jika berkaitan.",
                "Bagi syarikat: salinan Sijil Pendaftaran Syarikat dan surat wakil kuasa bercop.",
            ]),
        ]),
        ("Tempoh Pemprosesan", [
            "Pembaharuan LKM dalam talian diproses serta-merta dan LKM digital boleh dilihat "
            "dalam aplikasi dalam masa 15 minit. Di kaunter, pembaharuan mengambil masa lebih "
            "kurang 20 minit bergantung kepada giliran. Pertukaran hak milik antara individu "
            "selesai pada hari yang sama jika kedua-dua pihak hadir, manakala pertukaran yang "
            "melibatkan syarikat mengambil masa 3 hari bekerja.",
        ]),
        ("Penalti dan Kompaun", [
            "Memandu kenderaan tanpa LKM yang sah boleh dikenakan kompaun sehingga RM300. "
            "Memandu tanpa insurans yang sah ialah kesalahan yang lebih berat dan boleh "
            "dibawa ke mahkamah. Penjual yang gagal menukar hak milik dalam tempoh 14 hari "
            "boleh dikenakan kompaun RM150, dan kekal bertanggungjawab atas saman yang "
            "dikeluarkan kepada kenderaan tersebut.",
        ]),
        ("Soalan Lazim", [
            ("faq", "Boleh saya memperbaharui cukai jalan yang telah lama tamat?",
             "Boleh. Tiada denda lewat bagi pembaharuan itu sendiri, tetapi kenderaan tidak "
             "boleh digunakan di jalan raya selagi LKM belum diperbaharui."),
            ("faq", "Pemilik kenderaan telah meninggal dunia. Bagaimana waris menukar hak milik?",
             "Waris perlu membawa Surat Kuasa Tadbir atau Perintah Pembahagian bersama sijil "
             "kematian ke kaunter JPJ. Pertukaran ini tidak boleh dibuat dalam talian."),
            ("faq", "Adakah halaman ini meliputi lesen memandu?",
             "Tidak. Pembaharuan lesen memandu, lesen vokasional dan ujian memandu diterangkan "
             "dalam halaman lain JPJ."),
        ]),
        ("Hubungi Kami", [
            "Pusat Panggilan JPJ: 1-800-88-7123 (Isnin hingga Jumaat, 8.00 pagi hingga 5.00 "
            "petang). E-mel: aduan@jpj.example.invalid.",
        ]),
    ],
}

STR = {
    "path": "my/nasional/sumbangan-tunai-rahmah.pdf",
    "fmt": "pdf",
    "title": "Sumbangan Tunai Rahmah (STR) 2026: Kelayakan, Permohonan, Rayuan dan Tarikh Bayaran",
    "region": "Seluruh Malaysia",
    "agency": "Lembaga Hasil Dalam Negeri Malaysia (LHDNM) bagi pihak Kementerian Kewangan Malaysia",
    "source": "https://example.invalid/my/str/panduan-2026",
    "updated": "2026-01-05",
    "service": "Bantuan tunai STR: kelayakan, permohonan, rayuan, tarikh bayaran",
    "lead": "STR ialah bantuan tunai kerajaan kepada isi rumah berpendapatan rendah, warga emas "
            "tanpa pasangan dan individu bujang. Panduan ini merangkumi syarat kelayakan, cara "
            "memohon, rayuan dan jadual bayaran bagi tahun 2026.",
    "sections": [
        ("Mengenai Sumbangan Tunai Rahmah", [
            "STR dibiayai oleh Kementerian Kewangan dan diuruskan oleh Lembaga Hasil Dalam "
            "Negeri Malaysia (LHDNM). Bantuan dibayar secara berperingkat dalam empat fasa "
            "sepanjang tahun. Penerima yang layak pada tahun sebelumnya tidak perlu memohon "
            "semula, tetapi wajib mengemas kini maklumat jika berlaku perubahan.",
            "Bantuan lain seperti bantuan bulanan Jabatan Kebajikan Masyarakat, bantuan zakat "
            "dan bantuan negeri tidak diuruskan melalui saluran STR.",
        ]),
        ("Siapa Yang Layak", [
            ("ul", [
                "Isi rumah: warganegara Malaysia yang berkahwin, dengan pendapatan kasar bulanan "
                "isi rumah tidak melebihi RM5,500.",
                "Warga emas tanpa pasangan: berumur 60 tahun ke atas, dengan pendapatan bulanan "
                "tidak melebihi RM5,500.",
                "Bujang: berumur 21 hingga 59 tahun, tidak berkahwin, dengan pendapatan bulanan "
                "tidak melebihi RM2,700.",
            ]),
            "Pemohon mesti bermastautin di Malaysia. Ibu atau bapa tunggal yang mempunyai anak "
            "tanggungan dikira dalam kategori isi rumah.",
        ]),
        ("Kadar Bantuan 2026", [
            "Jumlah bantuan setahun mengikut kategori penerima:",
            ("ul", [
                "Isi rumah tanpa anak: RM600",
                "Isi rumah dengan 1 hingga 2 orang anak: RM1,100",
                "Isi rumah dengan 3 hingga 4 orang anak: RM1,600",
                "Isi rumah dengan 5 orang anak atau lebih: RM2,200",
                "Warga emas tanpa pasangan: RM650",
                "Bujang: RM450",
            ]),
            "Anak yang dikira ialah anak berumur bawah 18 tahun, atau anak kurang upaya tanpa "
            "had umur.",
        ]),
        ("Dokumen Sokongan", [
            ("ul", [
                "Nombor MyKad pemohon dan pasangan.",
                "Maklumat akaun bank atas nama pemohon sendiri.",
                "Nombor MyKid atau sijil kelahiran anak.",
                "Salinan kad OKU bagi anak kurang upaya berumur 18 tahun ke atas.",
                "Nombor telefon bimbit yang aktif untuk menerima kod pengesahan.",
            ]),
        ]),
        ("Cara Memohon", [
            "Permohonan baharu bagi tahun 2026 dibuka dari 5 Januari hingga 28 Februari 2026.",
            ("ol", [
                "Layari Portal SemakRahmah di https://example.invalid/str dan daftar akaun "
                "menggunakan nombor MyKad.",
                "Isi maklumat isi rumah, pendapatan dan akaun bank.",
                "Muat naik dokumen sokongan dan hantar permohonan.",
                "Simpan nombor rujukan yang dipaparkan di skrin.",
            ]),
            "Pemohon yang tiada akses internet boleh memohon di mana-mana kaunter LHDNM atau "
            "Pusat Khidmat Rakyat yang berhampiran dengan membawa MyKad asal.",
        ]),
        ("Kemas Kini Maklumat", [
            "Penerima sedia ada perlu mengemas kini maklumat seperti status perkahwinan, "
            "bilangan anak, alamat dan akaun bank melalui portal yang sama. Kemas kini yang "
            "dibuat kurang daripada 15 hari sebelum tarikh bayaran sesuatu fasa hanya akan "
            "diambil kira pada fasa berikutnya.",
        ]),
        ("Semakan Status", [
            "Status permohonan boleh disemak di Portal SemakRahmah dengan memasukkan nombor "
            "MyKad. Keputusan permohonan baharu dimaklumkan dalam tempoh 30 hari selepas "
            "tarikh tutup permohonan. Status yang mungkin dipaparkan ialah Lulus, Dalam "
            "Proses, Tidak Lulus atau Maklumat Tidak Lengkap.",
        ]),
        ("Rayuan", [
            "Pemohon yang berstatus Tidak Lulus boleh mengemukakan rayuan dalam tempoh 30 hari "
            "dari tarikh keputusan dipaparkan. Rayuan dibuat melalui menu Rayuan di portal "
            "dengan menyatakan sebab dan memuat naik dokumen sokongan baharu, contohnya slip "
            "gaji terkini atau surat pengesahan pendapatan daripada ketua kampung atau "
            "penghulu.",
            "Keputusan rayuan dimaklumkan dalam tempoh 21 hari bekerja. Rayuan hanya boleh "
            "dibuat sekali bagi setiap tahun bantuan.",
        ]),
        ("Jadual Pembayaran 2026", [
            ("ul", [
                "Fasa 1: mulai 24 Februari 2026",
                "Fasa 2: mulai 12 Mei 2026",
                "Fasa 3: mulai 18 Ogos 2026",
                "Fasa 4: mulai 17 November 2026",
            ]),
            "Bayaran dikreditkan terus ke akaun bank penerima. Kredit ke semua akaun mungkin "
            "mengambil masa sehingga 5 hari bekerja selepas tarikh mula sesuatu fasa.",
        ]),
        ("Jika Bayaran Tidak Diterima", [
            "Jika akaun bank tidak sah atau telah ditutup, bayaran akan disediakan secara "
            "tunai di kaunter Bank Simpanan Nasional (BSN). Penerima perlu menuntut bayaran "
            "tersebut dalam tempoh 90 hari dengan membawa MyKad asal. Bayaran yang tidak "
            "dituntut dalam tempoh itu akan dikembalikan kepada kerajaan.",
        ]),
        ("Pertanyaan dan Aduan", [
            "Talian STR: 03-7713 6600 (Isnin hingga Jumaat, 8.30 pagi hingga 5.00 petang). "
            "E-mel: str@example.invalid. Jangan berkongsi kata laluan portal dengan sesiapa; "
            "pegawai LHDNM tidak akan meminta kata laluan atau kod TAC anda.",
        ]),
    ],
}

DOCS = [JPJ, STR]
