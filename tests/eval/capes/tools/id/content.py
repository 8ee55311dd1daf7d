"""The twelve documents of the Indonesian half, as data.

Each document: path (relative to knowledge/), format, fields, title, optional intro, and
sections [(heading, [blocks])]. A block is ("p", text), ("ul", [items]), ("ol", [items]),
("table", [header, *rows]) or ("faq", [(question, answer), ...]).
Every fee, deadline, hour, address, phone number and app name below is invented.
"""

END = "Dokumen evaluasi: angka, alamat dan jam layanan adalah rekaan."
NOTE = ("Dokumen evaluasi: semua tarif, batas waktu, lama proses, jam layanan, alamat, "
        "nomor telepon dan nama aplikasi di halaman ini adalah rekaan.")


def fields(title, region, agency, source, updated):
    return {"title": title, "lang": "id", "country": "ID", "region": region,
            "agency": agency, "source": source, "updated": updated, "note": NOTE}


DOCS = []

# ---------------------------------------------------------------- nasional: paspor (md)
DOCS.append(dict(
    path="id/nasional/paspor-biasa.md", fmt="md", faq_style="h3",
    fields=fields("Paspor Biasa: Permohonan Baru, Penggantian, Paspor Hilang dan Rusak",
                  "Indonesia", "Direktorat Jenderal Imigrasi",
                  "https://imigrasi.example.invalid/layanan/paspor-biasa", "2026-02-10"),
    title="Paspor Biasa: Permohonan Baru, Penggantian, Paspor Hilang dan Rusak",
    intro=None,
    sections=[
        ("Apa Itu Paspor Biasa", [
            ("p", "Paspor biasa adalah dokumen perjalanan bagi warga negara Indonesia yang "
                  "akan bepergian ke luar negeri, misalnya untuk berwisata, umrah, bekerja "
                  "atau kuliah. Tersedia dua jenis: paspor non-elektronik dan paspor "
                  "elektronik (e-paspor) yang memiliki cip berisi data biometrik. Keduanya "
                  "berisi 48 halaman dan berlaku 10 tahun bagi pemohon dewasa, sedangkan "
                  "paspor anak di bawah 17 tahun berlaku 5 tahun."),
        ]),
        ("Siapa yang Dapat Mengajukan", [
            ("ul", ["Warga negara Indonesia yang memiliki e-KTP dan tercatat dalam Kartu "
                    "Keluarga.",
                    "Anak di bawah 17 tahun, didampingi ayah atau ibu pada saat wawancara.",
                    "WNI yang berdomisili di kota lain: permohonan boleh diajukan di kantor "
                    "imigrasi mana pun, tidak harus sesuai alamat KTP."]),
        ]),
        ("Dokumen untuk Permohonan Baru", [
            ("ul", ["e-KTP asli yang masih berlaku.",
                    "Kartu Keluarga asli.",
                    "Salah satu dokumen yang memuat nama, tempat dan tanggal lahir: akta "
                    "kelahiran, ijazah, buku nikah atau surat baptis.",
                    "Untuk anak: akta kelahiran anak, KTP kedua orang tua, buku nikah orang "
                    "tua, dan paspor orang tua bila ada."]),
            ("p", "Semua dokumen dibawa asli saat wawancara. Fotokopi tidak diperlukan karena "
                  "dokumen dipindai langsung di loket."),
        ]),
        ("Penggantian Paspor karena Habis Berlaku atau Halaman Penuh", [
            ("p", "Cukup membawa e-KTP dan paspor lama. Banyak negara menolak paspor yang "
                  "masa berlakunya kurang dari 6 bulan, jadi ajukan penggantian sebelum batas "
                  "itu. Paspor lama dilubangi sebagai tanda batal lalu dikembalikan kepada "
                  "pemohon saat paspor baru diambil."),
        ]),
        ("Cara Mendaftar Lewat Aplikasi M-Paspor", [
            ("ol", ["Unduh aplikasi M-Paspor dan buat akun dengan alamat e-mail aktif.",
                    "Pilih jenis permohonan (baru atau penggantian), kantor imigrasi dan "
                    "tanggal kedatangan.",
                    "Unggah foto e-KTP, Kartu Keluarga dan dokumen pendukung, lalu lengkapi "
                    "data diri.",
                    "Bayar kode billing dalam waktu 3 jam. Jika lewat, jadwal batal otomatis "
                    "dan pendaftaran harus diulang.",
                    "Datang ke kantor imigrasi paling lambat 30 menit sebelum jam yang "
                    "dipilih untuk verifikasi, foto dan wawancara."]),
            ("p", "Kuota jadwal baru dibuka setiap hari pukul 17.00 WIB."),
        ]),
        ("Biaya", [
            ("table", [["Jenis layanan", "Tarif"],
                       ["Paspor biasa non-elektronik 48 halaman", "Rp 390.000"],
                       ["Paspor elektronik (e-paspor) 48 halaman", "Rp 720.000"],
                       ["Layanan percepatan, selesai di hari yang sama", "tambahan Rp 1.050.000"],
                       ["Denda paspor hilang", "Rp 1.150.000"],
                       ["Denda paspor rusak", "Rp 575.000"]]),
            ("p", "Denda paspor hilang atau rusak dibayar di samping tarif paspor yang baru."),
        ]),
        ("Lama Proses", [
            ("p", "Paspor selesai 4 hari kerja setelah wawancara dan pembayaran terverifikasi. "
                  "Dengan layanan percepatan, paspor selesai di hari yang sama bila wawancara "
                  "selesai sebelum pukul 12.00. Untuk paspor hilang atau rusak ada pemeriksaan "
                  "berita acara yang dapat menambah waktu hingga 6 hari kerja. Paspor yang "
                  "tidak diambil dalam 30 hari dibatalkan."),
        ]),
        ("Paspor Hilang atau Rusak", [
            ("p", "Jika paspor hilang, buat laporan kehilangan di kantor polisi terdekat. Bawa "
                  "surat keterangan hilang dari kepolisian, e-KTP dan Kartu Keluarga ke kantor "
                  "imigrasi, jalani pemeriksaan, lalu bayar denda. Jika paspor rusak, bawa "
                  "paspor yang rusak itu. Paspor yang hilang atau rusak karena bencana alam "
                  "seperti banjir atau kebakaran dibebaskan dari denda dengan surat keterangan "
                  "dari kelurahan atau BPBD."),
        ]),
        ("Jam Layanan Kantor Imigrasi", [
            ("p", "Kantor imigrasi melayani Senin sampai Jumat pukul 07.30–15.30. Beberapa "
                  "kantor membuka layanan akhir pekan pada hari Sabtu pukul 08.00–12.00 "
                  "dengan jadwal yang dipesan lewat M-Paspor. Lansia 60 tahun ke atas, ibu "
                  "hamil dan penyandang disabilitas dilayani di loket prioritas tanpa jadwal."),
        ]),
        ("Di Luar Cakupan Halaman Ini", [
            ("p", "Halaman ini tidak membahas paspor diplomatik dan paspor dinas, visa bagi "
                  "warga negara asing, izin tinggal (KITAS/KITAP), maupun Surat Perjalanan "
                  "Laksana Paspor (SPLP)."),
        ]),
        ("Pertanyaan Umum", [
            ("faq", [
                ("Bisakah paspor diambil oleh orang lain?",
                 "Bisa, dengan surat kuasa bermeterai, tanda terima pengambilan dan e-KTP "
                 "penerima kuasa."),
                ("Nama di KTP dan akta kelahiran berbeda, bagaimana?",
                 "Nama di paspor mengikuti e-KTP. Bila berbeda dengan akta, bawa surat "
                 "keterangan beda nama dari Disdukcapil."),
                ("Apakah boleh datang tanpa jadwal?",
                 "Tidak, kecuali kelompok prioritas yang disebut di atas."),
            ]),
        ]),
        ("Kontak", [
            ("p", "Pusat panggilan Imigrasi: 1500-843 (Senin sampai Jumat, 08.00–20.00 WIB). "
                  "E-mail: layanan.paspor@imigrasi.example.invalid."),
        ]),
    ]))

# ---------------------------------------------------------------- nasional: NIB (md)
DOCS.append(dict(
    path="id/nasional/nib-oss.md", fmt="md", faq_style="bold",
    fields=fields("Pendaftaran Nomor Induk Berusaha (NIB) melalui OSS", "Indonesia",
                  "Kementerian Investasi dan Hilirisasi/BKPM",
                  "https://oss.example.invalid/panduan/nib", "2026-01-22"),
    title="Pendaftaran Nomor Induk Berusaha (NIB) melalui OSS",
    intro=("Panduan ini menjelaskan cara pelaku usaha mendapatkan NIB lewat sistem Online "
           "Single Submission (OSS), dari membuat akun sampai mengubah data usaha."),
    sections=[
        ("Pengertian NIB", [
            ("p", "NIB adalah nomor identitas pelaku usaha yang terbit melalui OSS setelah "
                  "pelaku usaha mendaftar. NIB berlaku sebagai tanda daftar perusahaan, angka "
                  "pengenal impor dan akses kepabeanan. NIB tidak memiliki masa berlaku selama "
                  "usaha masih berjalan dan datanya diperbarui."),
        ]),
        ("Siapa yang Boleh Mendaftar", [
            ("ul", ["Perseorangan WNI yang berusia minimal 17 tahun atau sudah menikah.",
                    "Badan usaha: PT, PT perorangan, CV, firma, koperasi, yayasan dan "
                    "persekutuan perdata.",
                    "Kantor perwakilan perusahaan asing dan badan usaha luar negeri."]),
            ("p", "Pelajar yang belum berusia 17 tahun belum dapat mendaftar atas nama sendiri; "
                  "usahanya dapat didaftarkan atas nama orang tua."),
        ]),
        ("Data yang Perlu Disiapkan", [
            ("ul", ["NIK dan e-KTP; bagi perseorangan NIK sekaligus berfungsi sebagai NPWP.",
                    "Alamat e-mail dan nomor HP aktif yang belum pernah dipakai di akun OSS "
                    "lain.",
                    "Alamat lokasi usaha, perkiraan modal usaha dan jumlah tenaga kerja.",
                    "Kode KBLI kegiatan usaha.",
                    "Untuk badan usaha: akta pendirian dan SK pengesahan dari Kementerian "
                    "Hukum."]),
        ]),
        ("Usaha Mikro dan Kecil", [
            ("p", "Usaha mikro adalah usaha dengan modal sampai Rp 1,2 miliar di luar tanah dan "
                  "bangunan tempat usaha. Usaha kecil bermodal di atas Rp 1,2 miliar sampai "
                  "Rp 5,5 miliar. Bagi usaha mikro dan kecil yang berisiko rendah, NIB sekaligus "
                  "menjadi izin untuk menjalankan usaha. Pelaku usaha mikro dan kecil dapat "
                  "meminta pendampingan gratis di Klinik OSS pada DPMPTSP kabupaten atau kota."),
        ]),
        ("Memilih KBLI", [
            ("p", "KBLI (Klasifikasi Baku Lapangan Usaha Indonesia) adalah kode lima digit yang "
                  "menunjukkan jenis kegiatan usaha. Gunakan menu Cari KBLI dengan kata kunci "
                  "seperti \"warung makan\" atau \"penjahit\". Satu NIB boleh memuat lebih dari "
                  "satu KBLI, misalnya warung makan dan toko kelontong. Jika salah memilih KBLI, "
                  "perbaiki lewat perubahan data; jangan membuat akun baru."),
        ]),
        ("Langkah Pendaftaran", [
            ("ol", ["Buka portal OSS dan pilih Daftar.",
                    "Pilih skala usaha (UMK atau non-UMK), lalu isi NIK, e-mail dan nomor HP.",
                    "Aktifkan akun lewat tautan yang dikirim ke e-mail; tautan aktivasi "
                    "berlaku 48 jam.",
                    "Masuk, lengkapi data usaha, pilih KBLI dan tentukan lokasi usaha.",
                    "Centang pernyataan mandiri, lalu klik Terbitkan NIB."]),
        ]),
        ("Biaya dan Waktu Terbit", [
            ("p", "Pendaftaran NIB tidak dipungut biaya. NIB untuk usaha berisiko rendah terbit "
                  "seketika setelah data lengkap. Usaha berisiko menengah tinggi dan tinggi "
                  "menunggu verifikasi perizinan paling lama 9 hari kerja. Waspadai pihak yang "
                  "menawarkan jasa pengurusan berbayar atas nama pemerintah."),
        ]),
        ("Mengubah Data Usaha", [
            ("p", "Perubahan alamat, KBLI, modal atau nama usaha dilakukan lewat menu Perubahan "
                  "Data Berusaha, paling lambat 30 hari setelah perubahan terjadi. Jika usaha "
                  "pindah ke kota lain, cukup ubah lokasi usaha; nomor NIB tetap sama."),
        ]),
        ("Kewajiban Laporan dan Sanksi", [
            ("p", "Usaha kecil menyampaikan Laporan Kegiatan Penanaman Modal (LKPM) setiap "
                  "semester, usaha menengah dan besar setiap triwulan, paling lambat tanggal "
                  "10 bulan berikutnya. Usaha mikro tidak wajib menyampaikan LKPM. Pelaku usaha "
                  "yang tidak melapor mendapat peringatan tertulis sampai tiga kali, kemudian "
                  "NIB dapat dibekukan."),
            ("p", "Halaman ini tidak membahas sertifikasi halal, izin edar BPOM, persetujuan "
                  "bangunan gedung maupun pendaftaran merek."),
        ]),
        ("Tanya Jawab", [
            ("faq", [
                ("Apakah NIB bisa dicetak sendiri?",
                 "Bisa. Unduh berkas PDF NIB dari dasbor akun OSS dan cetak di mana saja."),
                ("Saya jualan online dari rumah, perlu NIB?",
                 "Perlu. Alamat rumah boleh dipakai sebagai lokasi usaha."),
                ("Lupa kata sandi akun OSS?",
                 "Gunakan tombol Lupa Kata Sandi. Jika e-mail lama juga sudah tidak aktif, "
                 "ajukan reset akun ke helpdesk dengan melampirkan foto e-KTP."),
                ("Satu NIK bisa punya beberapa NIB?",
                 "Tidak. Satu NIK untuk satu akun perseorangan; usaha lain ditambahkan sebagai "
                 "KBLI di NIB yang sama."),
            ]),
        ]),
        ("Layanan Bantuan", [
            ("p", "Helpdesk OSS: 1500-617, Senin sampai Jumat pukul 08.00–16.00 WIB. E-mail: "
                  "bantuan@oss.example.invalid. Konsultasi tatap muka tersedia di Klinik OSS "
                  "pada DPMPTSP setempat."),
        ]),
    ]))

# ---------------------------------------------------------------- palopo: PBB-P2 (md)
DOCS.append(dict(
    path="id/palopo/pbb-p2.md", fmt="md", faq_style="h3",
    fields=fields("Pajak Bumi dan Bangunan (PBB-P2) Kota Palopo", "Kota Palopo",
                  "Badan Pendapatan Daerah Kota Palopo",
                  "https://bapenda-palopo.example.invalid/layanan/pbb-p2", "2026-03-02"),
    title="Pajak Bumi dan Bangunan (PBB-P2) Kota Palopo",
    intro=("Badan Pendapatan Daerah (Bapenda) Kota Palopo memungut Pajak Bumi dan Bangunan "
           "Perdesaan dan Perkotaan atas tanah dan bangunan di sembilan kecamatan."),
    sections=[
        ("Objek Pajak", [
            ("p", "PBB-P2 dikenakan atas bumi (tanah, termasuk kolam dan sawah) dan bangunan "
                  "yang dimiliki, dikuasai atau dimanfaatkan orang pribadi maupun badan. "
                  "Bangunan rumah ibadah, kantor pemerintah dan makam umum tidak dikenai PBB."),
        ]),
        ("Wajib Pajak", [
            ("p", "Wajib pajak adalah pemilik atau pihak yang memanfaatkan objek pajak. Rumah "
                  "sewaan tetap ditagihkan kepada nama yang tercantum di SPPT, kecuali "
                  "perjanjian sewa menentukan lain. Satu bidang tanah yang dimiliki bersama, misalnya "
                  "tanah warisan, tetap memiliki satu Nomor Objek Pajak (NOP) sampai dipecah."),
        ]),
        ("SPPT dan Jatuh Tempo", [
            ("p", "Surat Pemberitahuan Pajak Terutang (SPPT) dibagikan melalui kelurahan mulai "
                  "bulan Maret 2026. Jatuh tempo pembayaran PBB-P2 tahun 2026 adalah 31 Agustus "
                  "2026. Jika sampai akhir Mei SPPT belum diterima, minta salinan di loket "
                  "Bapenda atau unduh e-SPPT dengan memasukkan NOP di aplikasi PajakTa Palopo."),
        ]),
        ("Tarif dan NJOPTKP", [
            ("table", [["Nilai Jual Objek Pajak (NJOP)", "Tarif"],
                       ["Sampai dengan Rp 1 miliar", "0,1%"],
                       ["Di atas Rp 1 miliar sampai Rp 5 miliar", "0,15%"],
                       ["Di atas Rp 5 miliar", "0,2%"]]),
            ("p", "Nilai Jual Objek Pajak Tidak Kena Pajak (NJOPTKP) sebesar Rp 15.000.000 per "
                  "wajib pajak. Contoh: rumah dengan NJOP Rp 315.000.000 dikurangi NJOPTKP "
                  "menjadi Rp 300.000.000, dikali 0,1%, sehingga PBB terutang Rp 300.000."),
        ]),
        ("Cara Membayar", [
            ("ul", ["Loket Bapenda Kota Palopo.",
                    "Teller dan ATM bank daerah mitra, serta kantor pos.",
                    "Minimarket yang bekerja sama, dengan menyebut NOP.",
                    "Aplikasi PajakTa Palopo atau QRIS yang tercetak di SPPT."]),
            ("p", "Simpan Surat Tanda Terima Setoran (STTS) sebagai bukti lunas."),
        ]),
        ("Denda Keterlambatan", [
            ("p", "Pembayaran setelah jatuh tempo dikenai denda 1% per bulan dari pokok pajak, "
                  "paling lama 24 bulan. Contoh: PBB Rp 300.000 yang dibayar terlambat tiga "
                  "bulan dikenai denda Rp 9.000."),
        ]),
        ("Pengurangan dan Keberatan", [
            ("p", "Pengurangan sampai 50% dapat diberikan kepada veteran, pensiunan "
                  "berpenghasilan rendah dan lansia 65 tahun ke atas yang tinggal sendiri. "
                  "Permohonan diajukan paling lambat 30 Juni 2026. Keberatan atas besarnya "
                  "NJOP diajukan dalam 3 bulan sejak SPPT diterima dan diputus dalam 90 hari."),
        ]),
        ("Mutasi dan Balik Nama", [
            ("p", "Untuk balik nama objek pajak setelah jual beli, hibah atau waris, isi formulir "
                  "SPOP dan lampirkan sertifikat atau akta jual beli, KTP pemilik baru, serta "
                  "bukti lunas PBB tahun berjalan. Proses selesai 7 hari kerja."),
        ]),
        ("Yang Tidak Dilayani di Halaman Ini", [
            ("p", "Layanan ini tidak termasuk BPHTB (Bea Perolehan Hak atas Tanah dan Bangunan) "
                  "yang dibayar saat jual beli, dan pajak kendaraan bermotor yang diurus di "
                  "Samsat Provinsi Sulawesi Selatan."),
        ]),
        ("Pertanyaan yang Sering Diajukan", [
            ("faq", [
                ("Bolehkah membayar PBB tahun lalu yang belum lunas sekaligus?",
                 "Boleh. Tunggakan beserta dendanya dapat dibayar bersama PBB tahun berjalan."),
                ("Apakah PBB bisa dicicil?",
                 "Bisa untuk PBB di atas Rp 2.000.000, paling banyak 4 kali sebelum jatuh "
                 "tempo, dengan permohonan tertulis ke Bapenda."),
                ("NOP saya hilang, bagaimana mencarinya?",
                 "Sebutkan nama dan alamat objek di loket, atau lihat di SPPT tahun sebelumnya."),
                ("Apakah luas bangunan di SPPT bisa diperbaiki?",
                 "Bisa, dengan mengajukan pembetulan SPPT disertai foto dan denah bangunan."),
            ]),
        ]),
        ("Alamat, Jam Layanan dan Kontak", [
            ("p", "Kantor Bapenda Kota Palopo, Jl. Ratulangi No. 27, Palopo. Loket buka Senin "
                  "sampai Kamis pukul 08.00–15.30 dan Jumat pukul 08.00–11.30. Telepon (0471) "
                  "329 118, WhatsApp 0811-4270-385, e-mail pbb@bapenda-palopo.example.invalid."),
        ]),
    ]))

# ---------------------------------------------------------------- palopo: air (html)
DOCS.append(dict(
    path="id/palopo/air-minum.html", fmt="html", faq_style="h3",
    fields=fields("Sambungan Baru Air Minum dan Pembayaran Rekening Air", "Kota Palopo",
                  "Perumda Air Minum Tirta Mangkaluku Kota Palopo",
                  "https://tirtamangkaluku.example.invalid/pelanggan/sambungan-baru",
                  "2026-01-15"),
    title="Sambungan Baru Air Minum dan Pembayaran Rekening Air",
    site=dict(name="Perumda Air Minum Tirta Mangkaluku",
              logo="PERUMDA AM TIRTA MANGKALUKU",
              nav=["Beranda", "Profil Perusahaan", "Info Gangguan Distribusi",
                   "Cek Tagihan Saya", "Karier", "Hubungi Kami"],
              footer=["Perumda Air Minum Tirta Mangkaluku - Melayani dengan Sepenuh Hati",
                      "Hak cipta 2026 Perumda AM Tirta Mangkaluku. Seluruh hak dilindungi.",
                      "Kebijakan Privasi", "Peta Situs"]),
    intro=("Halaman ini menjelaskan cara memasang sambungan air baru dan membayar rekening "
           "air bulanan bagi pelanggan di Kota Palopo."),
    sections=[
        ("Tentang Layanan", [
            ("p", "Perumda Air Minum Tirta Mangkaluku menyalurkan air bersih ke rumah tangga, "
                  "usaha dan fasilitas sosial di wilayah yang sudah terjangkau jaringan pipa "
                  "distribusi."),
            ("p", "Pelanggan dibagi ke dalam golongan rumah tangga, niaga dan sosial, dengan "
                  "biaya pasang dan tarif yang berbeda. Rumah di luar jangkauan pipa dapat "
                  "didaftarkan dalam daftar tunggu perluasan jaringan."),
        ]),
        ("Syarat Pemasangan Sambungan Baru", [
            ("ul", ["Fotokopi KTP pemohon dan Kartu Keluarga.",
                    "Bukti kepemilikan atau sewa rumah: SPPT PBB, sertifikat atau surat "
                    "perjanjian sewa.",
                    "Denah lokasi rumah dan nomor HP yang aktif.",
                    "Rumah berada paling jauh 50 meter dari pipa distribusi terdekat."]),
        ]),
        ("Alur Pendaftaran", [
            ("ol", ["Daftar di kantor pelayanan atau kirim berkas lewat WhatsApp pelanggan.",
                    "Petugas melakukan survei lapangan dalam 3 hari kerja.",
                    "Pemohon menerima rincian biaya dan membayarnya di loket atau bank.",
                    "Pipa dan meter air dipasang oleh petugas."]),
        ]),
        ("Biaya Pemasangan", [
            ("table", [["Golongan pelanggan", "Biaya pasang baru"],
                       ["Rumah tangga (pipa 1/2 inci)", "Rp 1.275.000"],
                       ["Niaga kecil", "Rp 1.850.000"],
                       ["Sosial (rumah ibadah, panti asuhan)", "Rp 950.000"]]),
            ("p", "Biaya sudah termasuk meter air dan pipa sampai 10 meter. Kelebihan panjang "
                  "pipa dikenai Rp 45.000 per meter."),
        ]),
        ("Tarif Pemakaian Air Rumah Tangga", [
            ("table", [["Pemakaian per bulan", "Tarif per m³"],
                       ["0 sampai 10 m³", "Rp 3.400"],
                       ["11 sampai 20 m³", "Rp 4.900"],
                       ["Di atas 20 m³", "Rp 6.700"]]),
            ("p", "Setiap rekening juga dikenai biaya beban tetap Rp 12.500 per bulan."),
        ]),
        ("Lama Pemasangan", [
            ("p", "Sambungan dipasang paling lama 10 hari kerja setelah biaya pasang lunas. Air "
                  "mulai mengalir pada hari pemasangan setelah meter disegel."),
        ]),
        ("Membayar Rekening Air", [
            ("p", "Rekening dibayar tanggal 1 sampai tanggal 20 setiap bulan di loket kantor, "
                  "bank mitra, minimarket, QRIS, atau aplikasi AirKu Palopo dengan memasukkan "
                  "nomor sambungan."),
            ("p", "Pembayaran di bank dan minimarket dikenai biaya administrasi sesuai ketentuan "
                  "mitra. Pelanggan juga dapat mendaftar autodebet agar rekening terbayar "
                  "otomatis setiap tanggal 5."),
        ]),
        ("Denda, Penyegelan dan Pemutusan", [
            ("p", "Pembayaran setelah tanggal 20 dikenai denda Rp 7.500 per bulan. Tunggakan 2 "
                  "bulan membuat meter disegel, dan tunggakan 3 bulan berujung pemutusan "
                  "sambungan. Biaya buka segel Rp 85.000, sedangkan penyambungan kembali "
                  "setelah diputus Rp 350.000 ditambah seluruh tunggakan."),
        ]),
        ("Gangguan, Kebocoran dan Meter Rusak", [
            ("p", "Laporan gangguan diterima 24 jam. Kebocoran pipa sebelum meter air diperbaiki "
                  "gratis; kebocoran setelah meter menjadi tanggung jawab pelanggan. Tera ulang "
                  "meter atas permintaan pelanggan dikenai Rp 60.000. Saat ada perbaikan pipa "
                  "induk, jadwal gangguan distribusi diumumkan sehari sebelumnya melalui media "
                  "sosial dan pengeras suara di kelurahan."),
            ("p", "Layanan ini tidak mencakup penjualan air tangki untuk acara atau proyek "
                  "konstruksi, yang diatur terpisah."),
        ]),
        ("Pertanyaan Umum", [
            ("faq", [
                ("Bisakah sambungan dipindah ke nama pemilik baru?",
                 "Bisa, dengan membawa KTP pemilik baru dan bukti lunas rekening terakhir."),
                ("Rekening tiba-tiba naik, apa yang harus dilakukan?",
                 "Foto angka meter dan ajukan pemeriksaan; petugas datang dalam 2 hari kerja."),
                ("Apakah bisa berhenti berlangganan sementara?",
                 "Bisa, meter disegel atas permintaan dan beban tetap tetap ditagih."),
            ]),
        ]),
        ("Kantor Pelayanan dan Kontak", [
            ("p", "Kantor Pusat Perumda Air Minum Tirta Mangkaluku, Jl. Dr. Ratulangi No. 112, "
                  "Palopo. Loket buka Senin sampai Jumat 08.00–15.00 dan Sabtu 08.00–12.00. "
                  "Call center (0471) 325 770, WhatsApp pelanggan 0813-4200-7715, e-mail "
                  "pelanggan@tirtamangkaluku.example.invalid."),
        ]),
    ]))

# ---------------------------------------------------------------- palopo: sampah (md)
DOCS.append(dict(
    path="id/palopo/sampah.md", fmt="md", faq_style="bold",
    fields=fields("Pengangkutan Sampah Rumah Tangga dan Sampah Besar di Kota Palopo",
                  "Kota Palopo", "Dinas Lingkungan Hidup Kota Palopo",
                  "https://dlh-palopo.example.invalid/layanan/angkutan-sampah", "2026-02-18"),
    title="Pengangkutan Sampah Rumah Tangga dan Sampah Besar di Kota Palopo",
    intro=None,
    sections=[
        ("Gambaran Umum", [
            ("p", "Dinas Lingkungan Hidup (DLH) Kota Palopo mengangkut sampah dari tempat "
                  "penampungan sementara (TPS) dan dari rumah ke rumah di jalur truk, lalu "
                  "membawanya ke tempat pemrosesan akhir (TPA)."),
            ("p", "Truk sampah melewati jalan utama setiap pagi, sedangkan gerobak motor "
                  "mengambil sampah dari gang-gang permukiman. Warga yang rumahnya jauh dari "
                  "jalur truk membuang sampah ke TPS terdekat."),
        ]),
        ("Jadwal Angkut per Kecamatan", [
            ("table", [["Kecamatan", "Hari angkut", "Jam"],
                       ["Wara dan Wara Utara", "Setiap hari", "05.00–09.00"],
                       ["Wara Selatan dan Wara Timur", "Senin, Rabu, Jumat", "06.00–10.00"],
                       ["Wara Barat dan Bara", "Selasa, Kamis, Sabtu", "06.00–10.00"],
                       ["Mungkajang, Sendana dan Telluwanua", "Rabu dan Sabtu",
                        "07.00–11.00"]]),
            ("p", "Pada hari libur nasional truk tetap beroperasi di Kecamatan Wara saja."),
        ]),
        ("Aturan Membuang ke TPS", [
            ("ul", ["Sampah dibuang ke TPS pukul 18.00 sampai 05.00.",
                    "Sampah dibungkus kantong tertutup dan dipisah antara organik dan "
                    "anorganik.",
                    "Dilarang membuang sampah di TPS yang sudah diangkut pada hari yang sama."]),
        ]),
        ("Retribusi Kebersihan", [
            ("ul", ["Rumah tangga: Rp 10.000 per bulan.",
                    "Kios, warung dan toko kecil: Rp 25.000 per bulan.",
                    "Rumah makan, hotel dan penginapan: Rp 75.000 per bulan."]),
            ("p", "Retribusi rumah tangga ditagih bersama rekening air atau oleh petugas "
                  "kelurahan yang membawa karcis resmi."),
        ]),
        ("Sampah Besar seperti Kasur, Lemari dan Sofa", [
            ("p", "Barang besar tidak boleh ditaruh di TPS. Pesan pengangkutan lewat WhatsApp "
                  "paling lambat 2 hari sebelumnya dengan menyebut alamat dan foto barang. "
                  "Satu kali pengambilan maksimal 3 barang dan dikenai biaya Rp 50.000. "
                  "Pengangkutan sampah besar dilakukan setiap hari Sabtu."),
        ]),
        ("Sampah yang Tidak Diangkut", [
            ("p", "Petugas tidak mengangkut limbah B3 seperti aki, oli bekas dan baterai, "
                  "limbah medis, puing bangunan dan bangkai hewan besar. Puing bangunan dapat "
                  "dibawa sendiri ke TPA Kota Palopo dengan tarif Rp 40.000 per mobil pikap. "
                  "Baterai dan lampu bekas dapat diserahkan ke kantor DLH."),
        ]),
        ("Bank Sampah", [
            ("p", "Warga dapat menabung sampah anorganik seperti botol plastik, kardus dan kaleng "
                  "di bank sampah kelurahan. Saldo tabungan bisa dipakai membayar retribusi "
                  "kebersihan."),
            ("p", "Daftar bank sampah yang aktif dapat dilihat di kantor kelurahan. Sampah "
                  "organik dianjurkan diolah menjadi kompos di rumah; DLH membagikan komposter "
                  "gratis bagi kelompok warga yang mengajukan permohonan melalui lurah."),
        ]),
        ("Larangan dan Sanksi", [
            ("p", "Membuang sampah di sungai, saluran air, lahan kosong atau di luar jam buang "
                  "TPS, serta membakar sampah, dapat dikenai denda paling banyak Rp 500.000 "
                  "sesuai peraturan daerah tentang kebersihan."),
        ]),
        ("Melapor Sampah Tidak Terangkut", [
            ("p", "Kirim foto dan lokasi TPS lewat WhatsApp pengaduan. Laporan ditindaklanjuti "
                  "dalam 1 x 24 jam pada hari kerja. Sertakan nama kelurahan dan patokan lokasi "
                  "agar petugas mudah menemukannya. Laporan juga dapat disampaikan melalui "
                  "ketua RT atau kantor kelurahan, yang meneruskannya ke koordinator wilayah "
                  "DLH."),
        ]),
        ("Tanya Jawab", [
            ("faq", [
                ("Apakah sampah daun dan ranting hasil pangkas pohon diangkut?",
                 "Diangkut bila diikat dan tidak lebih dari 1 meter panjangnya."),
                ("Kompleks perumahan baru belum dilewati truk, bagaimana?",
                 "Pengurus RT mengajukan surat permohonan jalur angkut ke DLH."),
                ("Apakah ada layanan untuk acara pernikahan?",
                 "Ada, pesan kontainer sampah sementara paling lambat 5 hari sebelum acara."),
            ]),
        ]),
        ("Kantor dan Kontak", [
            ("p", "Kantor DLH Kota Palopo, Jl. Andi Kambo No. 9, Palopo. Buka Senin sampai "
                  "Jumat pukul 07.30–16.00. WhatsApp pengaduan dan pesanan sampah besar "
                  "0852-4100-2836, e-mail kebersihan@dlh-palopo.example.invalid."),
        ]),
    ]))

# ---------------------------------------------------------------- palopo: PBG (pdf)
DOCS.append(dict(
    path="id/palopo/pbg-bangunan.pdf", fmt="pdf", faq_style="bold",
    fields=fields("Persetujuan Bangunan Gedung (PBG) untuk Rumah Tinggal dan Renovasi",
                  "Kota Palopo", "Dinas Pekerjaan Umum dan Penataan Ruang Kota Palopo",
                  "https://pupr-palopo.example.invalid/dokumen/panduan-pbg-2026.pdf",
                  "2026-01-28"),
    title="Persetujuan Bangunan Gedung (PBG) untuk Rumah Tinggal dan Renovasi",
    intro=None,
    sections=[
        ("Apa Itu PBG", [
            ("p", "Persetujuan Bangunan Gedung (PBG) adalah izin dari pemerintah kota untuk "
                  "membangun baru, mengubah, memperluas atau merawat bangunan sesuai standar "
                  "teknis. PBG menggantikan Izin Mendirikan Bangunan (IMB)."),
            ("p", "PBG wajib dimiliki sebelum pekerjaan dimulai. Pemilik rumah yang membangun "
                  "bertahap cukup mengajukan satu PBG untuk rencana akhir bangunan."),
        ]),
        ("Kapan PBG Diperlukan", [
            ("ul", ["Membangun rumah baru di atas tanah kosong.",
                    "Menambah lantai, memperluas bangunan atau mengubah struktur seperti "
                    "kolom dan balok.",
                    "Mengubah fungsi rumah menjadi tempat usaha, misalnya ruko."]),
            ("p", "Pekerjaan ringan seperti mengecat ulang, mengganti keramik, mengganti genteng "
                  "tanpa mengubah rangka atap, atau membuat pagar di bawah 1,5 meter tidak "
                  "memerlukan PBG."),
        ]),
        ("Persyaratan", [
            ("ul", ["KTP pemohon dan bukti kepemilikan tanah (sertifikat atau akta jual beli).",
                    "Surat persetujuan pemilik tanah bila tanah bukan milik pemohon.",
                    "Gambar arsitektur: denah, tampak dan potongan bangunan.",
                    "Perhitungan struktur untuk bangunan dua lantai atau lebih.",
                    "Bukti lunas PBB tahun terakhir."]),
        ]),
        ("Tahapan Pengajuan", [
            ("ul", ["Daftar akun di portal SIBANGUN Palopo dan unggah semua dokumen.",
                    "Dokumen diperiksa dan dijadwalkan konsultasi dengan Tim Penilai Teknis.",
                    "Perbaiki gambar bila diminta oleh tim.",
                    "Terima surat pernyataan pemenuhan standar teknis dan bayar retribusi.",
                    "PBG terbit dan dapat diunduh dari portal."]),
        ]),
        ("Retribusi PBG", [
            ("p", "Retribusi dihitung dari luas lantai dikali indeks bangunan dikali harga "
                  "satuan retribusi. Harga satuan retribusi rumah tinggal tahun 2026 adalah "
                  "Rp 12.000 per meter persegi. Contoh: rumah satu lantai seluas 60 meter "
                  "persegi dengan indeks 1 membayar Rp 720.000. Retribusi dibayar setelah "
                  "dokumen teknis disetujui, bukan saat mendaftar."),
        ]),
        ("Jangka Waktu Penyelesaian", [
            ("p", "Untuk rumah tinggal sederhana satu sampai dua lantai, PBG selesai paling lama "
                  "21 hari kerja sejak dokumen dinyatakan lengkap. Bangunan lain, termasuk "
                  "ruko dan gedung usaha, diselesaikan paling lama 35 hari kerja."),
        ]),
        ("Sertifikat Laik Fungsi", [
            ("p", "Setelah bangunan selesai, bangunan usaha dan bangunan umum wajib mengurus "
                  "Sertifikat Laik Fungsi (SLF). Rumah tinggal tunggal cukup melaporkan "
                  "selesainya pembangunan melalui portal."),
            ("p", "SLF bangunan usaha berlaku 5 tahun dan diperpanjang sebelum masa berlakunya "
                  "habis. Pemeriksaan kelaikan dilakukan oleh pengkaji teknis bersama petugas "
                  "Dinas PUPR, meliputi struktur, jalur evakuasi, instalasi listrik dan air, "
                  "serta alat pemadam kebakaran."),
        ]),
        ("Sanksi Membangun Tanpa PBG", [
            ("p", "Pemilik bangunan tanpa PBG mendapat peringatan tertulis tiga kali dengan "
                  "selang 7 hari. Jika tidak ditanggapi, pekerjaan dihentikan, dikenai denda "
                  "administratif sebesar 2% dari nilai bangunan, dan bangunan dapat "
                  "dibongkar."),
        ]),
        ("Yang Tidak Diurus di Loket Ini", [
            ("p", "Layanan ini tidak termasuk izin reklame, izin usaha dan pemecahan sertifikat "
                  "tanah, yang diurus di Kantor Pertanahan."),
        ]),
        ("Pertanyaan yang Sering Muncul", [
            ("faq", [
                ("Rumah lama saya belum punya IMB, apakah bisa diurus sekarang?",
                 "Bisa. Ajukan PBG untuk bangunan yang sudah berdiri dengan melampirkan foto "
                 "bangunan dan gambar yang sesuai kondisi sekarang."),
                ("Bolehkah gambar bangunan dibuat sendiri?",
                 "Boleh untuk rumah satu lantai. Rumah dua lantai atau lebih memerlukan gambar "
                 "dari tenaga ahli bersertifikat."),
                ("Apakah kontraktor boleh mengurus PBG atas nama saya?",
                 "Boleh, dengan surat kuasa bermeterai dari pemilik bangunan."),
                ("Apakah PBG berlaku selamanya?",
                 "PBG berlaku selama bangunan tidak diubah. Perubahan besar memerlukan PBG baru."),
            ]),
        ]),
        ("Konsultasi dan Kontak", [
            ("p", "Loket PBG Dinas PUPR Kota Palopo, Jl. Kelapa No. 41, Palopo. Buka Senin "
                  "sampai Jumat pukul 08.00 sampai 14.00. Telepon (0471) 322 904, e-mail "
                  "pbg@pupr-palopo.example.invalid."),
        ]),
    ]))

# ---------------------------------------------------------------- payakumbuh: akta (md)
DOCS.append(dict(
    path="id/payakumbuh/akta-kelahiran-kematian.md", fmt="md", faq_style="h3",
    fields=fields("Akta Kelahiran dan Akta Kematian di Kota Payakumbuh", "Kota Payakumbuh",
                  "Dinas Kependudukan dan Pencatatan Sipil Kota Payakumbuh",
                  "https://disdukcapil-payakumbuh.example.invalid/layanan/akta",
                  "2026-02-05"),
    title="Akta Kelahiran dan Akta Kematian di Kota Payakumbuh",
    intro=None,
    sections=[
        ("Ruang Lingkup Layanan", [
            ("p", "Disdukcapil Kota Payakumbuh mencatat kelahiran dan kematian penduduk yang "
                  "terdaftar dalam Kartu Keluarga di Payakumbuh. Setelah akta terbit, Kartu "
                  "Keluarga diperbarui secara otomatis."),
            ("p", "Akta kelahiran adalah bukti identitas anak yang diperlukan untuk mendaftar "
                  "sekolah, BPJS Kesehatan dan paspor. Akta kematian diperlukan untuk mengurus "
                  "warisan, pensiun janda atau duda, dan klaim asuransi."),
        ]),
        ("Persyaratan Akta Kelahiran", [
            ("ul", ["Surat keterangan lahir dari rumah sakit, puskesmas atau bidan.",
                    "Kartu Keluarga dan KTP-el kedua orang tua.",
                    "Buku nikah atau akta perkawinan orang tua.",
                    "Jika tidak ada surat keterangan lahir: Surat Pernyataan Tanggung Jawab "
                    "Mutlak (SPTJM) kebenaran data kelahiran dengan dua orang saksi."]),
        ]),
        ("Persyaratan Akta Kematian", [
            ("ul", ["Surat keterangan kematian dari rumah sakit atau dari kelurahan.",
                    "Kartu Keluarga dan KTP-el almarhum.",
                    "KTP-el pelapor, yaitu anggota keluarga atau ketua RT."]),
        ]),
        ("Batas Waktu Melapor", [
            ("p", "Kelahiran dilaporkan paling lambat 60 hari sejak tanggal lahir. Kematian "
                  "dilaporkan paling lambat 30 hari sejak tanggal meninggal. Laporan yang lewat "
                  "batas tetap dilayani dengan tambahan SPTJM dan surat keterangan kelurahan, "
                  "tanpa denda."),
        ]),
        ("Biaya", [
            ("p", "Seluruh layanan akta kelahiran dan akta kematian gratis. Petugas dilarang "
                  "menerima imbalan dalam bentuk apa pun."),
        ]),
        ("Waktu Penyelesaian", [
            ("p", "Berkas lengkap yang diserahkan di loket sebelum pukul 12.00 selesai pada hari "
                  "yang sama, paling lama 1 hari kerja. Pengajuan online selesai dalam 3 hari "
                  "kerja. Akta dikirim dalam bentuk PDF dan dicetak sendiri di kertas HVS A4 80 "
                  "gram."),
        ]),
        ("Pengajuan Online", [
            ("p", "Unduh aplikasi SIDUKPAYA, daftar dengan NIK dan nomor HP, pilih menu Akta "
                  "Kelahiran atau Akta Kematian, lalu unggah foto berkas. Status permohonan "
                  "dikirim lewat WhatsApp."),
            ("p", "Pastikan foto berkas jelas dan tidak terpotong. Permohonan yang kurang lengkap "
                  "dikembalikan dengan catatan dan dapat diperbaiki tanpa mengulang dari awal."),
        ]),
        ("Layanan di Rumah Sakit", [
            ("p", "Bayi yang lahir di RSUD dr. Adnaan WD dapat langsung dibuatkan akta "
                  "kelahiran, Kartu Keluarga baru dan Kartu Identitas Anak sebelum ibu pulang, "
                  "melalui meja layanan Disdukcapil di lantai 2."),
            ("p", "Petugas Disdukcapil juga melayani jemput bola ke kelurahan sesuai jadwal "
                  "bulanan yang diumumkan di kantor lurah, terutama untuk lansia dan penyandang "
                  "disabilitas yang sulit datang ke kantor."),
        ]),
        ("Kasus Khusus", [
            ("ul", ["Orang tua belum tercatat menikah: akta kelahiran memuat nama ibu saja, "
                    "atau kedua nama dengan SPTJM pasangan suami istri.",
                    "Lahir di luar negeri: dilaporkan paling lambat 30 hari setelah kembali "
                    "ke Indonesia dengan membawa bukti pencatatan dari negara tempat lahir.",
                    "Kematian tanpa jenazah, misalnya hilang saat bencana: memerlukan "
                    "penetapan pengadilan."]),
            ("p", "Layanan ini tidak termasuk perekaman KTP-el, pindah datang atau pindah "
                  "keluar, dan pencatatan perkawinan atau perceraian."),
        ]),
        ("Pertanyaan", [
            ("faq", [
                ("Apakah akta hasil cetak sendiri sah?",
                 "Sah. Akta memakai tanda tangan elektronik dan kode QR yang dapat dipindai."),
                ("Nama anak salah ketik di akta, bagaimana?",
                 "Ajukan pembetulan dengan membawa akta lama dan dokumen pendukung."),
                ("Apakah akta kematian bisa diurus dari luar kota?",
                 "Bisa, melalui SIDUKPAYA oleh anggota keluarga yang tercatat di KK yang sama."),
                ("Bolehkah kakek atau nenek yang mengurus akta kelahiran?",
                 "Boleh, dengan surat kuasa dari orang tua."),
            ]),
        ]),
        ("Jam Buka dan Kontak", [
            ("p", "Kantor Disdukcapil Kota Payakumbuh, Jl. Veteran No. 63, Payakumbuh. Buka "
                  "Senin sampai Kamis pukul 08.00–15.00 dan Jumat pukul 08.00–11.30. WhatsApp "
                  "layanan 0822-8700-4519, e-mail akta@disdukcapil-payakumbuh.example.invalid."),
        ]),
    ]))

# ---------------------------------------------------------------- payakumbuh: parkir (html)
DOCS.append(dict(
    path="id/payakumbuh/parkir.html", fmt="html", faq_style="h3",
    fields=fields("Parkir Tepi Jalan Umum dan Parkir Berlangganan di Kota Payakumbuh",
                  "Kota Payakumbuh", "Dinas Perhubungan Kota Payakumbuh",
                  "https://dishub-payakumbuh.example.invalid/layanan/parkir", "2026-03-11"),
    title="Parkir Tepi Jalan Umum dan Parkir Berlangganan di Kota Payakumbuh",
    site=dict(name="Dinas Perhubungan Kota Payakumbuh",
              logo="DISHUB KOTA PAYAKUMBUH",
              nav=["Halaman Utama", "Profil Dinas", "Berita Terkini", "Uji Berkala Kendaraan",
                   "Informasi Publik", "Kontak Dinas"],
              footer=["Dinas Perhubungan Kota Payakumbuh - Tertib, Lancar, Selamat",
                      "Hak cipta 2026 Pemerintah Kota Payakumbuh.",
                      "Syarat Penggunaan Situs", "Aksesibilitas"]),
    intro=("Informasi tarif parkir tepi jalan, kartu parkir berlangganan dan sanksi parkir "
           "liar yang dikelola UPT Perparkiran."),
    sections=[
        ("Tentang Parkir Tepi Jalan", [
            ("p", "Parkir tepi jalan umum adalah tempat parkir di badan jalan yang ditandai "
                  "marka dan rambu. Retribusi dipungut oleh juru parkir resmi yang ditugaskan "
                  "UPT Perparkiran Dinas Perhubungan."),
            ("p", "Pendapatan retribusi parkir masuk ke kas daerah dan dipakai untuk merawat "
                  "marka, rambu dan penerangan kawasan parkir. Juru parkir menerima bagian "
                  "sesuai perjanjian kerja sama dengan UPT Perparkiran."),
        ]),
        ("Tarif Sekali Parkir", [
            ("table", [["Jenis kendaraan", "Tarif sekali parkir"],
                       ["Sepeda motor", "Rp 2.000"],
                       ["Mobil penumpang", "Rp 3.000"],
                       ["Pikap dan minibus", "Rp 4.000"],
                       ["Truk dan bus", "Rp 6.000"]]),
            ("p", "Sepeda tidak dipungut retribusi. Tarif berlaku sekali parkir, tanpa "
                  "hitungan per jam."),
        ]),
        ("Jam Berlaku Tarif", [
            ("p", "Tarif dipungut pukul 07.00 sampai 22.00. Di luar jam itu parkir tidak "
                  "dipungut, kecuali di kawasan kuliner malam Jl. Sudirman yang memakai tarif "
                  "tetap Rp 2.000 untuk semua kendaraan."),
        ]),
        ("Lokasi Parkir Resmi", [
            ("ul", ["Jl. Sudirman dan Jl. Ahmad Yani.",
                    "Sekitar Pasar Ibuh dan Pasar Payakumbuh.",
                    "Jl. Soekarno-Hatta di depan pertokoan.",
                    "Kawasan Ngalau dan Taman Kota pada akhir pekan."]),
        ]),
        ("Parkir Berlangganan", [
            ("p", "Pemilik kendaraan dapat membeli stiker parkir berlangganan yang berlaku 1 "
                  "Januari sampai 31 Desember. Harganya Rp 150.000 per tahun untuk sepeda motor "
                  "dan Rp 250.000 per tahun untuk mobil. Daftar di kantor UPT Perparkiran "
                  "dengan membawa STNK dan KTP. Pemegang stiker tidak membayar lagi di semua "
                  "lokasi parkir tepi jalan resmi. Stiker ditempel di kaca depan mobil atau di "
                  "tebeng depan sepeda motor."),
        ]),
        ("Pembayaran Nontunai", [
            ("p", "Setiap juru parkir resmi membawa kode QRIS di rompinya. Minta karcis atau "
                  "bukti bayar setiap kali membayar, baik tunai maupun nontunai."),
        ]),
        ("Ciri Juru Parkir Resmi", [
            ("ul", ["Memakai rompi oranye bertuliskan Dinas Perhubungan.",
                    "Membawa kartu tanda pengenal yang masih berlaku.",
                    "Memberikan karcis retribusi."]),
            ("p", "Juru parkir tanpa ciri tersebut dapat dilaporkan ke UPT Perparkiran."),
        ]),
        ("Larangan dan Sanksi", [
            ("p", "Kendaraan yang parkir di lokasi dengan rambu dilarang parkir dapat digembok "
                  "rodanya. Biaya buka gembok Rp 150.000. Kendaraan yang menghalangi lalu "
                  "lintas dapat diderek dengan biaya Rp 250.000, ditambah biaya penyimpanan "
                  "Rp 50.000 per hari di depo Dinas Perhubungan. Kendaraan diambil dengan "
                  "menunjukkan STNK dan bukti bayar."),
            ("p", "Parkir di trotoar, di depan pintu keluar pemadam kebakaran, di tikungan dan "
                  "di jembatan dilarang di semua lokasi. Petugas gabungan Dinas Perhubungan dan "
                  "Satpol PP melakukan penertiban rutin, terutama pada hari pasar."),
            ("p", "Layanan ini tidak mengatur parkir di dalam gedung atau pusat perbelanjaan "
                  "swasta, maupun parkir di lingkungan rumah sakit."),
        ]),
        ("Pertanyaan Umum", [
            ("faq", [
                ("Saya diminta bayar lebih dari tarif, apa yang harus dilakukan?",
                 "Bayar sesuai tarif, catat lokasi dan waktu, lalu laporkan lewat WhatsApp "
                 "pengaduan."),
                ("Apakah stiker berlangganan bisa dipindah ke kendaraan lain?",
                 "Tidak. Stiker terdaftar untuk satu nomor polisi."),
                ("Apakah ada tempat parkir khusus penyandang disabilitas?",
                 "Ada. Setiap kawasan parkir resmi punya petak bertanda khusus yang bebas "
                 "retribusi bagi kendaraan penyandang disabilitas."),
                ("Bagaimana jika stiker hilang?",
                 "Ajukan stiker pengganti dengan membawa STNK; biaya cetak ulang Rp 20.000."),
            ]),
        ]),
        ("Kantor UPT Perparkiran", [
            ("p", "UPT Perparkiran Dinas Perhubungan Kota Payakumbuh, Jl. Rustam Effendi No. 14, "
                  "Payakumbuh. Buka Senin sampai Jumat pukul 08.00–16.00. WhatsApp pengaduan "
                  "0852-6300-1184, e-mail parkir@dishub-payakumbuh.example.invalid."),
        ]),
    ]))

# ---------------------------------------------------------------- payakumbuh: bencana (md)
DOCS.append(dict(
    path="id/payakumbuh/bantuan-bencana.md", fmt="md", faq_style="bold",
    fields=fields("Bantuan bagi Warga Terdampak Banjir, Longsor dan Angin Kencang",
                  "Kota Payakumbuh", "Badan Penanggulangan Bencana Daerah Kota Payakumbuh",
                  "https://bpbd-payakumbuh.example.invalid/layanan/bantuan-korban",
                  "2026-01-09"),
    title="Bantuan bagi Warga Terdampak Banjir, Longsor dan Angin Kencang",
    intro=("BPBD Kota Payakumbuh menyalurkan bantuan kepada keluarga yang rumahnya rusak atau "
           "anggota keluarganya menjadi korban bencana di wilayah kota."),
    sections=[
        ("Bentuk Bantuan", [
            ("ul", ["Bantuan logistik selama masa tanggap darurat: makanan siap saji, air "
                    "bersih, selimut, tikar dan perlengkapan bayi.",
                    "Tempat pengungsian sementara di gedung sekolah atau balai kelurahan.",
                    "Bantuan dana perbaikan rumah sesuai tingkat kerusakan.",
                    "Santunan bagi ahli waris korban meninggal dan korban luka berat."]),
        ]),
        ("Besaran Bantuan", [
            ("table", [["Kategori", "Besaran"],
                       ["Rumah rusak ringan", "Rp 5.000.000"],
                       ["Rumah rusak sedang", "Rp 12.500.000"],
                       ["Rumah rusak berat atau roboh", "Rp 25.000.000"],
                       ["Santunan ahli waris korban meninggal", "Rp 15.000.000 per jiwa"],
                       ["Santunan korban luka berat", "Rp 4.000.000 per orang"]]),
        ]),
        ("Siapa yang Berhak", [
            ("p", "Bantuan diberikan kepada keluarga yang tercatat di Kartu Keluarga Kota "
                  "Payakumbuh dan menempati rumah yang terdampak saat bencana terjadi. Satu "
                  "rumah hanya menerima satu bantuan perbaikan walaupun dihuni lebih dari satu "
                  "keluarga."),
        ]),
        ("Melaporkan Kejadian", [
            ("p", "Laporkan bencana secepatnya kepada ketua RT, lurah, atau langsung ke Pusat "
                  "Pengendalian Operasi (Pusdalops) BPBD yang siaga 24 jam. Sertakan lokasi, "
                  "jumlah rumah terdampak dan foto kejadian."),
            ("p", "Saat bencana terjadi, utamakan keselamatan: matikan listrik, ungsikan lansia, "
                  "anak dan penyandang disabilitas lebih dulu, dan ikuti arahan petugas. Jangan "
                  "kembali ke rumah yang retak atau berada di lereng longsor sebelum dinyatakan "
                  "aman oleh tim BPBD."),
        ]),
        ("Berkas yang Dikumpulkan", [
            ("ul", ["Fotokopi KTP-el kepala keluarga dan Kartu Keluarga.",
                    "Surat keterangan terdampak bencana dari lurah.",
                    "Foto kerusakan rumah dari empat sisi.",
                    "Fotokopi buku rekening bank atas nama kepala keluarga."]),
            ("p", "Berkas diserahkan ke kantor lurah paling lambat 14 hari setelah kejadian."),
        ]),
        ("Penilaian Kerusakan", [
            ("p", "Tim kaji cepat BPBD datang ke lokasi dalam 3 x 24 jam setelah laporan "
                  "diterima untuk memotret dan mengukur kerusakan. Hasil penilaian diumumkan di "
                  "kantor lurah, dan warga dapat mengajukan sanggahan dalam 7 hari."),
            ("p", "Tingkat kerusakan ditentukan dari kondisi atap, dinding dan struktur. Rusak "
                  "ringan berarti sebagian atap atau dinding rusak tetapi rumah masih dapat "
                  "ditempati; rusak sedang berarti sebagian struktur rusak; rusak berat berarti "
                  "rumah roboh atau tidak aman ditempati."),
        ]),
        ("Pencairan Dana", [
            ("p", "Dana perbaikan rumah dan santunan ditransfer ke rekening kepala keluarga "
                  "paling lama 30 hari kerja setelah surat keputusan penerima ditetapkan Wali "
                  "Kota. Bantuan tidak dipotong biaya apa pun."),
            ("p", "Penerima bantuan perbaikan rumah wajib menyelesaikan perbaikan dalam 3 bulan "
                  "dan menyerahkan foto rumah setelah diperbaiki ke kantor lurah."),
        ]),
        ("Yang Tidak Ditanggung", [
            ("p", "Bantuan tidak mengganti kerusakan kendaraan, barang dagangan, ternak dan "
                  "hasil panen, serta rumah kosong yang tidak dihuni saat bencana. Kerugian "
                  "pertanian diajukan ke Dinas Pertanian."),
        ]),
        ("Tanya Jawab", [
            ("faq", [
                ("Rumah saya kontrakan, siapa yang menerima bantuan perbaikan?",
                 "Pemilik rumah menerima bantuan perbaikan; penyewa tetap berhak atas bantuan "
                 "logistik."),
                ("Apakah pengungsi mendapat layanan kesehatan?",
                 "Ya, puskesmas membuka pos kesehatan di setiap tempat pengungsian."),
                ("Apakah bantuan bisa diambil tunai?",
                 "Tidak, semua dana disalurkan melalui rekening bank."),
                ("Bagaimana bila KTP dan KK hilang terbawa banjir?",
                 "Lurah membuat surat keterangan sementara dan Disdukcapil mencetak ulang "
                 "dokumen tanpa biaya."),
            ]),
        ]),
        ("Posko dan Kontak", [
            ("p", "Kantor BPBD Kota Payakumbuh, Jl. Sukarno-Hatta No. 201, Payakumbuh, buka "
                  "Senin sampai Jumat pukul 07.30–16.00. Pusdalops 24 jam: telepon (0752) 796 "
                  "112 atau WhatsApp 0813-6611-2450. E-mail pusdalops@bpbd-payakumbuh.example."
                  "invalid."),
        ]),
    ]))

# ---------------------------------------------------------------- kotamobagu: fogging (md)
DOCS.append(dict(
    path="id/kotamobagu/fogging-dbd.md", fmt="md", faq_style="h3",
    fields=fields("Fogging dan Penanggulangan Demam Berdarah di Kota Kotamobagu",
                  "Kota Kotamobagu", "Dinas Kesehatan Kota Kotamobagu",
                  "https://dinkes-kotamobagu.example.invalid/layanan/fogging-dbd",
                  "2026-02-24"),
    title="Fogging dan Penanggulangan Demam Berdarah di Kota Kotamobagu",
    intro=None,
    sections=[
        ("Mengapa Fogging Tidak Dilakukan Sembarangan", [
            ("p", "Pengasapan atau fogging hanya membunuh nyamuk dewasa dan tidak membunuh "
                  "jentik. Fogging yang terlalu sering membuat nyamuk kebal, sehingga Dinas "
                  "Kesehatan Kota Kotamobagu hanya melakukannya bila ada bukti penularan."),
            ("p", "Kasus DBD di Kotamobagu biasanya meningkat pada musim hujan, yaitu November "
                  "sampai April. Pada masa itu puskesmas menggiatkan pemeriksaan jentik dari "
                  "rumah ke rumah dan penyuluhan di sekolah."),
        ]),
        ("Syarat Pelaksanaan Fogging", [
            ("p", "Fogging dilakukan bila Penyelidikan Epidemiologi (PE) oleh puskesmas "
                  "menemukan minimal satu kasus DBD terkonfirmasi, ditambah tiga penderita "
                  "demam tanpa sebab atau angka rumah berjentik 5% atau lebih dalam radius 100 "
                  "meter dari rumah penderita."),
        ]),
        ("Cara Meminta Fogging", [
            ("ol", ["Laporkan kasus DBD ke puskesmas wilayah dengan membawa surat keterangan "
                    "dari rumah sakit atau hasil laboratorium.",
                    "Petugas puskesmas melakukan PE dalam 2 x 24 jam setelah laporan.",
                    "Jika syarat terpenuhi, puskesmas mengajukan jadwal fogging ke Dinas "
                    "Kesehatan dan memberi tahu ketua RT."]),
        ]),
        ("Biaya", [
            ("p", "Fogging oleh Dinas Kesehatan gratis. Petugas dilarang meminta uang bensin "
                  "atau insektisida dari warga. Fogging oleh pihak swasta atau perusahaan wajib "
                  "mendapat rekomendasi tertulis Dinas Kesehatan."),
        ]),
        ("Jadwal dan Pelaksanaan", [
            ("p", "Fogging dilakukan dua siklus dengan jarak 7 hari, pada pagi pukul 06.00–09.00 "
                  "atau sore pukul 16.00–18.00, saat nyamuk aktif. Jangkauan fogging adalah "
                  "radius 200 meter dari rumah penderita."),
            ("p", "Petugas datang dengan seragam Dinas Kesehatan dan membawa surat tugas dari "
                  "puskesmas. Ketua RT diberi tahu paling lambat satu hari sebelumnya, lalu "
                  "pengumuman disampaikan melalui masjid, gereja atau grup WhatsApp warga. Jika "
                  "hujan turun, fogging ditunda ke hari berikutnya karena asap tidak efektif."),
        ]),
        ("Persiapan Warga Saat Fogging", [
            ("ul", ["Tutup makanan, minuman dan tempat air minum.",
                    "Keluarkan hewan peliharaan dan sangkar burung dari rumah.",
                    "Buka pintu dan jendela agar asap masuk ke dalam rumah.",
                    "Anak-anak, ibu hamil dan penderita asma menjauh dari asap selama 30 "
                    "menit."]),
        ]),
        ("Pemberantasan Sarang Nyamuk 3M Plus", [
            ("p", "Cara paling ampuh adalah 3M Plus: menguras tempat penampungan air, menutup "
                  "rapat wadah air, mendaur ulang barang bekas, ditambah menaburkan bubuk "
                  "larvasida dan memakai lotion antinyamuk. Bubuk larvasida dapat diminta "
                  "gratis di puskesmas. Setiap rumah dianjurkan punya satu juru pemantau jentik "
                  "(jumantik) yang memeriksa jentik seminggu sekali. Hasil pemeriksaan dicatat "
                  "pada kartu jentik yang ditempel di dinding rumah dan dikumpulkan kader setiap "
                  "akhir bulan."),
        ]),
        ("Gejala dan Pemeriksaan", [
            ("p", "Waspadai demam tinggi mendadak 2 sampai 7 hari, nyeri di belakang mata, bintik "
                  "merah di kulit dan mimisan. Tes cepat NS1 gratis di puskesmas bagi warga "
                  "ber-KTP Kotamobagu pada hari pertama sampai ketiga demam."),
            ("p", "Layanan ini tidak termasuk penyemprotan disinfektan, pembasmian rayap atau "
                  "pengendalian tikus."),
        ]),
        ("Pertanyaan Umum", [
            ("faq", [
                ("Lingkungan saya banyak nyamuk tetapi tidak ada kasus DBD, bisa fogging?",
                 "Tidak. Lakukan 3M Plus dan minta bubuk larvasida di puskesmas."),
                ("Apakah asap fogging berbahaya?",
                 "Dosisnya aman bagi manusia, tetapi hindari menghirup langsung selama 30 "
                 "menit."),
                ("Bisakah fogging dilakukan di sekolah?",
                 "Bisa bila ada kasus pada murid atau guru dan hasil PE memenuhi syarat; "
                 "fogging dilakukan di luar jam belajar."),
                ("Kasus DBD dirawat di rumah sakit luar kota, tetap dilaporkan?",
                 "Ya, laporkan ke puskesmas sesuai alamat tinggal penderita."),
            ]),
        ]),
        ("Kontak Dinas Kesehatan", [
            ("p", "Dinas Kesehatan Kota Kotamobagu, Jl. Bogani No. 18, Kotamobagu. Buka Senin "
                  "sampai Jumat pukul 08.00–15.00. Hotline DBD 0811-4311-6620, telepon (0434) "
                  "822 517, e-mail p2p@dinkes-kotamobagu.example.invalid."),
        ]),
    ]))

# ---------------------------------------------------------------- kotamobagu: reklame (docx)
DOCS.append(dict(
    path="id/kotamobagu/reklame.docx", fmt="docx", faq_style="bold",
    fields=fields("Izin dan Pajak Reklame serta Papan Nama Usaha di Kota Kotamobagu",
                  "Kota Kotamobagu",
                  "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Kotamobagu",
                  "https://dpmptsp-kotamobagu.example.invalid/unduhan/panduan-reklame.docx",
                  "2026-03-04"),
    title="Izin dan Pajak Reklame serta Papan Nama Usaha di Kota Kotamobagu",
    intro=None,
    sections=[
        ("Jenis Reklame yang Diatur", [
            ("p", "Panduan ini berlaku untuk papan nama usaha, spanduk, umbul-umbul, baliho, "
                  "neon box, billboard dan videotron yang dipasang di wilayah Kota Kotamobagu, "
                  "baik di tanah milik sendiri maupun di ruang milik jalan."),
            ("p", "Reklame dibedakan menjadi reklame tetap, yang dipasang lebih dari 30 hari, dan "
                  "reklame insidental seperti spanduk untuk promosi atau acara tertentu."),
        ]),
        ("Siapa yang Wajib Mengurus Izin", [
            ("p", "Setiap orang atau badan usaha yang memasang reklame wajib memiliki izin "
                  "reklame dan membayar pajak reklame. Reklame kegiatan sosial, keagamaan dan "
                  "pemerintah tetap wajib izin tetapi bebas pajak."),
        ]),
        ("Dokumen yang Diperlukan", [
            ("ul", ["KTP pemohon dan NIB bagi badan usaha.",
                    "Desain reklame beserta ukuran panjang dan lebar.",
                    "Foto dan titik koordinat lokasi pemasangan.",
                    "Surat izin pemilik tanah atau bangunan tempat reklame dipasang.",
                    "Gambar konstruksi untuk billboard dan videotron."]),
        ]),
        ("Prosedur Pengajuan", [
            ("ol", ["Ajukan permohonan di loket DPMPTSP atau melalui portal SiReklame "
                    "Kotamobagu.",
                    "Petugas meninjau lokasi bersama Dinas PUPR dan Satpol PP.",
                    "Pemohon menerima Surat Ketetapan Pajak Daerah dan membayar pajak reklame.",
                    "Izin dan stiker tanda lunas diterbitkan; stiker ditempel pada reklame."]),
            ("p", "Untuk pemasangan di ruang milik jalan, pemohon juga menyerahkan surat "
                  "pernyataan bersedia membongkar reklame atas biaya sendiri bila izin berakhir "
                  "atau lokasinya diperlukan untuk kepentingan umum."),
        ]),
        ("Tarif Pajak Reklame", [
            ("table", [["Jenis reklame", "Satuan", "Tarif"],
                       ["Papan nama usaha sampai 1 m²", "-", "bebas pajak"],
                       ["Spanduk dan umbul-umbul", "per m² per minggu", "Rp 15.000"],
                       ["Baliho", "per m² per bulan", "Rp 35.000"],
                       ["Neon box dan papan nama di atas 1 m²", "per m² per tahun",
                        "Rp 120.000"],
                       ["Billboard dan videotron", "per m² per tahun", "Rp 275.000"]]),
        ]),
        ("Lama Proses", [
            ("p", "Izin spanduk dan umbul-umbul selesai 1 hari kerja. Izin baliho, neon box, "
                  "billboard dan videotron selesai 5 hari kerja setelah berkas lengkap dan "
                  "peninjauan lokasi selesai."),
        ]),
        ("Masa Berlaku dan Perpanjangan", [
            ("p", "Izin spanduk berlaku paling lama 30 hari, baliho paling lama 6 bulan, dan "
                  "billboard, neon box serta videotron 1 tahun. Perpanjangan diajukan paling "
                  "lambat 14 hari sebelum izin berakhir. Reklame yang izinnya habis wajib "
                  "dibongkar sendiri oleh pemiliknya dalam 3 hari."),
        ]),
        ("Lokasi yang Dilarang", [
            ("ul", ["Pohon, tiang listrik, tiang telepon dan lampu lalu lintas.",
                    "Taman kota, jembatan dan median jalan.",
                    "Dalam jarak 20 meter dari sekolah, rumah ibadah dan kantor pemerintah, "
                    "kecuali papan nama lembaga itu sendiri."]),
        ]),
        ("Sanksi", [
            ("p", "Reklame tanpa izin atau yang izinnya habis dibongkar oleh Satpol PP. Pemilik "
                  "dikenai biaya pembongkaran Rp 750.000 per titik. Keterlambatan membayar "
                  "pajak reklame dikenai denda 1% per bulan. Reklame yang dibongkar disimpan di "
                  "gudang Satpol PP selama 30 hari dan dapat diambil pemiliknya setelah biaya "
                  "pembongkaran dilunasi."),
            ("p", "Panduan ini tidak mencakup izin usaha dan Persetujuan Bangunan Gedung untuk "
                  "bangunan toko."),
        ]),
        ("Pertanyaan yang Sering Diajukan", [
            ("faq", [
                ("Apakah stiker di kaca mobil usaha termasuk reklame?",
                 "Ya, reklame kendaraan dikenai pajak Rp 100.000 per kendaraan per tahun."),
                ("Bolehkah memasang spanduk di pagar rumah sendiri tanpa izin?",
                 "Tidak. Spanduk komersial di pagar rumah tetap memerlukan izin."),
                ("Apakah tulisan promosi di dalam toko kena pajak?",
                 "Tidak, selama hanya terlihat dari dalam toko."),
                ("Bagaimana jika reklame rusak karena angin?",
                 "Pemilik wajib memperbaiki atau menurunkannya dalam 2 x 24 jam."),
            ]),
        ]),
        ("Kontak Layanan", [
            ("p", "Kantor DPMPTSP Kota Kotamobagu, Jl. Adampe Dolot No. 5, Kotamobagu. Loket buka "
                  "Senin sampai Jumat pukul 08.00–15.00. WhatsApp 0852-9800-3317, e-mail "
                  "reklame@dpmptsp-kotamobagu.example.invalid."),
        ]),
    ]))

# ---------------------------------------------------------------- kotamobagu: murid baru (md)
DOCS.append(dict(
    path="id/kotamobagu/penerimaan-murid-baru.md", fmt="md", faq_style="h3",
    fields=fields("Penerimaan Murid Baru SD dan SMP Negeri Kota Kotamobagu 2026/2027",
                  "Kota Kotamobagu", "Dinas Pendidikan Kota Kotamobagu",
                  "https://disdik-kotamobagu.example.invalid/spmb/2026", "2026-04-06"),
    title="Penerimaan Murid Baru SD dan SMP Negeri Kota Kotamobagu 2026/2027",
    intro=("Informasi bagi orang tua yang akan mendaftarkan anak ke SD atau SMP negeri di "
           "Kota Kotamobagu untuk tahun ajaran 2026/2027."),
    sections=[
        ("Cakupan", [
            ("p", "Penerimaan ini berlaku untuk 38 SD negeri dan 11 SMP negeri di bawah Dinas "
                  "Pendidikan Kota Kotamobagu. Pendaftaran SMA dan SMK negeri diurus Dinas "
                  "Pendidikan Daerah Provinsi Sulawesi Utara, dan madrasah diurus Kementerian "
                  "Agama, sehingga tidak dibahas di sini."),
        ]),
        ("Jalur dan Kuota", [
            ("table", [["Jalur", "Kuota SD", "Kuota SMP"],
                       ["Domisili", "70%", "50%"],
                       ["Afirmasi (keluarga kurang mampu dan disabilitas)", "25%", "20%"],
                       ["Mutasi tugas orang tua", "5%", "5%"],
                       ["Prestasi", "-", "25%"]]),
            ("p", "Jalur domisili mengurutkan calon murid berdasarkan jarak dari alamat di KK ke "
                  "sekolah, mulai dari yang terdekat. Bila jaraknya sama, calon murid yang lebih "
                  "tua diutamakan. Kursi yang tidak terisi di jalur afirmasi dan mutasi "
                  "dialihkan ke jalur domisili."),
        ]),
        ("Ketentuan Usia", [
            ("p", "Calon murid SD berusia minimal 6 tahun pada 1 Juli 2026. Anak berusia 7 tahun "
                  "diprioritaskan. Anak berusia 5 tahun 6 bulan dapat diterima dengan "
                  "rekomendasi tertulis dari psikolog. Calon murid SMP berusia paling tinggi 15 "
                  "tahun pada 1 Juli 2026."),
        ]),
        ("Persyaratan Pendaftaran", [
            ("ul", ["Akta kelahiran calon murid.",
                    "Kartu Keluarga; untuk jalur domisili, KK diterbitkan paling lambat 1 tahun "
                    "sebelum tanggal pendaftaran.",
                    "Untuk SMP: ijazah SD atau surat keterangan lulus.",
                    "Jalur afirmasi: kartu program bantuan sosial atau surat keterangan "
                    "disabilitas.",
                    "Jalur prestasi: sertifikat lomba paling lama 3 tahun terakhir atau nilai "
                    "rapor kelas 4 sampai 6.",
                    "Jalur mutasi: surat penugasan orang tua dari instansi atau perusahaan."]),
        ]),
        ("Jadwal", [
            ("table", [["Tahapan", "Tanggal"],
                       ["Pendaftaran online", "8–13 Juni 2026"],
                       ["Verifikasi berkas di sekolah", "8–15 Juni 2026"],
                       ["Pengumuman hasil", "19 Juni 2026"],
                       ["Daftar ulang", "22–24 Juni 2026"],
                       ["Hari pertama sekolah", "13 Juli 2026"]]),
        ]),
        ("Cara Mendaftar Online", [
            ("p", "Buka portal SPMB Kotamobagu dari HP atau komputer, buat akun dengan NIK calon "
                  "murid, pilih jalur, lalu pilih paling banyak 2 sekolah tujuan. Unggah berkas "
                  "dalam format JPG atau PDF dan cetak bukti pendaftaran. Orang tua yang tidak "
                  "punya perangkat dapat mendaftar di sekolah terdekat."),
            ("p", "Sebelum mendaftar, pastikan NIK dan nama di KK sama dengan akta kelahiran. Data "
                  "yang berbeda membuat verifikasi gagal dan harus diperbaiki dahulu di "
                  "Disdukcapil."),
        ]),
        ("Biaya", [
            ("p", "Pendaftaran dan daftar ulang di SD dan SMP negeri gratis. Sekolah dilarang "
                  "memungut uang pendaftaran maupun mewajibkan pembelian seragam di sekolah."),
        ]),
        ("Jika Tidak Diterima", [
            ("p", "Calon murid yang tidak diterima di kedua pilihan akan ditawari kursi di sekolah "
                  "negeri lain yang masih memiliki kuota pada 20 dan 21 Juni 2026. Orang tua cukup "
                  "mengonfirmasi pilihan sekolah baru lewat akun pendaftaran. Calon murid yang "
                  "tidak mengambil kursi tersebut dapat mendaftar ke sekolah swasta."),
        ]),
        ("Tanya Jawab", [
            ("faq", [
                ("Bolehkah mendaftar di dua jalur sekaligus?",
                 "Tidak. Setiap calon murid hanya memilih satu jalur."),
                ("Anak pindahan dari luar kota ikut jalur apa?",
                 "Jalur mutasi bila orang tua pindah tugas; jika tidak, jalur domisili sesuai "
                 "ketentuan KK."),
                ("Apakah anak berkebutuhan khusus bisa masuk sekolah negeri biasa?",
                 "Bisa, melalui jalur afirmasi ke sekolah yang menyelenggarakan pendidikan "
                 "inklusif."),
                ("Bagaimana bila salah mengunggah berkas?",
                 "Berkas dapat diganti selama masa pendaftaran sebelum diverifikasi sekolah."),
            ]),
        ]),
        ("Posko Bantuan", [
            ("p", "Posko SPMB di Kantor Dinas Pendidikan Kota Kotamobagu, Jl. Paloko No. 22, "
                  "Kotamobagu, buka Senin sampai Sabtu pukul 08.00–16.00 selama masa "
                  "pendaftaran. WhatsApp posko 0823-4455-7021, e-mail "
                  "spmb@disdik-kotamobagu.example.invalid."),
        ]),
    ]))
