"""The two national documents (JPJ driving licence, KWSP withdrawals).

Blocks: ("p", text), ("ul", [items]), ("ol", [items]), ("table", header, rows),
("faq", [(question, answer), ...]). All figures, addresses, hours and portal names are
invented for the evaluation.
"""

END = "Dokumen penilaian: angka, alamat dan waktu adalah rekaan."
NOTE = ("Dokumen penilaian: semua yuran, kadar, tempoh, waktu, alamat, nombor telefon dan "
        "nama portal adalah rekaan dan bukan maklumat sebenar agensi.")

LESEN = {
    "path": "my/nasional/lesen-memandu.md",
    "format": "md",
    "faq_style": "h3",
    "meta": {
        "title": "Lesen Memandu: LDL, PDL, Pembaharuan CDL dan Lesen Hilang",
        "lang": "ms",
        "country": "MY",
        "region": "Malaysia",
        "agency": "Jabatan Pengangkutan Jalan Malaysia (JPJ)",
        "source": "https://www.jpj.example.invalid/perkhidmatan/lesen-memandu",
        "updated": "2026-02-16",
        "note": NOTE,
    },
    "intro": [
        "Jabatan Pengangkutan Jalan Malaysia (JPJ) mengeluarkan lesen memandu kepada "
        "warganegara dan pemastautin tetap yang layak. Halaman ini menerangkan tiga peringkat "
        "lesen, iaitu Lesen Belajar Memandu (LDL), Lesen Memandu Percubaan (PDL) dan Lesen "
        "Memandu Kompeten (CDL), serta cara mendapatkan lesen gantian jika lesen hilang atau "
        "rosak.",
    ],
    "sections": [
        ("Peringkat Lesen Memandu", [
            ("p", "Setiap pemandu baharu melalui tiga peringkat. LDL membolehkan anda berlatih "
                  "memandu di bawah pengawasan jurulatih berdaftar. Selepas lulus ujian "
                  "memandu, anda menerima PDL. Apabila tempoh percubaan tamat tanpa "
                  "pembatalan, PDL ditukar kepada CDL yang perlu diperbaharui secara berkala."),
        ]),
        ("Kelayakan Pemohon", [
            ("ul", [
                "Warganegara Malaysia atau pemastautin tetap yang memiliki MyKad atau MyPR.",
                "Berumur sekurang-kurangnya 16 tahun untuk motosikal (kelas B2) dan 17 tahun "
                "untuk kereta (kelas D).",
                "Lulus pemeriksaan kesihatan oleh pengamal perubatan berdaftar menggunakan "
                "Borang Perubatan JPJ-K2.",
                "Tidak sedang menjalani hukuman penggantungan atau pembatalan lesen.",
            ]),
        ]),
        ("Lesen Belajar Memandu (LDL)", [
            ("p", "LDL dipohon melalui institut memandu yang berdaftar dengan JPJ. Sebelum LDL "
                  "dikeluarkan, calon mesti menghadiri Kursus Pendidikan Pemandu selama 6 jam "
                  "dan lulus Ujian Teori berkomputer dengan sekurang-kurangnya 42 daripada 50 "
                  "soalan dijawab dengan betul."),
            ("p", "LDL sah selama 6 bulan dan boleh diperbaharui sekali sahaja. Semasa berlatih, "
                  "papan tanda \"L\" wajib dipamerkan di hadapan dan belakang kenderaan, dan "
                  "pelatih tidak boleh membawa penumpang selain jurulatih."),
        ]),
        ("Lesen Memandu Percubaan (PDL)", [
            ("p", "Calon yang lulus ujian memandu di litar dan di jalan raya akan menerima PDL "
                  "dalam masa 1 hari bekerja. PDL sah selama 2 tahun dan papan tanda \"P\" "
                  "wajib dipamerkan sepanjang tempoh itu."),
            ("p", "PDL dibatalkan jika pemegangnya mengumpul 10 mata demerit di bawah sistem "
                  "KEJARA. Pemandu yang PDL-nya dibatalkan perlu memohon semula LDL dan "
                  "mengulangi semua ujian."),
        ]),
        ("Pembaharuan Lesen Memandu Kompeten (CDL)", [
            ("p", "CDL boleh diperbaharui untuk tempoh 1 hingga 5 tahun pada satu-satu masa. "
                  "Pembaharuan boleh dibuat seawal 3 bulan sebelum tarikh tamat tempoh."),
            ("p", "Pemegang CDL berumur 60 tahun ke atas perlu mengemukakan laporan pemeriksaan "
                  "kesihatan setiap kali memperbaharui lesen kelas D dan ke atas."),
            ("p", "Lesen yang telah tamat tempoh lebih daripada 3 tahun tidak boleh diperbaharui "
                  "terus; pemiliknya perlu lulus semula ujian memandu di jalan raya."),
        ]),
        ("Kadar Bayaran", [
            ("table", ["Perkara", "Bayaran"], [
                ["Ujian Teori berkomputer", "RM 15"],
                ["Lesen Belajar Memandu (LDL), setiap kelas", "RM 35"],
                ["Ujian memandu (litar dan jalan raya)", "RM 55"],
                ["Lesen Memandu Percubaan (PDL), 2 tahun", "RM 70"],
                ["Pembaharuan CDL kelas B2 (motosikal), setahun", "RM 25"],
                ["Pembaharuan CDL kelas D (kereta), setahun", "RM 38"],
                ["Lesen gantian (hilang atau rosak)", "RM 22"],
            ]),
            ("p", "Yuran kursus di institut memandu tidak termasuk dalam jadual ini dan "
                  "ditetapkan oleh institut masing-masing."),
        ]),
        ("Lesen Hilang atau Rosak", [
            ("p", "Pemilik lesen yang hilang atau rosak boleh memohon lesen gantian dengan "
                  "membawa MyKad dan mengisi Borang Gantian JPJ-LG3. Laporan polis hanya "
                  "diperlukan jika lesen dicuri atau hilang dalam kejadian jenayah. Lesen "
                  "gantian dicetak serta-merta di kaunter dan tarikh tamat tempohnya kekal "
                  "seperti lesen asal."),
            ("p", "Sementara menunggu kad gantian, lesen digital dalam aplikasi boleh ditunjukkan "
                  "semasa pemeriksaan jalan raya."),
        ]),
        ("Permohonan Dalam Talian", [
            ("p", "Pembaharuan CDL dan lesen gantian boleh dibuat melalui portal dan aplikasi "
                  "eLesenKu di https://elesenku.jpj.example.invalid. Lesen digital dipaparkan "
                  "dalam aplikasi sebaik sahaja bayaran berjaya. Kad fizikal boleh dicetak di "
                  "mana-mana kaunter JPJ dengan caj cetakan RM 5."),
            ("p", "LDL, PDL dan ujian memandu tidak boleh dipohon dalam talian; semuanya diurus "
                  "melalui institut memandu."),
        ]),
        ("Waktu Operasi Kaunter", [
            ("p", "Kaunter JPJ negeri dan cawangan dibuka Isnin hingga Jumaat, 8.00 pagi hingga "
                  "4.30 petang. Di Kedah, Kelantan dan Terengganu, kaunter dibuka Ahad hingga "
                  "Khamis. Nombor giliran terakhir dikeluarkan pada 4.00 petang."),
        ]),
        ("Kesalahan dan Kompaun", [
            ("p", "Memandu tanpa lesen yang sah boleh dikenakan kompaun sehingga RM 300 bagi "
                  "kesalahan pertama. Pemegang LDL yang memandu tanpa jurulatih atau tanpa "
                  "papan tanda \"L\" boleh dikenakan kompaun RM 150, manakala pemegang PDL yang "
                  "tidak mempamerkan papan tanda \"P\" boleh dikenakan kompaun RM 100."),
            ("p", "Perkhidmatan ini tidak termasuk Lesen Memandu Antarabangsa (IDP), lesen "
                  "vokasional seperti GDL dan PSV, serta lesen kenderaan motor (cukai jalan)."),
        ]),
        ("Soalan Lazim", [
            ("faq", [
                ("Bolehkah saya memandu di luar negara dengan PDL?",
                 "Tidak. PDL hanya sah untuk memandu di Malaysia."),
                ("Berapa lama saya perlu menunggu tarikh ujian memandu?",
                 "Tarikh ujian biasanya diberikan dalam tempoh 3 hingga 5 minggu selepas LDL "
                 "dikeluarkan, bergantung kepada institut memandu."),
                ("Saya terlupa memperbaharui CDL selama setahun. Apa perlu dibuat?",
                 "Perbaharui di kaunter atau dalam talian dan bayar bayaran bagi tempoh yang "
                 "tertunggak. Anda tidak perlu mengulangi ujian selagi lesen belum tamat tempoh "
                 "lebih daripada 3 tahun."),
            ]),
        ]),
        ("Hubungi JPJ", [
            ("p", "Talian Khidmat Pelanggan JPJ: 03-8000 6411 (Isnin hingga Jumaat, 8.00 pagi "
                  "hingga 5.00 petang). E-mel: lesen@jpj.example.invalid."),
            ("p", END),
        ]),
    ],
}

KWSP = {
    "path": "my/nasional/pengeluaran-kwsp.docx",
    "format": "docx",
    "meta": {
        "title": "Pengeluaran Simpanan KWSP: Akaun Fleksibel, Umur 55 dan 60, Perumahan dan "
                 "Pendidikan",
        "lang": "ms",
        "country": "MY",
        "region": "Malaysia",
        "agency": "Kumpulan Wang Simpanan Pekerja (KWSP)",
        "source": "https://www.kwsp.example.invalid/ahli/pengeluaran",
        "updated": "2026-03-02",
        "note": NOTE,
    },
    "intro": [
        "Kumpulan Wang Simpanan Pekerja (KWSP) membenarkan ahli mengeluarkan sebahagian atau "
        "keseluruhan simpanan bagi tujuan tertentu. Panduan ini merangkumi pengeluaran daripada "
        "Akaun Fleksibel, pengeluaran apabila mencapai umur 55 dan 60 tahun, pengeluaran "
        "perumahan dan pengeluaran pendidikan.",
    ],
    "sections": [
        ("Akaun Simpanan Ahli", [
            ("p", "Caruman bulanan ahli dibahagikan kepada tiga akaun: Akaun Persaraan, Akaun "
                  "Sejahtera dan Akaun Fleksibel. Akaun Persaraan dikhaskan untuk hari tua dan "
                  "hanya boleh dikeluarkan pada umur 55 tahun. Akaun Sejahtera boleh digunakan "
                  "untuk perumahan, pendidikan dan beberapa tujuan lain. Akaun Fleksibel boleh "
                  "dikeluarkan pada bila-bila masa."),
        ]),
        ("Pengeluaran Akaun Fleksibel", [
            ("p", "Ahli berumur bawah 55 tahun boleh mengeluarkan wang daripada Akaun Fleksibel "
                  "tanpa perlu menyatakan tujuan. Jumlah minimum setiap pengeluaran ialah RM 75 "
                  "dan tiada had bilangan permohonan dalam setahun."),
            ("ul", [
                "Ahli mesti mempunyai akaun bank atas nama sendiri yang telah disahkan dalam "
                "aplikasi i-Simpan.",
                "Permohonan dibuat sendiri melalui aplikasi; permohonan di kaunter hanya untuk "
                "ahli yang tiada telefon pintar.",
            ]),
            ("p", "Wang dikreditkan ke akaun bank dalam tempoh 3 hari bekerja."),
        ]),
        ("Pengeluaran Umur 55 Tahun", [
            ("p", "Apabila mencapai umur 55 tahun, ahli boleh mengeluarkan simpanan Akaun "
                  "Persaraan dan Akaun Sejahtera secara penuh atau sebahagian. Ahli juga boleh "
                  "memilih pengeluaran bulanan berjadual dengan jumlah minimum RM 300 sebulan."),
            ("p", "Dokumen yang diperlukan:"),
            ("ul", [
                "MyKad asal",
                "Penyata akaun bank atau halaman pertama buku bank",
                "Borang Pengeluaran Umur KWSP-U55 (bagi permohonan di kaunter)",
            ]),
        ]),
        ("Pengeluaran Umur 60 Tahun", [
            ("p", "Ahli yang masih bekerja selepas umur 55 tahun terus menerima caruman. Pada "
                  "umur 60 tahun, ahli boleh mengeluarkan semua simpanan termasuk caruman "
                  "selepas umur 55 tahun, sama ada sekali gus atau sebahagian. Permohonan boleh "
                  "dibuat berulang kali jika masih ada caruman baharu. Ahli yang memohon dalam "
                  "talian tidak perlu menghantar dokumen tambahan jika akaun bank telah "
                  "disahkan."),
        ]),
        ("Pengeluaran Perumahan", [
            ("p", "Simpanan Akaun Sejahtera boleh digunakan untuk membeli atau membina rumah, "
                  "mengurangkan atau menjelaskan baki pinjaman perumahan. Rumah mestilah rumah "
                  "kediaman di Malaysia yang dimiliki oleh ahli sendiri atau bersama pasangan."),
            ("p", "Dokumen yang diperlukan:"),
            ("ul", [
                "Salinan Perjanjian Jual Beli atau perjanjian pembinaan",
                "Surat tawaran pinjaman perumahan daripada bank",
                "Penyata baki pinjaman terkini (bagi mengurangkan pinjaman)",
                "Borang Pengeluaran Perumahan KWSP-R12",
            ]),
            ("p", "Pengeluaran untuk rumah kedua hanya dibenarkan selepas rumah pertama dijual "
                  "atau dipindah milik."),
        ]),
        ("Pengeluaran Pendidikan", [
            ("p", "Ahli boleh mengeluarkan simpanan Akaun Sejahtera untuk membiayai yuran "
                  "pengajian diri sendiri, pasangan atau anak di institusi pengajian tinggi yang "
                  "diiktiraf, bagi peringkat diploma hingga ijazah kedoktoran. Yuran dibayar "
                  "terus kepada institusi."),
            ("p", "Dokumen yang diperlukan:"),
            ("ul", [
                "Surat tawaran kemasukan daripada institusi",
                "Penyata anggaran yuran pengajian bagi satu semester atau satu tahun",
                "Sijil kelahiran anak atau sijil nikah (jika untuk anak atau pasangan)",
                "Borang Pengeluaran Pendidikan KWSP-P7",
            ]),
            ("p", "Permohonan perlu dibuat dalam tempoh 6 bulan dari tarikh pendaftaran masuk."),
        ]),
        ("Ringkasan Tempoh Pemprosesan", [
            ("table", ["Jenis Pengeluaran", "Akaun", "Tempoh Pemprosesan"], [
                ["Akaun Fleksibel", "Fleksibel", "3 hari bekerja"],
                ["Umur 55 tahun", "Persaraan dan Sejahtera", "5 hari bekerja"],
                ["Umur 60 tahun", "Semua akaun", "5 hari bekerja"],
                ["Perumahan", "Sejahtera", "14 hari bekerja"],
                ["Pendidikan", "Sejahtera", "10 hari bekerja"],
            ]),
            ("p", "Tempoh dikira dari tarikh dokumen lengkap diterima."),
        ]),
        ("Cara Memohon", [
            ("ol", [
                "Log masuk ke aplikasi i-Simpan atau portal https://isimpan.kwsp.example.invalid.",
                "Pilih menu \"Pengeluaran\" dan jenis pengeluaran.",
                "Muat naik dokumen dalam format PDF atau JPG, maksimum 5 MB setiap fail.",
                "Sahkan permohonan dengan kod TAC yang dihantar ke telefon bimbit.",
                "Semak status dalam menu \"Sejarah Permohonan\".",
            ]),
            ("p", "Ahli yang ingin hadir ke kaunter perlu membuat temu janji melalui sistem "
                  "TemuJanji KWSP sekurang-kurangnya 2 hari lebih awal."),
        ]),
        ("Perkara Yang Tidak Diliputi", [
            ("p", "Panduan ini tidak termasuk pengeluaran kesihatan, pengeluaran hilang upaya, "
                  "pengeluaran kematian dan pengeluaran kerana meninggalkan negara. Caruman "
                  "majikan dan pendaftaran ahli baharu juga tidak diliputi di sini."),
        ]),
        ("Soalan Yang Sering Ditanya", [
            ("faq", [
                ("Bolehkah saya mengeluarkan Akaun Fleksibel untuk membayar hutang kad kredit?",
                 "Boleh. Pengeluaran Akaun Fleksibel tidak memerlukan sebarang tujuan."),
                ("Permohonan saya ditolak. Bolehkah saya memohon semula?",
                 "Boleh. Betulkan dokumen mengikut sebab penolakan dalam notifikasi dan hantar "
                 "semula permohonan. Tiada tempoh menunggu."),
                ("Bolehkah wang pengeluaran pendidikan dimasukkan ke akaun saya?",
                 "Yuran dibayar terus kepada institusi. Hanya elaun sara hidup pelajar, "
                 "maksimum RM 2,000 setahun, dikreditkan ke akaun ahli."),
            ]),
        ]),
        ("Hubungi KWSP", [
            ("p", "Pusat Panggilan KWSP: 03-8922 4170, Isnin hingga Jumaat, 8.30 pagi hingga "
                  "5.30 petang. Kaunter cawangan dibuka Isnin hingga Jumaat, 8.30 pagi hingga "
                  "4.30 petang. E-mel: pengeluaran@kwsp.example.invalid."),
            ("p", END),
        ]),
    ],
}

DOCS = [LESEN, KWSP]
