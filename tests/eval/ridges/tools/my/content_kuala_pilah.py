"""Kuala Pilah, Negeri Sembilan (Majlis Daerah Kuala Pilah): 4 documents."""

REGION = "Kuala Pilah, Negeri Sembilan"
MDKP = "Majlis Daerah Kuala Pilah (MDKP)"
WAKTU = ("Isnin hingga Khamis, 8.00 pagi hingga 4.30 petang; Jumaat, 8.00 pagi hingga "
         "12.15 tengah hari dan 2.45 petang hingga 4.30 petang. Tutup pada hari Sabtu, "
         "Ahad dan cuti umum.")

CUKAI = {
    "path": "my/kuala-pilah/cukai-taksiran.md",
    "fmt": "md",
    "title": "Cukai Taksiran (Cukai Pintu) Majlis Daerah Kuala Pilah",
    "region": REGION, "agency": MDKP,
    "source": "https://example.invalid/my/mdkp/cukai-taksiran",
    "updated": "2026-02-02",
    "service": "Cukai taksiran / cukai pintu",
    "lead": None,
    "sections": [
        ("Apa Itu Cukai Taksiran", [
            "Cukai taksiran, atau lebih dikenali sebagai cukai pintu, ialah cukai yang "
            "dikenakan oleh Majlis Daerah Kuala Pilah (MDKP) ke atas setiap pegangan dalam "
            "kawasan pentadbiran majlis. Hasil kutipan digunakan untuk lampu jalan, "
            "penyelenggaraan longkang, taman rekreasi dan pembersihan kawasan awam.",
            "Cukai taksiran berbeza daripada cukai tanah, yang dibayar kepada Pejabat Tanah "
            "dan Daerah Kuala Pilah dan tidak diterangkan di halaman ini.",
        ]),
        ("Siapa Yang Perlu Membayar", [
            "Pemilik berdaftar setiap pegangan bertanggungjawab membayar cukai taksiran, "
            "termasuk rumah kediaman, kedai, premis industri dan tanah kosong dalam kawasan "
            "majlis. Penyewa tidak bertanggungjawab kecuali perjanjian sewa menyatakan "
            "sebaliknya. Bil dihantar ke alamat pos yang didaftarkan oleh pemilik.",
        ]),
        ("Kadar Mengikut Kawasan", [
            "Cukai dikira sebagai peratusan daripada Nilai Tahunan pegangan, iaitu anggaran "
            "sewa setahun yang munasabah bagi pegangan tersebut.",
            ("table", [
                ["Jenis pegangan", "Bandar Kuala Pilah", "Pekan kecil (Johol, Dangi, Juasseh)", "Kawasan lain"],
                ["Kediaman", "5.5%", "4.0%", "3.0%"],
                ["Kedai dan komersial", "9.0%", "7.0%", "5.5%"],
                ["Industri", "10.0%", "8.0%", "6.5%"],
                ["Tanah kosong", "3.5%", "2.5%", "1.5%"],
            ]),
            "Cukai minimum bagi setiap pegangan ialah RM40.00 setahun, walaupun pengiraan "
            "peratusan memberikan jumlah yang lebih rendah.",
        ]),
        ("Tarikh Akhir Bayaran", [
            "Cukai dibayar dua kali setahun. Bayaran penggal pertama perlu dibuat sebelum "
            "31 Mac dan penggal kedua sebelum 30 September. Pembayar boleh menjelaskan cukai "
            "setahun sekali gus pada penggal pertama.",
        ]),
        ("Saluran Pembayaran", [
            ("ul", [
                "Kaunter Hasil MDKP di Bangunan MDKP, Kuala Pilah.",
                "Portal ePilahBayar (https://example.invalid/mdkp/bayar) dengan FPX, kad debit atau kad kredit.",
                "Aplikasi perbankan yang menyokong bayaran bil, dengan kod pengebil 48213.",
                "Kaunter bergerak di Pekan Johol dan Pekan Dangi pada minggu pertama bulan Mac dan September.",
            ]),
            "Resit rasmi dikeluarkan serta-merta bagi bayaran di kaunter. Bayaran dalam talian "
            "dikemas kini dalam akaun cukai dalam tempoh 2 hari bekerja.",
        ]),
        ("Lewat Bayar dan Tindakan Majlis", [
            "Jika cukai tidak dijelaskan selepas tarikh akhir penggal, Notis E akan dikeluarkan "
            "bersama caj notis RM15.00. Denda lewat sebanyak 10% daripada cukai tertunggak "
            "turut dikenakan.",
            "Jika tunggakan masih belum dibayar dalam tempoh 15 hari selepas Notis E, majlis "
            "boleh mengeluarkan Waran F untuk menyita harta alih dalam pegangan tersebut, "
            "dengan caj waran RM30.00. Harta yang disita boleh dilelong jika tunggakan tidak "
            "dijelaskan.",
        ]),
        ("Rebat dan Pengurangan", [
            ("ul", [
                "Rebat Warga Emas: 15% bagi pemilik berumur 60 tahun ke atas yang mendiami rumah "
                "sendiri, bagi satu pegangan sahaja.",
                "Rebat Bayaran Awal: 5% jika cukai setahun dibayar penuh sebelum 31 Januari.",
                "Pengecualian sebahagian boleh dipohon oleh rumah ibadat, tanah perkuburan dan "
                "pertubuhan kebajikan berdaftar.",
            ]),
            "Rebat warga emas dipohon sekali sahaja di Kaunter Hasil dengan membawa MyKad dan "
            "bil cukai terkini.",
        ]),
        ("Pindah Milik dan Tukar Nama", [
            "Pemilik baharu perlu memaklumkan MDKP dalam tempoh 30 hari selepas pindah milik "
            "didaftarkan di Pejabat Tanah. Isi Borang PT-3 dan sertakan salinan geran atau "
            "perjanjian jual beli, salinan MyKad dan bil cukai terakhir. Fi pemprosesan ialah "
            "RM10.00. Pertukaran nama dalam rekod majlis mengambil masa 14 hari bekerja.",
        ]),
        ("Bantahan Nilaian", [
            "Apabila majlis menyediakan Senarai Nilaian baharu, setiap pemilik akan menerima "
            "notis nilaian. Bantahan secara bertulis mesti dihantar dalam tempoh 21 hari dari "
            "tarikh notis, dan pemilik akan dimaklumkan tarikh pendengaran bantahan.",
        ]),
        ("Kaunter dan Waktu Operasi", [
            "Kaunter Hasil, Tingkat Bawah, Bangunan MDKP, Jalan Tuanku Antah, 72000 Kuala "
            "Pilah. " + WAKTU,
        ]),
        ("Hubungi Unit Hasil", [
            "Telefon: 06-481 2270. E-mel: hasil@mdkp.example.invalid. Nyatakan nombor akaun "
            "cukai anda dalam setiap pertanyaan.",
        ]),
        ("Soalan Lazim", [
            ("faq", "Bil cukai hilang, macam mana nak tahu jumlah yang perlu dibayar?",
             "Semak di portal ePilahBayar menggunakan nombor akaun atau nombor MyKad pemilik, "
             "atau minta salinan bil di Kaunter Hasil."),
            ("faq", "Boleh bayar secara ansuran?",
             "Boleh. Pemilik yang menghadapi kesukaran boleh memohon bayaran ansuran sehingga "
             "6 bulan dengan mengisi borang di Kaunter Hasil."),
        ]),
    ],
}

DEWAN = {
    "path": "my/kuala-pilah/sewa-dewan.html",
    "fmt": "html",
    "title": "Sewaan Dewan Majlis Daerah Kuala Pilah",
    "region": REGION, "agency": MDKP,
    "source": "https://example.invalid/my/mdkp/sewa-dewan",
    "updated": "2026-03-10",
    "service": "Sewaan dewan",
    "lead": "Majlis Daerah Kuala Pilah menyewakan dewan milik majlis kepada orang awam untuk "
            "majlis perkahwinan, kenduri, mesyuarat, kursus dan aktiviti kemasyarakatan.",
    "sections": [
        ("Dewan Yang Ditawarkan", [
            ("ul", [
                "Dewan Besar MDKP, Kuala Pilah: kapasiti 600 orang, berhawa dingin, dengan pentas dan sistem PA.",
                "Dewan Serbaguna Seri Menanti: kapasiti 300 orang, berkipas, dengan dapur kecil.",
                "Dewan Orang Ramai Johol: kapasiti 150 orang, berkipas.",
            ]),
        ]),
        ("Siapa Boleh Menyewa", [
            "Dewan boleh disewa oleh orang awam, pertubuhan berdaftar, agensi kerajaan dan "
            "syarikat. Pemohon individu mesti berumur 21 tahun ke atas dan hadir sendiri pada "
            "hari majlis atau melantik wakil secara bertulis.",
        ]),
        ("Kadar Sewa", [
            "Dewan Besar MDKP dikenakan RM450 sehari (8.00 pagi hingga 11.00 malam) atau RM70 "
            "sejam bagi tempahan kurang daripada 4 jam. Dewan Serbaguna Seri Menanti dikenakan "
            "RM250 sehari, manakala Dewan Orang Ramai Johol RM120 sehari.",
            "Pertubuhan kebajikan berdaftar dan sekolah kerajaan menerima potongan 50% daripada "
            "kadar sewa. Caj pembersihan RM80 dikenakan bagi majlis perkahwinan di Dewan Besar.",
            "Kadar sewa termasuk bekalan elektrik dan air, tetapi penggunaan penghawa dingin di "
            "luar waktu tempahan dikenakan caj tambahan RM50 sejam.",
        ]),
        ("Wang Cagaran", [
            "Wang cagaran ialah RM300 bagi Dewan Besar MDKP dan RM150 bagi dewan lain. Wang "
            "cagaran dipulangkan dalam tempoh 14 hari bekerja selepas pemeriksaan dewan, "
            "setelah ditolak kos kerosakan atau kehilangan peralatan, jika ada.",
        ]),
        ("Cara Membuat Tempahan", [
            ("ol", [
                "Semak tarikh kosong di portal eDewan Pilah (https://example.invalid/mdkp/edewan) atau melalui telefon.",
                "Isi Borang Tempahan Dewan BD-1 dalam talian atau di kaunter.",
                "Bayar wang cagaran dalam tempoh 3 hari bekerja untuk mengesahkan tempahan; jika tidak, tempahan sementara dibatalkan.",
                "Jelaskan baki sewa sekurang-kurangnya 14 hari sebelum tarikh majlis.",
            ]),
            "Tempahan boleh dibuat paling awal 12 bulan dan paling lewat 21 hari sebelum tarikh "
            "majlis.",
        ]),
        ("Tempoh Kelulusan", [
            "Tempahan yang lengkap diluluskan dalam tempoh 5 hari bekerja. Program ceramah "
            "umum atau perhimpunan memerlukan permit polis, dan kelulusan boleh mengambil masa "
            "sehingga 10 hari bekerja.",
            "Surat kelulusan dihantar melalui e-mel dan perlu ditunjukkan kepada penjaga dewan "
            "pada hari majlis.",
        ]),
        ("Pembatalan dan Bayaran Balik", [
            "Pembatalan lebih daripada 30 hari sebelum tarikh majlis: 80% sewa dikembalikan. "
            "Pembatalan antara 14 hingga 30 hari sebelum majlis: 50% sewa dikembalikan. "
            "Pembatalan kurang daripada 14 hari: tiada bayaran balik sewa. Wang cagaran "
            "dipulangkan sepenuhnya bagi setiap pembatalan. Penukaran tarikh dibenarkan sekali "
            "tanpa caj, tertakluk kepada tarikh kosong.",
        ]),
        ("Peraturan Penggunaan Dewan", [
            ("ul", [
                "Minuman keras dan perjudian dilarang sama sekali.",
                "Sistem bunyi mesti dimatikan selewat-lewatnya pada 11.00 malam.",
                "Hiasan tidak boleh dipaku atau dilekatkan pada dinding dengan pita kuat.",
                "Dapur gas hanya boleh digunakan di ruang dapur Dewan Serbaguna Seri Menanti.",
                "Penyewa bertanggungjawab membersihkan dewan selepas digunakan.",
            ]),
            "Kunci mesti diserahkan kepada penjaga dewan selewat-lewatnya pada 11.30 malam, dan "
            "pemeriksaan bersama dibuat sebelum kunci diterima.",
        ]),
        ("Waktu Pejabat Tempahan", [
            "Unit Pengurusan Aset, Tingkat 1, Bangunan MDKP, Jalan Tuanku Antah, 72000 Kuala "
            "Pilah. " + WAKTU,
        ]),
        ("Untuk Pertanyaan", [
            "Telefon: 06-481 2315. E-mel: dewan@mdkp.example.invalid. WhatsApp tempahan: "
            "011-2640 7781 (mesej sahaja, tiada panggilan).",
        ]),
        ("Soalan Lazim", [
            ("faq", "Boleh tengok dewan dulu sebelum tempah?",
             "Boleh. Lawatan dibuat dengan temujanji pada hari bekerja, 9.00 pagi hingga 3.00 "
             "petang."),
            ("faq", "Kerusi dan meja disediakan?",
             "Sebanyak 400 kerusi dan 50 meja bulat di Dewan Besar MDKP termasuk dalam sewa. "
             "Alas meja dan katering tidak disediakan oleh majlis."),
            ("faq", "Boleh masuk awal untuk hias dewan?",
             "Boleh, pada petang sebelum majlis dari 3.00 petang hingga 7.00 malam dengan caj "
             "RM100, jika dewan tidak ditempah oleh pihak lain."),
        ]),
    ],
}

PENJAJA = {
    "path": "my/kuala-pilah/lesen-penjaja.md",
    "fmt": "md",
    "title": "Lesen Penjaja dan Peniaga Kecil, Majlis Daerah Kuala Pilah",
    "region": REGION, "agency": MDKP,
    "source": "https://example.invalid/my/mdkp/lesen-penjaja",
    "updated": "2026-01-26",
    "service": "Lesen penjaja / pasar malam / bazar Ramadan",
    "lead": None,
    "sections": [
        ("Mengenai Lesen Ini", [
            "Lesen penjaja dikeluarkan oleh MDKP kepada individu yang berniaga di tempat "
            "awam, di tapak yang ditetapkan oleh majlis, di pasar malam atau secara bergerak "
            "dalam daerah Kuala Pilah. Lesen premis kedai dan lesen kilang tidak diliputi "
            "halaman ini.",
            "Lesen ini memastikan perniagaan kecil dijalankan secara teratur, bersih dan tidak "
            "mengganggu lalu lintas. Setiap pemegang lesen diberikan kad penjaja yang mesti "
            "dipamerkan semasa berniaga.",
        ]),
        ("Jenis Lesen", [
            ("ul", [
                "Penjaja statik: gerai tetap di tapak milik majlis.",
                "Penjaja bergerak: menggunakan motosikal, van atau kereta sorong.",
                "Pasar malam dan pasar tani mingguan.",
                "Bazar Ramadan: lesen sementara sepanjang bulan Ramadan.",
            ]),
        ]),
        ("Syarat Kelayakan", [
            ("ul", [
                "Warganegara Malaysia berumur 18 tahun ke atas dan bermastautin di daerah Kuala Pilah.",
                "Tidak memegang lebih daripada satu lesen penjaja.",
                "Penjaja makanan wajib mendapat suntikan pelalian tifoid dan sijil Kursus Pengendalian Makanan.",
                "Pembantu penjaja mesti warganegara; pekerja asing tidak dibenarkan.",
            ]),
        ]),
        ("Dokumen Yang Diperlukan", [
            ("ul", [
                "Salinan MyKad dan 2 keping gambar berukuran pasport.",
                "Kad suntikan tifoid dan sijil kursus (bagi penjaja makanan).",
                "Gambar kenderaan dan salinan geran (bagi penjaja bergerak).",
                "Surat kebenaran pemilik tanah jika berniaga di tanah persendirian.",
            ]),
        ]),
        ("Fi Lesen", [
            "Penjaja statik dikenakan RM80 setahun. Penjaja bergerak dikenakan RM60 setahun, "
            "ditambah RM20 jika menggunakan van. Peniaga pasar malam membayar RM5 setiap malam "
            "atau RM150 setahun. Lesen bazar Ramadan berharga RM120 bagi sebulan. Fi "
            "pemprosesan RM10 dikenakan bagi setiap permohonan baharu.",
        ]),
        ("Tempoh Pemprosesan", [
            "Permohonan yang lengkap diproses dalam tempoh 10 hari bekerja. Bagi bazar "
            "Ramadan, permohonan ditutup 45 hari sebelum 1 Ramadan dan undian tapak diadakan "
            "3 minggu sebelum Ramadan.",
            "Permohonan yang tidak lengkap akan dipulangkan, dan tempoh pemprosesan bermula "
            "semula apabila dokumen lengkap diterima.",
        ]),
        ("Langkah Permohonan", [
            ("ol", [
                "Dapatkan borang di Kaunter Pelesenan atau muat turun dari portal ePilahLesen (https://example.invalid/mdkp/elesen).",
                "Hantar borang bersama dokumen di Kaunter Pelesenan.",
                "Pemeriksaan tapak oleh Unit Pelesenan bagi penjaja statik.",
                "Hadiri taklimat ringkas peraturan penjaja.",
                "Bayar fi dan ambil lesen serta kad penjaja.",
            ]),
        ]),
        ("Pembaharuan Lesen", [
            "Semua lesen penjaja tamat pada 31 Disember setiap tahun. Pembaharuan dibuka mulai "
            "1 November. Pembaharuan yang dibuat selepas 31 Januari dikenakan caj lewat "
            "sebanyak RM25.",
            "Pembaharuan boleh dibuat di kaunter atau melalui portal ePilahLesen dengan memuat "
            "naik kad suntikan tifoid yang masih sah. Lesen yang tidak diperbaharui selepas "
            "31 Mac dibatalkan dan tapak boleh diberikan kepada pemohon lain.",
        ]),
        ("Kesalahan dan Penalti", [
            "Berniaga tanpa lesen boleh dikenakan kompaun sehingga RM250 dan barang niaga boleh "
            "disita. Barang yang disita boleh dituntut dalam tempoh 7 hari dengan bayaran tebus "
            "RM50; barang mudah rosak dilupuskan dalam 24 jam. Penjaja yang menyewakan lesen "
            "kepada orang lain akan dibatalkan lesennya.",
            "Pegawai penguat kuasa menjalankan pemeriksaan secara berkala, termasuk pada waktu "
            "malam di tapak pasar malam.",
        ]),
        ("Kaunter Pelesenan", [
            "Unit Pelesenan, Tingkat 1, Bangunan MDKP, Jalan Tuanku Antah, 72000 Kuala Pilah. "
            + WAKTU,
        ]),
        ("Hubungi", [
            "Telefon: 06-481 2288. E-mel: lesen@mdkp.example.invalid.",
        ]),
        ("Soalan Lazim", [
            ("faq", "Boleh berniaga di tepi jalan depan rumah sendiri?",
             "Perlu lesen penjaja statik dan kelulusan tapak. Berniaga di bahu jalan utama "
             "tidak dibenarkan kerana membahayakan lalu lintas."),
            ("faq", "Isteri atau anak boleh tolong jaga gerai?",
             "Boleh, dengan mendaftar mereka sebagai pembantu penjaja. Fi pendaftaran pembantu "
             "ialah RM10 seorang."),
            ("faq", "Kalau jual online sahaja, perlu lesen penjaja?",
             "Lesen penjaja tidak diperlukan jika anda tidak berniaga di tempat awam, tetapi "
             "pendaftaran perniagaan masih perlu dibuat dengan agensi berkaitan."),
        ]),
    ],
}

PARKIR = {
    "path": "my/kuala-pilah/letak-kereta-berbayar.md",
    "fmt": "md",
    "title": "Letak Kereta Berbayar dan Kompaun di Bandar Kuala Pilah",
    "region": REGION, "agency": MDKP,
    "source": "https://example.invalid/my/mdkp/letak-kereta",
    "updated": "2026-02-16",
    "service": "Letak kereta berbayar, pas bulanan, kompaun",
    "lead": None,
    "sections": [
        ("Kawasan Letak Kereta Berbayar", [
            "MDKP mengurus petak letak kereta berbayar di dua zon:",
            ("ul", [
                "Zon A: pusat bandar Kuala Pilah, termasuk Jalan Tuanku Antah, Jalan Melang dan kawasan Pasar Besar.",
                "Zon B: kawasan Stesen Bas Kuala Pilah, kawasan perniagaan Taman Kuala Pilah Jaya dan Pekan Johol.",
            ]),
            "Petak berbayar ditandakan dengan garisan putih dan papan tanda zon. Petak bergaris "
            "kuning ialah kawasan larangan letak kereta pada setiap masa.",
        ]),
        ("Waktu Dikenakan Bayaran", [
            "Bayaran dikenakan pada hari Isnin hingga Sabtu, 8.00 pagi hingga 6.00 petang. "
            "Letak kereta adalah percuma pada hari Ahad dan cuti umum.",
        ]),
        ("Kadar Letak Kereta", [
            "Kadar di Zon A ialah 60 sen sejam, manakala Zon B ialah 40 sen sejam. Tiada had "
            "masa maksimum, tetapi bayaran mesti dibuat bagi setiap jam atau sebahagian "
            "daripadanya.",
        ]),
        ("Cara Membayar", [
            ("ul", [
                "Aplikasi PilahParkir: daftar nombor kenderaan dan tambah nilai minimum RM10.",
                "Kupon kertas 30 minit dan 1 jam, dijual di kedai berlesen yang mempamerkan pelekat kupon MDKP.",
                "Kupon kertas mesti dicakar dengan betul dan dipamerkan di papan pemuka.",
            ]),
            "Sesi dalam aplikasi boleh dihentikan lebih awal, dan baki masa yang tidak digunakan "
            "dikembalikan ke dalam dompet aplikasi. Kupon yang telah dibeli tidak boleh ditukar "
            "atau dikembalikan.",
        ]),
        ("Pas Bulanan dan Tahunan", [
            "Pas bulanan berharga RM65 bagi Zon A dan RM45 bagi Zon B. Pas tahunan Zon A "
            "berharga RM700. Satu pas sah untuk satu kenderaan sahaja. Pas bulanan boleh dibeli "
            "mulai 25 haribulan bulan sebelumnya di Kaunter Hasil atau melalui aplikasi, dengan "
            "membawa salinan geran kenderaan. Pas yang hilang boleh diganti dengan fi RM10.",
        ]),
        ("Petak Khas", [
            ("ul", [
                "Petak OKU: percuma bagi kenderaan yang mempamerkan pelekat OKU MDKP, dipohon dengan kad OKU.",
                "Petak motosikal: percuma.",
                "Petak muat turun barang: had 30 minit, antara 7.00 pagi hingga 10.00 pagi.",
            ]),
        ]),
        ("Kompaun Letak Kereta", [
            "Kenderaan yang tidak membayar atau melebihi masa akan dikenakan kompaun RM30 jika "
            "dibayar dalam tempoh 7 hari, dan RM50 jika dibayar selepas 7 hari hingga 30 hari. "
            "Kompaun yang tidak dibayar selepas 30 hari boleh dibawa ke mahkamah.",
            "Meletak kenderaan di petak OKU tanpa pelekat dikenakan kompaun RM100. Kenderaan "
            "yang menghalang laluan boleh ditunda dengan caj tunda RM150.",
            "Notis kompaun diletakkan di cermin hadapan dan turut dihantar ke akaun aplikasi "
            "PilahParkir jika kenderaan berdaftar dalam aplikasi. Kompaun boleh dibayar di "
            "kaunter, melalui aplikasi atau portal ePilahBayar.",
        ]),
        ("Rayuan Kompaun", [
            "Rayuan boleh dibuat dalam tempoh 14 hari dari tarikh kompaun melalui borang rayuan "
            "di aplikasi PilahParkir atau di kaunter, dengan bukti seperti kupon yang dipamerkan "
            "atau tangkapan skrin sesi aplikasi. Keputusan rayuan dimaklumkan dalam 10 hari "
            "bekerja. Setiap kompaun hanya boleh dirayu sekali. Rayuan tidak menangguhkan "
            "tempoh bayaran; jika rayuan ditolak, kadar kompaun mengikut tarikh bayaran "
            "sebenar.",
        ]),
        ("Kaunter Bayaran", [
            "Kaunter Hasil, Tingkat Bawah, Bangunan MDKP, Jalan Tuanku Antah, 72000 Kuala "
            "Pilah. " + WAKTU,
        ]),
        ("Talian Penguatkuasaan", [
            "Unit Penguatkuasaan: 06-481 2240. Aduan letak kereta melalui WhatsApp: "
            "011-2640 7790. E-mel: parkir@mdkp.example.invalid.",
        ]),
        ("Soalan Lazim", [
            ("faq", "Aplikasi tidak boleh dibuka, bagaimana hendak membayar?",
             "Gunakan kupon kertas dan simpan tangkapan skrin ralat aplikasi sebagai bukti "
             "jika anda ingin merayu kompaun."),
            ("faq", "Kereta saya ditunda, di mana hendak mengambilnya?",
             "Di Depoh Penguatkuasaan MDKP, Jalan Melang, yang dibuka setiap hari dari 8.00 "
             "pagi hingga 10.00 malam. Bawa MyKad, geran dan resit bayaran caj tunda."),
            ("faq", "Hari Sabtu kena bayar juga?",
             "Ya. Bayaran dikenakan pada hari Sabtu seperti hari bekerja biasa."),
        ]),
    ],
}

DOCS = [CUKAI, DEWAN, PENJAJA, PARKIR]
