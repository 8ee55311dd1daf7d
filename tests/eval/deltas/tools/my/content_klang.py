"""Klang (Majlis Bandaraya Diraja Klang): four local services. Figures are invented."""

from content_national import END, NOTE

AGENCY = "Majlis Bandaraya Diraja Klang (MBDK)"
REGION = "Klang, Selangor"


def meta(title, slug, updated):
    return {"title": title, "lang": "ms", "country": "MY", "region": REGION,
            "agency": AGENCY, "source": f"https://www.mbdk.example.invalid/perkhidmatan/{slug}",
            "updated": updated, "note": NOTE}


CUKAI = {
    "path": "my/klang/cukai-taksiran.md",
    "format": "md",
    "faq_style": "bold",
    "meta": meta("Cukai Taksiran (Cukai Pintu) Majlis Bandaraya Diraja Klang",
                 "cukai-taksiran", "2026-01-12"),
    "intro": [
        "Cukai taksiran, atau lebih dikenali sebagai cukai pintu, dikenakan ke atas setiap "
        "pegangan (rumah, kedai, kilang dan tanah) dalam kawasan pentadbiran Majlis Bandaraya "
        "Diraja Klang. Hasil cukai digunakan untuk kutipan sampah, lampu jalan, penyelenggaraan "
        "longkang, taman dan jalan perbandaran.",
    ],
    "sections": [
        ("Siapa Yang Perlu Membayar", [
            ("p", "Pemilik berdaftar setiap pegangan bertanggungjawab membayar cukai taksiran, "
                  "walaupun pegangan itu disewakan kepada orang lain atau dibiarkan kosong. Bagi "
                  "rumah yang masih dalam pinjaman bank, tanggungjawab tetap pada pemilik dan "
                  "bukan pada bank."),
        ]),
        ("Cara Cukai Dikira", [
            ("p", "Cukai dikira berdasarkan nilai tahunan pegangan, iaitu anggaran sewa setahun "
                  "yang munasabah, didarab dengan kadar mengikut jenis pegangan."),
            ("table", ["Jenis Pegangan", "Kadar (peratus nilai tahunan)"], [
                ["Kediaman (teres, berkembar, kondominium)", "5.5%"],
                ["Kedai dan pejabat", "8.5%"],
                ["Industri", "9%"],
                ["Tanah kosong", "3.5%"],
            ]),
            ("p", "Contoh: rumah teres dengan nilai tahunan RM 9,600 dikenakan cukai RM 528 "
                  "setahun (5.5% daripada RM 9,600)."),
        ]),
        ("Tarikh Akhir Bayaran", [
            ("p", "Cukai dibayar dalam dua penggal setiap tahun:"),
            ("ul", [
                "Penggal Pertama (Januari hingga Jun): tarikh akhir 15 Mac",
                "Penggal Kedua (Julai hingga Disember): tarikh akhir 15 September",
            ]),
            ("p", "Bil dihantar ke alamat pos pemilik pada awal Januari. Pemilik yang tidak "
                  "menerima bil tetap wajib membayar dan boleh mencetak bil melalui portal."),
        ]),
        ("Saluran Pembayaran", [
            ("ul", [
                "Portal dan aplikasi eBayar Klang (https://ebayar.mbdk.example.invalid) dengan "
                "FPX, kad debit atau kad kredit",
                "Kaunter Hasil di Ibu Pejabat MBDK dan Pejabat Cawangan Klang Utara",
                "Kios bayaran di pusat membeli-belah terpilih",
                "Perbankan internet dengan memilih \"MBDK Cukai Taksiran\" sebagai penerima",
            ]),
            ("p", "Resit rasmi dikeluarkan serta-merta untuk bayaran di kaunter. Bayaran dalam "
                  "talian direkodkan dalam akaun cukai dalam tempoh 2 hari bekerja."),
        ]),
        ("Rebat Warga Emas dan OKU", [
            ("p", "Pemilik berumur 60 tahun ke atas dan pemilik OKU berdaftar yang mendiami rumah "
                  "sendiri boleh memohon rebat 15% bagi satu pegangan kediaman sahaja. "
                  "Permohonan dibuat sekali menggunakan Borang Rebat CT-R2 berserta salinan "
                  "MyKad dan kad OKU (jika berkenaan). Rebat diberi mulai penggal berikutnya."),
        ]),
        ("Denda Lewat dan Tindakan Undang-undang", [
            ("p", "Cukai yang tidak dibayar selepas tarikh akhir dikenakan denda lewat 10% "
                  "daripada jumlah penggal tertunggak. Jika tunggakan masih tidak dijelaskan, "
                  "Majlis akan menghantar Notis E yang memberi tempoh 15 hari untuk membayar. "
                  "Selepas itu, Majlis boleh mengeluarkan waran tahanan untuk menyita harta alih "
                  "di pegangan tersebut."),
        ]),
        ("Pertukaran Nama Pemilik", [
            ("p", "Pemilik baharu perlu memaklumkan Majlis dalam tempoh 3 bulan selepas pindah "
                  "milik dengan mengisi Borang Pindah Milik CT-3 dan melampirkan salinan geran "
                  "atau perjanjian jual beli yang telah disetem. Tiada bayaran dikenakan. "
                  "Tunggakan cukai pemilik lama mesti dijelaskan sebelum pertukaran diluluskan."),
        ]),
        ("Bantahan Nilai Tahunan", [
            ("p", "Apabila Majlis membuat penilaian semula, notis dipamerkan dan dihantar kepada "
                  "pemilik. Bantahan bertulis boleh dikemukakan dalam tempoh 21 hari dari tarikh "
                  "notis, dan pemilik akan dimaklumkan tarikh perbicaraan melalui surat."),
            ("p", "Halaman ini tidak meliputi cukai tanah (hasil tanah), yang dikutip oleh "
                  "Pejabat Daerah dan Tanah Klang, serta caj penyelenggaraan kondominium yang "
                  "diurus oleh badan pengurusan bangunan."),
        ]),
        ("Soalan Lazim", [
            ("faq", [
                ("Saya menyewa rumah. Adakah saya perlu membayar cukai pintu?",
                 "Tidak. Cukai taksiran ialah tanggungjawab pemilik, walaupun perjanjian sewa "
                 "boleh menetapkan sebaliknya antara pemilik dan penyewa."),
                ("Bolehkah saya membayar cukai untuk setahun sekali gus?",
                 "Boleh. Bayar kedua-dua penggal sebelum tarikh akhir penggal pertama."),
                ("Bagaimana jika bil saya hilang?",
                 "Cetak semula bil di eBayar Klang menggunakan nombor akaun atau nombor MyKad "
                 "pemilik."),
            ]),
        ]),
        ("Waktu Kaunter dan Hubungi Kami", [
            ("p", "Kaunter Hasil, Aras 1, Kompleks Hasil MBDK, Jalan Istana Lama 3, 41000 Klang. "
                  "Dibuka Isnin hingga Jumaat, 8.00 pagi hingga 4.30 petang, serta Sabtu pertama "
                  "dan ketiga setiap bulan, 8.30 pagi hingga 12.30 tengah hari."),
            ("p", "Telefon: 03-3375 9021. E-mel: hasil@mbdk.example.invalid."),
            ("p", END),
        ]),
    ],
}

DEWAN = {
    "path": "my/klang/sewa-dewan.html",
    "format": "html",
    "site": "klang",
    "meta": meta("Sewaan Dewan dan Gelanggang Sukan MBDK", "sewaan-dewan", "2026-02-03"),
    "intro": [
        "Majlis Bandaraya Diraja Klang menyewakan dewan komuniti dan gelanggang sukan kepada "
        "orang awam, persatuan dan syarikat untuk majlis perkahwinan, mesyuarat, kursus, "
        "kenduri dan aktiviti sukan. Halaman ini menerangkan kadar sewa, cara menempah dan "
        "syarat penggunaan.",
    ],
    "sections": [
        ("Kemudahan Yang Boleh Disewa", [
            ("ul", [
                "Dewan Serbaguna Taman Sentosa (kapasiti 500 orang, berhawa dingin)",
                "Dewan Komuniti Pandamaran (kapasiti 250 orang)",
                "Dewan Seri Andalas (kapasiti 150 orang, sesuai untuk mesyuarat dan kursus)",
                "Gelanggang Futsal Kompleks Sukan Meru (disewa mengikut jam)",
            ]),
        ]),
        ("Siapa Boleh Menyewa", [
            ("p", "Individu berumur 18 tahun ke atas, persatuan berdaftar, agensi kerajaan dan "
                  "syarikat boleh memohon. Penduduk yang tinggal di luar Klang juga boleh "
                  "menyewa dengan kadar yang sama."),
        ]),
        ("Dokumen yang Diperlukan", [
            ("ul", [
                "Salinan MyKad pemohon",
                "Surat permohonan rasmi bagi persatuan atau syarikat, berserta sijil pendaftaran",
                "Aturcara majlis dan anggaran bilangan tetamu",
                "Permit polis bagi majlis yang menggunakan pembesar suara di luar dewan",
            ]),
        ]),
        ("Kadar Sewa dan Deposit", [
            ("table", ["Kemudahan", "Isnin hingga Khamis", "Jumaat hingga Ahad dan cuti umum",
                       "Deposit"], [
                ["Dewan Serbaguna Taman Sentosa (sehari)", "RM 400", "RM 650", "RM 500"],
                ["Dewan Komuniti Pandamaran (sehari)", "RM 220", "RM 350", "RM 300"],
                ["Dewan Seri Andalas (sehari)", "RM 150", "RM 240", "RM 200"],
                ["Gelanggang Futsal Kompleks Sukan Meru (sejam)", "RM 45", "RM 60",
                 "Tiada deposit"],
            ]),
            ("p", "Persatuan penduduk berdaftar di Klang mendapat potongan 30% bagi sewaan hari "
                  "bekerja. Kadar tidak termasuk caj pembersihan tambahan RM 80 jika dewan "
                  "ditinggalkan kotor."),
        ]),
        ("Cara Menempah", [
            ("ol", [
                "Semak tarikh kosong di portal eTempah MBDK (https://etempah.mbdk.example.invalid).",
                "Isi borang tempahan dalam talian dan muat naik dokumen.",
                "Tunggu e-mel kelulusan dalam tempoh 3 hari bekerja.",
                "Jelaskan bayaran sewa dan deposit dalam tempoh 7 hari selepas kelulusan; "
                "tempahan yang tidak dibayar akan dibatalkan secara automatik.",
            ]),
            ("p", "Tempahan boleh dibuat paling awal 6 bulan dan paling lewat 14 hari sebelum "
                  "tarikh majlis. Tempahan gelanggang futsal boleh dibuat sehingga sehari "
                  "sebelum."),
        ]),
        ("Pemulangan Deposit", [
            ("p", "Deposit dipulangkan melalui pindahan bank dalam tempoh 30 hari bekerja "
                  "selepas pemeriksaan dewan oleh pegawai Majlis. Kerosakan peralatan atau "
                  "kelewatan mengosongkan dewan akan ditolak daripada deposit."),
        ]),
        ("Pembatalan Tempahan", [
            ("ul", [
                "Dibatalkan lebih daripada 30 hari sebelum majlis: 80% sewa dipulangkan.",
                "Dibatalkan antara 14 hingga 30 hari sebelum majlis: 50% sewa dipulangkan.",
                "Dibatalkan kurang daripada 14 hari: tiada pemulangan sewa, tetapi deposit "
                "dipulangkan sepenuhnya.",
            ]),
        ]),
        ("Peraturan Penggunaan", [
            ("p", "Dewan boleh digunakan dari 8.00 pagi hingga 11.00 malam. Minuman keras, "
                  "perjudian dan memasak menggunakan dapur gas di dalam dewan adalah dilarang. "
                  "Penyewa mesti mengosongkan dan membersihkan dewan selewat-lewatnya satu jam "
                  "selepas majlis tamat."),
            ("p", "Perkhidmatan ini tidak termasuk sewaan padang bola, stadium dan kolam renang, "
                  "serta sewaan khemah, kerusi dan meja."),
        ]),
        ("Soalan Lazim", [
            ("faq", [
                ("Bolehkah saya menukar tarikh tempahan?",
                 "Boleh, sekali sahaja tanpa caj jika dibuat sekurang-kurangnya 30 hari sebelum "
                 "tarikh asal dan tarikh baharu masih kosong."),
                ("Adakah dewan disediakan dengan sistem PA?",
                 "Dewan Serbaguna Taman Sentosa dan Dewan Komuniti Pandamaran mempunyai sistem "
                 "PA asas. Peralatan lain perlu dibawa sendiri."),
                ("Bolehkah saya membayar secara tunai?",
                 "Boleh, di Kaunter Hasil Ibu Pejabat MBDK. Bayaran di portal menggunakan FPX "
                 "atau kad."),
            ]),
        ]),
        ("Maklumat Perhubungan", [
            ("p", "Unit Pengurusan Dewan dan Sukan, Aras 3, Kompleks Hasil MBDK, Jalan Istana "
                  "Lama 3, 41000 Klang. Waktu pejabat: Isnin hingga Jumaat, 8.00 pagi hingga "
                  "5.00 petang."),
            ("p", "Telefon: 03-3375 9188. E-mel: dewan@mbdk.example.invalid."),
            ("p", END),
        ]),
    ],
}

PARKIR = {
    "path": "my/klang/parkir-kompaun.md",
    "format": "md",
    "faq_style": "h3",
    "meta": meta("Parkir Berbayar dan Kompaun Parkir di Klang", "parkir", "2026-03-09"),
    "intro": [
        "Majlis Bandaraya Diraja Klang mengurus petak letak kereta berbayar di jalan-jalan "
        "dalam kawasan pentadbirannya. Halaman ini menerangkan waktu dan kadar parkir, pas "
        "bulanan, kompaun serta cara membuat rayuan.",
    ],
    "sections": [
        ("Waktu Parkir Berbayar", [
            ("p", "Bayaran parkir dikenakan Isnin hingga Sabtu, 8.00 pagi hingga 6.00 petang. "
                  "Parkir adalah percuma pada hari Ahad dan cuti umum Negeri Selangor. Petak "
                  "bertanda kuning di pusat bandar Klang dan Pelabuhan Klang termasuk dalam "
                  "zon berbayar."),
        ]),
        ("Kadar Parkir", [
            ("table", ["Jenis Bayaran", "Kadar"], [
                ["Setiap jam", "RM 0.60"],
                ["Pas harian", "RM 5.00"],
                ["Pas bulanan kereta", "RM 90"],
                ["Pas bulanan kenderaan perdagangan ringan", "RM 120"],
            ]),
            ("p", "Motosikal yang diletakkan di petak motosikal tidak dikenakan bayaran."),
        ]),
        ("Cara Membayar Parkir", [
            ("ul", [
                "Aplikasi ParkirKu Klang: masukkan nombor plat dan tempoh, bayaran dipotong "
                "daripada baki e-dompet aplikasi.",
                "Kupon parkir yang dijual di kedai serbaneka berlesen; tarikh dan masa mesti "
                "digores dengan jelas.",
                "Mesin meter parkir di pusat bandar yang menerima syiling dan kad tanpa sentuh.",
            ]),
        ]),
        ("Pas Parkir Bulanan", [
            ("p", "Pas bulanan dipohon melalui aplikasi ParkirKu Klang dengan memuat naik geran "
                  "kenderaan. Pas sah untuk satu nombor plat dan semua zon berbayar. Pas tidak "
                  "boleh dipindah milik dan tiada pemulangan wang jika dibatalkan di tengah "
                  "bulan."),
        ]),
        ("Kompaun Parkir", [
            ("p", "Kenderaan yang diletakkan tanpa bayaran atau melebihi masa akan dikeluarkan "
                  "notis kompaun. Kadar kompaun bergantung kepada masa bayaran:"),
            ("ul", [
                "Dibayar dalam tempoh 14 hari: RM 30",
                "Dibayar antara hari ke-15 hingga hari ke-30: RM 50",
                "Tidak dibayar selepas 30 hari: tindakan mahkamah dan senarai hitam kenderaan",
            ]),
            ("p", "Kompaun boleh dibayar melalui aplikasi ParkirKu Klang atau di Kaunter Hasil "
                  "MBDK. Kempen potongan kompaun diumumkan dari semasa ke semasa."),
        ]),
        ("Rayuan Kompaun", [
            ("p", "Rayuan boleh dikemukakan dalam tempoh 14 hari dari tarikh notis dengan "
                  "mengisi Borang Rayuan Kompaun PK-7. Sertakan salinan notis dan bukti "
                  "sokongan, seperti resit parkir atau surat kecemasan hospital. Keputusan "
                  "dimaklumkan dalam tempoh 10 hari bekerja dan bayaran kompaun ditangguhkan "
                  "sementara rayuan diproses."),
        ]),
        ("Kenderaan Diapit atau Ditunda", [
            ("p", "Kenderaan yang menghalang laluan, diletakkan di petak OKU tanpa pelekat atau "
                  "mempunyai lebih lima kompaun tertunggak boleh diapit atau ditunda. Caj "
                  "membuka pengapit ialah RM 80, manakala caj tunda ialah RM 150 dan caj simpanan "
                  "di depoh RM 20 sehari."),
        ]),
        ("Parkir OKU", [
            ("p", "Pemandu OKU yang mempamerkan pelekat OKU yang sah boleh meletakkan kenderaan "
                  "secara percuma di petak OKU. Pelekat dipohon di kaunter dengan membawa kad OKU "
                  "dan geran kenderaan."),
            ("p", "Kenderaan yang diletakkan di petak bermusim syarikat tanpa pas yang sah juga "
                  "dikira sebagai kesalahan parkir."),
            ("p", "Halaman ini tidak termasuk parkir di pusat membeli-belah persendirian, saman "
                  "trafik polis (PDRM) dan saman JPJ."),
        ]),
        ("FAQ Parkir", [
            ("faq", [
                ("Aplikasi gagal tetapi baki sudah ditolak. Apa perlu dibuat?",
                 "Simpan tangkapan skrin dan hantar aduan melalui menu \"Bantuan\" dalam "
                 "aplikasi. Jika kompaun dikeluarkan, gunakan tangkapan skrin itu dalam rayuan."),
                ("Bolehkah saya membayar parkir untuk kenderaan orang lain?",
                 "Boleh. Satu akaun ParkirKu Klang boleh mendaftarkan sehingga lima nombor plat."),
                ("Kompaun saya hilang. Bagaimana hendak membayar?",
                 "Semak kompaun menggunakan nombor plat dalam aplikasi atau di kaunter."),
            ]),
        ]),
        ("Hubungi Unit Parkir", [
            ("p", "Unit Parkir, Jabatan Penguatkuasaan MBDK, Aras G, Kompleks Hasil MBDK, Jalan "
                  "Istana Lama 3, 41000 Klang. Isnin hingga Jumaat, 8.00 pagi hingga 5.00 petang. "
                  "Telefon: 03-3375 9340. E-mel: parkir@mbdk.example.invalid."),
            ("p", END),
        ]),
    ],
}

PENJAJA = {
    "path": "my/klang/lesen-penjaja.md",
    "format": "md",
    "faq_style": "bold",
    "meta": meta("Lesen Penjaja dan Tapak Pasar Malam di Klang", "lesen-penjaja", "2026-01-27"),
    "intro": [
        "Sesiapa yang ingin berniaga di tepi jalan, di pasar malam, di pasar pagi atau di "
        "bazar Ramadan dalam kawasan Majlis Bandaraya Diraja Klang perlu memiliki lesen penjaja "
        "dan, jika berkenaan, tapak yang diluluskan oleh Majlis.",
    ],
    "sections": [
        ("Jenis Lesen Penjaja", [
            ("ul", [
                "Penjaja statik: berniaga di tapak tetap yang ditentukan Majlis.",
                "Penjaja bergerak: berniaga dengan motosikal, van atau basikal dan tidak "
                "berhenti lebih 30 minit di satu tempat.",
                "Pasar malam dan pasar pagi: berniaga di lokasi dan hari yang dijadualkan.",
                "Bazar Ramadan: lesen sementara untuk bulan Ramadan sahaja.",
            ]),
        ]),
        ("Syarat Kelayakan", [
            ("ul", [
                "Warganegara Malaysia berumur 18 tahun ke atas.",
                "Bermastautin di Daerah Klang.",
                "Tidak memegang lesen penjaja lain daripada Majlis.",
                "Bagi penjual makanan: telah menerima suntikan anti-tifoid dan menghadiri "
                "Kursus Pengendali Makanan.",
            ]),
        ]),
        ("Dokumen Yang Perlu Disediakan", [
            ("ul", [
                "Salinan MyKad",
                "Dua keping gambar berukuran pasport",
                "Kad suntikan anti-tifoid dan sijil Kursus Pengendali Makanan (penjual makanan)",
                "Surat sokongan persatuan penjaja (bagi tapak pasar malam)",
                "Salinan geran kenderaan (penjaja bergerak)",
            ]),
        ]),
        ("Langkah Permohonan", [
            ("ol", [
                "Daftar akaun dan isi permohonan di portal eNiaga MBDK "
                "(https://eniaga.mbdk.example.invalid).",
                "Muat naik dokumen dan pilih lokasi tapak yang dikehendaki.",
                "Hadir sesi temu duga dan pemeriksaan tapak jika dipanggil.",
                "Terima keputusan dalam tempoh 21 hari bekerja dan bayar fi untuk mencetak "
                "lesen.",
            ]),
            ("p", "Pemohon yang tiada akses internet boleh mendapatkan bantuan mengisi "
                  "permohonan di Kaunter Pelesenan."),
        ]),
        ("Fi Lesen dan Sewa Tapak", [
            ("table", ["Jenis", "Fi Lesen", "Sewa Tapak"], [
                ["Penjaja statik", "RM 120 setahun", "RM 60 sebulan"],
                ["Penjaja bergerak", "RM 80 setahun", "Tiada"],
                ["Pasar malam", "RM 60 setahun", "RM 5 satu malam"],
                ["Pasar pagi", "RM 60 setahun", "RM 3 satu pagi"],
                ["Bazar Ramadan", "RM 30 sebulan", "RM 150 sebulan"],
            ]),
            ("p", "Sewa tapak pasar malam dan pasar pagi dikutip oleh persatuan penjaja yang "
                  "dilantik dan disalurkan kepada Majlis."),
        ]),
        ("Jadual Pasar Malam Utama", [
            ("ul", [
                "Isnin: Taman Sri Andalas",
                "Rabu: Bandar Bukit Tinggi",
                "Jumaat: Taman Klang Jaya",
                "Sabtu: Pandamaran Jaya",
            ]),
            ("p", "Pasar malam beroperasi dari 5.00 petang hingga 11.00 malam. Peniaga mesti "
                  "mengosongkan dan membersihkan tapak sebelum 12.00 tengah malam."),
        ]),
        ("Pembaharuan Lesen", [
            ("p", "Lesen tahunan tamat pada 31 Disember dan mesti diperbaharui melalui portal "
                  "eNiaga MBDK. Pembaharuan selepas tarikh tamat dikenakan caj lewat RM 50. "
                  "Lesen yang tidak diperbaharui selepas 3 bulan akan dibatalkan dan tapak "
                  "diberikan kepada pemohon lain."),
        ]),
        ("Larangan dan Penalti", [
            ("p", "Berniaga tanpa lesen boleh dikenakan kompaun sehingga RM 500 dan barang "
                  "jualan boleh disita. Pemegang lesen tidak dibenarkan menyewakan tapak kepada "
                  "orang lain atau menggaji pembantu warga asing."),
            ("p", "Halaman ini tidak termasuk lesen premis kedai, restoran dan trak makanan; "
                  "permohonan tersebut dibuat di bawah lesen perniagaan premis."),
        ]),
        ("Soalan Lazim Penjaja", [
            ("faq", [
                ("Bolehkah isteri atau anak saya menjaga gerai?",
                 "Boleh, jika didaftarkan sebagai pembantu dalam lesen. Maksimum dua pembantu "
                 "bagi setiap lesen."),
                ("Bolehkah saya berniaga di lebih daripada satu pasar malam?",
                 "Boleh, dengan satu lesen pasar malam, tetapi sewa tapak dibayar bagi setiap "
                 "lokasi."),
                ("Berapa lama tapak bazar Ramadan boleh dipohon?",
                 "Permohonan dibuka dua bulan sebelum Ramadan dan diberi melalui undian."),
            ]),
        ]),
        ("Hubungi Jabatan Pelesenan", [
            ("p", "Jabatan Pelesenan MBDK, Aras 2, Kompleks Hasil MBDK, Jalan Istana Lama 3, "
                  "41000 Klang. Isnin hingga Jumaat, 8.00 pagi hingga 4.30 petang. Telefon: "
                  "03-3375 9265. E-mel: pelesenan@mbdk.example.invalid."),
            ("p", END),
        ]),
    ],
}

DOCS = [CUKAI, DEWAN, PARKIR, PENJAJA]
