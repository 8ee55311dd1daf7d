"""Kota Belud, Sabah: 3 documents."""

REGION = "Kota Belud, Sabah"
MDKB = "Majlis Daerah Kota Belud (MDKB)"
WAKTU = ("Isnin hingga Jumaat, 8.00 pagi hingga 5.00 petang; rehat Jumaat 11.30 pagi hingga "
         "2.00 petang. Tutup pada hari Sabtu, Ahad dan cuti umum.")

TAMU = {
    "path": "my/kota-belud/petak-tamu-mingguan.html",
    "fmt": "html",
    "title": "Permit Petak Niaga Tamu Mingguan Kota Belud",
    "region": REGION, "agency": MDKB,
    "source": "https://example.invalid/my/mdkb/tamu-mingguan",
    "updated": "2026-02-23",
    "service": "Petak niaga tamu mingguan",
    "lead": "Tamu mingguan Kota Belud diadakan setiap hari Ahad. Halaman ini menerangkan cara "
            "mendapatkan petak, kadar bayaran dan peraturan bagi peniaga.",
    "sections": [
        ("Tentang Tamu Kota Belud", [
            "Tamu mingguan diadakan di Tapak Tamu Kota Belud dan diurus oleh MDKB. Peniaga "
            "menjual hasil tani, ikan, kuih, kraf tangan dan ternakan.",
            "Tamu telah lama menjadi tempat penduduk kampung sekitar berjual beli, dan kini "
            "turut menarik pelancong. Majlis menyediakan tandas awam, tempat letak kereta dan "
            "pengawal keselamatan pada setiap hari tamu.",
            "Tamu Besar tahunan dan pesta kebudayaan diurus oleh jawatankuasa penganjur "
            "tersendiri dan tidak diliputi halaman ini.",
        ]),
        ("Jenis Petak", [
            ("ul", [
                "Petak biasa terbuka, berukuran 2 m x 2 m.",
                "Petak berbumbung di dalam bangsal tamu.",
                "Kawasan jualan ternakan seperti kerbau, kambing dan ayam.",
                "Petak kenderaan untuk jualan dari belakang pikap.",
            ]),
            "Petak biasa dan petak berbumbung ditandakan dengan nombor. Pemegang pas tahunan "
            "mendapat nombor petak yang tetap, manakala peniaga harian diberikan petak yang "
            "masih kosong.",
        ]),
        ("Kadar Bayaran Petak", [
            "Petak biasa dikenakan RM4 sehari, petak berbumbung RM7 sehari, kawasan ternakan "
            "RM10 sehari dan petak kenderaan RM12 sehari.",
            "Pas Tamu Tahunan (52 minggu) berharga RM170 bagi petak biasa dan RM300 bagi petak "
            "berbumbung.",
            "Bayaran harian dibuat secara tunai atau e-dompet di kaunter bergerak, dan resit "
            "mesti disimpan sepanjang tamu kerana pegawai akan membuat pemeriksaan. Pas tahunan "
            "dibayar sekali gus dan tidak boleh dipindahkan kepada peniaga lain.",
        ]),
        ("Siapa Boleh Berniaga", [
            "Warganegara Malaysia yang memegang Kad Peniaga Tamu. Anak negeri Sabah diutamakan "
            "bagi petak berbumbung. Pekerja asing tidak dibenarkan menjaga petak. Peniaga dari daerah lain boleh "
            "berniaga di petak biasa jika masih ada kekosongan selepas 6.30 pagi.",
        ]),
        ("Kad Peniaga Tamu", [
            "Setiap peniaga mesti mempunyai Kad Peniaga Tamu. Fi kad ialah RM15 dan kad sah "
            "selama 2 tahun. Bawa MyKad, sekeping gambar berukuran pasport dan surat "
            "pengesahan ketua kampung bagi penjual hasil tani. Penjual makanan juga perlu "
            "menunjukkan kad suntikan tifoid.",
        ]),
        ("Cara Mendapatkan Petak", [
            ("ol", [
                "Petak harian: bayar di kaunter bergerak MDKB di tapak tamu mulai 5.30 pagi; petak diberikan mengikut giliran.",
                "Pas tahunan: mohon di Unit Pelesenan MDKB pada bulan November; undian diadakan pada bulan Disember.",
                "Permohonan pas tahunan juga boleh dibuat melalui portal eTamu (https://example.invalid/mdkb/etamu).",
            ]),
        ]),
        ("Waktu Tamu", [
            "Tamu beroperasi setiap Ahad dari 6.00 pagi hingga 1.00 petang. Peniaga boleh "
            "memasuki tapak mulai 4.30 pagi, dan tapak mesti dikosongkan sebelum 2.30 petang.",
            "Kenderaan peniaga hanya dibenarkan masuk melalui pintu belakang tapak tamu. Selepas "
            "6.00 pagi, kenderaan tidak dibenarkan bergerak di dalam kawasan jualan demi "
            "keselamatan pengunjung.",
        ]),
        ("Peraturan dan Larangan", [
            ("ul", [
                "Jualan hidupan liar yang dilindungi dilarang.",
                "Minuman keras tidak boleh dijual.",
                "Sampah mesti dibungkus dan dibuang ke tong yang disediakan.",
                "Barang jualan tidak boleh melebihi garisan petak.",
                "Ternakan mesti ditambat dengan selamat dan najis dibersihkan oleh penjual.",
            ]),
            "Peniaga yang melanggar peraturan boleh dikenakan kompaun RM100 dan pas tahunan "
            "boleh dibatalkan.",
        ]),
        ("Pejabat Unit Pelesenan", [
            "Unit Pelesenan MDKB, Jalan Kudat Lama, 89150 Kota Belud. " + WAKTU,
        ]),
        ("Hubungi", [
            "Telefon: 088-976 215. E-mel: tamu@mdkb.example.invalid.",
        ]),
        ("Soalan Lazim", [
            ("faq", "Kalau tamu dibatalkan sebab banjir, ada ganti?",
             "Bayaran petak harian tidak dikembalikan. Pemegang pas tahunan diberi ganti satu "
             "minggu bagi setiap tamu yang dibatalkan oleh majlis."),
            ("faq", "Boleh jual kuih buatan sendiri?",
             "Boleh, dengan Kad Peniaga Tamu dan kad suntikan tifoid yang sah."),
            ("faq", "Boleh tukar petak dengan kawan?",
             "Tidak. Petak hanya boleh digunakan oleh pemegang kad yang berdaftar, dan "
             "pertukaran petak perlu dibuat di Unit Pelesenan."),
        ]),
    ],
}

IKLAN = {
    "path": "my/kota-belud/permit-iklan-papan-tanda.docx",
    "fmt": "docx",
    "title": "Permit Iklan dan Papan Tanda, Majlis Daerah Kota Belud",
    "region": REGION, "agency": MDKB,
    "source": "https://example.invalid/my/mdkb/permit-iklan",
    "updated": "2026-01-30",
    "service": "Permit iklan, banner, papan tanda",
    "lead": None,
    "sections": [
        ("Pengenalan", [
            "Semua iklan, papan tanda premis, banner dan bunting yang dipamerkan di kawasan "
            "Majlis Daerah Kota Belud memerlukan permit iklan daripada majlis.",
            "Permit ini bertujuan memastikan iklan dipasang dengan selamat, tidak menghalang "
            "pandangan pemandu dan tidak mencacatkan pemandangan pekan. Setiap permit "
            "menyatakan lokasi, saiz dan tempoh pemasangan yang dibenarkan.",
        ]),
        ("Jenis Iklan Yang Memerlukan Permit", [
            ("ul", [
                "Papan tanda nama premis perniagaan.",
                "Banner dan bunting promosi atau program.",
                "Papan iklan besar di tepi jalan.",
                "Iklan pada kenderaan syarikat yang berpangkalan di Kota Belud.",
            ]),
        ]),
        ("Kadar Fi Iklan", [
            ("table", [
                ["Jenis iklan", "Kadar", "Tempoh"],
                ["Papan tanda premis tidak bercahaya", "RM18.00 setiap meter persegi", "Setahun"],
                ["Papan tanda premis bercahaya atau LED", "RM32.00 setiap meter persegi", "Setahun"],
                ["Banner sementara", "RM8.00 sehelai", "14 hari"],
                ["Bunting", "RM1.50 sehelai", "14 hari"],
                ["Papan iklan tepi jalan", "RM55.00 setiap meter persegi", "Setahun"],
                ["Iklan pada kenderaan syarikat", "RM40.00 setiap kenderaan", "Setahun"],
            ]),
            "Kadar dikira berdasarkan keluasan muka iklan, dan iklan dua muka dikira bagi setiap "
            "muka. Tempoh 14 hari bagi banner dan bunting boleh dilanjutkan sekali dengan "
            "bayaran pada kadar yang sama.",
        ]),
        ("Wang Cagaran Banner dan Bunting", [
            "Wang cagaran RM100 dikenakan bagi setiap 50 helai banner atau bunting. Wang "
            "cagaran dikembalikan jika semua iklan diturunkan dalam tempoh 3 hari selepas "
            "tamat tempoh permit.",
        ]),
        ("Syarat Pemasangan", [
            ("ul", [
                "Tidak dipasang di bulatan, tiang lampu isyarat atau pokok.",
                "Ketinggian minimum 2.5 meter dari aras kaki lima.",
                "Bahasa Kebangsaan mesti digunakan dan lebih menonjol daripada bahasa lain.",
            ]),
            "Iklan yang mengandungi unsur lucah, perjudian atau minuman keras tidak akan "
            "diluluskan. Majlis berhak menurunkan iklan yang membahayakan orang awam tanpa "
            "notis, contohnya semasa angin kencang.",
        ]),
        ("Dokumen Yang Perlu Disertakan", [
            ("ul", [
                "Borang Permohonan Iklan IK-1.",
                "Lakaran iklan beserta ukuran.",
                "Gambar lokasi pemasangan.",
                "Salinan lesen perniagaan dan surat kebenaran pemilik bangunan.",
                "Pelan struktur yang disahkan jurutera bagi papan iklan tepi jalan.",
            ]),
        ]),
        ("Tempoh Kelulusan", [
            "Permit banner dan bunting diluluskan dalam tempoh 3 hari bekerja. Permit papan "
            "tanda premis mengambil masa 7 hari bekerja, manakala papan iklan tepi jalan "
            "memerlukan kelulusan jawatankuasa dalam tempoh 30 hari.",
        ]),
        ("Cara Memohon", [
            "Permohonan boleh dibuat melalui portal eIklan MDKB (https://example.invalid/mdkb/eiklan) "
            "atau di kaunter Unit Pelesenan. Bayaran dibuat selepas permohonan diluluskan, dan "
            "setiap banner yang diluluskan akan dicop dengan cop permit majlis.",
            "Pemohon menerima notifikasi melalui e-mel apabila permohonan diluluskan. Banner "
            "yang belum dicop tidak boleh dipasang walaupun bayaran telah dibuat.",
        ]),
        ("Pembaharuan Permit Tahunan", [
            "Permit papan tanda premis dan papan iklan tepi jalan perlu diperbaharui sebelum "
            "31 Januari setiap tahun. Pembaharuan lewat dikenakan caj tambahan 10%.",
            "Notis peringatan dihantar kepada pemegang permit pada awal bulan Disember. Permit "
            "yang tidak diperbaharui selepas 31 Mac dianggap tamat dan papan tanda perlu "
            "diturunkan.",
        ]),
        ("Penalti", [
            "Iklan tanpa permit boleh dikenakan kompaun sehingga RM200 bagi setiap iklan dan "
            "akan diturunkan oleh majlis. Banner yang diturunkan boleh dituntut dengan caj tebus "
            "RM15 sehelai, dan caj menurunkan papan tanda ialah RM150.",
            "Kesalahan berulang dalam tempoh setahun boleh menyebabkan lesen perniagaan premis "
            "berkenaan tidak diperbaharui.",
        ]),
        ("Pejabat dan Hubungan", [
            "Unit Pelesenan dan Iklan, MDKB, Jalan Kudat Lama, 89150 Kota Belud. " + WAKTU +
            " Telefon: 088-976 220. E-mel: iklan@mdkb.example.invalid.",
        ]),
        ("Soalan Lazim", [
            ("faq", "Papan tunjuk arah majlis perkahwinan perlu permit?",
             "Tidak, jika dipasang tidak lebih daripada 3 hari dan tidak melebihi 5 keping."),
            ("faq", "Boleh pasang banner di pagar rumah sendiri?",
             "Boleh, tetapi permit tetap diperlukan jika banner itu mempromosikan perniagaan "
             "atau acara."),
            ("faq", "Bagaimana dengan iklan kempen pilihan raya?",
             "Iklan kempen pilihan raya tertakluk kepada garis panduan tersendiri dan tidak "
             "diliputi halaman ini."),
        ]),
    ],
}

BANJIR = {
    "path": "my/kota-belud/bantuan-mangsa-banjir.md",
    "fmt": "md",
    "title": "Bantuan Mangsa Banjir dan Pusat Pemindahan Sementara, Daerah Kota Belud",
    "region": REGION, "agency": "Pejabat Daerah Kota Belud",
    "source": "https://example.invalid/my/pd-kota-belud/bantuan-banjir",
    "updated": "2026-03-16",
    "service": "Bantuan banjir dan PPS",
    "lead": None,
    "sections": [
        ("Tentang Bantuan Ini", [
            "Pejabat Daerah Kota Belud, melalui Jawatankuasa Pengurusan Bencana Daerah, "
            "menyelaras pemindahan mangsa banjir, pusat pemindahan sementara (PPS) dan bantuan "
            "kepada isi rumah yang terjejas dalam daerah Kota Belud.",
            "Bantuan yang diterangkan di sini ialah bantuan peringkat daerah bagi banjir kilat "
            "dan banjir musim tengkujuh. Halaman ini memberi tumpuan kepada apa yang perlu "
            "dilakukan oleh penduduk sebelum, semasa dan selepas banjir.",
        ]),
        ("Kawasan Berisiko dan Amaran", [
            "Kampung di sepanjang Sungai Tempasuk dan Sungai Kadamaian paling kerap dilanda "
            "banjir pada musim monsun timur laut. Amaran dikeluarkan melalui siren kampung, "
            "SMS dan pengumuman ketua kampung. Apabila siren dibunyikan, penduduk perlu bersedia "
            "untuk berpindah dalam masa 1 jam.",
            "Penduduk di kawasan rendah dinasihatkan menyimpan dokumen penting dalam beg kalis "
            "air, mengalihkan barang elektrik ke tempat tinggi dan mengenal pasti laluan ke PPS "
            "terdekat sebelum musim hujan bermula pada bulan November.",
        ]),
        ("Pusat Pemindahan Sementara (PPS)", [
            ("ul", [
                "Dewan Serbaguna Pekan Kota Belud.",
                "Dewan Komuniti Tempasuk.",
                "Balai Raya Kampung Kuala Abai.",
            ]),
            "Bawa dokumen penting, ubat-ubatan, pakaian untuk 3 hari dan lampu suluh.",
            "Setiap PPS dilengkapi ruang solat, tandas, bekalan air bersih dan kaunter "
            "kesihatan. Haiwan peliharaan tidak dibenarkan di dalam dewan, tetapi boleh "
            "ditempatkan di kawasan khas di luar bangunan. Warga emas, OKU dan ibu mengandung "
            "diberi keutamaan ruang berhampiran pintu keluar.",
        ]),
        ("Pendaftaran Mangsa", [
            "Ketua isi rumah perlu mendaftar di kaunter PPS. Mangsa yang tidak berpindah ke PPS, "
            "contohnya menumpang di rumah saudara, boleh mendaftar di Pejabat Daerah dalam "
            "tempoh 14 hari selepas air surut.",
            "Pendaftaran dibuat sekali sahaja bagi setiap isi rumah. Maklumat yang direkodkan "
            "termasuk bilangan ahli isi rumah, alamat dan keadaan rumah. Pastikan nombor "
            "telefon yang diberikan aktif kerana pegawai akan menghubungi anda untuk penilaian "
            "kerosakan.",
        ]),
        ("Jenis Bantuan", [
            ("ul", [
                "Bantuan Wang Ihsan sebanyak RM800 bagi setiap ketua isi rumah yang terjejas.",
                "Makanan harian dan keperluan asas sepanjang berada di PPS.",
                "Bantuan baik pulih rumah sehingga RM5,000 bagi rumah yang rosak teruk dan sehingga RM2,000 bagi kerosakan sebahagian.",
                "Pembersihan kawasan awam pasca banjir bersama Majlis Daerah Kota Belud.",
            ]),
        ]),
        ("Syarat Kelayakan", [
            ("ul", [
                "Rumah ditenggelami air atau penghuni diarah berpindah oleh pihak berkuasa.",
                "Alamat kediaman dalam daerah Kota Belud.",
                "Satu bayaran bagi satu isi rumah bagi setiap kejadian banjir.",
                "Penyewa rumah turut layak menerima Bantuan Wang Ihsan.",
            ]),
        ]),
        ("Dokumen Diperlukan", [
            ("ul", [
                "MyKad ketua isi rumah.",
                "Bukti alamat seperti bil elektrik atau surat pengesahan ketua kampung.",
                "Gambar kerosakan rumah, jika memohon bantuan baik pulih.",
                "Nombor akaun bank atas nama ketua isi rumah.",
            ]),
        ]),
        ("Tempoh Bayaran", [
            "Bantuan Wang Ihsan dibayar dalam tempoh 21 hari selepas pendaftaran disahkan. "
            "Penilaian kerosakan rumah oleh pegawai teknikal dibuat dalam tempoh 30 hari, dan "
            "bantuan baik pulih disalurkan selepas laporan penilaian diluluskan.",
            "Bayaran dibuat terus ke akaun bank ketua isi rumah. Bagi mangsa yang tiada akaun "
            "bank, bayaran tunai diserahkan di Pejabat Daerah dengan notis terlebih dahulu.",
        ]),
        ("Semakan Status dan Rayuan", [
            "Status boleh disemak di kaunter Pejabat Daerah atau melalui portal SemakBencana "
            "KB (https://example.invalid/kotabelud/bencana). Rayuan boleh dikemukakan dalam "
            "tempoh 30 hari selepas keputusan dengan mengisi Borang Rayuan BB-3.",
        ]),
        ("Bilik Gerakan dan Pejabat", [
            "Bilik Gerakan Bencana Daerah, Pejabat Daerah Kota Belud, 89150 Kota Belud, "
            "beroperasi 24 jam sepanjang tempoh bencana. Kaunter biasa dibuka Isnin hingga "
            "Jumaat, 8.00 pagi hingga 5.00 petang.",
        ]),
        ("Talian Kecemasan dan Hubungan", [
            "Bilik gerakan: 088-976 310. Dalam kecemasan yang mengancam nyawa, hubungi 999. "
            "E-mel: banjir@kotabelud.example.invalid.",
        ]),
        ("Soalan Lazim", [
            ("faq", "Kereta rosak kena banjir, ada bantuan?",
             "Tidak. Kerosakan kenderaan tidak diliputi; sila rujuk syarikat insurans anda."),
            ("faq", "Saya penyewa, tuan rumah pun minta bantuan. Siapa yang dapat?",
             "Bantuan Wang Ihsan diberikan kepada isi rumah yang mendiami rumah tersebut "
             "semasa banjir, manakala bantuan baik pulih rumah diberikan kepada pemilik rumah."),
        ]),
    ],
}

DOCS = [TAMU, IKLAN, BANJIR]
