"""Kulai (Majlis Perbandaran Kulai): three local services. Figures are invented."""

from content_national import END, NOTE

AGENCY = "Majlis Perbandaran Kulai (MPKu)"
REGION = "Kulai, Johor"


def meta(title, slug, updated):
    return {"title": title, "lang": "ms", "country": "MY", "region": REGION,
            "agency": AGENCY, "source": f"https://www.mpkulai.example.invalid/perkhidmatan/{slug}",
            "updated": updated, "note": NOTE}


UBAHSUAI = {
    "path": "my/kulai/permit-ubahsuai.pdf",
    "format": "pdf",
    "meta": meta("Permit Ubah Suai dan Tambahan Rumah Kediaman", "permit-ubahsuai",
                 "2026-02-20"),
    "intro": [
        "Risalah ini menerangkan bila pemilik rumah dalam kawasan Majlis Perbandaran Kulai "
        "perlu memohon permit sebelum mengubah suai atau menambah binaan rumah kediaman, "
        "dokumen yang perlu disediakan, fi yang dikenakan dan tempoh kelulusan.",
    ],
    "sections": [
        ("Kerja Yang Memerlukan Permit", [
            ("ul", [
                "Membina bumbung anjung atau awning di hadapan atau belakang rumah",
                "Membesarkan dapur atau menambah bilik di belakang rumah",
                "Membina atau meninggikan pagar dan pintu pagar",
                "Memindahkan atau membuka dinding yang menanggung beban",
                "Menambah tingkat atau ruang loteng",
            ]),
        ]),
        ("Kerja Yang Tidak Memerlukan Permit", [
            ("ul", [
                "Mengecat dinding dalam dan luar rumah",
                "Menukar jubin lantai, kabinet dapur dan kelengkapan bilik air",
                "Membaiki bumbung bocor tanpa mengubah struktur",
                "Memasang jeriji tingkap dan pintu",
            ]),
            ("p", "Walaupun permit tidak diperlukan, sisa binaan mesti dibuang di tapak "
                  "pelupusan yang dibenarkan dan tidak boleh diletakkan di bahu jalan."),
        ]),
        ("Persyaratan Pemohon", [
            ("ul", [
                "Pemohon ialah pemilik berdaftar rumah atau wakil yang diberi surat kuasa.",
                "Cukai taksiran rumah telah dijelaskan sepenuhnya.",
                "Kerja tambahan tidak melepasi garisan lot dan tidak menutup longkang awam.",
                "Kontraktor yang dilantik berdaftar dengan CIDB bagi kerja bernilai melebihi "
                "RM 20,000.",
            ]),
        ]),
        ("Dokumen Permohonan", [
            ("ul", [
                "Borang Permohonan Ubah Suai MPKu-BU1 yang lengkap diisi",
                "Salinan geran atau surat hak milik",
                "Resit cukai taksiran terkini",
                "Pelan lakaran kerja (kerja kecil) atau pelan bertauliah oleh arkitek atau "
                "jurutera (kerja struktur)",
                "Gambar keadaan rumah sekarang dari hadapan dan belakang",
                "Surat persetujuan jiran sebelah bagi rumah teres dan berkembar",
            ]),
        ]),
        ("Proses Permohonan", [
            ("ol", [
                "Hantar permohonan melalui portal ePermit Kulai "
                "(https://epermit.mpkulai.example.invalid) atau di Kaunter Setempat.",
                "Pegawai Jabatan Bangunan membuat pemeriksaan tapak.",
                "Keputusan dihantar melalui e-mel dan SMS.",
                "Bayar fi permit dan deposit, kemudian pamerkan permit di tapak kerja.",
            ]),
            ("p", "Permohonan yang tidak lengkap akan dikembalikan kepada pemohon dalam tempoh 3 "
                  "hari bekerja berserta senarai dokumen yang perlu ditambah."),
        ]),
        ("Fi dan Deposit", [
            ("ul", [
                "Fi proses permohonan: RM 50",
                "Fi permit tambahan binaan: RM 1.50 bagi setiap meter persegi, minimum RM 100",
                "Fi permit pagar: RM 2 bagi setiap meter panjang",
                "Deposit kebersihan: RM 300, dipulangkan selepas kerja siap dan tapak diperiksa",
            ]),
        ]),
        ("Tempoh Kelulusan", [
            ("p", "Permohonan kerja kecil dengan pelan lakaran diluluskan dalam tempoh 7 hari "
                  "bekerja."),
            ("p", "Permohonan yang melibatkan kerja struktur dan pelan bertauliah mengambil "
                  "masa 30 hari bekerja."),
            ("p", "Permit sah selama 6 bulan dari tarikh kelulusan dan boleh dilanjutkan sekali "
                  "sahaja."),
        ]),
        ("Penalti", [
            ("p", "Kerja ubah suai tanpa permit boleh dikenakan kompaun sehingga RM 2,000."),
            ("p", "Majlis juga boleh mengeluarkan notis supaya binaan dirobohkan dalam tempoh "
                  "30 hari."),
            ("p", "Permohonan selepas kerja siap dikenakan fi dua kali ganda dan hanya "
                  "diluluskan jika binaan mematuhi syarat."),
        ]),
        ("Soalan Lazim", [
            ("faq", [
                ("Adakah saya perlu permit untuk memasang kanopi kereta?",
                 "Ya. Kanopi kereta dikira sebagai bumbung anjung dan memerlukan permit."),
                ("Jiran tidak mahu menandatangani surat persetujuan. Apa boleh dibuat?",
                 "Majlis akan memanggil kedua-dua pihak untuk sesi perbincangan sebelum "
                 "keputusan dibuat."),
                ("Bolehkah kontraktor memohon bagi pihak saya?",
                 "Boleh, dengan surat kuasa yang ditandatangani pemilik."),
            ]),
        ]),
        ("Waktu Pejabat dan Hubungi", [
            ("p", "Jabatan Bangunan, Aras 2, Menara MPKu, Jalan Pejabat Kerajaan 2, 81000 Kulai, "
                  "Johor."),
            ("p", "Isnin hingga Jumaat, 8.00 pagi hingga 5.00 petang. Rehat Jumaat 12.15 "
                  "tengah hari hingga 2.45 petang."),
            ("p", "Telefon: 07-663 4120. E-mel: bangunan@mpkulai.example.invalid."),
            ("p", "Risalah ini tidak termasuk permohonan pelan bangunan baharu, pecah sempadan "
                  "tanah dan permit iklan."),
            ("p", END),
        ]),
    ],
}

ANJING = {
    "path": "my/kulai/lesen-anjing.md",
    "format": "md",
    "faq_style": "h3",
    "meta": meta("Lesen Memelihara Anjing di Kulai", "lesen-anjing", "2026-01-19"),
    "intro": [
        "Setiap anjing berumur 3 bulan ke atas yang dipelihara dalam kawasan Majlis Perbandaran "
        "Kulai wajib dilesenkan. Lesen membantu Majlis mengawal rabies, anjing liar dan "
        "gangguan kepada jiran.",
    ],
    "sections": [
        ("Siapa Perlu Memohon", [
            ("p", "Pemilik anjing berumur 18 tahun ke atas yang tinggal di rumah bertanah dalam "
                  "kawasan Majlis. Pemilik yang tinggal di rumah pangsa, pangsapuri dan "
                  "kondominium tidak dibenarkan memelihara anjing. Setiap anjing memerlukan "
                  "lesen yang berasingan."),
        ]),
        ("Had Bilangan Anjing", [
            ("table", ["Jenis Rumah", "Bilangan Maksimum"], [
                ["Rumah teres", "2 ekor"],
                ["Rumah berkembar", "3 ekor"],
                ["Banglo dan rumah kampung", "4 ekor"],
                ["Rumah pangsa, pangsapuri, kondominium", "Tidak dibenarkan"],
            ]),
        ]),
        ("Syarat Pemeliharaan", [
            ("ul", [
                "Anjing telah diberi vaksin anti-rabies dalam tempoh 12 bulan yang lalu.",
                "Anjing dipasang cip mikro oleh doktor haiwan berdaftar.",
                "Kawasan rumah berpagar sepenuhnya supaya anjing tidak keluar.",
                "Anjing dibawa keluar dengan tali dan, bagi baka besar, dengan penutup mulut.",
            ]),
            ("p", "Baka yang dikategorikan berbahaya, seperti Pit Bull dan Rottweiler, memerlukan "
                  "kebenaran khas daripada Jabatan Perkhidmatan Veterinar sebelum lesen "
                  "dikeluarkan."),
        ]),
        ("Dokumen Yang Diperlukan", [
            ("ul", [
                "Salinan MyKad pemilik",
                "Gambar anjing dari sisi",
                "Sijil vaksin anti-rabies dan nombor cip mikro daripada klinik haiwan",
                "Bukti pemilikan rumah atau surat kebenaran tuan rumah bagi penyewa",
            ]),
        ]),
        ("Fi Lesen", [
            ("table", ["Perkara", "Fi"], [
                ["Anjing yang telah dimandulkan", "RM 12 setahun"],
                ["Anjing yang belum dimandulkan", "RM 30 setahun"],
                ["Tag lesen gantian", "RM 5"],
            ]),
        ]),
        ("Cara Memohon", [
            ("p", "Permohonan dibuat melalui portal MPKu eHaiwan (https://ehaiwan.mpkulai."
                  "example.invalid) atau di Kaunter Setempat Menara MPKu. Lesen dan tag logam "
                  "dikeluarkan dalam tempoh 3 hari bekerja dan boleh diambil di kaunter atau "
                  "dihantar melalui pos. Tag mesti dipasang pada kolar anjing setiap masa."),
            ("p", "Pemilik yang memohon dalam tempoh 30 hari selepas mendapat anjing baharu tidak "
                  "dikenakan sebarang caj lewat."),
        ]),
        ("Pembaharuan Lesen", [
            ("p", "Lesen sah dari 1 Januari hingga 31 Disember. Pembaharuan mesti dibuat sebelum "
                  "31 Januari setiap tahun. Pembaharuan lewat dikenakan surcaj 50% daripada fi "
                  "lesen."),
        ]),
        ("Anjing Tanpa Lesen dan Penalti", [
            ("p", "Memelihara anjing tanpa lesen boleh dikenakan kompaun RM 200. Anjing yang "
                  "berkeliaran di kawasan awam akan ditangkap dan ditempatkan di Pusat Kurungan "
                  "Haiwan MPKu."),
            ("p", "Pemilik boleh menebus anjing dalam tempoh 7 hari dengan membayar caj tebusan "
                  "RM 100 dan caj makanan RM 10 sehari. Anjing yang tidak dituntut selepas "
                  "tempoh itu akan diserahkan untuk pengambilan angkat atau dilupuskan."),
        ]),
        ("Perkara Yang Tidak Termasuk", [
            ("p", "Perkhidmatan ini tidak termasuk aduan anjing liar, pemeliharaan kucing dan "
                  "haiwan ternakan, serta lesen kedai haiwan peliharaan."),
        ]),
        ("Soalan Lazim", [
            ("faq", [
                ("Anjing saya mati. Perlukah saya memaklumkan Majlis?",
                 "Ya. Maklumkan di kaunter atau portal dalam tempoh 30 hari supaya lesen "
                 "dibatalkan."),
                ("Saya berpindah ke rumah lain di Kulai. Adakah lesen masih sah?",
                 "Lesen masih sah, tetapi alamat baharu mesti dikemas kini dan had bilangan "
                 "anjing bagi rumah baharu akan diguna pakai."),
                ("Tag lesen hilang. Apa perlu dibuat?",
                 "Mohon tag gantian di kaunter dengan bayaran yang ditetapkan."),
            ]),
        ]),
        ("Hubungi Kami", [
            ("p", "Jabatan Kesihatan Persekitaran, Menara MPKu, Jalan Pejabat Kerajaan 2, 81000 "
                  "Kulai. Isnin hingga Jumaat, 8.00 pagi hingga 5.00 petang. Telefon: "
                  "07-663 4155. E-mel: kesihatan@mpkulai.example.invalid."),
            ("p", END),
        ]),
    ],
}

POKOK = {
    "path": "my/kulai/tebang-cantas-pokok.md",
    "format": "md",
    "faq_style": "bold",
    "meta": meta("Tebang dan Cantas Pokok serta Aduan Pokok Tumbang di Kulai",
                 "pokok", "2026-03-16"),
    "intro": [
        "Majlis Perbandaran Kulai menyelenggara pokok di rizab jalan, taman awam dan kawasan "
        "lapang. Halaman ini menerangkan cara memohon cantasan atau tebangan pokok, cara "
        "membuat aduan pokok tumbang, serta caj bagi kerja di premis persendirian.",
    ],
    "sections": [
        ("Skop Perkhidmatan", [
            ("ul", [
                "Pokok di rizab jalan dan taman awam: dicantas dan ditebang oleh Majlis tanpa "
                "caj.",
                "Pokok dalam kawasan rumah atau premis persendirian: tanggungjawab pemilik. "
                "Pemilik boleh memohon Majlis melakukan kerja dengan caj.",
                "Pokok yang tingginya melebihi 8 meter dalam premis persendirian memerlukan "
                "kebenaran Majlis sebelum ditebang, walaupun kerja dibuat oleh kontraktor "
                "sendiri.",
            ]),
            ("p", "Pokok warisan yang disenaraikan oleh Majlis tidak boleh ditebang kecuali atas "
                  "sebab keselamatan yang disahkan oleh pegawai landskap."),
        ]),
        ("Siapa Boleh Memohon", [
            ("p", "Pemilik atau penghuni premis, persatuan penduduk dan pengurusan taman "
                  "perumahan. Penyewa perlu mendapatkan persetujuan bertulis pemilik rumah."),
        ]),
        ("Syarat dan Dokumen", [
            ("ul", [
                "Borang Permohonan Tebangan dan Cantasan Pokok TP-01",
                "Salinan MyKad pemohon",
                "Gambar pokok dan lokasinya",
                "Salinan resit cukai taksiran terkini (bagi pokok dalam premis persendirian)",
            ]),
        ]),
        ("Langkah Permohonan", [
            ("ol", [
                "Hantar borang melalui aplikasi iAdu MPKu, e-mel atau di Kaunter Setempat.",
                "Pegawai landskap membuat pemeriksaan tapak dalam tempoh 5 hari bekerja.",
                "Pemohon dimaklumkan sama ada pokok perlu dicantas, ditebang atau dikekalkan.",
                "Bagi kerja berbayar, caj dijelaskan sebelum tarikh kerja ditetapkan.",
            ]),
        ]),
        ("Caj Kerja di Premis Persendirian", [
            ("ul", [
                "Fi kebenaran menebang (kontraktor sendiri): RM 20",
                "Cantasan oleh Majlis: RM 80 bagi setiap pokok",
                "Tebangan pokok kecil (tinggi kurang 8 meter): RM 250",
                "Tebangan pokok besar (tinggi 8 meter ke atas): RM 600",
                "Pengangkutan sisa kayu: termasuk dalam caj",
            ]),
        ]),
        ("Tempoh Tindakan", [
            ("p", "Pokok tumbang yang menghalang jalan atau membahayakan nyawa akan dialihkan "
                  "dalam tempoh 24 jam selepas aduan diterima. Cantasan rutin atas permohonan "
                  "dibuat dalam tempoh 14 hari bekerja selepas pemeriksaan. Kerja tidak dijalankan "
                  "semasa hujan lebat atau ribut."),
        ]),
        ("Aduan Pokok Tumbang atau Berbahaya", [
            ("p", "Aduan kecemasan boleh dibuat 24 jam melalui Bilik Gerakan MPKu di talian "
                  "07-663 4999. Aduan biasa, seperti dahan tergantung atau akar merosakkan "
                  "longkang, boleh dihantar melalui aplikasi iAdu MPKu berserta gambar dan lokasi."),
        ]),
        ("Tuntutan Kerosakan", [
            ("p", "Pemilik kenderaan atau harta yang rosak akibat pokok Majlis tumbang boleh "
                  "mengemukakan tuntutan secara bertulis dalam tempoh 30 hari dari tarikh "
                  "kejadian, berserta laporan polis, gambar dan anggaran kos baik pulih. Setiap "
                  "tuntutan disiasat dan tidak semestinya diluluskan, terutamanya jika kejadian "
                  "berpunca daripada bencana alam."),
        ]),
        ("Penalti", [
            ("p", "Menebang atau merosakkan pokok di rizab jalan atau taman awam tanpa kebenaran "
                  "boleh dikenakan kompaun sehingga RM 1,500 bagi setiap pokok."),
            ("p", "Perkhidmatan ini tidak termasuk pokok di lebuh raya bertol, tanah ladang dan "
                  "tanah kerajaan negeri, serta kerja memotong rumput."),
        ]),
        ("Soalan dan Jawapan", [
            ("faq", [
                ("Pokok jiran condong ke rumah saya. Bolehkah Majlis menebangnya?",
                 "Majlis akan memeriksa dan mengeluarkan notis kepada pemilik pokok supaya "
                 "mencantas atau menebangnya dalam tempoh yang ditetapkan."),
                ("Bolehkah saya mengambil kayu daripada pokok yang ditebang?",
                 "Boleh, jika dimaklumkan semasa permohonan. Kayu mesti diambil pada hari kerja "
                 "dijalankan."),
                ("Adakah Majlis mencantas pokok buah-buahan dalam rumah?",
                 "Boleh, dengan caj cantasan biasa."),
            ]),
        ]),
        ("Hubungi Jabatan Landskap", [
            ("p", "Jabatan Landskap dan Rekreasi, Menara MPKu, Jalan Pejabat Kerajaan 2, 81000 "
                  "Kulai. Isnin hingga Jumaat, 8.00 pagi hingga 5.00 petang. Telefon pejabat: "
                  "07-663 4188. E-mel: landskap@mpkulai.example.invalid."),
            ("p", END),
        ]),
    ],
}

DOCS = [UBAHSUAI, ANJING, POKOK]
