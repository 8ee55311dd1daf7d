"""The twelve documents of the Malaysian half, as structured data.

Each document: id (path under knowledge/ without suffix), fmt, faq (how the FAQ is set in
Markdown: "h3" or "bold"), fields, title and sections. A section is (heading, blocks); a
block is a paragraph (str), ("ul", items), ("ol", items), ("table", rows; first row is the
header), ("faq", [(question, answer), ...]) or ("lines", lines) (short lines, one a
paragraph, e.g. contact details). The closing line is added by make_docs.py.

All fees, rates, deadlines, hours, addresses, phone numbers and portal/app names are
invented for the evaluation.
"""

FINAL_LINE = "Dokumen penilaian: angka, alamat dan waktu adalah rekaan."
NOTE = ("Dokumen penilaian: semua fi, kadar, tempoh, waktu, alamat, nombor telefon dan "
        "nama portal atau aplikasi adalah rekaan.")

DOCS = []

# ---------------------------------------------------------------------------------------
DOCS.append(dict(
    id="nasional/daftar-kelahiran", fmt="md", faq="h3",
    fields=dict(region="Malaysia", agency="Jabatan Pendaftaran Negara",
                source="https://jpn.example.invalid/perkhidmatan/kelahiran",
                updated="2026-02-10"),
    title="Pendaftaran Kelahiran dan Sijil Kelahiran",
    sections=[
        ("Mengenai Perkhidmatan", [
            "Setiap kelahiran di Malaysia wajib didaftarkan di Jabatan Pendaftaran Negara "
            "(JPN). Pendaftaran memberi anak sijil kelahiran, iaitu dokumen pertama yang "
            "diperlukan untuk MyKid, kemasukan sekolah, rawatan di klinik kerajaan dan "
            "permohonan pasport. Halaman ini menerangkan pendaftaran bayi yang baru lahir, "
            "pendaftaran lewat dan permohonan cabutan (salinan) sijil kelahiran.",
        ]),
        ("Siapa Yang Boleh Memaklumkan Kelahiran", [
            ("ul", [
                "Bapa atau ibu kandung bayi.",
                "Waris terdekat yang berumur 18 tahun ke atas, dengan surat kebenaran ibu "
                "bapa, jika ibu bapa tidak dapat hadir.",
                "Pengurus hospital atau orang yang menjaga bayi, bagi bayi yang dijumpai "
                "atau ibu bapa yang tidak dapat dikesan.",
            ]),
            "Pemaklum mesti hadir sendiri dan membawa dokumen pengenalan diri yang asal.",
        ]),
        ("Dokumen yang Diperlukan", [
            ("ul", [
                "Borang PL-1 (Borang Maklumat Kelahiran) yang telah diisi dan ditandatangani.",
                "Ringkasan Kelahiran daripada hospital atau klinik, atau surat akuan bidan "
                "bagi kelahiran di rumah.",
                "MyKad asal ibu dan bapa, atau pasport bagi ibu bapa bukan warganegara.",
                "Sijil nikah atau perakuan perkahwinan ibu bapa yang asal.",
                "Bagi pendaftaran lewat: surat akuan sumpah pemaklum dan gambar terkini anak.",
            ]),
        ]),
        ("Langkah Pendaftaran", [
            ("ol", [
                "Dapatkan Ringkasan Kelahiran daripada hospital sebelum keluar wad.",
                "Isi Borang PL-1 secara dalam talian atau di kaunter.",
                "Hadir ke mana-mana pejabat JPN atau kaunter JPN di hospital kerajaan yang "
                "terpilih.",
                "Serahkan dokumen untuk semakan dan pengesahan cap jari pemaklum.",
                "Terima sijil kelahiran yang dicetak dan semak ejaan nama sebelum "
                "meninggalkan kaunter.",
            ]),
        ]),
        ("Tempoh Pendaftaran dan Fi", [
            "Kelahiran perlu didaftarkan dalam tempoh 45 hari dari tarikh lahir. Fi yang "
            "dikenakan adalah seperti berikut:",
            ("table", [
                ["Perkara", "Fi"],
                ["Pendaftaran dalam tempoh 45 hari", "Percuma"],
                ["Pendaftaran dari hari ke-46 hingga 12 bulan", "RM 15.00"],
                ["Pendaftaran selepas 12 bulan", "RM 40.00"],
                ["Cabutan sijil kelahiran (setiap salinan)", "RM 8.00"],
                ["Cabutan sijil bagi kelahiran sebelum tahun 1970", "RM 12.00"],
            ]),
            "Bayaran boleh dibuat secara tunai, kad debit atau e-dompet di kaunter.",
        ]),
        ("Pendaftaran Lewat", [
            "Kelahiran yang tidak didaftarkan dalam tempoh 45 hari dianggap pendaftaran "
            "lewat. Bagi anak yang berumur lebih daripada 12 bulan, ibu bapa perlu "
            "menghadiri sesi temu duga bersama pegawai pendaftaran dan membawa bukti "
            "tambahan seperti rekod imunisasi atau kad klinik anak. Keputusan pendaftaran "
            "lewat melebihi 12 bulan dimaklumkan dalam tempoh 30 hari bekerja selepas temu "
            "duga.",
        ]),
        ("Cabutan Sijil Kelahiran", [
            "Jika sijil kelahiran hilang, rosak atau diperlukan untuk urusan lain, anda boleh "
            "memohon cabutan sijil kelahiran. Pemohon mestilah pemilik sijil, ibu bapa atau "
            "penjaga yang sah. Bawa MyKad pemohon dan nombor daftar kelahiran jika ada. "
            "Cabutan biasanya siap dalam masa 1 jam bagi rekod yang sudah disimpan dalam "
            "sistem berkomputer.",
        ]),
        ("Kaunter dan Waktu Perkhidmatan", [
            "Semua pejabat JPN negeri dan daerah menerima pendaftaran kelahiran. Waktu "
            "perkhidmatan kaunter:",
            ("ul", [
                "Isnin hingga Jumaat: 8.15 pagi hingga 4.30 petang",
                "Sabtu (pejabat di pusat transformasi bandar sahaja): 8.30 pagi hingga "
                "12.30 tengah hari",
                "Tutup pada hari Ahad dan cuti umum",
            ]),
            "Kaunter JPN di hospital kerajaan beroperasi mengikut waktu pejabat hospital.",
        ]),
        ("Permohonan Dalam Talian", [
            "Ibu bapa yang berkahwin dan kedua-duanya warganegara boleh mengisi maklumat "
            "kelahiran melalui portal eLahir di https://elahir.jpn.example.invalid sebelum "
            "hadir ke kaunter. Temu janji juga boleh dipilih melalui portal yang sama. "
            "Pendaftaran tetap perlu disahkan secara bersemuka kerana cap jari pemaklum "
            "diambil di kaunter.",
        ]),
        ("Perkara Yang Tidak Diliputi", [
            "Perkhidmatan ini tidak termasuk pindaan atau pembetulan butiran dalam sijil "
            "kelahiran (contohnya menukar nama anak atau menambah nama bapa), permohonan "
            "taraf kewarganegaraan, pendaftaran anak angkat dan kelahiran di luar negara. "
            "Sila rujuk halaman perkhidmatan berkaitan atau bertanya di kaunter.",
        ]),
        ("Soalan Lazim", [
            ("faq", [
                ("Bolehkah datuk mendaftarkan kelahiran cucunya?",
                 "Boleh, jika beliau berumur 18 tahun ke atas dan membawa surat kebenaran "
                 "ibu bapa serta dokumen yang diperlukan."),
                ("Berapakah kos jika saya terlepas tempoh 45 hari?",
                 "RM 15.00 jika anak belum berumur 12 bulan, dan RM 40.00 selepas itu."),
                ("Bolehkah saya mendaftar di negeri lain daripada tempat bayi dilahirkan?",
                 "Boleh. Pendaftaran boleh dibuat di mana-mana pejabat JPN di seluruh "
                 "Malaysia."),
                ("Adakah nama bayi boleh ditukar selepas didaftarkan?",
                 "Itu ialah pindaan butiran dan tidak diuruskan melalui perkhidmatan ini. "
                 "Semak ejaan nama dengan teliti sebelum sijil dicetak."),
            ]),
        ]),
        ("Hubungi Kami", [
            ("lines", [
                "Talian Pertanyaan JPN: 03-8890 4172 (Isnin hingga Jumaat, 8.00 pagi hingga "
                "5.00 petang)",
                "E-mel: lahir@jpn.example.invalid",
                "Ibu Pejabat: Aras 3, Menara Daftar, Persiaran Seri Gemilang, Presint 2, "
                "62551 Putrajaya",
            ]),
        ]),
    ],
))

# ---------------------------------------------------------------------------------------
DOCS.append(dict(
    id="nasional/perkeso-bekerja-sendiri", fmt="html", faq="h3",
    site=dict(brand="Portal Rasmi PERKESO", short="PERKESO",
              nav=["Laman Utama", "Mengenai PERKESO", "Sektor Majikan", "Sektor Pekerja",
                   "Program Bekerja Sendiri", "Pusat Media", "Peluang Kerjaya"],
              crumbs=["Laman Utama", "Program Bekerja Sendiri", "Skim SKSPS"],
              footer=["Hak Cipta Terpelihara 2026 Pertubuhan Keselamatan Sosial",
                      "Dasar Privasi", "Penafian", "Peta Laman",
                      "Paparan terbaik menggunakan pelayar terkini"]),
    fields=dict(region="Malaysia", agency="Pertubuhan Keselamatan Sosial (PERKESO)",
                source="https://perkeso.example.invalid/bekerja-sendiri/sksps",
                updated="2026-01-22"),
    title="Skim Keselamatan Sosial Pekerjaan Sendiri (SKSPS)",
    sections=[
        ("Apakah SKSPS", [
            "Skim Keselamatan Sosial Pekerjaan Sendiri melindungi orang yang bekerja "
            "sendiri daripada risiko kemalangan dan penyakit yang berlaku semasa "
            "menjalankan pekerjaan. Caruman dibayar sendiri oleh pencarum mengikut pelan "
            "yang dipilih, dan perlindungan bermula sebaik sahaja caruman pertama diterima "
            "oleh PERKESO. Skim ini melengkapi, dan tidak menggantikan, insurans peribadi yang "
            "mungkin sudah dimiliki oleh pencarum.",
        ]),
        ("Siapa Yang Wajib Mendaftar", [
            "Pendaftaran adalah wajib bagi warganegara dan pemastautin tetap yang bekerja "
            "sendiri dalam sektor berikut:",
            ("ul", [
                "Pengangkutan penumpang dan barang, termasuk pemandu e-hailing, teksi dan "
                "penghantar p-hailing",
                "Penjaja, peniaga kecil dan peniaga pasar malam",
                "Nelayan, petani dan penternak",
                "Pekerja kreatif dan pekerja bebas dalam talian",
                "Tukang jahit, tukang gunting rambut dan pengasuh yang bekerja sendiri",
            ]),
            "Pencarum mestilah berumur antara 15 hingga 65 tahun semasa mendaftar.",
        ]),
        ("Syarat Pendaftaran", [
            ("ul", [
                "MyKad yang sah",
                "Nombor telefon bimbit dan alamat e-mel yang aktif",
                "Maklumat sektor pekerjaan dan anggaran pendapatan bulanan",
                "Akaun bank atas nama sendiri untuk menerima bayaran faedah",
            ]),
        ]),
        ("Cara Mendaftar", [
            ("ol", [
                "Layari portal Kerjaya Selamat di https://kerjayaselamat.perkeso.example.invalid "
                "atau muat turun aplikasi PERKESO Sendiri.",
                "Isi maklumat diri dan pilih sektor pekerjaan.",
                "Pilih pelan caruman mengikut pendapatan anda.",
                "Buat bayaran caruman pertama melalui FPX, kad debit atau di kaunter PERKESO.",
                "Sijil pendaftaran dihantar ke e-mel dalam masa 24 jam.",
            ]),
        ]),
        ("Pelan Caruman", [
            ("table", [
                ["Pelan", "Pendapatan Diinsuranskan", "Caruman Bulanan", "Caruman Tahunan"],
                ["Pelan 1", "RM 1,100", "RM 15.80", "RM 189.60"],
                ["Pelan 2", "RM 1,600", "RM 23.20", "RM 278.40"],
                ["Pelan 3", "RM 2,400", "RM 34.80", "RM 417.60"],
                ["Pelan 4", "RM 3,400", "RM 49.90", "RM 598.80"],
            ]),
            "Caruman boleh dibayar secara bulanan, suku tahunan atau tahunan. Pelan boleh "
            "ditukar sekali setahun, iaitu pada tarikh pembaharuan.",
        ]),
        ("Faedah yang Disediakan", [
            ("ul", [
                "Rawatan perubatan di klinik panel PERKESO tanpa kos",
                "Faedah hilang upaya sementara: elaun harian bagi tempoh cuti sakit yang "
                "disahkan doktor",
                "Faedah hilang upaya kekal: bayaran berkala bulanan",
                "Faedah orang tanggungan dan bantuan pengurusan mayat sebanyak RM 2,500",
                "Kemudahan pemulihan jasmani dan latihan semula kerjaya",
            ]),
        ]),
        ("Tuntutan Selepas Kemalangan", [
            "Kemalangan mesti dilaporkan kepada PERKESO dalam tempoh 30 hari dari tarikh "
            "kemalangan. Langkah-langkahnya:",
            ("ol", [
                "Dapatkan rawatan di klinik panel PERKESO atau hospital kerajaan.",
                "Buat laporan polis jika kemalangan berlaku di jalan raya.",
                "Isi Borang Tuntutan SPS-8 melalui portal atau di kaunter.",
                "Lampirkan sijil cuti sakit, laporan perubatan, laporan polis dan salinan MyKad.",
            ]),
            "Tuntutan yang lengkap diproses dalam tempoh 21 hari bekerja. Bayaran "
            "dikreditkan terus ke akaun bank pencarum.",
        ]),
        ("Caruman Tertunggak dan Penalti", [
            "Perlindungan terhenti jika caruman tidak dibayar melebihi 60 hari selepas "
            "tarikh matang. Kemalangan yang berlaku semasa caruman tertunggak tidak "
            "dilindungi. Orang yang bekerja sendiri dalam sektor wajib tetapi tidak "
            "mendaftar boleh dikenakan denda tidak melebihi RM 7,500.",
        ]),
        ("Perkhidmatan Yang Tidak Diliputi", [
            "Perkhidmatan ini tidak termasuk pekerja yang mempunyai majikan (mereka "
            "dilindungi melalui caruman majikan), tuntutan insurans kenderaan dan faedah "
            "pencen hari tua. Aduan terhadap majikan yang tidak mencarum juga tidak "
            "diuruskan melalui halaman ini.",
        ]),
        ("Soalan Lazim", [
            ("faq", [
                ("Saya pemandu e-hailing separuh masa. Perlukah saya mendaftar?",
                 "Ya. Pendaftaran wajib bagi semua pemandu e-hailing tanpa mengira bilangan "
                 "jam bekerja."),
                ("Adakah kemalangan dalam perjalanan dilindungi?",
                 "Ya, jika perjalanan itu berkaitan terus dengan pekerjaan yang didaftarkan, "
                 "contohnya menuju ke lokasi mengambil penumpang."),
                ("Bolehkah saya menukar pelan caruman di pertengahan tahun?",
                 "Tidak. Pelan hanya boleh ditukar pada tarikh pembaharuan tahunan."),
            ]),
        ]),
        ("Hubungi PERKESO", [
            ("lines", [
                "Pusat Khidmat Pelanggan: 1-300-22-5876 (Isnin hingga Jumaat, 8.30 pagi "
                "hingga 5.30 petang)",
                "E-mel: sendiri@perkeso.example.invalid",
                "Ibu Pejabat: Menara PERKESO Sentral, Jalan Tun Razak Baharu, 50480 Kuala "
                "Lumpur",
            ]),
        ]),
    ],
))

# ---------------------------------------------------------------------------------------
DOCS.append(dict(
    id="kuala-selangor/cukai-taksiran", fmt="md", faq="bold",
    fields=dict(region="Kuala Selangor, Selangor",
                agency="Majlis Perbandaran Kuala Selangor",
                source="https://mpks.example.invalid/perkhidmatan/cukai-taksiran",
                updated="2026-01-08"),
    title="Cukai Taksiran Pegangan",
    sections=[
        ("Pengenalan", [
            "Cukai taksiran ialah cukai yang dikenakan oleh Majlis Perbandaran Kuala "
            "Selangor (MPKS) ke atas setiap pegangan, iaitu rumah, kedai, kilang dan tanah, "
            "dalam kawasan pentadbirannya. Hasil kutipan digunakan untuk perkhidmatan "
            "perbandaran seperti lampu jalan, penyelenggaraan longkang, taman dan kutipan "
            "sampah. Dalam percakapan harian cukai ini juga dikenali sebagai cukai pintu.",
        ]),
        ("Siapa Yang Perlu Membayar", [
            "Pemilik berdaftar pegangan bertanggungjawab membayar cukai taksiran, walaupun "
            "pegangan itu disewakan kepada orang lain atau dibiarkan kosong. Bagi harta "
            "pusaka yang belum dibahagikan, waris atau pentadbir harta perlu menjelaskan "
            "cukai tersebut.",
        ]),
        ("Kadar Cukai Mengikut Jenis Pegangan", [
            "Cukai dikira sebagai peratusan daripada Nilai Tahunan pegangan, iaitu anggaran "
            "sewa setahun yang ditetapkan oleh Jabatan Penilaian MPKS.",
            ("table", [
                ["Jenis Pegangan", "Kadar (% Nilai Tahunan)"],
                ["Kediaman dalam kawasan bandar", "4.8%"],
                ["Kediaman di kampung dan luar bandar", "3.2%"],
                ["Kedai dan premis komersial", "7.5%"],
                ["Kilang dan industri", "7.0%"],
                ["Tanah kosong", "2.5%"],
            ]),
            "Contoh: rumah teres di Bandar Kuala Selangor dengan Nilai Tahunan RM 7,200 "
            "dikenakan cukai RM 345.60 setahun.",
        ]),
        ("Tarikh Akhir Bayaran", [
            "Cukai dibayar dua kali setahun:",
            ("ul", [
                "Penggal Pertama: sebelum atau pada 15 Mac",
                "Penggal Kedua: sebelum atau pada 15 September",
            ]),
            "Bil dihantar ke alamat pos pemilik pada bulan Januari. Bil yang tidak diterima "
            "tidak menjadi alasan untuk tidak membayar.",
        ]),
        ("Saluran Pembayaran", [
            ("ul", [
                "Kaunter Hasil MPKS di ibu pejabat dan di pejabat cawangan Tanjung Karang",
                "Portal eBayar MPKS di https://ebayar.mpks.example.invalid menggunakan FPX "
                "atau kad kredit",
                "Aplikasi KS Mudah (Android dan iOS)",
                "Perbankan internet bank tempatan dengan memilih MPKS Cukai Taksiran sebagai "
                "penerima",
            ]),
            "Simpan resit rasmi sebagai bukti bayaran. Resit bagi bayaran dalam talian "
            "dihantar ke e-mel dalam masa 3 hari bekerja.",
        ]),
        ("Bayaran Lewat dan Tindakan", [
            "Cukai yang tidak dijelaskan selepas tarikh akhir dikenakan caj lewat 10% "
            "daripada jumlah penggal. Selepas itu Notis E dikeluarkan; jika cukai masih "
            "tidak dibayar dalam tempoh 15 hari, Majlis boleh mengeluarkan Waran F untuk "
            "menyita harta alih dalam pegangan. Kos penyitaan ditanggung oleh pemilik.",
        ]),
        ("Rebat dan Pengecualian", [
            "Rebat RM 50 setahun diberi kepada pemilik kediaman yang merupakan warga emas "
            "berumur 60 tahun ke atas atau orang kurang upaya (OKU) berdaftar, bagi satu "
            "pegangan sahaja. Permohonan dibuat dengan Borang RB-2 sebelum 31 Januari setiap "
            "tahun. Rumah ibadat dan tanah perkuburan dikecualikan sepenuhnya daripada cukai.",
        ]),
        ("Pindah Milik dan Tukar Alamat", [
            "Pemilik baharu perlu memaklumkan pindah milik kepada Jabatan Penilaian dalam "
            "tempoh 90 hari dari tarikh pindah milik didaftarkan, dengan membawa salinan "
            "geran atau perjanjian jual beli. Fi pindah milik ialah RM 30.00 bagi setiap "
            "pegangan. Perubahan alamat surat-menyurat boleh dibuat secara percuma melalui "
            "aplikasi KS Mudah.",
        ]),
        ("Bantahan Nilaian", [
            "Apabila Majlis menilai semula pegangan, notis nilaian baharu dipamerkan dan "
            "pemilik diberi 30 hari untuk mengemukakan bantahan secara bertulis. Bantahan "
            "didengar oleh Jawatankuasa Pendengaran Bantahan dan keputusan dihantar melalui "
            "pos.",
        ]),
        ("Alamat dan Waktu Kaunter", [
            ("lines", [
                "Ibu Pejabat MPKS: Kompleks Pentadbiran MPKS, Jalan Semarak Indah, 45000 "
                "Kuala Selangor, Selangor",
                "Pejabat Cawangan Tanjung Karang: Jalan Sungai Burung Lama, 45500 Tanjung "
                "Karang",
            ]),
            ("ul", [
                "Isnin hingga Khamis: 8.00 pagi hingga 4.30 petang",
                "Jumaat: 8.00 pagi hingga 12.15 tengah hari dan 2.45 petang hingga 4.30 petang",
                "Sabtu pertama setiap bulan (Kaunter Hasil sahaja): 9.00 pagi hingga 12.00 "
                "tengah hari",
            ]),
        ]),
        ("Soalan Lazim", [
            ("faq", [
                ("Saya tidak menerima bil tahun ini. Bagaimana saya tahu jumlahnya?",
                 "Semak melalui portal eBayar MPKS atau aplikasi KS Mudah menggunakan nombor "
                 "akaun atau nombor MyKad pemilik."),
                ("Rumah saya disewa. Bolehkah penyewa membayar?",
                 "Boleh, tetapi tanggungjawab undang-undang tetap pada pemilik berdaftar."),
                ("Bolehkah tunggakan dibayar secara ansuran?",
                 "Boleh. Pemilik yang mempunyai tunggakan boleh memohon ansuran sehingga 6 "
                 "bulan di Kaunter Hasil."),
            ]),
        ]),
        ("Hubungi Kami", [
            ("lines", [
                "Jabatan Penilaian dan Pengurusan Harta, MPKS",
                "Telefon: 03-3281 7740",
                "E-mel: taksiran@mpks.example.invalid",
            ]),
        ]),
    ],
))

# ---------------------------------------------------------------------------------------
DOCS.append(dict(
    id="kuala-selangor/sisa-pukal", fmt="html", faq="h3",
    site=dict(brand="Portal Rasmi MPKS", short="MPKS",
              nav=["Laman Utama", "Profil Majlis", "Perkhidmatan Awam", "Pengumuman",
                   "Sebut Harga dan Tender", "Direktori Pegawai"],
              crumbs=["Laman Utama", "Perkhidmatan Awam", "Kebersihan"],
              footer=["Hak Cipta Terpelihara 2026 Majlis Perbandaran Kuala Selangor",
                      "Dasar Privasi", "Dasar Keselamatan", "Penafian", "Peta Laman",
                      "Jumlah pelawat hari ini: 1,284"]),
    fields=dict(region="Kuala Selangor, Selangor",
                agency="Majlis Perbandaran Kuala Selangor",
                source="https://mpks.example.invalid/perkhidmatan/sisa-pukal",
                updated="2026-03-02"),
    title="Kutipan Sampah Domestik dan Sisa Pukal",
    sections=[
        ("Pengenalan", [
            "Majlis Perbandaran Kuala Selangor (MPKS), melalui kontraktor kutipan yang "
            "dilantik, mengutip sampah domestik dari rumah kediaman dan menyediakan "
            "perkhidmatan kutipan sisa pukal bagi barangan besar yang tidak muat ke dalam "
            "tong sampah. Halaman ini menerangkan jadual kutipan mengikut zon, cara menempah "
            "kutipan sisa pukal dan caj yang dikenakan.",
        ]),
        ("Apakah Sisa Pukal", [
            "Sisa pukal ialah barangan isi rumah yang besar atau berat, contohnya:",
            ("ul", [
                "Tilam, katil dan sofa lama",
                "Almari, meja dan kerusi",
                "Peti sejuk, mesin basuh dan televisyen yang rosak",
                "Dahan pokok yang dipotong dan diikat, tidak melebihi 1.5 meter panjang",
            ]),
        ]),
        ("Jadual Kutipan Mengikut Zon", [
            ("table", [
                ["Zon", "Kawasan", "Sampah Domestik", "Sisa Pukal"],
                ["Zon A", "Bandar Kuala Selangor, Bukit Belimbing", "Isnin, Rabu, Jumaat",
                 "Sabtu minggu pertama"],
                ["Zon B", "Tanjung Karang, Sungai Burong", "Selasa, Khamis, Sabtu",
                 "Sabtu minggu kedua"],
                ["Zon C", "Ijok, Bestari Jaya", "Isnin, Rabu, Jumaat", "Sabtu minggu ketiga"],
                ["Zon D", "Jeram, Pasir Penambang", "Selasa, Khamis, Sabtu",
                 "Sabtu minggu keempat"],
            ]),
            "Sampah perlu diletakkan di luar pagar sebelum jam 7.00 pagi pada hari kutipan. "
            "Sampah yang diletakkan selepas lori lalu akan dikutip pada kutipan berikutnya.",
        ]),
        ("Cara Menempah Kutipan Sisa Pukal", [
            ("ol", [
                "Buat tempahan melalui aplikasi KS Bersih atau hubungi Talian Bersih MPKS.",
                "Nyatakan alamat, zon dan senarai barang yang hendak dibuang.",
                "Tempahan mesti dibuat sekurang-kurangnya 3 hari bekerja sebelum tarikh "
                "kutipan sisa pukal zon anda.",
                "Letakkan barang di tepi jalan di hadapan rumah pada malam sebelum tarikh "
                "kutipan.",
            ]),
            "Setiap tempahan dihadkan kepada 5 unit barang.",
        ]),
        ("Caj Perkhidmatan", [
            "Dua tempahan pertama bagi setiap rumah dalam satu tahun kalendar adalah "
            "percuma. Tempahan ketiga dan seterusnya dikenakan caj RM 30.00 setiap tempahan, "
            "dibayar melalui aplikasi KS Bersih sebelum tarikh kutipan. Kutipan segera di "
            "luar jadual zon boleh diatur dengan caj RM 80.00, tertakluk kepada kekosongan "
            "lori.",
        ]),
        ("Aduan Sampah Tidak Dikutip", [
            "Aduan sampah tidak dikutip akan diambil tindakan dalam tempoh 2 hari bekerja. "
            "Aduan boleh dibuat melalui aplikasi KS Bersih dengan melampirkan gambar dan "
            "alamat lengkap.",
        ]),
        ("Hantar Sendiri ke Pusat Pengumpulan", [
            "Penduduk yang mempunyai kenderaan sendiri boleh menghantar sisa pukal secara "
            "percuma ke Pusat Pengumpulan Sisa Pukal Jeram, Lot 2218, Jalan Kuala "
            "Selangor-Klang, Jeram. Pusat ini dibuka pada hari Sabtu dan Ahad, 8.00 pagi "
            "hingga 1.00 petang. Bawa bil cukai taksiran atau MyKad yang beralamat di daerah "
            "Kuala Selangor sebagai bukti pemastautin.",
        ]),
        ("Barang Yang Tidak Diterima", [
            "Perkhidmatan ini tidak termasuk:",
            ("ul", [
                "Sisa binaan dan ubah suai seperti batu bata, simen dan jubin",
                "Sisa terjadual seperti bateri kereta, minyak hitam dan cat",
                "Tayar kenderaan",
                "Sisa dari premis perniagaan dan kilang, yang perlu diuruskan oleh "
                "kontraktor swasta berlesen",
            ]),
        ]),
        ("Pembuangan Sampah Secara Haram", [
            "Membuang sisa pukal di tepi jalan, tanah kosong atau parit tanpa tempahan "
            "adalah satu kesalahan. Pesalah boleh dikenakan kompaun sehingga RM 2,000 serta "
            "kos pembersihan. Orang ramai boleh melaporkan pembuangan haram melalui "
            "aplikasi KS Bersih.",
        ]),
        ("Soalan Lazim", [
            ("faq", [
                ("Bolehkah saya meletakkan sisa pukal di sebelah tong sampah biasa?",
                 "Tidak. Lori kutipan harian tidak mengangkut sisa pukal. Sila buat tempahan "
                 "terlebih dahulu."),
                ("Saya berpindah rumah dan ada banyak barang. Adakah had 5 unit terpakai?",
                 "Ya. Bagi barang yang banyak, buat dua tempahan atau hantar sendiri ke Pusat "
                 "Pengumpulan Sisa Pukal Jeram."),
                ("Bagaimana saya tahu zon saya?",
                 "Zon tertera pada bil cukai taksiran anda, atau boleh disemak dalam "
                 "aplikasi KS Bersih."),
            ]),
        ]),
        ("Hubungi", [
            ("lines", [
                "Unit Pengurusan Sisa Pepejal dan Pembersihan Awam, MPKS",
                "Talian Bersih: 03-3281 6655 (Isnin hingga Sabtu, 8.00 pagi hingga 6.00 "
                "petang)",
                "E-mel: bersih@mpks.example.invalid",
            ]),
        ]),
    ],
))

# ---------------------------------------------------------------------------------------
DOCS.append(dict(
    id="kuala-selangor/lesen-penjaja-pasar-malam", fmt="md", faq="h3",
    fields=dict(region="Kuala Selangor, Selangor",
                agency="Majlis Perbandaran Kuala Selangor",
                source="https://mpks.example.invalid/pelesenan/penjaja-pasar-malam",
                updated="2026-02-17"),
    title="Lesen Penjaja Pasar Malam dan Pasar Tani",
    sections=[
        ("Tentang Lesen Ini", [
            "Lesen penjaja pasar malam membenarkan peniaga berniaga di tapak pasar malam dan "
            "pasar tani yang diuruskan oleh Majlis Perbandaran Kuala Selangor (MPKS). Lesen "
            "ini dikeluarkan kepada individu dan sah untuk satu tapak bagi tempoh setahun "
            "kalendar.",
        ]),
        ("Kelayakan Pemohon", [
            ("ul", [
                "Warganegara Malaysia berumur 18 tahun ke atas",
                "Bermastautin dalam daerah Kuala Selangor sekurang-kurangnya 6 bulan",
                "Tidak memegang lebih daripada dua lesen penjaja MPKS pada masa yang sama",
                "Tiada tunggakan sewa atau kompaun dengan MPKS",
            ]),
        ]),
        ("Dokumen yang Perlu Dibawa", [
            ("ul", [
                "Borang LP-3 yang diisi dengan lengkap",
                "Salinan MyKad (depan dan belakang)",
                "Dua keping gambar berukuran pasport berlatar belakang putih",
                "Sijil suntikan anti-tifoid yang masih sah, bagi peniaga makanan dan minuman",
                "Sijil Kursus Pengendali Makanan, bagi peniaga makanan dan minuman",
            ]),
        ]),
        ("Cara Memohon", [
            ("ol", [
                "Muat turun Borang LP-3 daripada portal MPKS atau dapatkan di Kaunter "
                "Pelesenan.",
                "Pilih pasar malam dan jenis jualan dalam borang. Setiap jenis jualan "
                "mempunyai kuota tapak.",
                "Hantar borang bersama dokumen di Kaunter Pelesenan atau melalui portal "
                "eLesen MPKS.",
                "Bagi jualan makanan, pemohon dipanggil untuk pemeriksaan ringkas oleh "
                "Pegawai Kesihatan Persekitaran.",
                "Jika lulus, bayar fi dan ambil lesen serta kad nombor tapak.",
            ]),
        ]),
        ("Fi dan Bayaran", [
            ("ul", [
                "Fi memproses permohonan: RM 10.00 (tidak dikembalikan)",
                "Fi lesen tahunan: RM 120.00",
                "Sewa tapak: RM 3.00 semalam, dibayar kepada pegawai pemungut di tapak",
                "Gantian lesen yang hilang: RM 15.00",
            ]),
        ]),
        ("Lokasi dan Hari Pasar", [
            ("ul", [
                "Pasar Malam Bandar Kuala Selangor, Jalan Bendahara: setiap Rabu",
                "Pasar Malam Tanjung Karang, Jalan Pasar Lama: setiap Jumaat",
                "Pasar Malam Ijok, Jalan Ijok Jaya: setiap Ahad",
                "Pasar Tani Jeram, tapak letak kereta Dewan Jeram: setiap Sabtu, 7.00 pagi "
                "hingga 12.00 tengah hari",
            ]),
            "Pasar malam beroperasi dari 5.00 petang hingga 11.00 malam.",
        ]),
        ("Tempoh Pemprosesan", [
            "Permohonan yang lengkap diproses dalam tempoh 14 hari bekerja. Jika kuota jenis "
            "jualan di pasar yang dipilih telah penuh, nama pemohon dimasukkan ke dalam "
            "senarai menunggu dan pemohon dimaklumkan melalui SMS apabila tapak kosong.",
        ]),
        ("Peraturan Semasa Berniaga", [
            ("ul", [
                "Gerai didirikan dalam petak yang ditetapkan sahaja dan tidak melebihi 3 "
                "meter kali 3 meter",
                "Peniaga mesti berada di gerai; pembantu mestilah warganegara dan didaftarkan "
                "dengan MPKS",
                "Sampah dibungkus dan dibuang ke dalam tong yang disediakan sebelum "
                "meninggalkan tapak",
                "Penggunaan pembesar suara tidak dibenarkan",
            ]),
        ]),
        ("Pembaharuan dan Penalti", [
            "Lesen perlu diperbaharui sebelum 31 Disember setiap tahun. Pembaharuan selepas "
            "tarikh itu dikenakan caj lewat RM 20.00. Berniaga tanpa lesen atau di luar "
            "petak boleh dikenakan kompaun RM 250 dan barang jualan boleh disita. Lesen yang "
            "tidak digunakan lebih daripada empat minggu berturut-turut tanpa makluman boleh "
            "dibatalkan.",
        ]),
        ("Perkara Yang Tidak Diliputi", [
            "Perkhidmatan ini tidak termasuk sewaan gerai di bangunan pasar awam MPKS, lesen "
            "premis makanan seperti kedai makan dan restoran, serta permit jualan bazar "
            "Ramadan, yang mempunyai permohonan berasingan.",
        ]),
        ("Soalan Lazim", [
            ("faq", [
                ("Bolehkah saya berniaga di dua pasar malam?",
                 "Boleh, dengan dua lesen berasingan. Had maksimum ialah dua lesen bagi "
                 "setiap individu."),
                ("Bolehkah isteri saya menjaga gerai jika saya sakit?",
                 "Boleh, jika beliau didaftarkan sebagai pembantu dalam lesen anda."),
                ("Bolehkah saya bertukar tapak dengan peniaga lain?",
                 "Tidak. Nombor tapak diberi semasa lesen dikeluarkan dan hanya boleh ditukar "
                 "oleh Unit Pelesenan."),
            ]),
        ]),
        ("Hubungi Unit Pelesenan", [
            ("lines", [
                "Unit Pelesenan, Jabatan Perlesenan dan Penguatkuasaan MPKS",
                "Kompleks Pentadbiran MPKS, Jalan Semarak Indah, 45000 Kuala Selangor",
                "Kaunter Pelesenan: Isnin hingga Jumaat, 8.00 pagi hingga 4.00 petang",
                "Telefon: 03-3281 7712",
                "E-mel: lesen@mpks.example.invalid",
            ]),
        ]),
    ],
))

# ---------------------------------------------------------------------------------------
DOCS.append(dict(
    id="kuala-selangor/sewa-dewan", fmt="pdf", faq="bold",
    fields=dict(region="Kuala Selangor, Selangor",
                agency="Majlis Perbandaran Kuala Selangor",
                source="https://mpks.example.invalid/kemudahan/sewa-dewan.pdf",
                updated="2026-01-29"),
    title="Sewaan Dewan dan Kemudahan Sukan MPKS",
    sections=[
        ("Pengenalan", [
            "Majlis Perbandaran Kuala Selangor menyediakan dewan serbaguna dan gelanggang "
            "sukan untuk disewa oleh orang ramai, persatuan dan agensi bagi majlis "
            "perkahwinan, mesyuarat, kursus dan aktiviti sukan. Semua tempahan diuruskan "
            "oleh Unit Pengurusan Aset dan Kemudahan.",
            "Kemudahan ini diutamakan untuk penduduk daerah Kuala Selangor. Program rasmi "
            "Majlis boleh mengambil keutamaan pada tarikh tertentu; jika tarikh perlu ditukar, "
            "penyewa dimaklumkan sekurang-kurangnya 30 hari lebih awal.",
        ]),
        ("Kemudahan yang Ditawarkan", [
            ("ul", [
                "Dewan Seri Melawati, Bandar Kuala Selangor (muatan 800 orang)",
                "Dewan Orang Ramai Tanjung Karang (muatan 400 orang)",
                "Gelanggang Futsal Berbumbung Ijok (2 gelanggang)",
                "Gelanggang Badminton Kompleks Sukan MPKS (6 gelanggang)",
            ]),
            "Dewan Seri Melawati dilengkapi pentas, sistem siaran awam, bilik persalinan "
            "pengantin dan tempat letak kereta untuk 150 kenderaan. Dewan Orang Ramai Tanjung "
            "Karang tidak berhawa dingin tetapi mempunyai kipas siling dan dapur kecil. "
            "Perkhidmatan ini tidak termasuk tempahan padang bola sepak dan kolam renang, "
            "yang diuruskan secara berasingan oleh Kompleks Sukan MPKS.",
        ]),
        ("Kadar Sewa", [
            ("table", [
                ["Kemudahan", "Kadar", "Deposit"],
                ["Dewan Seri Melawati", "RM 650.00 sehari", "RM 500.00"],
                ["Dewan Orang Ramai Tanjung Karang", "RM 300.00 sehari", "RM 200.00"],
                ["Gelanggang Futsal Ijok", "RM 40.00 sejam", "Tiada"],
                ["Gelanggang Badminton", "RM 12.00 sejam", "Tiada"],
            ]),
            "Caj penghawa dingin di Dewan Seri Melawati ialah RM 80.00 sejam. Kadar di atas "
            "tidak termasuk katering, khemah dan pembersihan.",
        ]),
        ("Kelayakan Penyewa", [
            "Tempahan boleh dibuat oleh individu berumur 21 tahun ke atas, persatuan "
            "berdaftar, syarikat dan agensi kerajaan. Persatuan berdaftar yang beralamat "
            "dalam daerah Kuala Selangor layak mendapat potongan 30% bagi sewa dewan.",
        ]),
        ("Cara Membuat Tempahan", [
            ("ol", [
                "Semak tarikh kosong melalui sistem eTempah MPKS di "
                "https://etempah.mpks.example.invalid.",
                "Isi Borang Tempahan TD-1 secara dalam talian atau di kaunter.",
                "Tempahan dewan mesti dibuat sekurang-kurangnya 14 hari sebelum tarikh "
                "majlis.",
                "Bayar deposit dan sewa penuh dalam tempoh 3 hari bekerja selepas tempahan "
                "disahkan; jika tidak, tempahan dibatalkan secara automatik.",
                "Ambil surat kelulusan dan kunci pada hari bekerja sebelum tarikh "
                "penggunaan.",
            ]),
        ]),
        ("Waktu Penggunaan", [
            ("ul", [
                "Dewan: 8.00 pagi hingga 11.00 malam",
                "Gelanggang futsal dan badminton: 7.00 pagi hingga 12.00 tengah malam",
            ]),
            "Penggunaan dewan melebihi waktu dikenakan caj RM 100.00 bagi setiap jam "
            "tambahan.",
        ]),
        ("Pemulangan Deposit", [
            "Deposit dikembalikan dalam tempoh 21 hari bekerja selepas pemeriksaan dewan, "
            "melalui pindahan bank. Kos kerosakan atau pembersihan tambahan ditolak daripada "
            "deposit.",
        ]),
        ("Pembatalan Tempahan", [
            "Pembatalan yang dibuat lebih daripada 7 hari sebelum tarikh majlis layak "
            "mendapat pemulangan 50% daripada sewa. Pembatalan kurang daripada 7 hari tidak "
            "layak mendapat pemulangan sewa, tetapi deposit tetap dikembalikan.",
        ]),
        ("Peraturan Penggunaan", [
            ("ul", [
                "Dilarang merokok dan membawa minuman keras ke dalam dewan",
                "Penyewa bertanggungjawab atas keselamatan dan kebersihan sepanjang majlis",
                "Hiasan tidak boleh dipaku atau dilekat pada dinding",
                "Bunyi muzik mesti diperlahankan selepas 10.00 malam",
            ]),
        ]),
        ("Soalan Lazim", [
            ("faq", [
                ("Bolehkah saya menempah dewan untuk majlis kahwin enam bulan lebih awal?",
                 "Boleh. Tempahan dibuka sehingga 12 bulan lebih awal."),
                ("Adakah kerusi dan meja disediakan?",
                 "Dewan Seri Melawati menyediakan 500 kerusi dan 50 meja bulat tanpa caj "
                 "tambahan."),
                ("Bolehkah gelanggang futsal ditempah secara bulanan?",
                 "Boleh bagi kelab sukan berdaftar, dengan potongan 20% bagi tempahan "
                 "sekurang-kurangnya 8 slot sebulan."),
                ("Bolehkah saya memasak di dalam dewan?",
                 "Memasak hanya dibenarkan di dapur Dewan Orang Ramai Tanjung Karang. Di "
                 "Dewan Seri Melawati, makanan perlu dimasak di luar dan dihidangkan sahaja."),
            ]),
        ]),
        ("Hubungi", [
            ("lines", [
                "Unit Pengurusan Aset dan Kemudahan, MPKS",
                "Aras 2, Kompleks Pentadbiran MPKS, Jalan Semarak Indah, 45000 Kuala Selangor",
                "Telefon: 03-3281 7795",
                "E-mel: tempahan@mpks.example.invalid",
                "Waktu kaunter: Isnin hingga Jumaat, 8.00 pagi hingga 4.30 petang",
            ]),
        ]),
    ],
))

# ---------------------------------------------------------------------------------------
DOCS.append(dict(
    id="mersing/lesen-perniagaan", fmt="md", faq="bold",
    fields=dict(region="Mersing, Johor", agency="Majlis Daerah Mersing",
                source="https://mdmersing.example.invalid/pelesenan/lesen-premis",
                updated="2026-02-03"),
    title="Lesen Premis Perniagaan",
    sections=[
        ("Pengenalan", [
            "Setiap premis yang digunakan untuk berniaga, berdagang atau menjalankan "
            "perkhidmatan dalam kawasan Majlis Daerah Mersing (MDM) mesti mempunyai lesen "
            "premis yang sah. Ini termasuk kedai, restoran, bengkel, kedai cenderamata di "
            "Pekan Mersing serta chalet dan inap desa di kawasan pantai. Lesen dikeluarkan "
            "atas nama pemilik perniagaan bagi satu alamat premis; jika perniagaan berpindah, "
            "permohonan baharu perlu dibuat. Perkhidmatan ini tidak termasuk lesen penjaja "
            "dan permit iklan, yang dipohon secara berasingan.",
        ]),
        ("Jenis Lesen", [
            ("ul", [
                "Lesen premis tetap: sah selama setahun dan boleh diperbaharui",
                "Lesen sementara: untuk jualan atau pameran yang tidak melebihi 30 hari",
                "Lesen penginapan pelancong: untuk chalet, inap desa dan rumah tumpangan",
            ]),
        ]),
        ("Persyaratan", [
            ("ul", [
                "Pemohon berumur 18 tahun ke atas, dan perniagaan didaftarkan dengan "
                "Suruhanjaya Syarikat Malaysia",
                "Premis mempunyai Perakuan Siap dan Pematuhan atau kelulusan kegunaan "
                "bangunan",
                "Premis makanan mematuhi syarat kesihatan, dan pekerja telah menerima "
                "suntikan anti-tifoid",
                "Premis penginapan mematuhi syarat keselamatan kebakaran daripada pihak Bomba",
            ]),
        ]),
        ("Dokumen Yang Perlu Disertakan", [
            ("ul", [
                "Borang Permohonan Lesen BL-01",
                "Salinan MyKad pemohon dan sijil pendaftaran perniagaan",
                "Perjanjian sewa atau geran premis",
                "Gambar premis bahagian luar dan dalam, sekurang-kurangnya 4 keping",
                "Pelan lantai ringkas bagi premis penginapan",
            ]),
        ]),
        ("Prosedur Permohonan", [
            ("ol", [
                "Daftar akaun di Portal eLesen Mersing di "
                "https://elesen.mdmersing.example.invalid.",
                "Isi Borang BL-01 dan muat naik dokumen.",
                "Premis diperiksa oleh Jabatan Pelesenan, dan juga oleh pegawai kesihatan "
                "bagi premis makanan.",
                "Terima notis kelulusan melalui e-mel dan bayar fi lesen dalam talian.",
                "Cetak lesen dan pamerkan di tempat yang mudah dilihat dalam premis.",
            ]),
        ]),
        ("Fi Lesen Tahunan", [
            ("table", [
                ["Jenis Perniagaan", "Fi"],
                ["Kedai runcit dan kedai serbaneka", "RM 80.00 setahun"],
                ["Restoran dan kedai makan", "RM 180.00 setahun"],
                ["Bengkel kenderaan", "RM 220.00 setahun"],
                ["Chalet dan inap desa", "RM 15.00 setiap bilik setahun"],
                ["Lesen sementara", "RM 5.00 sehari"],
            ]),
            "Fi proses RM 20.00 dikenakan bagi setiap permohonan baharu dan tidak "
            "dikembalikan.",
        ]),
        ("Tempoh Kelulusan", [
            "Permohonan perniagaan berisiko rendah seperti kedai runcit dan kedai pakaian "
            "diluluskan dalam tempoh 3 hari bekerja. Premis makanan, bengkel dan penginapan "
            "memerlukan pemeriksaan tapak dan diproses dalam tempoh 21 hari bekerja. "
            "Pengusaha chalet di pulau dalam daerah Mersing, seperti Pulau Sibu dan Pulau "
            "Besar, boleh memohon melalui portal tanpa hadir ke kaunter; pemeriksaan "
            "dijadualkan mengikut jadual bot pegawai.",
        ]),
        ("Pembaharuan Lesen", [
            "Lesen tamat pada 31 Disember setiap tahun. Pembaharuan boleh dibuat mulai 1 "
            "November melalui Portal eLesen Mersing atau di kaunter. Pembaharuan yang dibuat "
            "selepas 31 Januari dikenakan penalti 25% daripada fi lesen.",
        ]),
        ("Penalti", [
            "Menjalankan perniagaan tanpa lesen adalah satu kesalahan di bawah undang-undang "
            "kecil pelesenan MDM. Pesalah boleh dikenakan kompaun sehingga RM 1,000 bagi "
            "kesalahan pertama. Jika kesalahan berulang, premis boleh ditutup dan barang "
            "boleh disita.",
        ]),
        ("Soalan Lazim", [
            ("faq", [
                ("Saya berniaga dari rumah secara dalam talian. Perlukah lesen premis?",
                 "Tidak, jika tiada pelanggan datang ke rumah dan tiada papan tanda "
                 "dipasang. Jika rumah digunakan sebagai kedai, lesen diperlukan."),
                ("Chalet saya ditutup semasa musim tengkujuh. Adakah fi dikurangkan?",
                 "Tidak. Fi dikira bagi setahun penuh walaupun chalet ditutup beberapa "
                 "bulan."),
                ("Bolehkah lesen dipindahkan kepada pemilik baharu kedai?",
                 "Tidak. Pemilik baharu perlu membuat permohonan baharu."),
            ]),
        ]),
        ("Hubungi Jabatan Pelesenan", [
            ("lines", [
                "Jabatan Pelesenan, Majlis Daerah Mersing",
                "Bangunan MDM, Jalan Sri Pantai, 86800 Mersing, Johor",
                "Waktu pejabat: Isnin hingga Khamis, 8.00 pagi hingga 5.00 petang; Jumaat, "
                "8.00 pagi hingga 12.00 tengah hari dan 2.45 petang hingga 5.00 petang",
                "Telefon: 07-799 3312",
                "E-mel: lesen@mdmersing.example.invalid",
            ]),
        ]),
    ],
))

# ---------------------------------------------------------------------------------------
DOCS.append(dict(
    id="mersing/permit-papan-iklan", fmt="docx", faq="bold",
    fields=dict(region="Mersing, Johor", agency="Majlis Daerah Mersing",
                source="https://mdmersing.example.invalid/pelesenan/permit-iklan.docx",
                updated="2026-03-11"),
    title="Permit Papan Tanda dan Iklan",
    sections=[
        ("Skop Permit", [
            "Permit iklan diperlukan bagi setiap papan tanda, kain rentang, bunting, papan "
            "iklan dan skrin digital yang dipamerkan dan boleh dilihat dari jalan awam dalam "
            "kawasan Majlis Daerah Mersing. Permit ini memastikan iklan selamat, tidak "
            "menghalang pandangan pemandu dan tidak mencacatkan wajah bandar. Permit "
            "dikeluarkan bagi setiap iklan secara berasingan; premis yang mempunyai dua papan "
            "tanda memerlukan dua permit.",
        ]),
        ("Siapa Perlu Memohon", [
            "Pemilik premis perniagaan yang memasang papan tanda nama kedai, syarikat "
            "pengiklanan, penganjur acara serta persatuan atau pertubuhan yang memasang kain "
            "rentang dan bunting sementara.",
        ]),
        ("Syarat Teknikal", [
            ("ul", [
                "Papan tanda premis tidak melebihi 1.2 meter tinggi dan tidak lebih lebar "
                "daripada hadapan premis",
                "Bahasa Melayu wajib digunakan dan diletakkan di atas atau lebih besar "
                "daripada bahasa lain",
                "Papan iklan berdiri sendiri mesti berada sekurang-kurangnya 3 meter dari "
                "tepi jalan",
                "Skrin digital tidak boleh berkelip dan kecerahannya dikurangkan selepas "
                "7.00 malam",
            ]),
            "Iklan rokok, minuman keras dan perjudian tidak akan diluluskan di mana-mana "
            "lokasi dalam kawasan Majlis.",
        ]),
        ("Dokumen Diperlukan", [
            ("ul", [
                "Borang Permohonan Permit Iklan PI-2",
                "Lakaran atau gambar reka bentuk iklan beserta ukuran",
                "Gambar lokasi pemasangan",
                "Salinan lesen premis perniagaan, bagi papan tanda premis",
                "Pengesahan jurutera bertauliah bagi papan iklan berdiri sendiri yang "
                "melebihi 6 meter tinggi",
            ]),
        ]),
        ("Langkah Memohon", [
            ("ol", [
                "Isi Borang PI-2 di Kaunter Setempat MDM atau melalui Portal eLesen Mersing.",
                "Lampirkan dokumen dan bayar fi proses RM 10.00.",
                "Pegawai akan memeriksa lokasi bagi papan iklan berdiri sendiri.",
                "Bayar fi permit selepas kelulusan dan ambil pelekat permit.",
                "Tampal pelekat permit pada sudut bawah iklan.",
            ]),
        ]),
        ("Kadar Fi Permit", [
            ("table", [
                ["Jenis Iklan", "Kadar", "Tempoh"],
                ["Papan tanda premis", "RM 20.00 setiap meter persegi", "Setahun"],
                ["Papan iklan berdiri sendiri", "RM 60.00 setiap meter persegi", "Setahun"],
                ["Kain rentang", "RM 5.00 setiap unit", "14 hari"],
                ["Bunting dan poster", "RM 1.00 setiap unit", "14 hari"],
                ["Skrin digital", "RM 120.00 setiap meter persegi", "Setahun"],
            ]),
        ]),
        ("Tempoh Kelulusan", [
            "Permit kain rentang, bunting dan poster diluluskan dalam tempoh 2 hari bekerja. "
            "Papan tanda premis diluluskan dalam tempoh 7 hari bekerja, manakala papan iklan "
            "berdiri sendiri dan skrin digital mengambil masa 30 hari bekerja kerana perlu "
            "dibawa ke mesyuarat jawatankuasa.",
        ]),
        ("Iklan Tanpa Permit", [
            "Iklan yang dipasang tanpa permit atau selepas tamat tempoh akan diturunkan oleh "
            "Unit Penguatkuasaan tanpa notis. Pemilik dikenakan kos penurunan RM 50.00 bagi "
            "setiap kain rentang dan RM 300.00 bagi setiap papan iklan, serta kompaun "
            "sehingga RM 500. Iklan yang diturunkan boleh dituntut semula dalam tempoh 7 "
            "hari; selepas itu iklan akan dilupuskan.",
        ]),
        ("Perkhidmatan Ini Tidak Termasuk", [
            "Perkhidmatan ini tidak termasuk iklan di tepi jalan persekutuan dan jalan negeri "
            "yang diselia oleh Jabatan Kerja Raya, iklan pada kenderaan serta iklan di dalam "
            "premis yang tidak boleh dilihat dari luar.",
        ]),
        ("Soalan Lazim", [
            ("faq", [
                ("Perlukah permit baharu jika saya menukar nama kedai pada papan tanda lama?",
                 "Ya. Sebarang perubahan teks atau saiz papan tanda memerlukan permohonan "
                 "baharu."),
                ("Bolehkah kain rentang digantung pada tiang lampu jalan?",
                 "Tidak. Kain rentang hanya dibenarkan di tapak yang ditetapkan oleh MDM. "
                 "Senarai tapak boleh didapati di Kaunter Setempat."),
                ("Bagaimana jika acara saya dilanjutkan?",
                 "Permit 14 hari boleh dilanjutkan sekali dengan bayaran yang sama."),
            ]),
        ]),
        ("Hubungi", [
            ("lines", [
                "Unit Pelesenan Iklan, Majlis Daerah Mersing",
                "Kaunter Setempat, Bangunan MDM, Jalan Sri Pantai, 86800 Mersing, Johor",
                "Telefon: 07-799 3340",
                "E-mel: iklan@mdmersing.example.invalid",
                "Waktu kaunter: Isnin hingga Khamis, 8.00 pagi hingga 4.30 petang; Jumaat, "
                "8.00 pagi hingga 12.00 tengah hari",
            ]),
        ]),
    ],
))

# ---------------------------------------------------------------------------------------
DOCS.append(dict(
    id="mersing/parkir-kompaun", fmt="md", faq="bold",
    fields=dict(region="Mersing, Johor", agency="Majlis Daerah Mersing",
                source="https://mdmersing.example.invalid/perkhidmatan/letak-kereta",
                updated="2026-02-24"),
    title="Tempat Letak Kereta Berbayar dan Kompaun Parkir",
    sections=[
        ("Kawasan Letak Kereta Berbayar", [
            "Majlis Daerah Mersing (MDM) mengendalikan petak letak kereta berbayar di Pekan "
            "Mersing dan di kawasan letak kereta awam berhampiran Jeti Mersing, tempat "
            "pelancong menaiki bot ke pulau-pulau. Petak berbayar ditandakan dengan garisan "
            "putih dan papan tanda yang menunjukkan nombor zon. Terdapat kira-kira 650 petak "
            "berbayar di Pekan Mersing dan 400 petak di letak kereta Jeti Mersing. "
            "Perkhidmatan ini tidak termasuk letak kereta di premis swasta seperti hotel dan "
            "pasar raya, yang mengenakan kadar sendiri.",
        ]),
        ("Waktu Berbayar", [
            ("ul", [
                "Pekan Mersing: Isnin hingga Sabtu, 8.00 pagi hingga 6.00 petang",
                "Letak kereta Jeti Mersing: setiap hari, 24 jam",
            ]),
            "Petak di Pekan Mersing adalah percuma pada hari Ahad dan cuti umum.",
        ]),
        ("Kadar Bayaran", [
            ("table", [
                ["Kawasan", "Kadar"],
                ["Pekan Mersing (kereta)", "RM 0.60 sejam"],
                ["Pekan Mersing (motosikal)", "Percuma"],
                ["Letak kereta Jeti Mersing (kereta)", "RM 12.00 sehari"],
                ["Letak kereta Jeti Mersing (bas dan van)", "RM 30.00 sehari"],
            ]),
        ]),
        ("Cara Membayar Parkir", [
            ("ul", [
                "Aplikasi ParkirMersing (Android dan iOS), dengan memasukkan nombor "
                "kenderaan dan nombor zon",
                "Kupon letak kereta yang dijual di kedai berlesen di sekitar Pekan Mersing",
                "Pondok pengawal di pintu masuk letak kereta Jeti Mersing (tunai dan kad)",
            ]),
            "Masa letak kereta yang dibayar melalui aplikasi boleh dilanjutkan dari telefon "
            "tanpa perlu kembali ke kenderaan.",
        ]),
        ("Pas Bulanan", [
            "Pemilik kenderaan yang kerap meletak kenderaan di Pekan Mersing boleh membeli pas "
            "bulanan pada harga RM 70.00 sebulan. Peniaga berlesen MDM boleh membeli pas "
            "bulanan pada harga RM 45.00 sebulan bagi satu kenderaan. Pas bulanan tidak sah "
            "di letak kereta Jeti Mersing.",
        ]),
        ("Kadar Kompaun", [
            "Kenderaan yang diletakkan tanpa bayaran, melebihi masa atau di luar petak akan "
            "dikeluarkan notis kompaun. Jumlah kompaun bergantung pada bila ia dibayar:",
            ("ul", [
                "Dibayar dalam tempoh 14 hari: RM 15.00",
                "Dibayar dari hari ke-15 hingga hari ke-30: RM 30.00",
                "Tidak dibayar selepas 30 hari: RM 100.00 dan kes boleh dibawa ke mahkamah",
            ]),
            "Meletak kenderaan di petak OKU tanpa pelekat OKU dikenakan kompaun tetap RM "
            "200.00.",
        ]),
        ("Cara Menjelaskan Kompaun", [
            "Kompaun boleh dibayar melalui aplikasi ParkirMersing, Portal eBayar MDM di "
            "https://ebayar.mdmersing.example.invalid atau di Kaunter Hasil MDM. Semak "
            "kompaun anda menggunakan nombor pendaftaran kenderaan.",
        ]),
        ("Rayuan Kompaun", [
            "Rayuan boleh dikemukakan dalam tempoh 14 hari dari tarikh notis menggunakan "
            "Borang Rayuan RK-1, bersama bukti seperti resit bayaran parkir atau surat "
            "kecemasan perubatan. Keputusan rayuan dimaklumkan dalam tempoh 10 hari bekerja. "
            "Semasa rayuan diproses, tempoh kadar kompaun terendah dibekukan.",
        ]),
        ("Kenderaan Ditunda", [
            "Kenderaan yang menghalang laluan kecemasan atau pintu masuk premis, atau yang "
            "diletakkan di kawasan larangan, boleh ditunda ke Depoh Penguatkuasaan MDM di "
            "Jalan Kemajuan 3, Mersing. Caj tunda ialah RM 150.00 dan caj simpanan RM 20.00 "
            "sehari. Kenderaan boleh dituntut dengan membawa geran kenderaan dan kad "
            "pengenalan pemilik. Depoh dibuka setiap hari dari 8.00 pagi hingga 10.00 malam.",
        ]),
        ("Soalan Lazim", [
            ("faq", [
                ("Saya akan ke Pulau Tioman selama 3 hari. Di mana saya patut meletak kereta?",
                 "Di letak kereta Jeti Mersing. Jangan tinggalkan kereta di petak Pekan "
                 "Mersing kerana kenderaan akan dikompaun selepas masa tamat."),
                ("Adakah motosikal perlu membayar?",
                 "Tidak. Petak motosikal di Pekan Mersing adalah percuma."),
                ("Bagaimana jika aplikasi gagal semasa saya membayar?",
                 "Ambil tangkapan skrin sebagai bukti dan sertakan bersama rayuan jika anda "
                 "menerima kompaun."),
            ]),
        ]),
        ("Hubungi Kami", [
            ("lines", [
                "Unit Penguatkuasaan dan Letak Kereta, Majlis Daerah Mersing",
                "Telefon: 07-799 3365 (Isnin hingga Sabtu, 8.00 pagi hingga 6.00 petang)",
                "E-mel: parkir@mdmersing.example.invalid",
            ]),
        ]),
    ],
))

# ---------------------------------------------------------------------------------------
DOCS.append(dict(
    id="kudat/sewa-gerai-pasar", fmt="md", faq="h3",
    fields=dict(region="Kudat, Sabah", agency="Majlis Daerah Kudat",
                source="https://mdkudat.example.invalid/perkhidmatan/gerai-pasar",
                updated="2026-01-15"),
    title="Sewaan Gerai Pasar Awam dan Petak Tamu Kudat",
    sections=[
        ("Pengenalan", [
            "Majlis Daerah Kudat (MDK) menyewakan gerai di Pasar Awam Kudat dan petak jualan "
            "di Tamu Mingguan Kudat kepada peniaga tempatan. Pasar Awam menempatkan bahagian "
            "ikan dan hasil laut, sayur-sayuran, daging serta makanan bermasak, manakala tamu "
            "menjadi tempat penduduk kampung menjual hasil tani dan kraf tangan.",
            "Pasar Awam Kudat mempunyai 120 gerai tetap, manakala Tamu Mingguan menyediakan "
            "kira-kira 200 petak terbuka. Perkhidmatan ini tidak termasuk lesen penjaja "
            "bergerak dan tapak jualan sempena pesta atau karnival, yang dipohon secara "
            "berasingan.",
        ]),
        ("Kelayakan Pemohon", [
            ("ul", [
                "Warganegara Malaysia berumur 18 tahun ke atas",
                "Bermastautin dalam daerah Kudat",
                "Tidak menyewa gerai lain di Pasar Awam Kudat",
                "Peniaga makanan telah menerima suntikan anti-tifoid dan menghadiri kursus "
                "pengendali makanan",
            ]),
        ]),
        ("Dokumen yang Diperlukan", [
            ("ul", [
                "Borang Permohonan Sewaan Gerai MDK/PS-4",
                "Salinan MyKad dan dua keping gambar berukuran pasport",
                "Surat pengesahan pemastautin daripada Ketua Kampung atau pegawai daerah",
                "Bagi petak tamu: salinan kad petani atau kad nelayan, jika ada",
            ]),
        ]),
        ("Proses Permohonan", [
            "Gerai kosong diiklankan di papan kenyataan pasar dan di laman MDK. Pemohon yang "
            "layak dipilih melalui undian terbuka yang diadakan setiap tiga bulan. Pemohon "
            "yang tidak berjaya dimasukkan ke dalam senarai menunggu selama 12 bulan. Petak "
            "tamu pula diberikan mengikut giliran pada setiap hari tamu, tanpa undian, bagi "
            "peniaga harian. Keputusan undian dipamerkan di papan kenyataan pasar, dan pemohon "
            "yang berjaya perlu menandatangani perjanjian sewaan dalam tempoh 14 hari.",
        ]),
        ("Kadar Sewa", [
            ("table", [
                ["Jenis Gerai", "Kadar Sewa"],
                ["Gerai ikan dan hasil laut", "RM 90.00 sebulan"],
                ["Gerai sayur dan buah", "RM 60.00 sebulan"],
                ["Gerai daging", "RM 110.00 sebulan"],
                ["Gerai makanan bermasak", "RM 130.00 sebulan"],
                ["Petak tamu harian", "RM 4.00 sehari"],
            ]),
            "Deposit bersamaan dua bulan sewa dibayar semasa menandatangani perjanjian. Bil "
            "air dan elektrik gerai dibayar sendiri oleh penyewa.",
        ]),
        ("Bayaran dan Tunggakan Sewa", [
            "Sewa bulanan perlu dijelaskan sebelum atau pada 10 haribulan setiap bulan di "
            "Kaunter Hasil MDK atau melalui Portal Bayar MDK di "
            "https://bayar.mdkudat.example.invalid. Sewa yang tertunggak melebihi 3 bulan "
            "menyebabkan perjanjian sewaan ditamatkan dan gerai dikunci oleh MDK.",
        ]),
        ("Waktu Operasi", [
            ("ul", [
                "Pasar Awam Kudat: setiap hari, 5.30 pagi hingga 6.00 petang",
                "Bahagian makanan bermasak: 6.00 pagi hingga 9.00 malam",
                "Tamu Mingguan Kudat: setiap Ahad, 6.00 pagi hingga 12.00 tengah hari",
            ]),
            "Pasar ditutup untuk cucian besar pada hari Rabu minggu pertama setiap bulan.",
        ]),
        ("Peraturan Penyewa", [
            ("ul", [
                "Gerai tidak boleh disewakan semula atau diserahkan kepada orang lain",
                "Penyewa mesti berniaga sendiri sekurang-kurangnya 20 hari sebulan",
                "Sisa ikan dan sampah dibuang ke tong yang ditetapkan",
                "Pengubahsuaian gerai memerlukan kebenaran bertulis MDK",
            ]),
        ]),
        ("Berhenti Menyewa", [
            "Penyewa yang ingin berhenti perlu memberi notis bertulis sekurang-kurangnya 30 "
            "hari lebih awal. Deposit dikembalikan dalam tempoh 30 hari bekerja selepas "
            "gerai diperiksa, setelah ditolak sebarang tunggakan.",
        ]),
        ("Soalan Lazim", [
            ("faq", [
                ("Bolehkah anak saya mengambil alih gerai selepas saya bersara?",
                 "Tidak secara automatik. Anak perlu memohon dan menyertai undian, tetapi "
                 "waris terdekat diberi keutamaan."),
                ("Saya menjual hasil kebun sekali-sekala sahaja. Perlukah gerai bulanan?",
                 "Tidak. Gunakan petak tamu harian pada hari tamu."),
                ("Bilakah undian gerai diadakan?",
                 "Undian diadakan pada bulan Mac, Jun, September dan Disember."),
                ("Bolehkah saya menyimpan barang di gerai pada waktu malam?",
                 "Boleh, di dalam gerai yang berkunci. MDK tidak bertanggungjawab atas "
                 "kehilangan barang."),
            ]),
        ]),
        ("Hubungi", [
            ("lines", [
                "Bahagian Pasar dan Penjaja, Majlis Daerah Kudat",
                "Pejabat Pasar, Tingkat 1, Pasar Awam Kudat, Jalan Pasar Baru, 89050 Kudat, "
                "Sabah",
                "Waktu pejabat: Isnin hingga Jumaat, 8.00 pagi hingga 5.00 petang",
                "Telefon: 088-613 240",
                "E-mel: pasar@mdkudat.example.invalid",
            ]),
        ]),
    ],
))

# ---------------------------------------------------------------------------------------
DOCS.append(dict(
    id="kudat/permit-ubah-suai", fmt="md", faq="bold",
    fields=dict(region="Kudat, Sabah", agency="Majlis Daerah Kudat",
                source="https://mdkudat.example.invalid/perkhidmatan/ubah-suai-rumah",
                updated="2026-03-05"),
    title="Permit Ubah Suai dan Tambahan Rumah Kediaman",
    sections=[
        ("Mengenai Permit Ini", [
            "Pemilik rumah dalam kawasan Majlis Daerah Kudat (MDK) perlu mendapatkan "
            "kelulusan sebelum membuat kerja ubah suai atau tambahan yang melibatkan "
            "struktur, bumbung atau keluasan lantai. Kelulusan memastikan kerja dibuat "
            "dengan selamat dan tidak menjejaskan jiran, longkang dan rizab jalan. "
            "Permohonan boleh dibuat oleh pemilik berdaftar atau wakil yang dilantik secara "
            "bertulis.",
        ]),
        ("Kerja Yang Memerlukan Permit", [
            ("ul", [
                "Membina tambahan dapur, bilik atau anjung di belakang atau di sisi rumah",
                "Menukar jenis bumbung atau menaikkan bumbung",
                "Membina atau meninggikan pagar dan tembok melebihi 1.5 meter",
                "Membuka atau menutup tingkap dan pintu pada dinding luar",
                "Menambah tingkat pada rumah sedia ada",
            ]),
        ]),
        ("Kerja Kecil Tanpa Permit", [
            "Kerja berikut tidak memerlukan permit: mengecat semula, menukar jubin lantai, "
            "membaiki paip dan pendawaian dalaman, serta menukar pintu atau tingkap dengan "
            "saiz yang sama. Walau bagaimanapun, permit jalan tetap diperlukan jika bahan "
            "binaan diletakkan di tepi jalan.",
        ]),
        ("Dokumen yang Diperlukan", [
            ("ul", [
                "Borang Permohonan Ubah Suai BP-7 yang ditandatangani pemilik",
                "Salinan geran tanah atau perjanjian jual beli, dan resit cukai taksiran "
                "terkini",
                "Pelan lakaran bagi ubah suai kecil, atau pelan bangunan yang ditandatangani "
                "pelukis pelan atau arkitek berdaftar bagi tambahan melebihi 20 meter persegi",
                "Surat persetujuan jiran bagi kerja pada dinding bersama (rumah teres dan "
                "berkembar)",
                "Gambar rumah sebelum kerja dimulakan",
            ]),
        ]),
        ("Cara Mengemukakan Permohonan", [
            ("ol", [
                "Hantar Borang BP-7 dan dokumen di kaunter Jabatan Kejuruteraan dan "
                "Perancangan MDK.",
                "Bayar fi proses di Kaunter Hasil.",
                "Pegawai akan membuat lawatan tapak dalam tempoh 5 hari bekerja.",
                "Ambil surat kelulusan dan papan notis permit, dan pamerkan papan itu di "
                "hadapan rumah sepanjang kerja dijalankan.",
            ]),
            "Permohonan juga boleh dihantar melalui portal eMohon MDK di "
            "https://emohon.mdkudat.example.invalid dengan memuat naik dokumen dalam format "
            "PDF. Pemohon dimaklumkan melalui SMS apabila surat kelulusan sedia untuk diambil.",
        ]),
        ("Fi Proses dan Permit", [
            ("ul", [
                "Fi proses ubah suai kecil: RM 50.00",
                "Fi proses tambahan: RM 3.00 setiap meter persegi, minimum RM 100.00",
                "Permit meletak bahan binaan atau tong sisa binaan di tepi jalan: RM 30.00 "
                "sebulan",
                "Deposit kebersihan dan kerosakan longkang: RM 500.00, dikembalikan selepas "
                "kerja siap",
            ]),
        ]),
        ("Tempoh Kelulusan", [
            "Ubah suai kecil yang tidak mengubah keluasan lantai diluluskan dalam tempoh 10 "
            "hari bekerja. Tambahan yang memerlukan pelan bangunan diproses dalam tempoh 30 "
            "hari bekerja. Kelulusan sah selama 12 bulan; kerja yang tidak dimulakan dalam "
            "tempoh itu memerlukan permohonan baharu.",
        ]),
        ("Kerja Tanpa Kelulusan", [
            "Pemilik yang memulakan kerja tanpa kelulusan akan menerima Notis Henti Kerja. "
            "Kerja mesti dihentikan serta-merta dan permohonan perlu dikemukakan dalam "
            "tempoh 14 hari. Pemilik boleh dikenakan kompaun sehingga RM 3,000, dan struktur "
            "yang tidak mematuhi syarat boleh diarahkan supaya dirobohkan atas kos pemilik.",
        ]),
        ("Perkara Yang Tidak Diliputi", [
            "Perkhidmatan ini tidak termasuk pembinaan rumah baharu, pengubahsuaian premis "
            "perniagaan, bangunan lebih daripada dua tingkat, serta rumah di kawasan kampung "
            "air. Permohonan ini juga tidak menggantikan kelulusan Jabatan Tanah dan Ukur "
            "Sabah bagi tanah yang belum bergeran.",
        ]),
        ("Soalan Lazim", [
            ("faq", [
                ("Saya hanya mahu menukar bumbung zink kepada bumbung genting. Perlukah "
                 "permit?",
                 "Ya. Penukaran bumbung memerlukan permit kerana beban struktur berubah."),
                ("Bolehkah kontraktor memohon bagi pihak saya?",
                 "Boleh, dengan surat wakil kuasa yang ditandatangani pemilik."),
                ("Bilakah deposit dikembalikan?",
                 "Dalam tempoh 21 hari bekerja selepas pegawai mengesahkan kerja siap dan "
                 "longkang tidak rosak."),
            ]),
        ]),
        ("Hubungi", [
            ("lines", [
                "Jabatan Kejuruteraan dan Perancangan, Majlis Daerah Kudat",
                "Bangunan MDK, Jalan Dewan Majlis, 89050 Kudat, Sabah",
                "Kaunter: Isnin hingga Jumaat, 8.00 pagi hingga 4.30 petang",
                "Telefon: 088-613 255",
                "E-mel: bangunan@mdkudat.example.invalid",
            ]),
        ]),
    ],
))

# ---------------------------------------------------------------------------------------
DOCS.append(dict(
    id="kudat/aduan-lampu-jalan", fmt="md", faq="h3",
    fields=dict(region="Kudat, Sabah", agency="Majlis Daerah Kudat",
                source="https://mdkudat.example.invalid/aduan/lampu-dan-jalan",
                updated="2026-02-12"),
    title="Aduan Lampu Jalan Rosak dan Kerosakan Jalan",
    sections=[
        ("Tentang Perkhidmatan", [
            "Majlis Daerah Kudat (MDK) menyelenggara lampu jalan, jalan perbandaran, "
            "longkang tepi jalan dan papan tanda jalan di Pekan Kudat dan di taman-taman "
            "perumahan di bawah pentadbirannya. Orang ramai digalakkan melaporkan kerosakan "
            "supaya tindakan dapat diambil dengan segera. Lampu jalan MDK menyala secara "
            "automatik dari 6.45 petang hingga 6.45 pagi, jadi lampu yang padam pada waktu "
            "itu atau menyala pada siang hari menandakan kerosakan.",
        ]),
        ("Jenis Aduan Yang Diterima", [
            ("ul", [
                "Lampu jalan padam, berkelip atau menyala pada waktu siang",
                "Tiang lampu condong, berkarat atau mempunyai wayar terdedah",
                "Jalan berlubang, permukaan jalan mendap atau retak",
                "Penutup longkang hilang atau pecah",
                "Papan tanda jalan rosak atau tumbang",
            ]),
        ]),
        ("Jalan Di Bawah Tanggungjawab MDK", [
            "MDK hanya menyelenggara jalan dalam Pekan Kudat, jalan taman perumahan dan jalan "
            "kampung yang telah diserahkan kepada Majlis. Jalan raya utama yang menghubungkan "
            "Kudat dengan daerah lain diselenggara oleh Jabatan Kerja Raya Sabah. "
            "Perkhidmatan ini tidak termasuk jalan tersebut, lampu isyarat trafik, serta "
            "lampu di kawasan swasta seperti kondominium dan kilang.",
        ]),
        ("Maklumat Yang Perlu Diberikan", [
            ("ul", [
                "Lokasi tepat: nama jalan dan nama taman atau kampung",
                "Nombor tiang lampu, yang tertera pada label kuning di tiang (contohnya "
                "KDT-0412)",
                "Gambar kerosakan, jika selamat untuk diambil",
                "Nama dan nombor telefon pengadu untuk makluman tindakan",
            ]),
        ]),
        ("Saluran Aduan", [
            ("ul", [
                "Aplikasi Kudat Prihatin (Android dan iOS)",
                "WhatsApp Aduan MDK: 019-861 4420 (mesej sahaja)",
                "Telefon Bilik Gerakan MDK: 088-613 200",
                "Kaunter Aduan di Bangunan MDK",
            ]),
            "Setiap aduan diberi nombor rujukan yang bermula dengan huruf KP. Aduan melalui "
            "aplikasi membolehkan anda menanda lokasi pada peta dan memuat naik gambar "
            "secara terus, dan biasanya sampai kepada pasukan penyelenggaraan lebih cepat.",
        ]),
        ("Tempoh Tindakan", [
            ("table", [
                ["Jenis Kerosakan", "Tempoh Tindakan"],
                ["Wayar terdedah atau tiang tumbang", "Dalam 24 jam"],
                ["Lampu jalan padam", "3 hari bekerja"],
                ["Penutup longkang hilang", "2 hari bekerja"],
                ["Jalan berlubang kecil", "7 hari bekerja"],
                ["Jalan mendap atau retak besar", "30 hari bekerja"],
            ]),
            "Tempoh dikira dari tarikh aduan diterima. Kerja yang memerlukan alat ganti khas "
            "mungkin mengambil masa lebih lama, dan pengadu akan dimaklumkan.",
        ]),
        ("Waktu dan Lokasi Kaunter", [
            "Kaunter Aduan terletak di Tingkat Bawah, Bangunan MDK, Jalan Dewan Majlis, 89050 "
            "Kudat, Sabah. Kaunter dibuka Isnin hingga Jumaat, 8.00 pagi hingga 5.00 petang.",
        ]),
        ("Kecemasan Di Luar Waktu Pejabat", [
            "Bagi kejadian berbahaya seperti tiang lampu tumbang ke atas jalan atau wayar "
            "terdedah pada waktu malam dan hujung minggu, hubungi Talian Kecemasan MDK 24 jam "
            "di 088-613 299. Jika ada kecederaan, hubungi 999 terlebih dahulu.",
        ]),
        ("Tuntutan Kerosakan Kenderaan", [
            "Pemilik kenderaan yang rosak akibat jalan berlubang di jalan MDK boleh "
            "mengemukakan tuntutan menggunakan Borang TK-1 dalam tempoh 30 hari dari tarikh "
            "kejadian. Sertakan laporan polis, gambar lokasi, sebut harga atau resit "
            "pembaikan dan salinan geran kenderaan. Setiap tuntutan disiasat dan tidak "
            "semestinya diluluskan. Keputusan dimaklumkan secara bertulis dalam tempoh 60 "
            "hari bekerja.",
        ]),
        ("Soalan Lazim", [
            ("faq", [
                ("Lampu di hadapan rumah saya sudah padam dua minggu. Apa perlu saya buat?",
                 "Buat aduan bersama nombor tiang lampu melalui aplikasi Kudat Prihatin. Jika "
                 "aduan sudah dibuat, susuli dengan nombor rujukan anda."),
                ("Bolehkah saya menampal lubang jalan sendiri?",
                 "Tidak digalakkan. Sila buat aduan supaya kerja dibuat mengikut "
                 "spesifikasi."),
                ("Pokok tumbang menghalang jalan taman saya. Adakah aduan ini diterima?",
                 "Ya. Pokok tumbang di atas jalan MDK dianggap kecemasan. Hubungi Bilik "
                 "Gerakan pada waktu pejabat atau Talian Kecemasan MDK selepas waktu pejabat."),
                ("Bagaimana saya tahu aduan saya sudah selesai?",
                 "Status aduan boleh disemak dalam aplikasi, dan anda akan menerima SMS "
                 "apabila aduan ditutup."),
            ]),
        ]),
        ("Hubungi", [
            ("lines", [
                "Bahagian Kejuruteraan, Majlis Daerah Kudat",
                "Telefon: 088-613 200",
                "E-mel: aduan@mdkudat.example.invalid",
            ]),
        ]),
    ],
))
