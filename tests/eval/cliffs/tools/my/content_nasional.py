"""Content of the two national documents (Jabatan Imigresen Malaysia, JPN).

Block kinds: ("p", text), ("ul", [items]), ("table", [header], [[row], ...]),
("faq", [(question, answer), ...]). Every figure, address, hour, phone number and portal
name is invented for the evaluation.
"""

PASPORT = {
    "path": "nasional/pasport-antarabangsa.md",
    "fmt": "md",
    "fields": {
        "title": "Pasport Antarabangsa Malaysia: Permohonan Baharu, Pembaharuan dan Penggantian",
        "region": "Malaysia",
        "agency": "Jabatan Imigresen Malaysia",
        "source": "https://www.imi.example.invalid/perkhidmatan/pasport",
        "updated": "2026-02-09",
    },
    "sections": [
        ("Mengenai Perkhidmatan Ini", [
            ("p", "Pasport Antarabangsa Malaysia ialah dokumen perjalanan yang dikeluarkan oleh "
                  "Jabatan Imigresen Malaysia kepada warganegara untuk ke luar negara. Pasport "
                  "biasa sah selama lima tahun dari tarikh dikeluarkan. Halaman ini menerangkan "
                  "permohonan pasport kali pertama, pembaharuan dalam talian dan di kiosk, "
                  "penggantian pasport yang hilang atau rosak, serta pasport untuk kanak-kanak."),
            ("p", "Perkhidmatan ini tidak termasuk permohonan visa ke negara lain, Dokumen "
                  "Perjalanan Sementara, Pas Lintas Sempadan, serta pas dan permit untuk warga "
                  "asing."),
        ]),
        ("Siapa Boleh Memohon", [
            ("ul", [
                "Warganegara Malaysia yang memiliki MyKad atau MyKid yang sah.",
                "Pemohon berumur 18 tahun ke atas memohon sendiri dan mesti hadir.",
                "Pemohon di bawah 18 tahun memohon melalui ibu, bapa atau penjaga yang sah.",
                "Pemohon yang tidak tersenarai dalam senarai sekatan perjalanan mana-mana "
                "agensi kerajaan.",
            ]),
        ]),
        ("Dokumen yang Diperlukan", [
            ("ul", [
                "MyKad asal bagi pemohon dewasa.",
                "Sijil kelahiran asal dan MyKid bagi kanak-kanak.",
                "Pasport lama, jika pernah memiliki pasport.",
                "Gambar berwarna diambil terus di kaunter; gambar dari kedai tidak diterima.",
            ]),
        ]),
        ("Permohonan Pasport Kali Pertama", [
            ("p", "Permohonan pertama mesti dibuat sendiri di pejabat imigresen kerana cap jari "
                  "dan gambar perlu diambil."),
            ("ul", [
                "Buat temujanji melalui portal PasportKu, atau datang tanpa temujanji sebelum "
                "pukul 3.00 petang.",
                "Ambil nombor giliran dan serahkan dokumen kepada pegawai.",
                "Cap jari dan gambar diambil di kaunter.",
                "Buat bayaran secara tunai, kad debit atau kad kredit.",
            ]),
        ]),
        ("Pembaharuan Dalam Talian dan di Kiosk", [
            ("p", "Pemohon berumur 18 hingga 64 tahun yang pasportnya masih sah, atau tamat "
                  "tempoh tidak lebih daripada 12 bulan, boleh memperbaharui pasport tanpa "
                  "beratur di kaunter."),
            ("ul", [
                "Dalam talian: log masuk portal PasportKu, semak butiran, muat naik gambar "
                "mengikut spesifikasi dan bayar melalui FPX atau kad. Pasport boleh diambil "
                "di pejabat pilihan selepas 3 hari bekerja. Bawa pasport lama dan MyKad "
                "semasa mengambilnya.",
                "Kiosk: Kiosk Pasport Segera disediakan di pejabat imigresen terpilih dan di "
                "UTC. Masukkan MyKad, imbas cap jari, ambil gambar dan bayar dengan kad. "
                "Pasport dicetak dalam masa lebih kurang 1 jam.",
            ]),
            ("p", "Pembaharuan dalam talian dan di kiosk tidak boleh digunakan bagi pasport "
                  "yang hilang, rosak atau yang butiran pemegangnya telah berubah."),
        ]),
        ("Kadar Bayaran", [
            ("table", ["Kategori pemohon", "Fi pasport (5 tahun)"], [
                ["Dewasa 18 hingga 59 tahun", "RM210"],
                ["Warga emas 60 tahun ke atas", "RM105"],
                ["Kanak-kanak di bawah 13 tahun", "RM105"],
                ["Pelajar sepenuh masa hingga 21 tahun", "RM105"],
                ["Jemaah haji (dengan surat Tabung Haji)", "RM105"],
                ["Orang kurang upaya (kad OKU)", "Percuma"],
            ]),
        ]),
        ("Pasport Hilang atau Rosak", [
            ("p", "Pasport yang hilang mesti dilaporkan kepada polis terlebih dahulu. Bawa "
                  "laporan polis, MyKad dan Borang Akuan Kehilangan IMM.87 yang telah diisi ke "
                  "pejabat imigresen. Jika hilang di luar negara, laporkan kepada Kedutaan atau "
                  "Pesuruhjaya Tinggi Malaysia yang terdekat."),
            ("p", "Caj penggantian dikenakan di atas fi pasport biasa:"),
            ("ul", [
                "Hilang kali pertama: RM310",
                "Hilang kali kedua: RM810",
                "Hilang kali ketiga dan seterusnya: RM1,210, tertakluk kepada siasatan",
                "Rosak kerana kecuaian (terkena air, halaman koyak): RM160",
            ]),
            ("p", "Setiap penggantian disiasat terlebih dahulu dan mengambil masa sehingga 14 "
                  "hari bekerja."),
        ]),
        ("Pasport untuk Kanak-kanak", [
            ("p", "Setiap kanak-kanak, termasuk bayi, memerlukan pasport sendiri. Kanak-kanak "
                  "mesti hadir bersama ibu atau bapa untuk diambil gambar. Bawa sijil kelahiran "
                  "asal, MyKid, serta MyKad ibu dan bapa."),
            ("p", "Jika ibu atau bapa tidak dapat hadir, pihak yang hadir mesti membawa Borang "
                  "Kebenaran Penjaga IMM.114 yang ditandatangani oleh ibu atau bapa yang tidak "
                  "hadir, berserta salinan MyKadnya. Penjaga sah membawa perintah mahkamah atau "
                  "surat pengangkatan."),
        ]),
        ("Tempoh Proses dan Waktu Operasi", [
            ("ul", [
                "Permohonan baharu dan pembaharuan di kaunter: siap pada hari yang sama, "
                "biasanya dalam masa 2 jam.",
                "Pembaharuan dalam talian: 3 hari bekerja.",
                "Penggantian pasport hilang atau rosak: sehingga 14 hari bekerja.",
            ]),
            ("p", "Pejabat imigresen negeri dibuka Isnin hingga Jumaat, 7.30 pagi hingga 5.30 "
                  "petang. Di Kedah, Kelantan dan Terengganu, pejabat dibuka Ahad hingga Khamis. "
                  "Kaunter pasport di UTC dibuka setiap hari hingga 9.00 malam."),
        ]),
        ("Soalan Lazim", [
            ("faq", [
                ("Bolehkah saya memperbaharui pasport bagi pihak ahli keluarga?",
                 "Boleh bagi warga emas, OKU dan kanak-kanak sahaja, dengan dokumen asal "
                 "mereka dan surat wakil. Orang dewasa lain mesti hadir sendiri atau "
                 "memperbaharui dalam talian."),
                ("Pasport saya tamat tempoh lebih dua tahun. Boleh buat di kiosk?",
                 "Tidak. Pasport yang tamat tempoh lebih 12 bulan mesti diperbaharui di "
                 "kaunter."),
                ("Pasport yang saya laporkan hilang sudah dijumpai. Boleh digunakan semula?",
                 "Tidak. Pasport yang dilaporkan hilang telah dibatalkan. Serahkan kepada "
                 "mana-mana pejabat imigresen."),
                ("Berapa lama tempoh sah pasport diperlukan untuk ke luar negara?",
                 "Kebanyakan negara mensyaratkan pasport sah sekurang-kurangnya 6 bulan dari "
                 "tarikh masuk."),
            ]),
        ]),
        ("Hubungi Kami", [
            ("p", "Pusat Panggilan Imigresen: 03-8880 7412 (Isnin hingga Jumaat, 8.00 pagi "
                  "hingga 5.00 petang). E-mel: pasport@imi.example.invalid. Portal PasportKu: "
                  "https://pasportku.imi.example.invalid"),
        ]),
    ],
}

MYKAD = {
    "path": "nasional/mykad.md",
    "fmt": "md",
    "fields": {
        "title": "MyKad: Permohonan pada Umur 12 Tahun, Penggantian dan Tukar Alamat",
        "region": "Malaysia",
        "agency": "Jabatan Pendaftaran Negara",
        "source": "https://www.jpn.example.invalid/kad-pengenalan/mykad",
        "updated": "2026-01-20",
    },
    "sections": [
        ("Pengenalan", [
            ("p", "MyKad ialah kad pengenalan pintar yang wajib dimiliki oleh setiap "
                  "warganegara Malaysia berumur 12 tahun ke atas. Kad ini dikeluarkan oleh "
                  "Jabatan Pendaftaran Negara (JPN) dan mesti dibawa setiap masa. Halaman ini "
                  "menerangkan permohonan kali pertama, penggantian kad yang hilang atau rosak, "
                  "pertukaran alamat, serta fi dan kompaun yang berkaitan."),
            ("p", "Perkhidmatan ini tidak termasuk pendaftaran kelahiran dan kematian, "
                  "pendaftaran perkahwinan bukan Islam, permohonan kewarganegaraan dan MyPR "
                  "bagi penduduk tetap."),
        ]),
        ("Permohonan Kali Pertama pada Umur 12 Tahun", [
            ("p", "Kanak-kanak wajib memohon MyKad dalam tempoh setahun selepas mencapai umur "
                  "12 tahun, iaitu sebelum hari jadi ke-13. Permohonan dalam tempoh ini "
                  "adalah percuma. Kanak-kanak mesti hadir bersama ibu, bapa atau penjaga "
                  "kerana cap jari dan gambar diambil di kaunter."),
            ("p", "MyKad siap dalam tempoh 10 hari bekerja. Pemohon akan menerima Slip "
                  "Pengambilan KP-12A dan mesti mengambil kad sendiri di pejabat yang sama."),
        ]),
        ("Syarat dan Dokumen Sokongan", [
            ("ul", [
                "Sijil kelahiran asal kanak-kanak.",
                "MyKid, jika ada.",
                "MyKad ibu atau bapa yang hadir bersama.",
                "Bagi anak angkat: sijil pengangkatan atau perintah mahkamah.",
                "Bagi penggantian: dokumen pengenalan lain seperti pasport atau lesen memandu, "
                "jika ada.",
            ]),
        ]),
        ("MyKad Hilang", [
            ("p", "Laporan polis tidak lagi diperlukan bagi MyKad yang hilang. Pemohon hadir "
                  "sendiri ke pejabat JPN, mengisi Borang Akuan Kehilangan JPN.KP-H1 di "
                  "kaunter dan membayar fi penggantian mengikut berapa kali kad telah hilang. "
                  "Cap jari pemohon akan disahkan dengan rekod JPN."),
            ("p", "MyKad gantian siap dalam tempoh 5 hari bekerja. Sementara menunggu, "
                  "pemohon diberi Resit Akuan Sementara yang sah untuk urusan rasmi."),
        ]),
        ("MyKad Rosak", [
            ("p", "Kad yang retak, patah, pudar atau cipnya tidak dapat dibaca perlu diganti. "
                  "Jika kerosakan berpunca daripada kecuaian pemilik, fi RM12 dikenakan. Jika "
                  "cip rosak dengan sendirinya dalam tempoh 5 tahun dari tarikh dikeluarkan, "
                  "penggantian adalah percuma selepas kad diperiksa oleh pegawai."),
        ]),
        ("Jadual Fi dan Kompaun", [
            ("table", ["Urusan", "Fi atau kompaun"], [
                ["MyKad pertama (dalam tempoh)", "Percuma"],
                ["Lewat memohon MyKad pertama", "Kompaun RM25"],
                ["Ganti hilang kali pertama", "RM15"],
                ["Ganti hilang kali kedua", "RM120"],
                ["Ganti hilang kali ketiga", "RM320"],
                ["Ganti hilang kali keempat dan seterusnya", "RM1,050"],
                ["Ganti rosak kerana kecuaian", "RM12"],
                ["Tukar alamat dalam tempoh 45 hari", "Percuma"],
                ["Lewat tukar alamat", "Kompaun RM40"],
            ]),
            ("p", "Warga emas berumur 60 tahun ke atas mendapat potongan 50% bagi fi ganti "
                  "hilang. Kompaun dibayar di kaunter pada hari permohonan dibuat."),
        ]),
        ("Tukar Alamat", [
            ("p", "Pemilik MyKad yang berpindah rumah wajib mengemas kini alamat dalam tempoh "
                  "45 hari dari tarikh berpindah. Bawa bukti alamat baharu seperti bil utiliti "
                  "atau perjanjian sewa."),
            ("ul", [
                "Di Kiosk JPN Swalayan: alamat dikemas kini dalam cip sahaja, tanpa bayaran.",
                "Di kaunter: alamat baharu dicetak di muka kad dengan bayaran RM10.",
            ]),
        ]),
        ("Saluran Dalam Talian", [
            ("p", "Portal JPN-Mudah (https://mudah.jpn.example.invalid) boleh digunakan untuk "
                  "membuat temujanji, menyemak status MyKad dan mencari kiosk terdekat. "
                  "Permohonan kad tidak boleh dibuat dalam talian kerana cap jari perlu "
                  "diambil."),
        ]),
        ("Tempat dan Waktu Urusan", [
            ("p", "Urusan MyKad boleh dibuat di semua pejabat JPN negeri dan cawangan serta di "
                  "kaunter JPN di UTC. Pejabat dibuka Isnin hingga Jumaat, 8.00 pagi hingga "
                  "5.00 petang; nombor giliran ditutup pada pukul 4.00 petang. Kaunter di UTC "
                  "turut dibuka pada hari Sabtu, 8.30 pagi hingga 1.00 tengah hari."),
        ]),
        ("Soalan Lazim", [
            ("faq", [
                ("Anak saya sudah 13 tahun tetapi belum membuat MyKad. Apa yang perlu dibuat?",
                 "Bawa anak ke pejabat JPN secepat mungkin. Kompaun lewat dikenakan dan "
                 "permohonan diproses seperti biasa."),
                ("Bolehkah orang lain mengambil MyKad saya?",
                 "Tidak. MyKad mesti diambil sendiri kerana cap jari disahkan semasa "
                 "penyerahan. Bagi OKU terlantar, pegawai JPN boleh membuat lawatan ke rumah."),
                ("Saya jumpa semula MyKad lama selepas membuat yang baharu.",
                 "Kad lama telah dibatalkan. Serahkan kepada mana-mana pejabat JPN dalam "
                 "tempoh 14 hari."),
            ]),
        ]),
        ("Talian Bantuan JPN", [
            ("p", "Talian Pertanyaan JPN: 03-8886 2740 (Isnin hingga Jumaat, 8.00 pagi hingga "
                  "5.00 petang). E-mel: mykad@jpn.example.invalid."),
        ]),
    ],
}

DOCS = [PASPORT, MYKAD]
