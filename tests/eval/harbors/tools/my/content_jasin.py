"""Jasin, Melaka: Majlis Perbandaran Jasin (4 documents)."""

from content_nasional import LAST

REGION = "Jasin, Melaka"
AGENCY = "Majlis Perbandaran Jasin"

CUKAI = {
    "path": "my/jasin/cukai-taksiran.md",
    "fmt": "md",
    "title": "Cukai Taksiran Pegangan Majlis Perbandaran Jasin",
    "region": REGION,
    "agency": AGENCY,
    "source": "https://example.invalid/mpjasin/cukai-taksiran",
    "updated": "2026-01-12",
    "service": "Cukai taksiran (kadar, bayaran, denda)",
    "sections": [
        ("Apa itu cukai taksiran", [
            "Cukai taksiran ialah cukai tahunan yang dikenakan oleh Majlis Perbandaran Jasin (MPJ) "
            "ke atas setiap pegangan, iaitu rumah, kedai, bangunan atau tanah, di dalam kawasan "
            "pentadbiran majlis. Hasil cukai ini digunakan untuk perkhidmatan perbandaran seperti "
            "lampu jalan, penyelenggaraan longkang, taman awam dan pembersihan kawasan.",
        ]),
        ("Siapa yang wajib membayar", [
            "Cukai taksiran dibayar oleh pemilik berdaftar pegangan. Walaupun rumah disewakan, "
            "pemilik tetap bertanggungjawab ke atas cukai kecuali terdapat perjanjian bertulis "
            "dengan penyewa. Pegangan yang dimiliki bersama dikenakan satu bil sahaja atas nama "
            "pemilik pertama dalam rekod majlis.",
            "Bil cukai dihantar melalui pos ke alamat surat-menyurat yang didaftarkan pada bulan "
            "Januari setiap tahun. Pemilik juga boleh memilih untuk menerima bil melalui e-mel "
            "dengan mendaftar di portal eBayar Jasin.",
        ]),
        ("Kadar cukai mengikut jenis pegangan", [
            "Cukai dikira berdasarkan nilai tahunan pegangan, iaitu anggaran sewa setahun yang "
            "ditentukan oleh Jabatan Penilaian dan Pengurusan Harta MPJ.",
            {"table": [
                ["Jenis pegangan", "Kadar setahun", "Cukai minimum setahun"],
                ["Kediaman (rumah teres, berkembar, banglo)", "5% daripada nilai tahunan", "RM40"],
                ["Rumah kampung dalam kawasan majlis", "2.5% daripada nilai tahunan", "RM25"],
                ["Kedai dan premis perniagaan", "9% daripada nilai tahunan", "RM120"],
                ["Kilang dan industri", "8.5% daripada nilai tahunan", "RM300"],
                ["Tanah kosong", "3% daripada nilai tahunan", "RM30"],
            ]},
        ]),
        ("Bila perlu bayar", [
            "Cukai dibayar dalam dua penggal setahun. Bayaran Penggal Pertama mesti dijelaskan "
            "sebelum atau pada 28 Februari, manakala Penggal Kedua sebelum atau pada 31 Ogos. "
            "Pemilik boleh membayar jumlah setahun sekali gus pada Penggal Pertama.",
        ]),
        ("Cara pembayaran", [
            [
                "Kaunter Jabatan Hasil MPJ dengan tunai, kad debit atau cek atas nama Majlis "
                "Perbandaran Jasin.",
                "Portal eBayar Jasin di https://example.invalid/ebayar-jasin menggunakan FPX atau "
                "kad kredit.",
                "Kaunter bergerak MPJ di Merlimau dan Bemban pada Sabtu pertama bulan Februari dan "
                "Ogos.",
                "Pindahan bank dengan menyatakan nombor akaun cukai sebagai rujukan.",
            ],
            "Simpan resit sebagai bukti. Resit dalam talian boleh dicetak semula dari portal.",
        ]),
        ("Rebat dan pengecualian", [
            "Rebat RM30 diberikan kepada pemilik kediaman yang menjelaskan cukai setahun penuh "
            "sebelum 31 Januari. Warga emas berumur 65 tahun ke atas yang memiliki satu rumah "
            "kediaman sahaja boleh memohon rebat tambahan 15% dengan mengemukakan salinan MyKad. "
            "Rumah ibadat dan tanah perkuburan dikecualikan sepenuhnya daripada cukai taksiran.",
        ]),
        ("Denda lewat bayar dan notis", [
            "Cukai yang tidak dijelaskan selepas tarikh akhir penggal dianggap tunggakan.",
            [
                "Notis tuntutan (Notis A) dihantar dengan caj notis RM15.",
                "Jika masih tidak dibayar dalam 30 hari selepas Notis A, Notis E dikeluarkan dengan "
                "caj RM50.",
                "Selepas Notis E, majlis boleh mengeluarkan waran tahanan ke atas harta alih di "
                "dalam pegangan, dan kos tindakan ditanggung oleh pemilik.",
            ],
        ]),
        ("Pertukaran nama pemilik", [
            "Pemilik baharu mesti memaklumkan pertukaran hak milik kepada MPJ dalam tempoh 3 bulan "
            "selepas urusan pindah milik dengan mengisi Borang PM-3 dan melampirkan salinan geran "
            "atau perjanjian jual beli. Pemilik lama masih dianggap bertanggungjawab sehingga "
            "borang ini diterima. Tiada bayaran dikenakan untuk pertukaran nama.",
        ]),
        ("Kaunter dan waktu urusan", [
            "Kaunter Jabatan Hasil, Aras 1, Wisma Perbandaran Jasin, Jalan Besar Jasin, 77000 "
            "Jasin, Melaka.",
            [
                "Isnin hingga Khamis: 8.00 pagi hingga 5.00 petang",
                "Jumaat: 8.00 pagi hingga 12.15 tengah hari dan 2.45 petang hingga 5.00 petang",
                "Sabtu, Ahad dan cuti umum: tutup",
            ],
        ]),
        ("Soalan yang kerap ditanya", [
            ("faq", [
                ("Saya tidak menerima bil. Adakah saya masih perlu membayar?",
                 "Ya. Tidak menerima bil bukan alasan untuk tidak membayar. Semak jumlah cukai di "
                 "portal eBayar Jasin menggunakan nombor akaun atau nombor MyKad."),
                ("Bolehkah saya membayar secara ansuran?",
                 "Pemilik yang mempunyai tunggakan boleh memohon bayaran ansuran sehingga 6 bulan "
                 "dengan menandatangani surat aku janji di kaunter Jabatan Hasil."),
                ("Bagaimana jika saya tidak bersetuju dengan nilai tahunan?",
                 "Bantahan boleh dibuat secara bertulis dalam tempoh 21 hari selepas notis "
                 "penilaian semula diterbitkan."),
            ]),
        ]),
        ("Hubungi Jabatan Hasil", [
            [
                "Telefon: 06-529 4410",
                "WhatsApp aduan bil: 011-2640 3318",
                "E-mel: hasil@mpjasin.example.invalid",
            ],
            LAST,
        ]),
    ],
}

GERAI = {
    "path": "my/jasin/sewa-gerai-pasar.md",
    "fmt": "md",
    "title": "Sewaan Gerai dan Petak Niaga di Pasar Awam Jasin",
    "region": REGION,
    "agency": AGENCY,
    "source": "https://example.invalid/mpjasin/sewa-gerai-pasar",
    "updated": "2026-02-03",
    "service": "Sewa gerai pasar awam dan petak pasar malam",
    "sections": [
        ("Pengenalan", [
            "Majlis Perbandaran Jasin menyewakan gerai dan petak niaga di pasar awam milik majlis "
            "kepada peniaga tempatan. Gerai disewakan secara bulanan, manakala petak pasar malam "
            "dan pasar tani disewakan mengikut malam atau hari berniaga. Halaman ini menerangkan "
            "syarat, kadar sewa dan cara memohon.",
            "Pasar awam majlis dibuka untuk orang ramai setiap hari. Penyewa bertanggungjawab "
            "memastikan gerai sentiasa bersih, tidak meletakkan barang di laluan pejalan kaki dan "
            "mematuhi arahan pegawai kesihatan semasa pemeriksaan berkala.",
        ]),
        ("Lokasi pasar di bawah majlis", [
            [
                "Pasar Awam Jasin, Jalan Besar Jasin: 64 gerai basah dan 38 gerai kering.",
                "Pasar Awam Merlimau: 42 gerai basah dan 20 gerai kering.",
                "Pasar Awam Bemban: 24 gerai campuran.",
                "Tapak pasar malam Jasin (Rabu) dan Merlimau (Sabtu).",
            ],
        ]),
        ("Siapa boleh memohon", [
            [
                "Warganegara Malaysia berumur 18 tahun ke atas.",
                "Diutamakan penduduk yang menetap di daerah Jasin sekurang-kurangnya 2 tahun.",
                "Tidak mempunyai tunggakan sewa atau kompaun dengan majlis.",
                "Seorang pemohon hanya dibenarkan menyewa satu gerai di setiap pasar.",
            ],
        ]),
        ("Dokumen yang diperlukan", [
            [
                "Borang Permohonan Gerai GP-1 yang lengkap diisi.",
                "Salinan MyKad pemohon.",
                "Dua keping gambar berukuran pasport.",
                "Sijil suntikan anti-tifoid dan sijil Kursus Pengendali Makanan bagi gerai makanan.",
                "Surat pengesahan pemastautin daripada Ketua Kampung atau JKKK bagi penduduk kampung.",
            ],
        ]),
        ("Kadar sewa dan deposit", [
            "Gerai basah di Pasar Awam Jasin dikenakan sewa RM85 sebulan, manakala gerai kering "
            "RM60 sebulan. Gerai di Pasar Awam Merlimau dan Bemban dikenakan RM70 sebulan bagi gerai "
            "basah dan RM50 sebulan bagi gerai kering. Petak pasar malam dikenakan RM5 semalam. Sewa "
            "gerai sudah termasuk caj pembersihan, tetapi bil elektrik dan air dibayar sendiri "
            "mengikut meter.",
            "Penyewa gerai bulanan perlu membayar deposit bersamaan 3 bulan sewa semasa "
            "menandatangani perjanjian. Deposit dikembalikan apabila gerai diserahkan semula dalam "
            "keadaan baik dan tiada tunggakan.",
        ]),
        ("Langkah memohon", [
            [
                "Dapatkan borang GP-1 di kaunter Jabatan Pelesenan atau muat turun dari portal MPJ.",
                "Hantar borang bersama dokumen ke kaunter atau e-mel ke gerai@mpjasin.example.invalid.",
                "Pemohon yang layak akan dipanggil untuk sesi temu duga.",
                "Keputusan dimaklumkan melalui surat dan SMS.",
                "Pemohon berjaya menandatangani perjanjian sewaan dan membayar deposit dalam 14 hari.",
            ],
        ]),
        ("Tempoh keputusan", [
            "Permohonan dibawa ke Mesyuarat Jawatankuasa Pasar yang bersidang setiap dua bulan. "
            "Keputusan dimaklumkan dalam tempoh 30 hari selepas mesyuarat. Permohonan petak pasar "
            "malam diproses lebih cepat, iaitu dalam 7 hari bekerja, tertakluk kepada petak kosong.",
        ]),
        ("Sewa tertunggak dan tindakan", [
            "Sewa perlu dibayar sebelum hari ke-7 setiap bulan. Caj lewat RM10 dikenakan bagi setiap "
            "bulan sewa yang lewat dibayar. Penyewa yang tertunggak sewa selama 3 bulan akan "
            "menerima notis amaran, dan jika tunggakan tidak dijelaskan dalam 14 hari selepas notis, "
            "perjanjian sewaan akan ditamatkan dan gerai diambil semula oleh majlis.",
        ]),
        ("Pindah milik dan penyerahan gerai", [
            "Gerai tidak boleh disewakan semula atau dipindahkan kepada orang lain. Penyewa yang "
            "ingin berhenti perlu memberi notis bertulis sekurang-kurangnya 30 hari. Jika penyewa "
            "meninggal dunia, pasangan atau anak boleh memohon untuk meneruskan sewaan dalam tempoh "
            "60 hari.",
        ]),
        ("Waktu pejabat dan pertanyaan", [
            "Jabatan Pelesenan dan Pasar, Aras Bawah, Wisma Perbandaran Jasin, Jalan Besar Jasin, "
            "77000 Jasin, Melaka. Dibuka Isnin hingga Khamis 8.00 pagi hingga 5.00 petang, Jumaat "
            "8.00 pagi hingga 12.15 tengah hari dan 2.45 petang hingga 5.00 petang.",
            "Telefon: 06-529 4425. E-mel: gerai@mpjasin.example.invalid.",
        ]),
        ("Soalan lazim", [
            ("faq", [
                ("Bolehkah saya berniaga di gerai pada hari Ahad?",
                 "Boleh. Pasar Awam Jasin dibuka setiap hari dari 6.00 pagi hingga 2.00 petang, "
                 "kecuali pada hari Isnin pertama setiap bulan untuk cuci besar."),
                ("Bolehkah saya mengupah pekerja asing di gerai?",
                 "Tidak. Hanya penyewa dan ahli keluarga warganegara Malaysia dibenarkan berniaga "
                 "di gerai majlis."),
            ]),
            LAST,
        ]),
    ],
}

PENJAJA = {
    "path": "my/jasin/lesen-penjaja.pdf",
    "fmt": "pdf",
    "title": "Lesen Penjaja dan Perniagaan Kecil Majlis Perbandaran Jasin",
    "region": REGION,
    "agency": AGENCY,
    "source": "https://example.invalid/mpjasin/lesen-penjaja",
    "updated": "2026-01-26",
    "service": "Lesen penjaja (statik, bergerak, pasar malam, sementara)",
    "sections": [
        ("Tentang lesen penjaja", [
            "Setiap individu yang menjaja atau menjual barangan dan makanan di tempat awam dalam "
            "kawasan Majlis Perbandaran Jasin wajib memiliki lesen penjaja yang sah. Lesen ini "
            "memastikan perniagaan kecil dijalankan di lokasi yang dibenarkan, bersih dan tidak "
            "mengganggu lalu lintas atau orang awam.",
        ]),
        ("Jenis lesen yang ditawarkan", [
            [
                "Lesen Penjaja Statik: berniaga di tapak tetap yang diluluskan majlis, contohnya "
                "kiosk atau payung di tepi jalan.",
                "Lesen Penjaja Bergerak: berniaga menggunakan motosikal, van atau kenderaan "
                "bergerak dari satu tempat ke satu tempat.",
                "Lesen Pasar Malam dan Pasar Tani: berniaga di tapak pasar yang ditetapkan.",
                "Lesen Sementara: untuk jualan musim perayaan, karnival atau bazar Ramadan.",
            ],
        ]),
        ("Syarat kelayakan", [
            [
                "Warganegara Malaysia berumur 18 tahun ke atas.",
                "Menetap atau berniaga di dalam kawasan pentadbiran Majlis Perbandaran Jasin.",
                "Bagi penjual makanan, telah menerima suntikan anti-tifoid dan menghadiri Kursus "
                "Pengendali Makanan.",
                "Tidak mempunyai kompaun yang belum dijelaskan dengan majlis.",
            ],
        ]),
        ("Dokumen yang perlu disediakan", [
            [
                "Borang Permohonan Lesen Penjaja LP-2.",
                "Salinan MyKad pemohon dan pembantu (jika ada).",
                "Dua keping gambar berukuran pasport.",
                "Salinan geran kenderaan bagi lesen penjaja bergerak.",
                "Pelan lakar lokasi tapak bagi lesen penjaja statik.",
                "Sijil suntikan anti-tifoid dan sijil Kursus Pengendali Makanan bagi penjual makanan.",
            ],
        ]),
        ("Fi lesen", [
            "Lesen Penjaja Statik dikenakan fi RM120 setahun, Lesen Penjaja Bergerak RM80 setahun "
            "dan Lesen Pasar Malam atau Pasar Tani RM60 setahun. Lesen Sementara dikenakan RM20 "
            "sebulan dan tidak boleh melebihi tempoh tiga bulan. Setiap pembantu yang didaftarkan "
            "dikenakan fi tambahan RM10 setahun. Fi yang telah dibayar tidak akan dikembalikan.",
            "Bayaran boleh dibuat secara tunai atau kad debit di kaunter, atau melalui FPX dalam "
            "aplikasi Niaga Jasin. Resit bayaran perlu disimpan dan ditunjukkan semasa pemeriksaan.",
        ]),
        ("Tempoh memproses", [
            "Permohonan lengkap diproses dalam tempoh 7 hari bekerja. Lesen Sementara untuk bazar "
            "Ramadan dan musim perayaan diproses dalam 3 hari bekerja, tetapi permohonan mesti "
            "dihantar sekurang-kurangnya 21 hari sebelum acara bermula. Permohonan yang tidak "
            "lengkap akan dipulangkan.",
        ]),
        ("Langkah permohonan", [
            [
                "Isi Borang LP-2 di kaunter atau melalui aplikasi Niaga Jasin.",
                "Hantar dokumen sokongan dan pastikan tapak yang dipohon masih kosong.",
                "Pegawai penguat kuasa akan memeriksa tapak dalam tempoh 3 hari bekerja.",
                "Jika diluluskan, bayar fi di kaunter atau dalam talian.",
                "Ambil lesen dan kad penjaja; kad ini mesti dipamerkan semasa berniaga.",
            ],
        ]),
        ("Pembaharuan lesen", [
            "Lesen tahunan tamat pada 31 Disember setiap tahun dan mesti diperbaharui sebelum "
            "tarikh tersebut. Pembaharuan boleh dibuat mulai 1 November melalui aplikasi Niaga "
            "Jasin atau di kaunter. Pembaharuan yang dibuat selepas 31 Disember dikenakan denda "
            "lewat RM25 bagi setiap bulan kelewatan.",
        ]),
        ("Berniaga tanpa lesen", [
            "Penjaja yang berniaga tanpa lesen atau di luar tapak yang dibenarkan boleh dikenakan "
            "kompaun sehingga RM500. Barang niaga dan peralatan boleh disita, dan pemilik boleh "
            "menebusnya dalam tempoh 14 hari dengan bayaran tebus RM50. Barang mudah rosak yang "
            "tidak dituntut dalam tempoh 24 jam akan dilupuskan.",
        ]),
        ("Kaunter pelesenan dan waktu operasi", [
            "Jabatan Pelesenan, Aras Bawah, Wisma Perbandaran Jasin, Jalan Besar Jasin, 77000 Jasin, "
            "Melaka. Kaunter dibuka Isnin hingga Khamis 8.00 pagi hingga 4.30 petang dan Jumaat "
            "8.00 pagi hingga 12.00 tengah hari. Kaunter ditutup pada hujung minggu dan cuti umum.",
        ]),
        ("Soalan lazim", [
            ("faq", [
                ("Bolehkah saya berniaga di depan rumah sendiri?",
                 "Boleh, tetapi anda masih perlu Lesen Penjaja Statik jika gerai berada di rizab "
                 "jalan atau kaki lima. Perniagaan di dalam kawasan rumah memerlukan lesen "
                 "perniagaan premis yang berasingan."),
                ("Adakah peniaga makanan dalam talian memerlukan lesen penjaja?",
                 "Tidak, jika penghantaran dibuat terus ke rumah pelanggan dan tiada jualan di "
                 "tempat awam."),
            ]),
        ]),
        ("Hubungi kami", [
            "Telefon Jabatan Pelesenan: 06-529 4433. E-mel: lesen@mpjasin.example.invalid. "
            "Aplikasi Niaga Jasin boleh dimuat turun dari https://example.invalid/niaga-jasin.",
            LAST,
        ]),
    ],
}

DEWAN = {
    "path": "my/jasin/tempahan-dewan.html",
    "fmt": "html",
    "title": "Tempahan Dewan Serbaguna Majlis Perbandaran Jasin",
    "region": REGION,
    "agency": AGENCY,
    "source": "https://example.invalid/mpjasin/tempahan-dewan",
    "updated": "2026-03-09",
    "service": "Sewa dewan serbaguna",
    "site": {
        "banner": "Portal Rasmi MPJ Jasin Maju Bersama",
        "nav": ["Laman Utama", "Profil Majlis", "Galeri Media", "Peta Laman", "Pautan Agensi"],
        "footer": [
            "Hak Cipta Terpelihara 2026 Portal Rasmi MPJ.",
            "Dasar Privasi | Dasar Keselamatan | Penafian",
            "Paparan terbaik menggunakan pelayar terkini dengan resolusi 1366 x 768.",
        ],
    },
    "sections": [
        ("Pengenalan", [
            "Majlis Perbandaran Jasin menyediakan dewan serbaguna untuk disewa oleh orang ramai, "
            "persatuan dan agensi kerajaan bagi majlis perkahwinan, kenduri, mesyuarat, kursus dan "
            "aktiviti sukan dalaman. Tempahan dibuat mengikut dasar siapa cepat dia dapat.",
            "Setiap dewan dilengkapi sistem siaraya, pentas, tandas awam dan tempat letak kereta. "
            "Tempahan untuk hari Sabtu dan Ahad boleh dibuat paling awal 6 bulan sebelum tarikh "
            "majlis, manakala tempahan hari bekerja boleh dibuat sehingga 12 bulan lebih awal.",
        ]),
        ("Dewan dan kapasiti", [
            [
                "Dewan Serbaguna Jasin: 600 orang, dengan dewan makan dan bilik pengantin.",
                "Dewan Orang Ramai Merlimau: 350 orang.",
                "Dewan Komuniti Asahan: 150 orang, sesuai untuk mesyuarat dan kenduri kecil.",
            ],
        ]),
        ("Siapa boleh menyewa", [
            "Dewan boleh disewa oleh individu berumur 21 tahun ke atas, pertubuhan berdaftar, "
            "syarikat dan agensi kerajaan. Penyewa mesti hadir semasa majlis atau melantik wakil "
            "secara bertulis. Aktiviti politik dan konsert terbuka memerlukan kelulusan Yang "
            "Dipertua majlis terlebih dahulu.",
        ]),
        ("Kadar sewa dan deposit", [
            {"table": [
                ["Dewan", "Sewa sehari (8.00 pagi hingga 11.00 malam)", "Sewa sejam", "Deposit"],
                ["Dewan Serbaguna Jasin", "RM650", "RM90", "RM500"],
                ["Dewan Orang Ramai Merlimau", "RM380", "RM55", "RM300"],
                ["Dewan Komuniti Asahan", "RM180", "RM30", "RM150"],
            ]},
            "Penduduk daerah Jasin menerima potongan 20% bagi sewa sehari. Caj penyaman udara "
            "sebanyak RM40 sejam dikenakan bagi Dewan Serbaguna Jasin sahaja. Sewa sejam hanya "
            "untuk tempahan minimum 3 jam.",
        ]),
        ("Cara membuat tempahan", [
            [
                "Semak tarikh kosong melalui sistem eDewan Jasin atau telefon kaunter.",
                "Isi Borang Tempahan Dewan BTD-1 sekurang-kurangnya 14 hari sebelum tarikh majlis.",
                "Bayar deposit dalam tempoh 3 hari bekerja untuk mengesahkan tempahan.",
                "Jelaskan baki sewa paling lewat 7 hari sebelum tarikh majlis.",
            ],
        ]),
        ("Pembayaran", [
            "Bayaran boleh dibuat di kaunter Jabatan Hasil dengan tunai atau kad debit, atau dalam "
            "talian melalui sistem eDewan Jasin. Tempahan yang tidak dibayar deposit dalam tempoh "
            "yang ditetapkan akan dibatalkan secara automatik.",
            "Agensi kerajaan dan sekolah boleh membuat bayaran melalui pesanan tempatan (LO) yang "
            "mesti diserahkan bersama borang tempahan. Resit rasmi akan dikeluarkan bagi setiap "
            "bayaran dan perlu ditunjukkan kepada penjaga dewan pada hari majlis.",
        ]),
        ("Pembatalan dan bayaran balik", [
            "Pembatalan lebih 30 hari sebelum tarikh majlis: sewa dikembalikan sepenuhnya. "
            "Pembatalan antara 8 hingga 30 hari sebelum majlis: 50% sewa dikembalikan. Pembatalan "
            "7 hari atau kurang: tiada bayaran balik sewa. Deposit dikembalikan dalam tempoh 21 "
            "hari bekerja selepas majlis, setelah dewan diperiksa dan tiada kerosakan.",
        ]),
        ("Peraturan penggunaan dewan", [
            [
                "Dewan mesti dikosongkan dan dibersihkan sebelum 11.00 malam.",
                "Memasak menggunakan dapur gas tidak dibenarkan di dalam dewan; gunakan ruang "
                "dapur luar.",
                "Merokok dan minuman keras dilarang sama sekali.",
                "Kerosakan peralatan akan ditolak daripada deposit.",
                "Bilangan tetamu tidak boleh melebihi kapasiti dewan yang dinyatakan.",
                "Hiasan tidak boleh ditampal terus pada dinding menggunakan paku atau pita pelekat.",
            ],
        ]),
        ("Tempahan dalam talian", [
            "Sistem eDewan Jasin di https://example.invalid/edewan-jasin membolehkan penyewa "
            "menyemak kekosongan, menempah dan membayar secara dalam talian 24 jam. Akaun "
            "didaftarkan menggunakan nombor MyKad dan alamat e-mel.",
            "Penyewa akan menerima e-mel pengesahan beserta kod tempahan. Kod ini perlu disebut "
            "semasa membuat sebarang pertanyaan, pertukaran tarikh atau pembatalan.",
        ]),
        ("Waktu pejabat", [
            "Unit Dewan dan Kemudahan Awam, Aras 2, Wisma Perbandaran Jasin, Jalan Besar Jasin, "
            "77000 Jasin, Melaka. Dibuka Isnin hingga Khamis 8.00 pagi hingga 5.00 petang dan "
            "Jumaat 8.00 pagi hingga 12.15 tengah hari.",
        ]),
        ("Soalan lazim", [
            ("faq", [
                ("Adakah kerusi dan meja disediakan?",
                 "Ya, 300 kerusi dan 40 meja bulat disediakan tanpa caj tambahan di Dewan "
                 "Serbaguna Jasin. Dewan lain menyediakan kerusi sahaja."),
                ("Bolehkah saya menukar tarikh tempahan?",
                 "Boleh, sekali sahaja tanpa caj jika dimaklumkan sekurang-kurangnya 14 hari "
                 "sebelum tarikh asal."),
            ]),
        ]),
        ("Hubungi kami", [
            "Telefon Unit Dewan: 06-529 4452. E-mel: dewan@mpjasin.example.invalid.",
            LAST,
        ]),
    ],
}

DOCS = [CUKAI, GERAI, PENJAJA, DEWAN]
