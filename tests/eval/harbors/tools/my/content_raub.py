"""Raub, Pahang: Majlis Perbandaran Raub (3 documents)."""

from content_nasional import LAST

REGION = "Raub, Pahang"
AGENCY = "Majlis Perbandaran Raub"

PARKIR = {
    "path": "my/raub/letak-kereta.md",
    "fmt": "md",
    "title": "Letak Kereta Berbayar, Pas Bulanan dan Kompaun Parkir di Raub",
    "region": REGION,
    "agency": AGENCY,
    "source": "https://example.invalid/mpraub/letak-kereta",
    "updated": "2026-02-20",
    "service": "Letak kereta berbayar dan kompaun parkir",
    "sections": [
        ("Kawasan letak kereta berbayar", [
            "Majlis Perbandaran Raub (MPR) mengendalikan petak letak kereta berbayar di pusat "
            "bandar Raub, di sekitar Pasar Besar Raub dan di pekan Dong serta Sungai Ruan. Petak "
            "berbayar ditandakan dengan garisan putih dan papan tanda biru bertulis Zon Berbayar "
            "MPR. Petak bergaris kuning ialah petak khas dan tidak boleh digunakan oleh orang awam.",
            "Sebanyak 1,150 petak berbayar disediakan, termasuk 36 petak OKU dan 210 petak "
            "motosikal.",
            "Sebanyak 1,150 petak berbayar disediakan, termasuk 36 petak OKU dan 210 petak "
            "motosikal.",
        ]),
        ("Caj letak kereta", [
            "Caj letak kereta ialah RM0.60 sejam untuk kereta dan RM0.30 sejam untuk van dan lori "
            "kecil di zon bandar. Di pekan Dong dan Sungai Ruan caj ialah RM0.40 sejam. Motosikal "
            "yang diletakkan di petak motosikal tidak dikenakan caj. Bayaran dibuat melalui kupon "
            "kertas atau aplikasi Parkir Raub Pintar.",
        ]),
        ("Waktu caj berkuat kuasa", [
            "Caj dikenakan dari Isnin hingga Sabtu, 8.00 pagi hingga 6.00 petang. Letak kereta "
            "adalah percuma pada hari Ahad dan cuti umum yang diwartakan. Semasa Pesta Durian Raub, "
            "waktu berkuat kuasa dilanjutkan hingga 10.00 malam dan akan diumumkan di laman sosial "
            "majlis.",
        ]),
        ("Kupon letak kereta", [
            "Kupon dijual dalam buku 20 helai di kaunter MPR, stesen minyak dan kedai runcit yang "
            "dilantik. Setiap kupon bernilai satu jam. Pengguna perlu menconteng tarikh dan waktu "
            "ketibaan dengan betul dan meletakkan kupon di papan pemuka supaya boleh dilihat dari "
            "luar. Kupon yang dicontengkan dua kali dianggap tidak sah.",
        ]),
        ("Aplikasi Parkir Raub Pintar", [
            "Aplikasi Parkir Raub Pintar membolehkan pengguna membayar parkir mengikut minit, "
            "melanjutkan masa dari jauh dan menerima peringatan 10 minit sebelum masa tamat. "
            "Akaun boleh ditambah nilai minimum RM10 melalui FPX atau e-dompet. Satu akaun boleh "
            "mendaftarkan sehingga 5 nombor kenderaan.",
        ]),
        ("Pas letak kereta bulanan", [
            "Pas bulanan membolehkan pemegang meletakkan kenderaan di semua zon berbayar tanpa "
            "kupon. Harga pas ialah RM75 sebulan atau RM800 setahun. Peniaga berlesen di pusat "
            "bandar Raub layak untuk harga istimewa RM55 sebulan bagi satu kenderaan. Pas dipohon "
            "di kaunter Jabatan Penguatkuasaan atau melalui aplikasi dan diaktifkan dalam 2 hari "
            "bekerja.",
        ]),
        ("Kompaun kesalahan parkir", [
            [
                "Tidak membayar atau masa parkir tamat: kompaun RM30.",
                "Meletakkan kenderaan di petak OKU tanpa pelekat OKU: kompaun RM300.",
                "Menghalang lalu lintas atau meletak kenderaan berganda: kompaun RM100.",
            ],
            "Kompaun RM30 yang dibayar dalam tempoh 14 hari dari tarikh dikeluarkan dikurangkan "
            "kepada RM15. Kompaun yang tidak dibayar dalam tempoh 60 hari akan dibawa ke Mahkamah "
            "Majistret Raub dan pemilik kenderaan boleh disenarai hitam daripada memperbaharui "
            "cukai jalan.",
        ]),
        ("Rayuan kompaun", [
            "Rayuan boleh dibuat secara bertulis atau melalui aplikasi dalam tempoh 14 hari selepas "
            "kompaun dikeluarkan. Sertakan gambar kupon, resit aplikasi atau bukti kecemasan. Setiap "
            "rayuan hanya dipertimbangkan sekali dan keputusan dimaklumkan melalui SMS dalam 10 "
            "hari bekerja.",
        ]),
        ("Kenderaan ditunda", [
            "Kenderaan yang ditinggalkan lebih 7 hari atau menghalang laluan kecemasan boleh "
            "ditunda ke depoh MPR di Jalan Lipis. Caj tunda ialah RM150 untuk kereta dan caj simpanan "
            "RM10 sehari. Kenderaan boleh dituntut oleh pemilik berdaftar dengan membawa MyKad dan "
            "geran kenderaan.",
        ]),
        ("Kaunter dan waktu operasi", [
            "Jabatan Penguatkuasaan, Bangunan Majlis Perbandaran Raub, Jalan Dato' Abdullah, 27600 "
            "Raub, Pahang. Dibuka Isnin hingga Khamis 8.00 pagi hingga 5.00 petang dan Jumaat 8.00 "
            "pagi hingga 12.15 tengah hari serta 2.45 petang hingga 5.00 petang.",
        ]),
        ("Soalan lazim", [
            ("faq", [
                ("Saya sudah bayar melalui aplikasi tetapi masih dapat kompaun. Apa perlu buat?",
                 "Buat rayuan melalui aplikasi dengan memuat naik tangkapan skrin resit. Kompaun "
                 "akan dibatalkan jika nombor kenderaan dan masa sepadan."),
                ("Adakah pemegang kad OKU perlu bayar parkir?",
                 "Pemandu OKU dengan pelekat OKU yang sah boleh meletakkan kenderaan secara percuma "
                 "di petak OKU sehingga 4 jam."),
            ]),
            "Telefon: 09-355 2061. E-mel: parkir@mpraub.example.invalid.",
            LAST,
        ]),
    ],
}

IKLAN = {
    "path": "my/raub/permit-iklan.docx",
    "fmt": "docx",
    "title": "Permit Iklan dan Papan Tanda Premis Majlis Perbandaran Raub",
    "region": REGION,
    "agency": AGENCY,
    "source": "https://example.invalid/mpraub/permit-iklan",
    "updated": "2026-01-30",
    "service": "Permit iklan, papan tanda dan banner",
    "sections": [
        ("Apakah permit iklan", [
            "Sebarang iklan, papan tanda premis, banner, bunting atau papan iklan besar yang "
            "dipamerkan di dalam kawasan Majlis Perbandaran Raub dan boleh dilihat dari jalan awam "
            "memerlukan permit iklan. Permit ini memastikan iklan selamat, tidak menghalang "
            "pandangan pemandu dan menepati garis panduan reka bentuk bandar.",
        ]),
        ("Jenis iklan yang dikawal", [
            [
                "Papan tanda nama premis perniagaan, termasuk papan tanda bercahaya.",
                "Banner dan bunting sementara untuk promosi, program atau acara.",
                "Papan iklan besar (billboard) di tepi jalan.",
                "Iklan pada kenderaan perniagaan yang diletakkan secara tetap.",
                "Iklan skrin digital LED.",
            ],
        ]),
        ("Syarat umum", [
            [
                "Bahasa Melayu mesti digunakan dan diletakkan di bahagian atas atau paling menonjol.",
                "Papan tanda premis tidak boleh melebihi lebar hadapan premis.",
                "Banner tidak boleh dipasang pada tiang lampu jalan, pokok atau jejantas.",
                "Papan iklan besar mesti berada sekurang-kurangnya 6 meter dari tepi jalan.",
            ],
        ]),
        ("Dokumen permohonan", [
            [
                "Borang Permohonan Permit Iklan PI-01.",
                "Lakaran atau gambar reka bentuk iklan beserta ukuran.",
                "Gambar lokasi pemasangan.",
                "Salinan lesen perniagaan atau sijil pendaftaran SSM.",
                "Surat kebenaran pemilik bangunan atau tanah jika pemohon bukan pemilik.",
                "Pelan struktur yang disahkan jurutera bagi papan iklan besar.",
            ],
        ]),
        ("Kadar fi permit", [
            "Fi dikira mengikut saiz dan jenis iklan.",
            {"table": [
                ["Jenis iklan", "Kadar fi", "Tempoh"],
                ["Papan tanda premis (tidak bercahaya)", "RM12 bagi setiap meter persegi", "Setahun"],
                ["Papan tanda premis bercahaya", "RM18 bagi setiap meter persegi", "Setahun"],
                ["Banner atau bunting sementara", "RM6 sehelai", "Seminggu"],
                ["Papan iklan besar (billboard)", "RM45 bagi setiap meter persegi", "Setahun"],
                ["Skrin digital LED", "RM60 bagi setiap meter persegi", "Setahun"],
            ]},
            "Fi minimum bagi setiap permit ialah RM30. Deposit RM200 dikenakan bagi banner "
            "sementara dan dikembalikan selepas banner diturunkan dalam tempoh yang ditetapkan.",
        ]),
        ("Langkah memohon", [
            [
                "Isi Borang PI-01 di kaunter atau melalui portal eIklan Raub.",
                "Hantar dokumen dan bayar fi proses RM20.",
                "Jabatan Perancangan akan menyemak reka bentuk dan lokasi.",
                "Bayar fi permit selepas mendapat surat kelulusan.",
                "Tampal pelekat nombor permit di sudut kanan bawah iklan.",
            ],
        ]),
        ("Tempoh kelulusan", [
            "Permohonan papan tanda premis dan skrin digital diproses dalam 14 hari bekerja. "
            "Permohonan banner sementara diproses dalam 3 hari bekerja. Permohonan papan iklan "
            "besar dibawa ke mesyuarat Jawatankuasa Perancangan dan mengambil masa sehingga 45 "
            "hari.",
        ]),
        ("Pembaharuan permit tahunan", [
            "Permit tahunan tamat pada 31 Disember dan perlu diperbaharui sebelum 31 Mac tahun "
            "berikutnya. Pembaharuan selepas 31 Mac dikenakan caj lewat 10% daripada fi permit "
            "bagi setiap bulan kelewatan.",
        ]),
        ("Iklan tanpa permit", [
            "Iklan yang dipamerkan tanpa permit boleh dikenakan kompaun sehingga RM1,000 bagi "
            "setiap iklan. Majlis berhak menurunkan iklan tersebut dan mengenakan caj menurunkan "
            "iklan sebanyak RM80 bagi banner atau RM500 bagi papan iklan besar. Banner yang "
            "diturunkan boleh dituntut dalam tempoh 7 hari, selepas itu ia akan dilupuskan.",
        ]),
        ("Portal eIklan Raub", [
            "Permohonan, pembayaran dan semakan status boleh dibuat melalui portal eIklan Raub di "
            "https://example.invalid/eiklan-raub. Pengguna perlu mendaftar akaun menggunakan nombor "
            "pendaftaran SSM atau MyKad.",
            "Setiap permohonan yang lengkap akan menerima nombor rujukan melalui e-mel. Surat "
            "kelulusan dan pelekat permit boleh dicetak sendiri daripada portal selepas bayaran "
            "dibuat.",
        ]),
        ("Waktu pejabat dan hubungi", [
            "Jabatan Perancangan Bandar, Aras 1, Bangunan Majlis Perbandaran Raub, Jalan Dato' "
            "Abdullah, 27600 Raub, Pahang. Dibuka Isnin hingga Khamis 8.00 pagi hingga 5.00 petang "
            "dan Jumaat 8.00 pagi hingga 12.15 tengah hari. Telefon: 09-355 2078. E-mel: "
            "iklan@mpraub.example.invalid.",
        ]),
        ("Soalan lazim", [
            ("faq", [
                ("Adakah pelekat di cermin kedai memerlukan permit?",
                 "Tidak, jika keluasan pelekat kurang daripada 0.5 meter persegi dan hanya "
                 "memaparkan nama, waktu operasi atau nombor telefon premis."),
                ("Bolehkah saya memasang banner kenduri kahwin di simpang jalan?",
                 "Boleh dengan permit banner sementara. Penunjuk arah majlis perkahwinan dikenakan "
                 "fi RM2 sehelai dan tidak memerlukan deposit."),
            ]),
            LAST,
        ]),
    ],
}

BANGUNAN = {
    "path": "my/raub/pelan-bangunan.md",
    "fmt": "md",
    "title": "Kelulusan Pelan Bangunan dan Permit Kerja Kecil di Raub",
    "region": REGION,
    "agency": AGENCY,
    "source": "https://example.invalid/mpraub/pelan-bangunan",
    "updated": "2026-03-11",
    "service": "Kelulusan pelan bangunan dan permit ubah suai",
    "sections": [
        ("Tentang kelulusan pelan bangunan", [
            "Sebarang kerja membina, mengubah suai atau menambah bangunan di dalam kawasan Majlis "
            "Perbandaran Raub memerlukan kelulusan majlis sebelum kerja dimulakan. Kelulusan ini "
            "memastikan bangunan selamat, mematuhi undang-undang kecil bangunan dan tidak "
            "menjejaskan jiran atau longkang awam.",
        ]),
        ("Kerja yang memerlukan kelulusan", [
            [
                "Membina rumah baharu, kedai atau bangunan lain.",
                "Menambah bilik, tingkat atau dapur di belakang rumah.",
                "Membina atau meninggikan pagar dan tembok melebihi 1.5 meter.",
                "Memasang bumbung atau anjung (awning) baharu.",
                "Menukar kegunaan bangunan, contohnya rumah kediaman dijadikan kedai.",
            ],
            "Kerja mengecat, menukar jubin lantai atau membaiki bumbung bocor dengan bahan yang "
            "sama tidak memerlukan kelulusan.",
        ]),
        ("Permit kerja kecil atau pelan penuh", [
            "Permit Kerja Kecil digunakan bagi kerja ubah suai rumah kediaman yang tidak melibatkan "
            "struktur, seperti anjung, pagar, bumbung tambahan dan dapur belakang dengan keluasan "
            "tidak melebihi 20 meter persegi. Kerja yang melibatkan struktur, tingkat tambahan atau "
            "bangunan baharu memerlukan kelulusan pelan bangunan penuh.",
        ]),
        ("Siapa yang boleh mengemukakan", [
            "Permit Kerja Kecil boleh dipohon sendiri oleh pemilik rumah. Pelan bangunan penuh "
            "mesti dikemukakan oleh Orang Utama Mengemukakan, iaitu arkitek, jurutera atau pelukis "
            "pelan bangunan yang berdaftar dengan lembaga profesional masing-masing.",
        ]),
        ("Dokumen yang perlu dihantar", [
            [
                "Borang permohonan BP-4 (pelan penuh) atau Borang PKK-1 (kerja kecil).",
                "Salinan geran tanah dan resit cukai tanah serta cukai taksiran terkini.",
                "Pelan lokasi, pelan tapak dan lakaran kerja.",
                "Surat persetujuan jiran bersebelahan bagi rumah teres dan berkembar.",
                "Pelan struktur yang ditandatangani jurutera bagi pelan penuh.",
            ],
        ]),
        ("Fi memproses", [
            "Fi Permit Kerja Kecil ialah RM60 bagi setiap permohonan. Fi pelan bangunan penuh ialah "
            "RM2.80 bagi setiap meter persegi keluasan lantai, dengan fi minimum RM250. Fi untuk "
            "pelan pindaan ialah separuh daripada fi asal. Semua fi dibayar semasa permohonan "
            "diserahkan dan tidak dikembalikan jika permohonan ditolak.",
        ]),
        ("Deposit jalan dan longkang", [
            "Pemohon perlu membayar deposit RM500 untuk kerja kecil atau RM2,000 untuk bangunan "
            "baharu bagi menjamin kerosakan jalan, bahu jalan dan longkang awam dibaiki. Deposit "
            "dikembalikan selepas pemeriksaan akhir mendapati tiada kerosakan.",
        ]),
        ("Berapa lama kelulusan", [
            "Permit Kerja Kecil diluluskan dalam tempoh 14 hari bekerja selepas permohonan lengkap "
            "diterima. Pelan bangunan penuh mengambil masa sehingga 60 hari bekerja kerana perlu "
            "diedarkan kepada agensi teknikal seperti Jabatan Bomba dan Penyelamat serta Jabatan "
            "Kerja Raya. Kelulusan sah selama 2 tahun dan boleh dilanjutkan sekali.",
            "Status permohonan boleh disemak melalui portal eBina Raub di "
            "https://example.invalid/ebina-raub menggunakan nombor rujukan fail yang diberikan "
            "semasa permohonan diserahkan.",
        ]),
        ("Langkah permohonan", [
            [
                "Dapatkan nasihat awal di kaunter Jabatan Kejuruteraan (percuma).",
                "Lengkapkan borang dan dokumen, kemudian hantar di kaunter atau melalui portal "
                "eBina Raub.",
                "Bayar fi dan deposit.",
                "Pegawai akan membuat lawatan tapak dalam 5 hari bekerja.",
                "Terima surat kelulusan dan pamerkan papan permit di tapak sepanjang kerja.",
            ],
        ]),
        ("Membina tanpa kelulusan", [
            "Kerja binaan tanpa kelulusan boleh dikenakan kompaun sehingga RM2,000 dan notis "
            "supaya kerja dihentikan serta-merta. Jika binaan tidak diluluskan selepas notis, "
            "pemilik diberi 30 hari untuk merobohkan binaan tersebut sendiri; jika tidak, majlis "
            "akan merobohkannya dan kos dituntut daripada pemilik.",
        ]),
        ("Jabatan Kejuruteraan dan waktu kaunter", [
            "Jabatan Kejuruteraan, Aras 2, Bangunan Majlis Perbandaran Raub, Jalan Dato' Abdullah, "
            "27600 Raub, Pahang. Kaunter dibuka Isnin hingga Khamis 8.00 pagi hingga 4.30 petang "
            "dan Jumaat 8.00 pagi hingga 12.00 tengah hari. Sesi nasihat awal diadakan setiap Selasa "
            "dan Khamis pukul 9.00 pagi hingga 12.00 tengah hari.",
            "Telefon: 09-355 2093. E-mel: bangunan@mpraub.example.invalid.",
        ]),
        ("Soalan lazim", [
            ("faq", [
                ("Perlukah saya permit untuk memasang panel solar di atas bumbung?",
                 "Ya, Permit Kerja Kecil diperlukan dan pemohon mesti menyertakan pengesahan "
                 "jurutera bahawa bumbung mampu menampung berat panel."),
                ("Rumah saya di kampung luar kawasan majlis. Perlukah kelulusan MPR?",
                 "Tidak. Permohonan bagi kawasan di luar sempadan majlis dibuat di Pejabat Daerah "
                 "dan Tanah Raub."),
            ]),
            LAST,
        ]),
    ],
}

DOCS = [PARKIR, IKLAN, BANGUNAN]
