"""Sarikei, Sarawak: Majlis Daerah Sarikei (3 documents)."""

from content_nasional import LAST

REGION = "Sarikei, Sarawak"
AGENCY = "Majlis Daerah Sarikei"

ANJING = {
    "path": "my/sarikei/lesen-anjing.md",
    "fmt": "md",
    "title": "Lesen Anjing dan Kawalan Anjing Liar Majlis Daerah Sarikei",
    "region": REGION,
    "agency": AGENCY,
    "source": "https://example.invalid/mdsarikei/lesen-anjing",
    "updated": "2026-02-09",
    "service": "Lesen anjing dan tangkapan anjing liar",
    "sections": [
        ("Mengapa anjing perlu dilesenkan", [
            "Majlis Daerah Sarikei (MDS) mewajibkan setiap anjing peliharaan di dalam kawasan "
            "majlis dilesenkan. Lesen membantu majlis mengesan pemilik, mengawal bilangan anjing "
            "liar dan memastikan anjing divaksin terhadap rabies. Anjing berlesen diberikan tag "
            "logam bernombor yang mesti dipakai pada kolar setiap masa.",
            "Pemilik juga bertanggungjawab memastikan anjing dikurung di dalam kawasan rumah yang "
            "berpagar dan tidak dibiarkan berkeliaran di jalan, taman permainan atau pasar.",
        ]),
        ("Siapa yang perlu memohon", [
            "Pemilik setiap anjing yang berumur 3 bulan ke atas dan dipelihara di dalam kawasan "
            "Majlis Daerah Sarikei, termasuk di rumah panjang dan kebun dalam sempadan majlis, "
            "wajib memohon lesen. Pemohon mesti berumur 18 tahun ke atas.",
            "Anak anjing yang baru dilahirkan perlu didaftarkan sebaik sahaja mencapai umur 3 bulan. "
            "Pemilik yang berpindah masuk ke Sarikei dengan anjing berlesen dari majlis lain perlu "
            "memohon lesen MDS dalam tempoh 30 hari selepas berpindah.",
        ]),
        ("Had bilangan anjing", [
            [
                "Rumah pangsa atau apartmen: anjing tidak dibenarkan.",
                "Rumah teres: maksimum 2 ekor.",
                "Rumah berkembar dan banglo: maksimum 4 ekor.",
                "Tanah kebun atau ladang melebihi 1 ekar: maksimum 6 ekor dengan kebenaran khas.",
            ],
        ]),
        ("Dokumen yang diperlukan", [
            [
                "Borang Lesen Anjing LA-1.",
                "Salinan MyKad pemilik.",
                "Sijil vaksinasi rabies yang sah dan belum tamat tempoh.",
                "Gambar anjing (sisi dan hadapan).",
                "Sijil pemandulan, jika memohon kadar anjing dimandulkan.",
            ],
        ]),
        ("Fi lesen tahunan", [
            "Fi lesen bagi anjing jantan ialah RM12 setahun dan anjing betina RM20 setahun. Anjing "
            "yang telah dimandulkan atau dikasi dikenakan kadar rendah RM6 setahun. Pemilik yang "
            "kehilangan tag boleh memohon tag gantian dengan bayaran RM5. Anjing pemandu bagi "
            "Orang Kurang Upaya dikecualikan daripada fi.",
        ]),
        ("Tempoh sah lesen", [
            "Lesen sah dari 1 Januari hingga 31 Disember tahun yang sama, tanpa mengira bulan "
            "lesen dikeluarkan. Pembaharuan dibuka mulai 1 Disember. Pembaharuan yang dibuat "
            "selepas 31 Mac dikenakan caj lewat RM10.",
        ]),
        ("Cara memohon dan memperbaharui", [
            [
                "Di kaunter Jabatan Kesihatan Awam MDS dengan membawa dokumen asal.",
                "Melalui portal eLesen Sarikei di https://example.invalid/elesen-sarikei.",
                "Semasa kempen lesen bergerak di kawasan perumahan, yang diumumkan setiap bulan "
                "Januari dan Julai.",
            ],
            "Lesen dan tag boleh diambil di kaunter atau dihantar melalui pos dengan caj RM4.",
        ]),
        ("Vaksinasi rabies", [
            "Anjing mesti divaksin rabies setiap tahun. MDS dengan kerjasama Jabatan Perkhidmatan "
            "Veterinar Sarawak mengadakan kempen vaksinasi percuma di Dewan Suarah Sarikei setiap "
            "Sabtu kedua bulan, 8.30 pagi hingga 12.30 tengah hari. Bawa anjing dalam sangkar "
            "atau berantai.",
            "Sijil vaksinasi yang dikeluarkan di kempen ini boleh terus digunakan untuk memohon "
            "atau memperbaharui lesen di kaunter yang dibuka di lokasi kempen.",
        ]),
        ("Anjing liar dan anjing ditangkap", [
            "Anjing tanpa tag atau yang berkeliaran di tempat awam akan ditangkap oleh pasukan "
            "kawalan anjing MDS. Pemilik boleh menebus anjing di Pusat Kurungan Anjing MDS dalam "
            "tempoh 3 hari dengan bayaran tebus RM50 dan caj makanan RM10 sehari. Anjing yang "
            "tidak dituntut akan diserahkan kepada pertubuhan kebajikan haiwan atau dilupuskan.",
            "Aduan anjing liar boleh dibuat melalui talian 084-651 732 atau aplikasi Sarikei Prihatin.",
        ]),
        ("Penalti", [
            "Memelihara anjing tanpa lesen boleh dikenakan kompaun RM200 bagi setiap anjing. "
            "Pemilik yang membiarkan anjing menggigit atau mencederakan orang lain boleh didakwa "
            "dan didenda sehingga RM2,000 di bawah undang-undang kecil majlis.",
        ]),
        ("Pejabat dan waktu urusan", [
            "Jabatan Kesihatan Awam, Majlis Daerah Sarikei, Jalan Repok, 96100 Sarikei, Sarawak. "
            "Dibuka Isnin hingga Jumaat 8.00 pagi hingga 5.00 petang, rehat 12.45 tengah hari hingga "
            "2.00 petang. Telefon: 084-651 720. E-mel: anjing@mdsarikei.example.invalid.",
        ]),
        ("Soalan lazim", [
            ("faq", [
                ("Anjing saya mati. Perlukah saya memaklumkan MDS?",
                 "Ya. Pulangkan tag dan maklumkan dalam tempoh 30 hari supaya rekod lesen "
                 "dibatalkan. Tiada bayaran balik bagi baki tempoh lesen."),
                ("Adakah lesen kucing diperlukan?",
                 "Tidak. Buat masa ini MDS hanya melesenkan anjing."),
            ]),
            LAST,
        ]),
    ],
}

KUBUR = {
    "path": "my/sarikei/tanah-perkuburan.md",
    "fmt": "md",
    "title": "Lot Kubur dan Permit Pengebumian di Tanah Perkuburan Awam Sarikei",
    "region": REGION,
    "agency": AGENCY,
    "source": "https://example.invalid/mdsarikei/tanah-perkuburan",
    "updated": "2026-01-19",
    "service": "Lot kubur dan permit pengebumian",
    "sections": [
        ("Tanah perkuburan di bawah majlis", [
            "Majlis Daerah Sarikei mengurus tanah perkuburan awam bukan Islam di Sarikei, iaitu "
            "Tanah Perkuburan Kristian Jalan Berjaya, Tanah Perkuburan Cina Batu 3 dan Tanah "
            "Perkuburan Am Bulat. Tanah perkuburan Islam diuruskan oleh Majlis Islam Sarawak dan "
            "permohonan bagi tanah perkuburan Islam tidak diproses oleh MDS.",
        ]),
        ("Siapa layak mendapat lot", [
            "Lot kubur diberikan kepada si mati yang menetap di daerah Sarikei semasa hayatnya "
            "atau yang mempunyai waris terdekat yang menetap di Sarikei. Bagi si mati dari luar "
            "daerah, permohonan masih boleh dipertimbangkan dengan kadar luar daerah.",
            "Lot diberikan mengikut urutan baris yang sedang dibuka di setiap tanah perkuburan. "
            "Keluarga yang ingin mengebumikan ahli keluarga berdekatan kubur sedia ada boleh "
            "memohon, tertakluk kepada lot kosong di baris yang sama.",
        ]),
        ("Dokumen untuk permit pengebumian", [
            [
                "Permit Menguburkan yang dikeluarkan oleh Jabatan Pendaftaran Negara atau balai "
                "polis.",
                "Salinan MyKad si mati dan waris yang memohon.",
                "Borang Permohonan Lot Kubur TK-2.",
                "Surat pengesahan daripada pihak gereja atau persatuan, jika berkenaan.",
            ],
            "Permit Menguburkan mesti diserahkan sebelum penggalian dimulakan. Tanpa permit ini, "
            "kontraktor majlis tidak dibenarkan menggali kubur walaupun lot telah dibayar.",
            [
                "Permohonan boleh dibuat oleh waris atau pengurus syarikat pengurusan jenazah.",
            ],
        ]),
        ("Bayaran lot dan permit", [
            "Bayaran lot kubur dewasa ialah RM320 dan lot kanak-kanak bawah 12 tahun RM160. Lot "
            "berkembar untuk pasangan suami isteri dikenakan RM560. Bagi si mati dari luar daerah "
            "Sarikei, bayaran lot ialah dua kali ganda kadar biasa. Permit pengebumian dikenakan "
            "fi RM30 dan bayaran penggalian kubur oleh kontraktor majlis ialah RM250.",
        ]),
        ("Tempahan lot awal", [
            "Warga emas berumur 60 tahun ke atas boleh menempah lot bersebelahan dengan lot "
            "pasangan yang telah dikebumikan. Tempahan awal dikenakan bayaran penuh lot dan sah "
            "selama 15 tahun. Tempahan tidak boleh dipindahkan kepada orang lain.",
        ]),
        ("Waktu pengebumian", [
            "Pengebumian dibenarkan setiap hari dari 7.00 pagi hingga 5.30 petang. Pengebumian di "
            "luar waktu ini atau pada cuti umum memerlukan kebenaran pegawai bertugas dan caj "
            "tambahan RM100. Waris perlu memaklumkan majlis sekurang-kurangnya 24 jam sebelum "
            "pengebumian supaya lot dan penggalian dapat disediakan.",
        ]),
        ("Langkah-langkah", [
            [
                "Dapatkan Permit Menguburkan selepas kematian didaftarkan.",
                "Hubungi Unit Tanah Perkuburan MDS untuk memilih lot.",
                "Isi Borang TK-2 dan bayar fi di kaunter atau melalui pautan bayaran yang dihantar "
                "melalui SMS.",
                "Serahkan salinan resit kepada penjaga tanah perkuburan pada hari pengebumian.",
            ],
        ]),
        ("Binaan kubur dan batu nisan", [
            "Binaan kubur dan batu nisan memerlukan permit binaan kubur dengan fi RM50. Ketinggian "
            "binaan tidak boleh melebihi 1.2 meter dan binaan tidak boleh melebihi sempadan lot. "
            "Kerja binaan boleh dimulakan sekurang-kurangnya 40 hari selepas pengebumian.",
        ]),
        ("Penyelenggaraan kawasan", [
            "MDS memotong rumput dan membersihkan laluan utama setiap bulan. Waris bertanggungjawab "
            "membersihkan lot masing-masing. Pembakaran colok, lilin dan kertas sembahyang "
            "hanya dibenarkan di dalam bekas yang disediakan. Menjelang Hari Ziarah Kubur (Cheng Beng) dan Hari "
            "Semua Jiwa, waktu tanah perkuburan dilanjutkan hingga 7.00 malam.",
        ]),
        ("Pemindahan kubur", [
            "Permohonan menggali dan memindahkan jenazah (ekshumasi) tidak diproses oleh MDS. "
            "Waris perlu memohon kebenaran daripada Pejabat Kesihatan Bahagian Sarikei terlebih "
            "dahulu; MDS hanya mengeluarkan surat pelepasan lot selepas kebenaran diperolehi.",
        ]),
        ("Unit Tanah Perkuburan dan waktu pejabat", [
            "Unit Tanah Perkuburan, Majlis Daerah Sarikei, Jalan Repok, 96100 Sarikei, Sarawak. "
            "Dibuka Isnin hingga Jumaat 8.00 pagi hingga 5.00 petang. Pada hujung minggu dan cuti "
            "umum, hubungi talian pegawai bertugas 019-884 2761.",
            "Telefon pejabat: 084-651 745. E-mel: perkuburan@mdsarikei.example.invalid.",
        ]),
        ("Soalan lazim", [
            ("faq", [
                ("Bolehkah abu mayat dikebumikan di tanah perkuburan majlis?",
                 "Boleh. Lot abu bersaiz kecil disediakan di Tanah Perkuburan Cina Batu 3 dengan "
                 "bayaran RM120."),
                ("Adakah keluarga boleh memilih lot sendiri?",
                 "Keluarga boleh memilih daripada lot kosong yang ditunjukkan oleh pegawai, "
                 "mengikut urutan baris yang sedang dibuka."),
            ]),
            LAST,
        ]),
    ],
}

SAMPAH = {
    "path": "my/sarikei/kutipan-sampah.html",
    "fmt": "html",
    "title": "Kutipan Sampah Domestik dan Sisa Pukal di Sarikei",
    "region": REGION,
    "agency": AGENCY,
    "source": "https://example.invalid/mdsarikei/kutipan-sampah",
    "updated": "2026-02-24",
    "service": "Kutipan sampah, sisa pukal dan aduan",
    "site": {
        "banner": "Laman Web Rasmi MDS Sarikei Bandar Nanas",
        "nav": ["Halaman Utama", "Mengenai MDS", "Pengumuman Terkini", "Tender dan Sebut Harga",
                "Direktori Kakitangan"],
        "footer": [
            "Hakcipta 2026 Laman Web Rasmi MDS. Hak cipta terpelihara.",
            "Notis Privasi | Polisi Keselamatan | Penafian Laman",
            "Bilangan pelawat hari ini: 1,284",
        ],
    },
    "sections": [
        ("Perkhidmatan kutipan sampah", [
            "Majlis Daerah Sarikei menyediakan perkhidmatan kutipan sampah domestik bagi rumah "
            "kediaman, kedai dan premis di dalam kawasan majlis. Kutipan dilaksanakan oleh "
            "kontraktor yang dilantik majlis dan dipantau oleh Jabatan Kesihatan Awam MDS.",
            "Perkhidmatan ini dibiayai melalui kadar taksiran yang dibayar oleh pemilik premis, "
            "dan tiada caj berasingan dikenakan ke atas rumah kediaman bagi kutipan sampah harian. "
            "Penduduk diminta mengasingkan sampah basah dan bahan kitar semula untuk mengurangkan "
            "sisa yang dihantar ke tapak pelupusan.",
        ]),
        ("Jadual kutipan", [
            [
                "Pusat bandar Sarikei dan kawasan kedai: setiap hari kecuali Ahad.",
                "Taman perumahan: 3 kali seminggu pada hari Isnin, Rabu dan Jumaat.",
                "Kawasan pinggir bandar dan rumah panjang dalam sempadan majlis: 2 kali seminggu "
                "pada hari Selasa dan Sabtu.",
            ],
            "Kutipan bermula pukul 7.00 pagi. Sampah perlu diletakkan di hadapan rumah sebelum "
            "pukul 7.00 pagi pada hari kutipan.",
        ]),
        ("Tong sampah", [
            "Setiap rumah kediaman perlu menggunakan tong beroda 120 liter yang bertutup. Tong "
            "pertama bagi rumah baharu dibekalkan percuma oleh majlis. Tong yang hilang atau rosak "
            "boleh diganti dengan bayaran RM95 di kaunter Jabatan Kesihatan Awam. Sampah tidak "
            "boleh diletakkan di dalam kotak atau beg plastik terbuka.",
        ]),
        ("Sisa pukal", [
            "Sisa pukal seperti perabot lama, tilam, peti sejuk dan mesin basuh tidak dikutip "
            "bersama sampah harian. Setiap rumah layak mendapat 2 kutipan sisa pukal percuma "
            "setahun. Kutipan tambahan dikenakan caj RM35 bagi setiap trip lori. Permohonan dibuat "
            "melalui aplikasi Sarikei Prihatin atau telefon, dan sisa akan dikutip dalam tempoh "
            "5 hari bekerja.",
        ]),
        ("Sisa kebun", [
            "Daun, ranting dan potongan pokok perlu diikat atau dimasukkan ke dalam guni dengan "
            "berat tidak melebihi 20 kilogram setiap satu. Sisa kebun dikutip setiap hari Khamis. "
            "Batang pokok besar perlu dipotong kepada panjang tidak melebihi 1 meter.",
        ]),
        ("Caj perkhidmatan premis komersial", [
            "Premis perniagaan makanan dan pasar raya yang menghasilkan sampah melebihi 3 tong "
            "sehari perlu melanggan perkhidmatan kutipan komersial pada kadar RM150 sebulan bagi "
            "setiap tong tambahan. Caj ini dibayar bersama lesen perniagaan.",
        ]),
        ("Membuang sampah secara haram", [
            "Membuang sampah di tepi jalan, tanah kosong, sungai atau longkang adalah satu "
            "kesalahan. Pesalah boleh dikenakan kompaun RM500 bagi kesalahan pertama dan RM1,000 "
            "bagi kesalahan berikutnya. Kenderaan yang digunakan untuk membuang sampah secara "
            "haram boleh disita. Orang ramai yang memberikan maklumat dengan bukti gambar boleh "
            "menerima ganjaran RM100.",
        ]),
        ("Sampah tidak dikutip", [
            "Jika sampah tidak dikutip mengikut jadual, buat aduan dalam tempoh 48 jam melalui "
            "aplikasi Sarikei Prihatin, WhatsApp 013-570 2846 atau telefon. Kontraktor akan "
            "mengambil tindakan dalam tempoh 24 jam selepas aduan diterima.",
        ]),
        ("Kitar semula", [
            "Bahan kitar semula seperti kertas, plastik, tin aluminium dan botol kaca boleh "
            "dihantar ke Pusat Kitar Semula MDS di Jalan Masjid Lama yang dibuka setiap hari "
            "Sabtu, 8.00 pagi hingga 12.00 tengah hari. Minyak masak terpakai turut diterima.",
            "Sekolah dan persatuan penduduk yang menganjurkan kempen kitar semula boleh memohon "
            "tong kitar semula pinjaman secara percuma untuk tempoh sehingga sebulan.",
        ]),
        ("Aplikasi Sarikei Prihatin", [
            "Aplikasi Sarikei Prihatin membolehkan penduduk membuat aduan, memohon kutipan sisa "
            "pukal dan menyemak jadual kutipan kawasan masing-masing. Aplikasi boleh dimuat turun "
            "dari https://example.invalid/sarikei-prihatin.",
        ]),
        ("Waktu pejabat dan hubungi", [
            "Jabatan Kesihatan Awam, Majlis Daerah Sarikei, Jalan Repok, 96100 Sarikei, Sarawak. "
            "Dibuka Isnin hingga Jumaat 8.00 pagi hingga 5.00 petang. Telefon: 084-651 738. "
            "E-mel: kebersihan@mdsarikei.example.invalid.",
        ]),
        ("Soalan lazim", [
            ("faq", [
                ("Adakah sampah dikutip pada hari cuti umum?",
                 "Kutipan pada cuti umum ditangguhkan ke hari bekerja berikutnya, kecuali semasa "
                 "Gawai dan Tahun Baharu Cina apabila kutipan khas diadakan."),
                ("Bolehkah saya membuang sisa binaan dalam tong sampah?",
                 "Tidak. Sisa binaan seperti batu bata dan simen perlu dibuang sendiri di tapak "
                 "pelupusan yang diluluskan atau melalui kontraktor berlesen."),
            ]),
            LAST,
        ]),
    ],
}

DOCS = [ANJING, KUBUR, SAMPAH]
