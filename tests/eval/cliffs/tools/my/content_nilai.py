"""Content of the four Nilai documents (Majlis Perbandaran Nilai). All figures invented."""

CUKAI = {
    "path": "nilai/cukai-taksiran.html",
    "fmt": "html",
    "site": "mpn",
    "fields": {
        "title": "Cukai Taksiran Majlis Perbandaran Nilai",
        "region": "Nilai, Negeri Sembilan",
        "agency": "Majlis Perbandaran Nilai",
        "source": "https://www.mpn.example.invalid/perkhidmatan/cukai-taksiran",
        "updated": "2026-01-12",
    },
    "sections": [
        ("Apa Itu Cukai Taksiran", [
            ("p", "Cukai taksiran, atau cukai pintu, ialah cukai yang dikenakan oleh Majlis "
                  "Perbandaran Nilai (MPN) ke atas setiap pegangan di dalam kawasan majlis, "
                  "termasuk rumah, kedai, kilang dan tanah kosong. Jumlahnya dikira daripada "
                  "nilai tahunan pegangan. Hasil cukai digunakan untuk lampu jalan, longkang, "
                  "taman permainan dan penyelenggaraan jalan perbandaran."),
            ("p", "Perkhidmatan ini tidak termasuk cukai tanah (cukai petak) dan cukai "
                  "keuntungan harta tanah, yang bukan di bawah bidang kuasa MPN."),
        ]),
        ("Siapa Yang Perlu Membayar", [
            ("p", "Pemilik berdaftar pegangan bertanggungjawab membayar cukai taksiran. "
                  "Penyewa tidak menerima bil. Bagi rumah baharu, cukai bermula pada tarikh "
                  "Perakuan Siap dan Pematuhan (CCC) dikeluarkan, dan bil pertama dihantar "
                  "selepas pegangan dinilai."),
        ]),
        ("Tarikh Akhir Bayaran", [
            ("p", "Cukai dibayar dua kali setahun. Bil dihantar pada bulan Januari."),
            ("ul", [
                "Penggal pertama: selewat-lewatnya 15 Mac",
                "Penggal kedua: selewat-lewatnya 15 September",
            ]),
        ]),
        ("Kadar Cukai Mengikut Jenis Pegangan", [
            ("table", ["Jenis pegangan", "Kadar (peratus nilai tahunan)"], [
                ["Kediaman", "5.2%"],
                ["Perniagaan dan komersial", "8.4%"],
                ["Perindustrian", "7.6%"],
                ["Tanah kosong", "2.5%"],
            ]),
            ("p", "Contoh: rumah teres dengan nilai tahunan RM9,600 dikenakan cukai RM499.20 "
                  "setahun, iaitu RM249.60 bagi setiap penggal."),
        ]),
        ("Cara Membayar", [
            ("ul", [
                "Aplikasi NilaiPay (Android dan iOS): cari akaun dengan nombor akaun cukai "
                "atau nombor MyKad pemilik.",
                "Portal eBayar MPN (https://ebayar.mpn.example.invalid) melalui FPX atau kad.",
                "Kaunter Hasil MPN secara tunai, kad atau cek.",
                "Perbankan internet: pilih Majlis Perbandaran Nilai dan masukkan nombor akaun "
                "cukai 12 digit.",
                "Arahan debit NilaiPay: jumlah setahun dibahagi kepada 10 ansuran bulanan "
                "bermula Januari.",
            ]),
        ]),
        ("Denda dan Tindakan Jika Lewat", [
            ("p", "Cukai yang tidak dibayar selepas tarikh akhir dikenakan denda 10% ke atas "
                  "tunggakan penggal tersebut. Notis E dihantar kepada pemilik dengan caj "
                  "notis RM15. Jika tunggakan masih tidak dijelaskan dalam 30 hari selepas "
                  "Notis E, MPN boleh mengeluarkan Waran Tahanan ke atas harta alih di "
                  "pegangan itu, dengan kos waran RM120."),
        ]),
        ("Rebat dan Pengecualian", [
            ("ul", [
                "Warga emas 60 tahun ke atas: rebat 15% bagi satu rumah kediaman yang "
                "diduduki sendiri.",
                "Pemilik OKU berdaftar dengan JKM: rebat 15% dengan syarat yang sama.",
                "Bayaran penuh setahun sebelum 31 Januari: rebat 5% untuk semua pegangan "
                "kediaman.",
            ]),
            ("p", "Rebat warga emas dan OKU dimohon sekali sahaja dengan Borang Rebat RW-1 "
                  "berserta salinan MyKad atau kad OKU. Rebat ini tidak terpakai bagi rumah "
                  "yang disewakan."),
        ]),
        ("Tukar Nama Pemilik", [
            ("p", "Selepas jual beli atau pindah milik, pemilik baharu perlu menghantar "
                  "Borang PM-3 dalam tempoh 30 hari bersama salinan geran atau perjanjian jual "
                  "beli. Fi pindaan rekod ialah RM20. Tunggakan lama kekal pada pegangan dan "
                  "perlu dijelaskan sebelum nama ditukar."),
        ]),
        ("Kaunter dan Waktu Urusan", [
            ("p", "Kaunter Hasil, Aras Bawah, Wisma Majlis Perbandaran Nilai, Persiaran "
                  "Semarak, 71800 Nilai, Negeri Sembilan."),
            ("ul", [
                "Isnin hingga Khamis: 8.00 pagi hingga 5.00 petang",
                "Jumaat: 8.00 pagi hingga 12.15 tengah hari dan 2.45 petang hingga 5.00 "
                "petang",
                "Pada minggu terakhir sebelum setiap tarikh akhir, kaunter dibuka hingga "
                "7.00 malam.",
            ]),
        ]),
        ("Soalan Lazim", [
            ("faq", [
                ("Saya tidak menerima bil. Adakah saya masih perlu membayar?",
                 "Ya. Bil yang tidak diterima bukan alasan untuk lewat membayar. Semak jumlah "
                 "dalam NilaiPay atau minta salinan bil di kaunter."),
                ("Rumah saya disewakan. Siapa yang membayar?",
                 "Pemilik berdaftar tetap bertanggungjawab, walaupun perjanjian sewa "
                 "menyatakan sebaliknya."),
                ("Bagaimana jika saya tidak bersetuju dengan nilai tahunan?",
                 "Bantahan hanya boleh dibuat apabila MPN mewartakan penilaian semula. "
                 "Bantahan bertulis mesti dihantar dalam tempoh yang dinyatakan dalam notis "
                 "penilaian."),
            ]),
        ]),
        ("Hubungi Kami", [
            ("p", "Jabatan Penilaian dan Pengurusan Harta MPN: 06-850 3347. WhatsApp hasil: "
                  "011-2760 4418. E-mel: hasil@mpn.example.invalid."),
        ]),
    ],
}

PENJAJA = {
    "path": "nilai/lesen-penjaja-pasar-malam.md",
    "fmt": "md",
    "fields": {
        "title": "Lesen Penjaja dan Tapak Pasar Malam MPN",
        "region": "Nilai, Negeri Sembilan",
        "agency": "Majlis Perbandaran Nilai",
        "source": "https://www.mpn.example.invalid/pelesenan/lesen-penjaja",
        "updated": "2026-03-03",
    },
    "sections": [
        ("Tentang Lesen Ini", [
            ("p", "Lesen penjaja dikeluarkan oleh Majlis Perbandaran Nilai kepada individu yang "
                  "berniaga di tempat awam dalam kawasan majlis, sama ada di tapak pasar malam, "
                  "di gerai tepi jalan yang ditetapkan atau secara bergerak. Setiap penjaja "
                  "menerima lesen dan kad penjaja bergambar yang mesti dipakai semasa "
                  "berniaga."),
            ("p", "Perkhidmatan ini tidak termasuk tapak pasar tani dan bazar Ramadan, yang "
                  "dipohon secara berasingan, serta lesen premis kedai."),
        ]),
        ("Jenis Lesen", [
            ("ul", [
                "Penjaja pasar malam: tapak bernombor berukuran 3 m x 3 m.",
                "Penjaja statik: gerai tetap di lokasi yang ditetapkan oleh MPN.",
                "Penjaja bergerak: motosikal, van atau lori makanan yang berpindah tempat.",
            ]),
        ]),
        ("Kelayakan Pemohon", [
            ("ul", [
                "Warganegara Malaysia berumur 18 tahun ke atas.",
                "Bermastautin di Daerah Seremban.",
                "Tidak memegang lesen penjaja lain yang dikeluarkan oleh MPN.",
                "Pembantu mesti warganegara; pekerja asing tidak dibenarkan di tapak.",
            ]),
        ]),
        ("Persyaratan Dokumen", [
            ("ul", [
                "Borang Permohonan Lesen Penjaja LP-01 yang lengkap diisi.",
                "Salinan MyKad dan dua keping gambar berukuran pasport.",
                "Sijil Kursus Pengendali Makanan, bagi penjaja makanan dan minuman.",
                "Kad suntikan anti-tifoid yang masih sah, bagi penjaja makanan dan minuman.",
                "Salinan geran kenderaan, bagi penjaja bergerak.",
            ]),
        ]),
        ("Langkah Permohonan", [
            ("ul", [
                "Isi Borang LP-01 melalui portal eLesen MPN atau di Kaunter Pelesenan.",
                "Hadir untuk semakan dokumen dan temu duga ringkas.",
                "Bagi penjaja bergerak, bawa kenderaan untuk diperiksa.",
                "Terima surat keputusan melalui e-mel atau SMS.",
                "Bayar fi dan ambil lesen serta kad penjaja di kaunter.",
            ]),
        ]),
        ("Fi Lesen dan Sewa Tapak", [
            ("table", ["Jenis", "Fi lesen setahun", "Sewa tapak"], [
                ["Pasar malam", "RM60", "RM4 satu malam"],
                ["Statik", "RM120", "RM45 sebulan"],
                ["Bergerak (motosikal)", "RM80", "Tiada"],
                ["Bergerak (van atau lori makanan)", "RM240", "Tiada"],
            ]),
        ]),
        ("Lokasi dan Hari Pasar Malam", [
            ("table", ["Hari", "Lokasi"], [
                ["Isnin", "Taman Desa Jasmin"],
                ["Selasa", "Bandar Baru Nilai"],
                ["Rabu", "Taman Semarak"],
                ["Khamis", "Putra Nilai"],
                ["Sabtu", "Desa Cempaka"],
            ]),
            ("p", "Pasar malam beroperasi dari 5.00 petang hingga 11.00 malam. Penjaja boleh "
                  "mula memasang khemah dari pukul 3.30 petang."),
        ]),
        ("Tempoh Proses", [
            ("p", "Permohonan pasar malam dan statik diputuskan dalam 10 hari bekerja selepas "
                  "dokumen lengkap. Permohonan penjaja bergerak mengambil masa 21 hari bekerja "
                  "kerana kenderaan perlu diperiksa. Jika tiada tapak kosong, nama pemohon "
                  "dimasukkan ke dalam senarai menunggu."),
        ]),
        ("Pembaharuan dan Pembatalan", [
            ("p", "Lesen diperbaharui setiap tahun sebelum 31 Disember. Tapak yang tidak "
                  "digunakan selama 4 minggu berturut-turut tanpa sebab munasabah akan "
                  "dibatalkan dan diberikan kepada pemohon lain. Lesen dan tapak tidak boleh "
                  "dipindah milik atau disewakan kepada orang lain."),
        ]),
        ("Kesalahan dan Kompaun", [
            ("ul", [
                "Berniaga tanpa lesen: kompaun RM250 dan barang boleh disita. Barang sitaan "
                "boleh dituntut dalam tempoh 7 hari.",
                "Tidak memakai kad penjaja: kompaun RM50.",
                "Memasang khemah melebihi garisan tapak: kompaun RM100.",
            ]),
        ]),
        ("Soalan Lazim", [
            ("faq", [
                ("Bolehkah isteri saya menjaga tapak jika saya sakit?",
                 "Boleh, jika beliau didaftarkan sebagai pembantu. Setiap lesen boleh "
                 "mendaftarkan maksimum 2 pembantu."),
                ("Bolehkah saya memilih lokasi tapak sendiri?",
                 "Tapak kosong diagihkan mengikut giliran senarai menunggu. Pemohon boleh "
                 "menyatakan pilihan lokasi tetapi tidak dijamin."),
                ("Perlukah suntikan anti-tifoid untuk menjual pakaian?",
                 "Tidak. Suntikan hanya diwajibkan bagi penjaja makanan dan minuman."),
            ]),
        ]),
        ("Hubungi Jabatan Pelesenan", [
            ("p", "Kaunter Pelesenan, Aras 2, Wisma Majlis Perbandaran Nilai, Persiaran "
                  "Semarak, 71800 Nilai. Isnin hingga Jumaat, 8.00 pagi hingga 4.30 petang. "
                  "Telefon: 06-850 3362. E-mel: pelesenan@mpn.example.invalid."),
        ]),
    ],
}

PARKIR = {
    "path": "nilai/parkir-dan-kompaun.md",
    "fmt": "md",
    "fields": {
        "title": "Tempat Letak Kereta Berbayar dan Kompaun Parkir di Nilai",
        "region": "Nilai, Negeri Sembilan",
        "agency": "Majlis Perbandaran Nilai",
        "source": "https://www.mpn.example.invalid/perkhidmatan/parkir",
        "updated": "2026-02-17",
    },
    "sections": [
        ("Skop", [
            ("p", "Halaman ini meliputi petak letak kereta berbayar di jalan dan tempat letak "
                  "kereta awam MPN di Bandar Baru Nilai, Nilai 3, Putra Nilai dan pusat bandar "
                  "Nilai, termasuk cara membayar, pas bulanan dan kompaun."),
            ("p", "Perkhidmatan ini tidak termasuk saman trafik polis, saman JPJ dan tempat "
                  "letak kereta swasta di pusat beli-belah atau hospital."),
        ]),
        ("Waktu Berkuat Kuasa", [
            ("p", "Bayaran dikenakan Isnin hingga Sabtu, 8.00 pagi hingga 6.00 petang. Parkir "
                  "adalah percuma pada hari Ahad dan cuti umum, termasuk cuti umum Negeri "
                  "Sembilan."),
        ]),
        ("Kadar Bayaran", [
            ("table", ["Jenis bayaran", "Kadar"], [
                ["Ikut jam", "RM0.60 sejam"],
                ["Pas harian", "RM5.00"],
                ["Pas bulanan (satu kenderaan)", "RM75"],
                ["Pas bulanan zon Nilai 3", "RM95"],
                ["Motosikal di petak motosikal", "Percuma"],
            ]),
        ]),
        ("Cara Membayar", [
            ("ul", [
                "Aplikasi ParkirNilai+: tambah nilai dompet, pilih zon dan masukkan nombor "
                "plat. Masa boleh dilanjutkan dari telefon.",
                "Kupon parkir bernilai RM0.60, dijual di kedai yang mempamerkan pelekat ejen "
                "MPN. Kupon diletakkan di papan pemuka dan tarikh serta masa dicakar.",
                "Mesin meter di tempat letak kereta awam terpilih.",
            ]),
            ("p", "Pengguna aplikasi tidak perlu meletakkan kupon; penguat kuasa menyemak "
                  "nombor plat secara terus."),
        ]),
        ("Pas Bulanan", [
            ("p", "Pas bulanan dipohon melalui ParkirNilai+ atau di kaunter sebelum 25 haribulan "
                  "untuk bulan berikutnya. Sertakan salinan geran kenderaan. Satu pas untuk "
                  "satu nombor plat dan tidak boleh dipindahkan."),
        ]),
        ("Kompaun Kesalahan Parkir", [
            ("ul", [
                "Tidak membayar atau melebihi masa: RM30",
                "Letak di petak memunggah barang: RM50",
                "Letak dua lapis atau menghalang laluan: RM100",
                "Letak di petak OKU tanpa pelekat: RM200",
            ]),
            ("p", "Kompaun yang dibayar dalam tempoh 7 hari dari tarikh notis mendapat "
                  "potongan 50%. Kompaun yang tidak dibayar selepas 60 hari boleh dibawa ke "
                  "mahkamah."),
        ]),
        ("Bayaran dan Rayuan Kompaun", [
            ("p", "Kompaun dibayar dengan mengimbas kod QR pada notis melalui ParkirNilai+ atau "
                  "di kaunter. Rayuan dibuat dalam tempoh 14 hari menggunakan Borang Rayuan "
                  "Kompaun KP-2, bersama bukti seperti tangkapan skrin resit aplikasi atau "
                  "gambar. Keputusan rayuan dimaklumkan dalam 10 hari bekerja."),
        ]),
        ("Kenderaan Diapit atau Ditunda", [
            ("p", "Kenderaan yang menghalang laluan kecemasan atau ditinggalkan boleh diapit "
                  "atau ditunda. Caj pelepasan apit ialah RM50. Caj tunda ialah RM150 dan caj "
                  "simpanan RM10 sehari di Depoh Penguatkuasaan MPN, Jalan TKS 1, Taman "
                  "Kemajuan Semarak. Kenderaan dilepaskan selepas pemilik menunjukkan geran "
                  "dan MyKad."),
        ]),
        ("Parkir OKU", [
            ("p", "Pemegang kad OKU boleh meletakkan kenderaan secara percuma di petak OKU "
                  "dengan pelekat OKU MPN. Pelekat dipohon percuma di kaunter dengan salinan "
                  "kad OKU dan geran kenderaan."),
        ]),
        ("Soalan Lazim", [
            ("faq", [
                ("Saya sudah membayar dalam aplikasi tetapi masih menerima kompaun.",
                 "Buat rayuan dalam tempoh 14 hari dan sertakan tangkapan skrin resit "
                 "pembayaran."),
                ("Kompaun dikeluarkan atas nama pemilik lama kereta saya.",
                 "Kompaun dikeluarkan kepada nombor plat. Bawa bukti tarikh pindah milik JPJ ke "
                 "kaunter untuk kompaun sebelum tarikh itu dipindahkan."),
                ("Adakah pas bulanan sah di semua zon?",
                 "Pas biasa sah di semua zon kecuali Nilai 3, yang memerlukan pas zon sendiri."),
            ]),
        ]),
        ("Hubungi Kami", [
            ("p", "Jabatan Penguatkuasaan MPN: 06-850 3390. Bilik kawalan 24 jam: 06-850 3399. "
                  "E-mel: parkir@mpn.example.invalid. Kaunter dibuka Isnin hingga Jumaat, "
                  "8.00 pagi hingga 5.00 petang."),
        ]),
    ],
}

DEWAN = {
    "path": "nilai/sewa-dewan.md",
    "fmt": "md",
    "fields": {
        "title": "Sewaan Dewan Serbaguna dan Dewan Orang Ramai MPN",
        "region": "Nilai, Negeri Sembilan",
        "agency": "Majlis Perbandaran Nilai",
        "source": "https://www.mpn.example.invalid/kemudahan/sewa-dewan",
        "updated": "2026-03-10",
    },
    "sections": [
        ("Dewan Yang Boleh Disewa", [
            ("table", ["Dewan", "Kapasiti", "Sewa sehari", "Sewa separuh hari"], [
                ["Dewan Serbaguna Bandar Baru Nilai", "800 orang", "RM950", "RM520"],
                ["Dewan Orang Ramai Taman Semarak", "300 orang", "RM380", "RM210"],
                ["Dewan Orang Ramai Putra Nilai", "250 orang", "RM320", "RM180"],
                ["Bilik Mesyuarat Wisma MPN", "40 orang", "RM150", "RM90"],
            ]),
            ("p", "Separuh hari ialah sesi 8.00 pagi hingga 2.00 petang atau 4.00 petang "
                  "hingga 11.00 malam. Sewa sudah termasuk elektrik, penghawa dingin dan "
                  "sistem siaraya."),
        ]),
        ("Siapa Boleh Menyewa", [
            ("p", "Individu warganegara berumur 18 tahun ke atas, persatuan berdaftar, "
                  "syarikat dan agensi kerajaan boleh menyewa dewan untuk kenduri, majlis "
                  "perkahwinan, mesyuarat, kursus, pameran dan aktiviti kemasyarakatan."),
        ]),
        ("Syarat Tempahan", [
            ("ul", [
                "Tempahan dibuat sekurang-kurangnya 21 hari sebelum tarikh majlis.",
                "Tempahan paling awal boleh dibuat 6 bulan sebelum tarikh majlis.",
                "Satu tempahan tidak boleh melebihi 3 hari berturut-turut.",
                "Ceramah dan perhimpunan awam memerlukan surat kelulusan polis.",
            ]),
        ]),
        ("Dokumen Diperlukan", [
            ("ul", [
                "Borang Tempahan Dewan BTD-1.",
                "Salinan MyKad penyewa.",
                "Surat rasmi dan sijil pendaftaran, bagi persatuan atau syarikat.",
                "Atur cara majlis, bagi acara melebihi 300 orang.",
            ]),
        ]),
        ("Cara Menempah", [
            ("p", "Semak kekosongan dewan di portal eDewan MPN (https://edewan.mpn.example.invalid) "
                  "dan isi borang dalam talian, atau hantar Borang BTD-1 di kaunter. Keputusan "
                  "tempahan dimaklumkan dalam 5 hari bekerja."),
        ]),
        ("Bayaran dan Deposit", [
            ("p", "Sewa perlu dibayar penuh dalam tempoh 7 hari selepas tempahan diluluskan; "
                  "jika tidak, tempahan dibatalkan secara automatik. Deposit kerosakan ialah "
                  "RM500 bagi Dewan Serbaguna dan RM200 bagi dewan lain. Deposit dipulangkan "
                  "dalam 30 hari bekerja selepas pemeriksaan dewan. Penggunaan melebihi masa "
                  "dikenakan caj RM80 sejam."),
        ]),
        ("Pembatalan dan Pindaan Tarikh", [
            ("ul", [
                "Pembatalan 14 hari atau lebih sebelum majlis: 50% sewa dikembalikan.",
                "Pembatalan kurang daripada 14 hari: sewa tidak dikembalikan.",
                "Pindaan tarikh dibenarkan sekali tanpa caj, tertakluk kepada kekosongan.",
            ]),
        ]),
        ("Potongan Harga", [
            ("p", "Persatuan penduduk dan badan kebajikan berdaftar di kawasan MPN mendapat "
                  "potongan 30% daripada kadar sewa. Sekolah kerajaan boleh menggunakan dewan "
                  "secara percuma pada hari bekerja untuk program murid."),
        ]),
        ("Peraturan Penggunaan", [
            ("ul", [
                "Semua majlis mesti tamat selewat-lewatnya 11.00 malam.",
                "Minuman keras dan perjudian dilarang.",
                "Memasak hanya dibenarkan di ruang dapur dewan.",
                "Penyewa bertanggungjawab membersihkan dewan selepas majlis.",
                "Paku, pita pelekat dan belon berisi helium tidak dibenarkan pada dinding "
                "dan siling dewan.",
            ]),
            ("p", "Pegawai dewan akan memeriksa dewan bersama penyewa sebelum dan selepas "
                  "majlis. Sebarang kerosakan dicatat dalam borang pemeriksaan dan kos "
                  "pembaikan ditolak daripada deposit."),
        ]),
        ("Soalan Lazim", [
            ("faq", [
                ("Adakah meja dan kerusi disediakan?",
                 "Ya. Dewan Serbaguna menyediakan 400 kerusi dan 50 meja bulat. Dewan lain "
                 "menyediakan 200 kerusi dan 25 meja."),
                ("Bolehkah saya menghias dewan sehari lebih awal?",
                 "Boleh jika dewan kosong, dengan bayaran separuh hari."),
                ("Bolehkah saya menempah gelanggang badminton melalui halaman ini?",
                 "Tidak. Perkhidmatan ini tidak termasuk gelanggang dan kemudahan sukan, yang "
                 "ditempah secara berasingan."),
            ]),
        ]),
        ("Hubungi", [
            ("p", "Unit Pengurusan Aset dan Dewan, Aras 3, Wisma Majlis Perbandaran Nilai, "
                  "Persiaran Semarak, 71800 Nilai. Isnin hingga Jumaat, 8.30 pagi hingga 4.30 "
                  "petang. Telefon: 06-850 3318. E-mel: dewan@mpn.example.invalid."),
        ]),
    ],
}

DOCS = [CUKAI, PENJAJA, PARKIR, DEWAN]
